/**
 * Who may talk to the background (RELIABILITY.md A3): lib/db/router.ts refuses other extensions,
 * web pages, spoofed extension URLs and pages acting on other pages' addresses, and a hostile
 * payload cannot pollute prototypes. The background listens on runtime.onMessage only (never
 * onMessageExternal / onConnectExternal) and the manifest has no externally_connectable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { createHandlers } from '../../lib/db/handlers';
import type { PlanLensDB } from '../../lib/db/schema';
import type { SessionArea } from '../../lib/db/tab-state';
import { PROTOCOL } from '../../lib/messages';
import { type MessageSenderLike, createRouter } from '../../lib/db/router';
import { freshDb } from './db-fixtures';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const PAGE = 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1.html';
const hl = (url = PAGE) => ({ url, planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 2 }], exact: '固定' });

let db: PlanLensDB;
let router: ReturnType<typeof createRouter>;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb('router-rel');
  router = createRouter(createHandlers({ db, bundled: { version: 'b0', plans: [] }, session: browser.storage.session as unknown as SessionArea }), {
    extensionId: () => ID,
    extensionBase: () => BASE,
  });
});
afterEach(() => db.close());

const ask = (type: string, payload: unknown, sender: MessageSenderLike) => router.handle({ protocol: PROTOCOL, type, payload }, sender);

describe('the background refuses senders that are not PlanLens', () => {
  it.each<[string, MessageSenderLike]>([
    ['another extension’s page', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }],
    ['another extension’s content script', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: PAGE, tab: { id: 3, url: PAGE } }],
    ['a web page (no sender id: externally_connectable is absent)', { url: PAGE, origin: 'https://www.jiaxing.gov.cn', tab: { id: 3, url: PAGE } }],
    ['our id claimed by a page-less sender', { id: ID }],
    ['a look-alike extension URL', { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html` }],
    ['a data: URL', { id: ID, url: 'data:text/html,<script>', tab: { id: 3, url: 'data:text/html,x' } }],
  ])('%s', async (_label, sender) => {
    for (const [type, payload] of [['listAllHighlights', {}], ['saveHighlight', { highlight: hl() }], ['exportJson', {}]] as const) {
      expect(await ask(type, payload, sender)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    }
    expect(await db.highlights.count()).toBe(0);
  });

  it('an extension URL inside a web page’s address is a web page, limited to its own address', async () => {
    const sneaky = `https://evil.gov.cn/x?${BASE}popup.html`;
    const sender = { id: ID, url: sneaky, tab: { id: 4, url: sneaky } };
    expect(await ask('listAllHighlights', {}, sender)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask('saveHighlight', { highlight: hl() }, sender)).toMatchObject({ ok: false, error: { code: 'blocked' } });
  });

  it('a content script in a frame acts only on the frame’s own address', async () => {
    const frame = 'https://www.zj.gov.cn/embed.html';
    const sender = { id: ID, url: frame, tab: { id: 5, url: PAGE } };
    expect(await ask('saveHighlight', { highlight: hl(PAGE) }, sender)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask('listHighlights', { url: PAGE }, sender)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask('saveHighlight', { highlight: hl(frame) }, sender)).toMatchObject({ ok: true });
  });

  it('a hostile payload cannot pollute prototypes or store a javascript: address', async () => {
    const popup = { id: ID, url: `${BASE}popup.html` };
    const payload = JSON.parse(`{"highlight": {"url": "${PAGE}", "planId": null, "selectors": [{"type": "TextPositionSelector", "start": 0, "end": 2}], "exact": "固定", "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}}`);
    expect(await ask('saveHighlight', payload, popup)).toMatchObject({ ok: true });
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    const stored = await db.highlights.toArray();
    expect(Object.keys(stored[0])).not.toContain('__proto__');
    expect(await ask('saveHighlight', { highlight: hl('javascript:alert(1)') }, popup)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ask('saveHighlight', { highlight: hl('data:text/html,x') }, popup)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('the background has no external message or connection listeners', () => {
    const src = readFileSync(join(__dirname, '../../entrypoints/background.ts'), 'utf8');
    expect(src).not.toMatch(/onMessageExternal|onConnectExternal|onConnect\b/);
  });
});
