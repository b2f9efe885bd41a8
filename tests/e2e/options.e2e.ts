/**
 * The options page through the built extension: plans by region, export → clear → import round
 * trip through the UI, a broken import changing nothing, per-region CSV, deleting a captured
 * plan, site hosts validation, storage persistence and the language selector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { send } from './pages-helpers';

let h: Harness;
let options: Page;

type Stats = { plans: Record<string, number>; targets: number; passages: number; highlights: number; storage: unknown };
const counts = async (page: Page) => {
  const { storage: _s, ...rest } = await send<Stats>(page, 'stats', {});
  return rest;
};

const extraPlan = {
  id: '湖州市/2099/annual-plan',
  region: '湖州市',
  year: 2099,
  kind: 'annual-plan',
  title: '湖州市人民政府关于下达2099年湖州市国民经济和社会发展计划的通知',
  issued: '2099-01-05',
  url: 'http://www.huzhou.gov.cn/art/2099/1/5/art_1_9.html',
  source: 'captured',
  capturedAt: 1,
  hash: 'e2e',
  paragraphs: ['湖州市人民政府关于下达2099年湖州市国民经济和社会发展计划的通知', '地区生产总值\t增长6%左右'],
};
const extraTarget = {
  id: '湖州市/2099/annual-plan#1',
  planId: extraPlan.id,
  region: '湖州市',
  year: 2099,
  kind: 'annual-plan',
  indicator: 'gdp',
  name: '地区生产总值',
  category: null,
  text: '增长6%左右',
  value: { metric: 'growth', number: 6, unit: '%', bound: 'about' },
  origin: 'table',
  role: 'target',
  quote: '地区生产总值\t增长6%左右',
  position: 32,
};

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; text: string }> {
  const waiting = page.waitForEvent('download');
  await click();
  const d = await waiting;
  const path = (await d.path())!;
  return { name: d.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

async function reload(page: Page) {
  await page.reload();
  await page.waitForSelector('main[data-ready="true"]');
}

beforeAll(async () => {
  h = await launchWithExtension();
  options = await h.openExtensionPage('options');
  await options.waitForSelector('main[data-ready="true"]');
  // Wait for the install-time seeding of the two bundled plans.
  await options.waitForFunction(() => document.querySelectorAll('[data-plan-id]').length >= 2, undefined, { timeout: 20_000 }).catch(() => reload(options));
  await send(options, 'importBackup', { text: JSON.stringify({ format: 'planlens-backup', version: 1, plans: [extraPlan], targets: [extraTarget], highlights: [] }) });
  await send(options, 'saveHighlight', {
    highlight: { id: 'opt-h1', url: extraPlan.url, planId: extraPlan.id, selectors: [{ type: 'TextQuoteSelector', exact: '增长6%左右', prefix: '', suffix: '' }], exact: '增长6%左右', note: '笔记', tags: ['t'] },
  });
  await reload(options);
});

afterAll(async () => {
  await h?.close();
});

describe('options: data', () => {
  it('lists plans by region and year with their target counts and sources', async () => {
    expect(await options.locator('[data-section="plans"] [data-region]').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')))).toEqual(['湖州市', '嘉兴市']);
    expect(await options.locator('[data-plan-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id')))).toEqual([
      '湖州市/2099/annual-plan',
      '嘉兴市/2024/annual-plan',
      '嘉兴市/2022/annual-plan',
    ]);
    const row = options.locator('[data-plan-id="湖州市/2099/annual-plan"] td');
    expect(await row.allInnerTexts()).toEqual(['2099', '计划', extraPlan.title, '浏览时保存', '1', '删除']);
    const bundledTargets = Number(await options.locator('[data-plan-id="嘉兴市/2024/annual-plan"] td.pl-num').innerText());
    expect(bundledTargets).toBeGreaterThan(40);
    expect(await options.locator('[data-plan-id="嘉兴市/2024/annual-plan"] [data-action="delete-plan"]').count()).toBe(0);
    const s = await counts(options);
    expect(await options.locator('[data-field="stats"]').innerText()).toContain(`3份计划 · ${s.targets}项目标 · 1条标注`);
    expect(await options.locator('[data-field="persisted"]').getAttribute('data-persisted')).toMatch(/^(true|false)$/);
    expect(await options.locator('[data-field="storage-used"]').innerText()).toMatch(/^已用 [\d.]+ [KMG]?B，上限约 [\d.]+ [KMGT]?B$/);
    await h.screenshot(options, 'options', { fullPage: true });
  });

  it('exports a region as CSV with a BOM', async () => {
    const csv = await download(options, () => options.click('[data-region="嘉兴市"] [data-action="export-csv"]'));
    expect(csv.name).toMatch(/^planlens-嘉兴市-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.split('\r\n')[0]).toBe('\ufeff指标,Indicator,key,role,2022,2024');
    expect(csv.text).toMatch(/\r\n固定资产投资,[^,]*,fixed-asset-investment,target,增长8%以上,增长6%以上\r\n/);
  });

  it('round-trips a full backup through the UI: export, clear all, import', async () => {
    const before = await counts(options);
    const backup = await download(options, () => options.click('[data-action="export-backup"]'));
    expect(backup.name).toMatch(/^planlens-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(backup.text).formatName).toBe('dexie');

    await options.click('[data-action="clear-all"]');
    const dialog = options.locator('dialog[data-dialog="confirm"]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('h2').innerText()).toBe('清除全部数据？');
    await dialog.locator('[data-action="confirm"]').click();
    await options.waitForSelector('[data-result="clear-ok"]');
    expect(await options.locator('[data-result="clear-ok"]').innerText()).toBe('已清除3份计划和1条标注。');
    const cleared = await counts(options);
    expect(cleared.highlights).toBe(0);
    expect(cleared.plans).toEqual({ bundled: 2, captured: 0, imported: 0 });
    await options.waitForFunction(() => document.querySelectorAll('[data-plan-id]').length === 2);

    await options.setInputFiles('input[type="file"][name="import"]', backup.path);
    await options.waitForSelector('[data-result="import-ok"]');
    expect(await options.locator('[data-result="import-ok"]').innerText()).toMatch(/^已导入：3份计划、\d+项目标、1条标注。$/);
    expect(await counts(options)).toEqual(before);
    await options.waitForFunction(() => document.querySelectorAll('[data-plan-id]').length === 3);
  });

  it('a broken import file shows the exact error and changes nothing', async () => {
    const before = await counts(options);
    const broken = join(tmpdir(), `planlens-broken-${Date.now()}.json`);
    writeFileSync(broken, JSON.stringify({ format: 'planlens-backup', version: 1, plans: [{ ...extraPlan, id: 'x/1/annual-plan', year: 'soon' }], targets: [], highlights: [] }));
    await options.check('input[name="replace"]');
    await options.setInputFiles('input[type="file"][name="import"]', broken);
    await options.waitForSelector('[data-result="import-error"]');
    expect(await options.locator('[data-result="import-error"]').innerText()).toMatch(
      /^导入失败：The backup was not imported, nothing was changed: plans\[0\]\.year: .+ \(record id "x\/1\/annual-plan"\)$/,
    );
    expect(await counts(options)).toEqual(before);
    const notJson = join(tmpdir(), `planlens-notjson-${Date.now()}.json`);
    writeFileSync(notJson, 'this is not a backup');
    await options.setInputFiles('input[type="file"][name="import"]', notJson);
    await options.waitForFunction(() => document.querySelector('[data-result="import-error"]')?.textContent?.includes('the file is not JSON'));
    expect(await counts(options)).toEqual(before);
    await options.uncheck('input[name="replace"]');
  });

  it('deletes a captured plan after confirmation (cancel keeps it)', async () => {
    const row = '[data-plan-id="湖州市/2099/annual-plan"]';
    await options.click(`${row} [data-action="delete-plan"]`);
    const dialog = options.locator('dialog[data-dialog="confirm"]');
    expect(await dialog.locator('p').innerText()).toBe(`删除“${extraPlan.title}”及其1项目标？`);
    await dialog.locator('[data-action="cancel"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await options.locator(row).count()).toBe(1);
    await options.click(`${row} [data-action="delete-plan"]`);
    await dialog.locator('[data-action="confirm"]').click();
    await options.waitForSelector(row, { state: 'detached' });
    expect((await counts(options)).plans).toEqual({ bundled: 2, captured: 0, imported: 0 });
  });
});

describe('options: sites and language', () => {
  it('refuses what is not a host, and gov.cn hosts that are already covered', async () => {
    const field = options.locator('input[name="extra-host"]');
    await field.fill('not a host');
    await options.click('[data-action="add-host"]');
    expect(await options.locator('[data-section="extra-hosts"] [role="alert"]').innerText()).toBe('“not a host”不是有效的网站地址。');
    await field.fill('https://www.huzhou.gov.cn/art/1.html');
    await options.click('[data-action="add-host"]');
    expect(await options.locator('[data-section="extra-hosts"] [role="alert"]').innerText()).toBe('www.huzhou.gov.cn 属于 *.gov.cn，已默认启用，无需添加。');
  });

  it('switches a known site off from the sites list', async () => {
    await send(options, 'importBackup', { text: JSON.stringify({ format: 'planlens-backup', version: 1, plans: [extraPlan], targets: [], highlights: [] }) });
    await reload(options);
    const site = options.locator('[data-host="www.huzhou.gov.cn"] button[role="switch"]');
    expect(await site.getAttribute('aria-checked')).toBe('true');
    await site.click();
    await options.waitForFunction(() => document.querySelector('[data-host="www.huzhou.gov.cn"] button[role="switch"]')?.getAttribute('aria-checked') === 'false');
    const stored = (await options.evaluate(() => (globalThis as any).chrome.storage.local.get('planlens:settings')))['planlens:settings'];
    expect(stored.disabledHosts).toEqual(['www.huzhou.gov.cn']);
  });

  it('changes the UI language', async () => {
    await options.selectOption('select[name="language"]', 'en');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'PlanLens settings');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    await h.screenshot(options, 'options-en', { fullPage: false });
    await options.selectOption('select[name="language"]', 'zh');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === '计划透镜设置');
  });
});
