import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { BundledData } from '../../lib/db/bundled';
import { createHandlers } from '../../lib/db/handlers';
import { toPlanRecord, toTargetRecords } from '../../lib/db/records';
import type { PlanLensDB } from '../../lib/db/schema';
import type { SessionArea } from '../../lib/db/tab-state';
import { PROTOCOL } from '../../lib/messages';
import { type MessageSenderLike, createRouter } from '../../lib/db/router';
import { PlanLensError, sendMessage } from '../../lib/messaging';
import { JX2022, JX2024, freshDb, notice } from './db-fixtures';

const ID = 'test-extension-id';
const PAGE = 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_5.html';
const POPUP: MessageSenderLike = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const CONTENT: MessageSenderLike = { id: ID, url: `${PAGE}#:~:text=x`, tab: { id: 7, url: PAGE } };
const OTHER_TAB: MessageSenderLike = { id: ID, url: 'https://www.zj.gov.cn/other.html', tab: { id: 8, url: 'https://www.zj.gov.cn/other.html' } };

function bundledOf(rows = JX2022): BundledData {
  const n = notice('嘉兴市', 2022, rows);
  const plan = toPlanRecord(n.plan, n.blocks, 'bundled', 0);
  return { version: 'b1', plans: [{ plan, targets: toTargetRecords(plan, n.targets) }] };
}

let db: PlanLensDB;
let router: ReturnType<typeof createRouter>;
let before: ReturnType<typeof vi.fn<() => Promise<void>>>;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb('msg');
  before = vi.fn(async () => {});
  router = createRouter(createHandlers({ db, bundled: bundledOf(), session: browser.storage.session as unknown as SessionArea }), { before });
});
afterEach(() => db.close());

const wire = (type: string, payload: unknown) => ({ protocol: PROTOCOL, type, payload });
const ask = (type: string, payload: unknown, sender: MessageSenderLike = POPUP) => router.handle(wire(type, payload), sender);
const hl = (url = PAGE) => ({ url, planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 2 }], exact: '固定' });

describe('router: validation', () => {
  it('ignores messages that are not PlanLens protocol messages', async () => {
    expect(await router.handle({ type: 'planlens:save-selection' }, POPUP)).toBeUndefined();
    expect(await router.handle('hello', POPUP)).toBeUndefined();
    expect(router.listener({ type: 'other' }, POPUP, () => {})).toBeUndefined();
  });

  it.each([
    ['unknown type', 'dropTables', {}, /Unknown PlanLens operation "dropTables"/],
    ['payload not an object', 'search', 'GDP', /Invalid "search" request: payload: Invalid type/],
    ['query too long', 'search', { query: 'x'.repeat(201) }, /payload\.query: Invalid length/],
    ['limit not an integer', 'search', { query: 'GDP', limit: 2.5 }, /payload\.limit/],
    ['keys not strings', 'historyForKeys', { region: '嘉兴市', keys: [1] }, /payload\.keys\[0\]: Invalid type/],
    ['notice without blocks', 'capturePlan', { notice: { ...notice('嘉兴市', 2024, JX2024), blocks: [] }, url: null }, /payload\.notice\.blocks/],
    ['bad selector', 'saveHighlight', { highlight: { ...hl(), selectors: [{ type: 'XPathSelector' }] } }, /payload\.highlight\.selectors\[0\]\.type/],
    ['clearAll without confirmation', 'clearAll', { confirm: false }, /payload\.confirm: clearing everything needs \{ confirm: true \}/],
    ['prototype key as type', 'toString', {}, /Unknown PlanLens operation/],
  ])('rejects %s as invalid', async (_label, type, payload, reason) => {
    const reply = await ask(type, payload);
    expect(reply).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringMatching(reason) } });
    expect(before).not.toHaveBeenCalled();
  });
});

describe('router: senders', () => {
  it.each([
    ['another extension', { ...POPUP, id: 'evil-extension' }],
    ['no id', { url: POPUP.url }],
    ['a web page without a tab', { id: ID, url: PAGE }],
    ['a non-http tab', { id: ID, url: 'file:///tmp/x.html', tab: { id: 3, url: 'file:///tmp/x.html' } }],
  ])('blocks %s', async (_label, sender) => {
    expect(await ask('stats', {}, sender as MessageSenderLike)).toEqual({ ok: false, error: { code: 'blocked', message: expect.stringMatching(/^Refused/) } });
  });

  it.each(['exportBackup', 'exportJson', 'importBackup', 'clearAll', 'deletePlan', 'listAllHighlights', 'search', 'getTabState', 'stats'])(
    'a content script may not call %s',
    async (type) => {
      const reply = await ask(type, {}, CONTENT);
      expect(reply).toMatchObject({ ok: false, error: { code: 'blocked' } });
    },
  );

  it('a content script acts only on its own page', async () => {
    expect(await ask('saveHighlight', { highlight: hl('https://www.zj.gov.cn/other.html') }, CONTENT)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask('listHighlights', { url: 'https://www.zj.gov.cn/other.html' }, CONTENT)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask('capturePlan', { notice: notice('嘉兴市', 2024, JX2024), url: 'https://www.zj.gov.cn/other.html' }, CONTENT)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await db.plans.count()).toBe(0);

    const saved = await ask('saveHighlight', { highlight: hl(`${PAGE}#frag`) }, CONTENT);
    expect(saved).toMatchObject({ ok: true, value: { url: PAGE, exact: '固定' } });
    const id = (saved as { value: { id: string } }).value.id;
    // Another page's content script cannot edit or delete it; the page itself and extension pages can.
    expect(await ask('updateHighlight', { id, patch: { note: 'x' } }, OTHER_TAB)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask('deleteHighlight', { id }, OTHER_TAB)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask('updateHighlight', { id, patch: { note: '注' } }, CONTENT)).toMatchObject({ ok: true, value: { note: '注' } });
    expect(await ask('listHighlights', { url: PAGE }, CONTENT)).toMatchObject({ ok: true, value: [{ id, note: '注' }] });
    expect(await ask('deleteHighlight', { id }, POPUP)).toEqual({ ok: true, value: { id } });
  });

  it('captures from the content script of the page, and reports tab state into storage.session', async () => {
    expect(await ask('capturePlan', { notice: notice('嘉兴市', 2024, JX2024), url: PAGE }, CONTENT)).toEqual({
      ok: true,
      value: { planId: '嘉兴市/2024/annual-plan', status: 'created', targets: JX2024.length },
    });
    const state = { url: PAGE, detected: true, planId: '嘉兴市/2024/annual-plan', region: '嘉兴市', year: 2024, kind: 'annual-plan', title: 't', targets: 6, captured: true };
    expect(await ask('setTabState', { state, tabId: 99 }, CONTENT)).toMatchObject({ ok: true, value: { tabId: 7 } });
    expect(await ask('getTabState', { tabId: 7 }, POPUP)).toMatchObject({ ok: true, value: { ...state, tabId: 7 } });
    expect(await ask('getTabState', { tabId: 99 }, POPUP)).toEqual({ ok: true, value: null });
    expect(await ask('setTabState', { state }, POPUP)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('tabId') } });
    expect(before).toHaveBeenCalled();
  });

  it('the listener answers through sendResponse and keeps the channel open', async () => {
    const sendResponse = vi.fn();
    expect(router.listener(wire('stats', {}), POPUP, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse.mock.calls[0][0]).toMatchObject({ ok: true, value: { targets: 0, highlights: 0 } });
  });
});

describe('router: errors', () => {
  it('maps a QuotaExceededError to "quota" and loses nothing already stored', async () => {
    await ask('capturePlan', { notice: notice('嘉兴市', 2022, JX2022), url: 'https://www.jiaxing.gov.cn/a.html' });
    await ask('capturePlan', { notice: notice('嘉兴市', 2024, JX2024), url: PAGE });
    const ids = (await db.targets.toArray()).map((t) => t.id).sort();
    const original = db.targets.bulkPut.bind(db.targets);
    db.targets.bulkPut = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as never;
    const revised = notice('嘉兴市', 2024, JX2024.slice(0, 2));
    const reply = await ask('capturePlan', { notice: revised, url: PAGE });
    db.targets.bulkPut = original;
    expect(reply).toEqual({ ok: false, error: { code: 'quota', message: expect.stringMatching(/storage is full: nothing was changed/) } });
    expect((await db.targets.toArray()).map((t) => t.id).sort()).toEqual(ids);
    expect(await db.targets.where('planId').equals('嘉兴市/2024/annual-plan').count()).toBe(JX2024.length);
  });

  it.each([
    ['DatabaseClosedError', 'closed'],
    ['VersionError', 'blocked'],
    ['TimeoutError', 'timeout'],
    ['SomethingElse', 'internal'],
  ])('maps %s to %s', async (name, code) => {
    const failing = createRouter(
      { ...createHandlers({ db, bundled: bundledOf(), session: browser.storage.session as unknown as SessionArea }), stats: () => Promise.reject(Object.assign(new Error('boom'), { name })) },
      {},
    );
    expect(await failing.handle(wire('stats', {}), POPUP)).toMatchObject({ ok: false, error: { code } });
  });

  it('deleting a captured copy of a bundled plan brings the bundled plan back; clearAll wipes and re-seeds', async () => {
    await ask('capturePlan', { notice: notice('嘉兴市', 2022, JX2022.slice(0, 2)), url: 'https://www.jiaxing.gov.cn/a.html' });
    expect(await ask('deletePlan', { id: '嘉兴市/2022/annual-plan' })).toEqual({ ok: true, value: { planId: '嘉兴市/2022/annual-plan', deletedTargets: 2 } });
    expect((await db.plans.get('嘉兴市/2022/annual-plan'))?.source).toBe('bundled');
    expect(await ask('deletePlan', { id: '嘉兴市/2022/annual-plan' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    await ask('saveHighlight', { highlight: hl() });
    expect(await ask('clearAll', { confirm: true })).toEqual({ ok: true, value: { plans: 1, highlights: 1 } });
    expect([await db.plans.count(), await db.highlights.count(), await db.targets.count()]).toEqual([1, 0, JX2022.length]);
  });

  it('exports files with names and types for download', async () => {
    const csv = await ask('exportCsv', { region: '嘉兴市' });
    expect(csv).toMatchObject({ ok: true, value: { filename: expect.stringMatching(/^planlens-嘉兴市-\d{4}-\d{2}-\d{2}\.csv$/), mime: 'text/csv;charset=utf-8' } });
    const json = (await ask('exportJson', {})) as { ok: true; value: { text: string } };
    expect(JSON.parse(json.value.text).format).toBe('planlens-backup');
    expect(await ask('importBackup', { text: json.value.text })).toMatchObject({ ok: true, value: { format: 'planlens-backup', plans: 0 } });
  });
});

describe('sendMessage', () => {
  it('returns typed results and throws typed errors', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: unknown) => router.handle(message, POPUP)) as never);
    const stats = await sendMessage('stats', {});
    expect(stats.plans).toEqual({ bundled: 0, captured: 0, imported: 0 });
    const err = await sendMessage('deletePlan', { id: 'nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanLensError);
    expect(err).toMatchObject({ code: 'not-found', message: 'No stored plan has the id "nope".' });
  });

  it('times out instead of hanging', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((() => new Promise(() => {})) as never);
    await expect(sendMessage('stats', {}, { timeoutMs: 30 })).rejects.toMatchObject({ name: 'PlanLensError', code: 'timeout' });
  });

  it('maps a missing background to "closed" and an unexpected reply to "closed"', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendMessage('stats', {})).rejects.toMatchObject({ code: 'closed' });
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce(undefined as never);
    await expect(sendMessage('stats', {})).rejects.toMatchObject({ code: 'closed' });
  });
});
