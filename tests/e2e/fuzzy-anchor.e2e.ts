/**
 * Issue 14 in real Chromium, on the portal copy of the 2024 notice: save a highlight, reword the
 * passage moderately on the portal, reload. The highlight is placed on the reworded words but
 * marked fuzzy — on the page (`data-anchor="fuzzy"`, drawn dashed), in the tab state and in the
 * side panel, which offers a one-click confirm. Confirming re-records the selectors there: the
 * panel then shows it as exact, and after another reload it is placed exactly.
 * The steps build on each other and run in order on one tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { OUTPUT_DIR, launchWithExtension, type Harness } from './harness';
import { collectErrors, extensionClient, fetchPage, selectText, waitForMarks, type ErrorLog, type ExtensionClient } from './page-probes';

/** A clause inside one Text node of the notice's first section. */
const PASSAGE = '优化项目推进“六个一”工作机制，加快沪乍杭铁路、水乡旅游线等项目前期';
/** About a sixth of it reworded by the portal (优化→完善, 机制→制度, 旅游线→旅游专线). */
const REWORDED = '完善项目推进“六个一”工作制度，加快沪乍杭铁路、水乡旅游专线等项目前期';
const NOTE = '核对：沪乍杭铁路前期（fuzzy-e2e）';

let h: Harness;
let errors: ErrorLog;
let ext: ExtensionClient;
let page: Page;
let tabId: number;
let url: string;
let original: string;
let id: string;

interface Stored {
  id: string;
  exact: string;
  note: string;
  selectors: { type: string; exact?: string }[];
}

const placedText = (p: Page, hid: string) =>
  p.evaluate((x) => [...document.querySelectorAll(`planlens-highlight[data-id="${x}"]`)].map((e) => e.textContent).join(''), hid);
const anchorAttrs = (p: Page, hid: string) =>
  p.evaluate((x) => [...document.querySelectorAll(`planlens-highlight[data-id="${x}"]`)].map((e) => e.getAttribute('data-anchor')), hid);

async function reloadAndSettle(): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await h.waitForGate(page);
  await waitForMarks(page);
}

async function waitForTabState(check: (s: { url: string; orphans?: string[]; fuzzy?: string[] }) => boolean) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const s = await ext.call<{ url: string; orphans?: string[]; fuzzy?: string[] } | null>('getTabState', { tabId });
    if (s && s.url === url && check(s)) return s;
    if (Date.now() > deadline) throw new Error(`tab state never matched: ${JSON.stringify(s)}`);
    await page.waitForTimeout(100);
  }
}

beforeAll(async () => {
  h = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  errors = collectErrors(h);
  ext = await extensionClient(h);
  page = await h.newPage();
  await h.gotoNotice(2024, page);
  await waitForMarks(page);
  url = page.url();
  tabId = await h.tabIdOf(page);
  original = await fetchPage(h, url);
  expect(original).toContain(PASSAGE);
});

afterAll(async () => {
  if (original) h.portal.setPage(new URL(url).host, new URL(url).pathname, original);
  await h?.close();
});

describe('a highlight on text the portal reworded', () => {
  it('is saved exact on the original page', async () => {
    await selectText(page, PASSAGE);
    const save = page.locator('planlens-toolbar button[data-action="save-highlight"]');
    await expect.poll(() => save.isVisible().catch(() => false)).toBe(true);
    await save.click();
    await page.waitForSelector('planlens-highlight[data-id]');
    id = (await page.getAttribute('planlens-highlight[data-id]', 'data-id'))!;
    await ext.call('updateHighlight', { id, patch: { note: NOTE } });
    expect(await placedText(page, id)).toBe(PASSAGE);
    expect(await anchorAttrs(page, id)).not.toContain('fuzzy');
  });

  it('after a moderate change and a reload: placed on the reworded words, fuzzy on the page and in the tab state', async () => {
    const edited = original
      .replace(PASSAGE, REWORDED)
      // Every position shifts: a clause added earlier in the notice.
      .replace('稳步扩大有效投资。', '稳步扩大有效投资（全年）。');
    expect(edited).not.toContain(PASSAGE);
    h.portal.setPage(new URL(url).host, new URL(url).pathname, edited);
    await reloadAndSettle();
    await page.waitForSelector(`planlens-highlight[data-id="${id}"]`);
    expect(await placedText(page, id)).toBe(REWORDED);
    const attrs = await anchorAttrs(page, id);
    expect(attrs.length).toBeGreaterThan(0);
    expect(attrs.every((a) => a === 'fuzzy')).toBe(true);
    // Drawn differently from a certain highlight (a dashed outline).
    expect(await page.$eval(`planlens-highlight[data-id="${id}"]`, (el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
    const state = await waitForTabState((s) => Array.isArray(s.fuzzy) && s.fuzzy.length > 0);
    expect({ fuzzy: state.fuzzy, orphans: state.orphans }).toEqual({ fuzzy: [id], orphans: [] });
  });

  it('the side panel marks it data-anchor="fuzzy" with a confirm control (screenshot); confirming makes it exact', async () => {
    const panel = await h.openExtensionPage('sidepanel', { tabId });
    await panel.setViewportSize({ width: 420, height: 900 });
    const item = panel.locator(`[data-highlight-id="${id}"]`);
    await item.waitFor();
    await expect.poll(() => item.getAttribute('data-anchor')).toBe('fuzzy');
    const confirm = item.locator('button[data-action="confirm-anchor"]');
    expect(await confirm.isVisible()).toBe(true);
    expect(await item.locator('textarea[name="note"]').inputValue()).toBe(NOTE);
    await item.scrollIntoViewIfNeeded();
    await item.screenshot({ path: join(OUTPUT_DIR, 'sidepanel-fuzzy-item.png') });
    await h.screenshot(panel, 'sidepanel-fuzzy', { fullPage: true });

    await confirm.click();
    await expect.poll(() => item.getAttribute('data-anchor'), { timeout: 5_000 }).toBe('exact');
    expect(await item.locator('button[data-action="confirm-anchor"]').count()).toBe(0);
    // The record now holds the page's words; the page's pieces are no longer fuzzy.
    await expect.poll(async () => (await ext.call<Stored[]>('listHighlights', { url })).map((s) => [s.exact, s.note])).toEqual([[REWORDED, NOTE]]);
    expect(await anchorAttrs(page, id)).not.toContain('fuzzy');
    expect((await waitForTabState((s) => Array.isArray(s.fuzzy) && s.fuzzy.length === 0)).fuzzy).toEqual([]);
    await item.screenshot({ path: join(OUTPUT_DIR, 'sidepanel-confirmed-item.png') });
    await panel.close();
  });

  it('is placed exactly after the next reload', async () => {
    await reloadAndSettle();
    await page.waitForSelector(`planlens-highlight[data-id="${id}"]`);
    expect(await placedText(page, id)).toBe(REWORDED);
    expect(await anchorAttrs(page, id)).not.toContain('fuzzy');
    expect((await waitForTabState((s) => Array.isArray(s.fuzzy))).fuzzy).toEqual([]);
  });

  it('no uncaught errors from the extension', () => {
    expect(errors.fromExtension()).toEqual([]);
  });
});
