/**
 * Hostile pages (RELIABILITY.md rows H1–H6): page text carrying HTML, script, javascript: links,
 * CSS, bidi controls, formulas and a 10,000-character sentence is shown as text in the card, the
 * toolbar, popup, side panel, options, reader and exports; pages that forge messages and events,
 * override built-ins, freeze <body> or tamper with PlanLens's marks break neither themselves nor
 * PlanLens. Any payload that ran would set window.__pwned (checked in the page and every extension page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderNotice } from '../../scripts/portal/render.mjs';
import { launchWithExtension, type Harness } from './harness';
import { collectErrors, extensionClient, fetchPage, hoverCard, selectText, waitForMarks, type ErrorLog, type ExtensionClient } from './page-probes';

const ROOT = join(__dirname, '../..');
const HOST = 'www.jiaxing.gov.cn';
const HOSTILE_PATH = '/art/2024/2/9/art_1229426397_9999.html';
const SOURCE = readFileSync(join(ROOT, 'tests/fixtures/hostile/hostile-2024-plan.txt'), 'utf8');
const TITLE_PAYLOAD = `<img src=x onerror="window.__pwned='title'">`;
const NOTE = `注NOTE-7f3a<img src=x onerror="window.__pwned='note'"><script>window.__pwned='note-script'</script>[x](javascript:window.__pwned='md')\u202e=HYPERLINK("http://evil.example")`;
const TAGS = [`<svg onload="window.__pwned='tag'">`, '=1+1', '@cmd', 'x'.repeat(2000)];

let h: Harness;
let errors: ErrorLog;
let ext: ExtensionClient;
let page: Page;
let tabId: number;

/** Anything a payload would have created or run, in a document and its open shadow roots. */
const dangers = (p: Page) =>
  p.evaluate(() => {
    const found: string[] = [];
    const scan = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        // The portal's own furniture has javascript: links and handlers; only the payloads' count.
        for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name) && /__pwned/.test(a.value)) found.push(`${el.tagName}[${a.name}]`);
        if (el instanceof HTMLAnchorElement && /^\s*javascript:.*__pwned/i.test(el.getAttribute('href') ?? '')) found.push('a[href=javascript:]');
        if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('img[src=x]');
        if (el.tagName === 'SCRIPT' && /__pwned/.test(el.textContent ?? '')) found.push('script');
        if (el.tagName === 'STYLE' && /display:none!important/.test(el.textContent ?? '')) found.push('style');
        if (el.shadowRoot) scan(el.shadowRoot);
      }
    };
    scan(document);
    return { pwned: (window as { __pwned?: unknown }).__pwned ?? null, found };
  });

async function highlightCount(): Promise<number> {
  return (await ext.call<unknown[]>('listAllHighlights', {})).length;
}

beforeAll(async () => {
  h = await launchWithExtension();
  errors = collectErrors(h);
  ext = await extensionClient(h);
  const title = `${SOURCE.split('\n')[0]}${TITLE_PAYLOAD}`;
  h.portal.setPage(HOST, HOSTILE_PATH, renderNotice(SOURCE, { title, url: `http://${HOST}${HOSTILE_PATH}`, pubDate: '2024-02-09 10:00' }));
  page = await h.goto(h.portal.url(HOST, HOSTILE_PATH));
  expect(await h.waitForGate(page)).toBe('notice');
  await waitForMarks(page);
  tabId = await h.tabIdOf(page);
});

afterAll(async () => {
  await h?.close();
});

describe('hostile page content is shown as text everywhere', () => {
  it('the page itself renders the payloads as text (control: nothing ran before PlanLens)', async () => {
    expect(await dangers(page)).toEqual({ pwned: null, found: [] });
    const state = await ext.call<{ title: string; targets: number }>('getTabState', { tabId });
    expect(state.title).toContain('<img src=x');
    expect(state.targets).toBeGreaterThanOrEqual(4);
  });

  it('card: names and targets with HTML/script/javascript: are text, nothing ran', async () => {
    const card = await hoverCard(page, 'rd-intensity', 0);
    expect(card.text).toContain(`<a href="javascript:window.__pwned='link'">`);
    expect(await dangers(page)).toEqual({ pwned: null, found: [] });
    // A 10,000-character quote or name never makes the card wider than the window.
    expect(card.host!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
  });

  it('toolbar, then a highlight whose note and tags carry payloads', async () => {
    await selectText(page, '超长文本超长文本');
    await page.locator('planlens-toolbar button[data-action="save-highlight"]').click();
    await page.waitForSelector('planlens-highlight');
    const [hl] = await ext.call<{ id: string }[]>('listAllHighlights', {});
    await ext.call('updateHighlight', { id: hl.id, patch: { note: NOTE, tags: TAGS } });
    // The note never enters the page (design.md §6), payload or not.
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('NOTE-7f3a'))).toBe(false);
    expect(await dangers(page)).toEqual({ pwned: null, found: [] });
  });

  it.each([
    ['popup', 'popup', { q: '研发' }],
    ['side panel', 'sidepanel', {}],
    ['options', 'options', {}],
    ['reader', 'reader', { plan: '嘉兴市/2024/annual-plan' }],
  ] as const)('%s shows the payloads as text and runs none', async (_label, name, query) => {
    const p = await h.openExtensionPage(name, { tabId, query });
    await p.waitForLoadState('load');
    if (name === 'popup') {
      await p.locator('input[type="search"]').fill('研发经费投入强度');
      // Any settled state will do: the point is how the tab status and results render page text.
      await p.waitForSelector('[data-state="results"], [data-state="empty"], [data-state="error"]', { timeout: 8_000 });
    }
    if (name === 'sidepanel') await p.waitForSelector('textarea[name="note"]', { timeout: 8_000 });
    await p.waitForTimeout(300);
    const text = await p.evaluate(() => document.body.innerText + [...document.querySelectorAll('textarea, input')].map((e) => (e as HTMLInputElement).value).join('\n'));
    expect(text).toMatch(/<(img|script|svg|a) /);
    expect(await dangers(p)).toEqual({ pwned: null, found: [] });
    await p.close();
  });

  it('exports: JSON keeps the payloads as data; CSV defuses formulas', async () => {
    const json = await ext.call<{ text: string }>('exportJson', {});
    const data = JSON.parse(json.text) as { plans: { title: string }[]; highlights: { note: string; tags: string[] }[] };
    expect(data.highlights[0].note).toBe(NOTE);
    expect(data.highlights[0].tags).toEqual(TAGS);
    const csv = (await ext.call<{ text: string }>('exportCsv', { region: '嘉兴市' })).text;
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(',')).map((c) => c.replace(/^"/, ''));
    for (const cell of cells) expect(cell).not.toMatch(/^[=@]|^[+-](?![\d.,%]+$)/);
    expect(csv).toContain(`'@SUM(1+1)`);
    expect(csv).toContain(`'+6<style>`);
  });
});

describe('pages that attack the extension', () => {
  it('postMessage, forged DOM and custom events, a scripted click on the toolbar, and runtime messaging write and read nothing', async () => {
    const before = await highlightCount();
    const pagesBefore = h.context.pages().length;
    const probe = await page.evaluate(async (extensionId) => {
      const msg = { protocol: 'planlens/1', type: 'saveHighlight', payload: { highlight: { url: location.href, planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 4 }], exact: '嘉兴' } } };
      window.postMessage(msg, '*');
      window.postMessage({ type: 'planlens:save-selection' }, '*');
      for (const type of ['planlens:save-selection', 'planlens:refresh-highlights', 'planlens:jump-to-highlight', 'wxt:locationchange']) {
        document.dispatchEvent(new CustomEvent(type, { detail: msg, bubbles: true }));
        window.dispatchEvent(new CustomEvent(type, { detail: msg }));
      }
      // Select text and press the toolbar's save button from script (its shadow root is open).
      const zoom = document.querySelector('#zoom')!;
      const walker = document.createTreeWalker(zoom, NodeFilter.SHOW_TEXT);
      let node: Text | null = null;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('各县')) node = walker.currentNode as Text;
      const range = document.createRange();
      range.setStart(node!, 0);
      range.setEnd(node!, 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      node!.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 200));
      const button = document.querySelector('planlens-toolbar')?.shadowRoot?.querySelector<HTMLButtonElement>('button[data-action="save-highlight"]');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', altKey: true, shiftKey: true, bubbles: true }));
      // A link planted in the card's open shadow root and clicked by script opens nothing.
      const mark = document.querySelector('planlens-mark');
      mark?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 300));
      const root = document.querySelector('planlens-card')?.shadowRoot;
      const a = document.createElement('a');
      a.href = `chrome-extension://${extensionId}/reader.html?plan=x`;
      root?.querySelector('[role="tooltip"]')?.appendChild(a);
      a.click();
      a.remove();
      // Pages have no runtime messaging to the extension (no externally_connectable).
      const chromeRuntime = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      let external = 'no chrome.runtime.sendMessage';
      if (chromeRuntime && typeof chromeRuntime.sendMessage === 'function') {
        try {
          await (chromeRuntime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extensionId, msg);
          external = 'answered';
        } catch (err) {
          external = `refused: ${(err as Error).message}`;
        }
      }
      await new Promise((r) => setTimeout(r, 500));
      return { external, toolbar: !!button, cardOpened: !!root };
    }, h.extensionId);
    expect(probe.toolbar).toBe(true);
    expect(probe.external).not.toBe('answered');
    expect(await highlightCount()).toBe(before);
    expect(h.context.pages().length).toBe(pagesBefore);
    await page.evaluate(() => getSelection()?.removeAllRanges());
  });

  it('a page that overrides Node.prototype, Array.prototype, JSON and Promise and freezes <body> still works, and so does PlanLens', async () => {
    const seed = await fetchPage(h, h.portal.seedUrl(2024));
    const sabotage = `<script>
      window.__pageOk = false;
      const boom = () => { throw new Error('sabotaged'); };
      for (const m of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild']) Node.prototype[m] = boom;
      Element.prototype.attachShadow = boom;
      Array.prototype.map = boom; Array.prototype.filter = boom; Array.prototype.forEach = boom; Array.from = boom;
      JSON.parse = boom; JSON.stringify = boom;
      window.Promise = function () { throw new Error('no promises'); };
      window.MutationObserver = undefined;
      document.addEventListener('DOMContentLoaded', () => { Object.freeze(document.body); Object.freeze(document.documentElement); window.__pageOk = true; });
    </script>`;
    h.portal.setPage(HOST, '/art/2024/2/8/sabotage.html', seed.replace('<head>', `<head>${sabotage}`));
    const p = await h.goto(h.portal.url(HOST, '/art/2024/2/8/sabotage.html'));
    expect(await h.waitForGate(p)).toBe('notice');
    expect(await waitForMarks(p)).toBeGreaterThan(40);
    // Locators run in Playwright's own world: the page's sabotaged built-ins cannot fool the probe.
    const mark = p.locator('planlens-mark[data-indicator="fixed-asset-investment"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tooltip = p.locator('planlens-card [role="tooltip"]');
    await tooltip.waitFor({ state: 'visible', timeout: 8_000 });
    expect(await tooltip.textContent()).toContain('固定资产投资');
    expect(await p.locator('planlens-card [role="tooltip"] [data-year="2024"]').count()).toBe(1);
    expect(await p.evaluate(() => (window as { __pageOk?: boolean }).__pageOk)).toBe(true);
    await p.close();
  });

  it('a page that deletes and rewrites PlanLens marks and removes the card: the card comes back, switch-off still restores', async () => {
    const p = await h.gotoNotice(2022);
    const marks = await waitForMarks(p);
    expect(marks).toBeGreaterThan(10);
    await hoverCard(p, 'gdp', 0);
    await p.evaluate(() => {
      const all = [...document.querySelectorAll('planlens-mark')];
      // Delete half the marks (their text stays), rewrite the others' attributes, drop the card host.
      all.slice(0, Math.floor(all.length / 2)).forEach((m) => m.replaceWith(...Array.from(m.childNodes)));
      all.slice(Math.floor(all.length / 2) + 1).forEach((m) => m.setAttribute('data-indicator', '"><img src=x onerror=window.__pwned=1>'));
      document.querySelector('planlens-card')?.remove();
    });
    await p.mouse.move(2, 2);
    await p.keyboard.press('Escape');
    const last = await p.evaluate(() => document.querySelectorAll('planlens-mark').length);
    // The one mark left untouched still opens a card, re-attached to <html>.
    const keep = await p.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('planlens-mark')];
      return all.findIndex((m) => !m.dataset.indicator!.startsWith('"'));
    });
    expect(last).toBeGreaterThan(0);
    expect(keep).toBeGreaterThanOrEqual(0);
    const key = await p.evaluate((i) => document.querySelectorAll<HTMLElement>('planlens-mark')[i].dataset.indicator!, keep);
    await hoverCard(p, key, 0);
    // A rewritten mark opens nothing and breaks nothing.
    await p.locator('planlens-mark').last().hover();
    await p.waitForTimeout(400);
    await ext.setSettings({ disabledHosts: [HOST] });
    await p.waitForFunction(() => !document.querySelector('planlens-mark, planlens-card'), null, { timeout: 5_000 });
    expect(await dangers(p)).toEqual({ pwned: null, found: [] });
    await ext.setSettings({});
    await p.close();
  });

  it('no uncaught errors from PlanLens, and the service worker still answers', async () => {
    expect(errors.fromExtension()).toEqual([]);
    expect(await ext.call('stats', {})).toMatchObject({ plans: { captured: expect.any(Number) } });
  });
});
