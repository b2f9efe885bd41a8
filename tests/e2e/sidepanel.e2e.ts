/**
 * The side panel through the built extension (design.md §6): the current notice's comparison
 * table, filters, CSV export, the page's highlights (edit in place, Markdown / JSON-LD export,
 * JSON-LD import, delete and undo) and following the active tab. The tab state is set through
 * the protocol on a page the content script does not run in, so these tests do not depend on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { send } from './pages-helpers';

const PLAN = '嘉兴市/2024/annual-plan';
let h: Harness;
let notice: Page;
let tabId: number;
let panel: Page;

async function setState(page: Page, id: number, url: string) {
  await send(page, 'setTabState', {
    tabId: id,
    state: { url, detected: true, planId: PLAN, region: '嘉兴市', year: 2024, kind: 'annual-plan', title: '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知', targets: 48, captured: true },
  });
}

const highlight = (url: string, id: string, exact: string, note: string) => ({
  id,
  url,
  planId: PLAN,
  selectors: [
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
  ],
  exact,
  note,
  tags: ['投资'],
  color: 'yellow',
});

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download');
  await click();
  const d = await waiting;
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

beforeAll(async () => {
  h = await launchWithExtension();
  // The notice's copy on a non-government host: the content script does not run there.
  notice = await h.goto(h.portal.mirrorUrl(2024));
  tabId = await h.tabIdOf(notice);
  const tool = await h.openExtensionPage('options');
  await tool.waitForSelector('[data-ready="true"]');
  await setState(tool, tabId, notice.url());
  await send(tool, 'saveHighlight', { highlight: highlight(notice.url(), 'e2e-a', '固定资产投资增长6%以上', '比2022年低两个点') });
  await tool.close();
  panel = await h.openExtensionPage('sidepanel', { tabId });
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.waitForSelector('tr[data-indicator]', { timeout: 20_000 });
});

afterAll(async () => {
  await h?.close();
});

describe('side panel comparison', () => {
  it('compares every indicator of the notice with 2022: rows data-indicator, cells data-year with data-change', async () => {
    const keys = await panel.locator('tr[data-indicator]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-indicator')));
    expect(keys.length).toBeGreaterThanOrEqual(15);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['gdp', 'fixed-asset-investment', 'urban-surveyed-unemployment-rate']));
    expect(await panel.locator('thead th').allInnerTexts()).toEqual(['指标', '2022', '2024']);
    const fai = panel.locator('tr[data-indicator="fixed-asset-investment"]');
    expect(await fai.locator('[data-year="2022"]').innerText()).toContain('增长8%以上');
    expect(await fai.locator('[data-year="2024"]').innerText()).toContain('增长6%以上');
    expect(await fai.locator('[data-year="2024"] [data-change]').getAttribute('data-change')).toBe('lowered');
    const unemployment = panel.locator('tr[data-indicator="urban-surveyed-unemployment-rate"] [data-year="2024"] [data-change]');
    expect(await unemployment.getAttribute('data-change')).toBe('lowered');
    expect(await unemployment.getAttribute('data-ambition')).toBe('more');
    await h.screenshot(panel, 'sidepanel', { fullPage: false });
  });

  it('filters by change kind, and exports exactly the shown rows as CSV with a BOM', async () => {
    const all = await panel.locator('tr[data-indicator]').count();
    await panel.selectOption('select[name="change"]', 'lowered');
    const shown = await panel.locator('tr[data-indicator]').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-indicator'), r.querySelector('[data-year="2024"] [data-change]')?.getAttribute('data-change')]),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(shown.every(([, c]) => c === 'lowered')).toBe(true);
    const { name, text } = await download(panel, () => panel.click('[data-action="export-csv"]'));
    expect(name).toBe('planlens-嘉兴市-2024-comparison.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('指标,Indicator,key,类别 category,2022,2022 变化 change,2022 幅度 delta,2024,2024 变化 change,2024 幅度 delta');
    expect(lines.slice(1, -1).map((l) => l.split(',')[2])).toEqual(shown.map(([k]) => k));
    expect(lines.find((l) => l.includes(',fixed-asset-investment,'))).toMatch(/,增长8%以上,,,增长6%以上,lowered,−2个百分点$/);
    await panel.selectOption('select[name="change"]', '');
    expect(await panel.locator('tr[data-indicator]').count()).toBe(all);
  });
});

describe('side panel highlights', () => {
  it('lists the page highlight with its note and tags, and saves an edit after typing stops', async () => {
    const item = panel.locator('[data-highlight-id="e2e-a"]');
    expect(await item.locator('textarea[name="note"]').inputValue()).toBe('比2022年低两个点');
    expect(await item.locator('input[name="tags"]').inputValue()).toBe('投资');
    await item.locator('textarea[name="note"]').fill('比2022年低两个百分点，需要追问');
    await item.locator('input[name="tags"]').fill('投资，追问');
    await panel.waitForTimeout(900);
    const [stored] = await send<{ note: string; tags: string[] }[]>(panel, 'listHighlights', { url: notice.url() });
    expect(stored.note).toBe('比2022年低两个百分点，需要追问');
    expect(stored.tags).toEqual(['投资', '追问']);
  });

  it('exports Markdown and W3C JSON-LD, and imports a JSON-LD file back', async () => {
    const md = await download(panel, () => panel.click('[data-action="export-markdown"]'));
    expect(md.name).toMatch(/^planlens-highlights-\d{4}-\d\d-\d\d\.md$/);
    expect(md.text).toContain('> 固定资产投资增长6%以上\n\n**笔记：** 比2022年低两个百分点，需要追问\n\n**标签：** `投资` `追问`');
    expect(md.text).toContain(`[原文](${notice.url()}#:~:text=${encodeURIComponent('固定资产投资增长6%以上')})`);
    const ld = await download(panel, () => panel.click('[data-action="export-jsonld"]'));
    const doc = JSON.parse(ld.text);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.items[0].target.source).toBe(notice.url());
    expect(doc.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    // Import: the same file with one more annotation (another id) on this page.
    const extra = { ...doc.first.items[0], id: 'urn:planlens:highlight:e2e-b', body: [{ type: 'TextualBody', value: '导入的笔记', purpose: 'commenting' }] };
    extra.target = { ...extra.target, selector: [{ type: 'TextQuoteSelector', exact: '城镇调查失业率控制在5%以内', prefix: '', suffix: '' }] };
    doc.first.items.push(extra);
    const file = join(tmpdir(), `planlens-e2e-${Date.now()}.jsonld`);
    writeFileSync(file, JSON.stringify(doc));
    await panel.setInputFiles('input[name="import-jsonld"]', file);
    await panel.waitForSelector('[data-note="ok"]');
    expect(await panel.locator('[data-note="ok"]').innerText()).toBe('已导入2条标注，其中本页2条。');
    await panel.waitForSelector('[data-highlight-id="e2e-b"]');
    expect(await panel.locator('[data-highlight-id="e2e-b"] textarea[name="note"]').inputValue()).toBe('导入的笔记');
    expect(await panel.locator('[data-highlight-id]').count()).toBe(2);
  });

  it('refuses a broken JSON-LD file and writes nothing', async () => {
    const before = await send<unknown[]>(panel, 'listAllHighlights', {});
    const file = join(tmpdir(), `planlens-e2e-bad-${Date.now()}.jsonld`);
    writeFileSync(file, '{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation","target":{"source":"https://a.org/","selector":[]}}]}}');
    await panel.setInputFiles('input[name="import-jsonld"]', file);
    await panel.waitForSelector('[data-note="error"]');
    expect(await panel.locator('[data-note="error"]').innerText()).toBe(
      '没有导入任何标注：first.items[0].target.selector: a TextQuoteSelector is needed (the highlighted text)',
    );
    expect(await send<unknown[]>(panel, 'listAllHighlights', {})).toEqual(before);
  });

  it('deletes a highlight and undoes it', async () => {
    await panel.click('[data-highlight-id="e2e-b"] [data-action="delete"]');
    await panel.waitForSelector('[data-highlight-id="e2e-b"]', { state: 'detached' });
    expect((await send<{ id: string }[]>(panel, 'listHighlights', { url: notice.url() })).map((x) => x.id)).toEqual(['e2e-a']);
    await panel.click('[data-action="undo"]');
    await panel.waitForSelector('[data-highlight-id="e2e-b"]');
    expect((await send<{ id: string }[]>(panel, 'listHighlights', { url: notice.url() })).map((x) => x.id).sort()).toEqual(['e2e-a', 'e2e-b']);
  });
});

describe('side panel orphans', () => {
  it('marks highlights the page reports as orphans (tab state), live', async () => {
    expect(await panel.locator('[data-highlight-id][data-orphan]').count()).toBe(0);
    await send(panel, 'setTabState', {
      tabId,
      state: { url: notice.url(), detected: true, planId: PLAN, region: '嘉兴市', year: 2024, kind: 'annual-plan', title: '嘉兴市2024年计划', targets: 48, captured: true, orphans: ['e2e-b'] },
    });
    await panel.waitForSelector('[data-highlight-id="e2e-b"][data-orphan]');
    expect(await panel.locator('[data-highlight-id][data-orphan]').evaluateAll((els) => els.map((e) => e.getAttribute('data-highlight-id')))).toEqual(['e2e-b']);
    expect(await panel.locator('[data-highlight-id="e2e-b"] [data-action="jump"]').isDisabled()).toBe(true);
  });
});

describe('side panel without ?tabId', () => {
  it('follows the active tab', async () => {
    const other = await h.goto(h.portal.mirrorUrl(2022));
    const follower = await h.openExtensionPage('sidepanel');
    await follower.waitForSelector('main[data-ready="true"]');
    // Its own tab is active now: not a notice.
    await follower.waitForSelector('[data-panel="no-notice"]');
    await notice.bringToFront();
    await follower.waitForFunction((id) => document.querySelector('main')?.getAttribute('data-tab-id') === String(id), tabId);
    await follower.waitForSelector('tr[data-indicator="fixed-asset-investment"]');
    const otherId = await h.tabIdOf(other);
    await other.bringToFront();
    await follower.waitForFunction((id) => document.querySelector('main')?.getAttribute('data-tab-id') === String(id), otherId);
    await follower.waitForSelector('[data-panel="no-notice"]');
    expect(await follower.locator('tr[data-indicator]').count()).toBe(0);
    await follower.close();
    await other.close();
  });
});
