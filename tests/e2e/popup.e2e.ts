/**
 * The popup through the built extension (design.md §6 contract): search over the bundled
 * Jiaxing plans, empty state, opening a passage (reader page for bundled plans, a text
 * fragment link for plans with a URL), the tab state and the site switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { inViewport, searchFor, send, waitForSeeded } from './pages-helpers';

let h: Harness;
let popup: Page;

beforeAll(async () => {
  h = await launchWithExtension();
  popup = await h.openExtensionPage('popup');
  await popup.setViewportSize({ width: 400, height: 600 });
  await waitForSeeded(popup);
});

afterAll(async () => {
  await h?.close();
});

const resultKeys = (page: Page) => page.locator('[data-state="results"] [data-result]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator') ?? e.getAttribute('data-result')));

describe('popup search', () => {
  it('has one search field, focused on open', async () => {
    const fresh = await h.openExtensionPage('popup');
    expect(await fresh.locator('input[type="search"]').count()).toBe(1);
    await fresh.waitForFunction(() => document.activeElement?.matches('input[type="search"]'));
    await fresh.close();
  });

  it('固定资产投资: the Jiaxing indicator with both years and the lowered change', async () => {
    expect(await searchFor(popup, '固定资产投资')).toBe('results');
    const result = popup.locator('[data-indicator][data-region="嘉兴市"]').first();
    expect(await result.getAttribute('data-indicator')).toBe('fixed-asset-investment');
    expect(await result.locator('[data-year="2022"]').innerText()).toContain('增长8%以上');
    const y2024 = result.locator('[data-year="2024"]');
    expect(await y2024.innerText()).toContain('增长6%以上');
    expect(await y2024.locator('[data-change]').getAttribute('data-change')).toBe('lowered');
    await h.screenshot(popup, 'popup-results', { fullPage: false });
  });

  it('GDP: 地区生产总值 comes first', async () => {
    expect(await searchFor(popup, 'GDP')).toBe('results');
    const first = popup.locator('[data-state="results"] [data-result]').first();
    expect(await first.getAttribute('data-indicator')).toBe('gdp');
    expect(await first.innerText()).toContain('地区生产总值');
  });

  it('就业: finds both 城镇新增就业人数 and 城镇调查失业率', async () => {
    expect(await searchFor(popup, '就业')).toBe('results');
    const keys = await resultKeys(popup);
    expect(keys).toContain('urban-new-jobs');
    expect(keys).toContain('urban-surveyed-unemployment-rate');
    const text = await popup.locator('[data-state="results"]').innerText();
    expect(text).toContain('城镇新增就业人数');
    expect(text).toContain('城镇调查失业率');
  });

  it('fixed asset (English): finds fixed-asset-investment', async () => {
    expect(await searchFor(popup, 'fixed asset')).toBe('results');
    expect(await resultKeys(popup)).toContain('fixed-asset-investment');
  });

  it('a nonsense query: data-state="empty" naming the query', async () => {
    expect(await searchFor(popup, 'zqxjv 嘤嘤嘤嘤')).toBe('empty');
    expect(await popup.locator('[data-state="empty"]').innerText()).toContain('zqxjv 嘤嘤嘤嘤');
    await h.screenshot(popup, 'popup-empty');
  });

  it('Enter on a passage of a bundled plan opens the reader scrolled to that paragraph', async () => {
    expect(await searchFor(popup, '数字经济')).toBe('results');
    const kinds = await popup.locator('[data-state="results"] [data-result]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));
    const index = kinds.indexOf('passage');
    expect(index).toBeGreaterThanOrEqual(0);
    const input = popup.locator('input[type="search"]');
    for (let i = 0; i < index; i++) await input.press('ArrowDown');
    expect(await popup.locator('[role="option"][aria-selected="true"]').getAttribute('data-result')).toBe('passage');
    const opened = h.context.waitForEvent('page');
    await input.press('Enter');
    const reader = await opened;
    await reader.waitForLoadState('load');
    expect(reader.url()).toMatch(new RegExp(`^chrome-extension://${h.extensionId}/reader\\.html\\?plan=%E5%98%89%E5%85%B4%E5%B8%82%2F20\\d\\d%2Fannual-plan#pos=\\d+$`));
    await reader.waitForSelector('[data-target]');
    expect(await reader.locator('[data-target]').innerText()).toContain('数字经济');
    await reader.waitForFunction(() => {
      const r = document.querySelector('[data-target]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(await inViewport(reader, '[data-target]')).toBe(true);
    // Far down the notice: the page really scrolled.
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(0);
    await h.screenshot(reader, 'reader-passage');
    await reader.close();
  });

  it('Enter on a passage of a plan with a URL opens the source with a text fragment', async () => {
    const url = 'http://www.huzhou.gov.cn/art/2099/1/1/art_1_1.html';
    const plan = {
      id: '湖州市/2099/annual-plan',
      region: '湖州市',
      year: 2099,
      kind: 'annual-plan',
      title: '湖州市人民政府关于下达2099年湖州市国民经济和社会发展计划的通知',
      issued: '2099-01-01',
      url,
      source: 'imported',
      capturedAt: 1,
      hash: 'e2e',
      paragraphs: ['湖州市人民政府关于下达2099年湖州市国民经济和社会发展计划的通知', '总体要求。全年珍稀试验词汇保持稳定，其他工作有序推进。'],
    };
    await send(popup, 'importBackup', { text: JSON.stringify({ format: 'planlens-backup', version: 1, plans: [plan], targets: [], highlights: [] }) });
    expect(await searchFor(popup, '珍稀试验词汇')).toBe('results');
    const first = popup.locator('[data-state="results"] [data-result]').first();
    expect(await first.getAttribute('data-result')).toBe('passage');
    const opened = h.context.waitForEvent('page');
    await popup.locator('input[type="search"]').press('Enter');
    const page = await opened;
    await page.waitForLoadState('domcontentloaded').catch(() => undefined);
    // The sentence holding the match (not the paragraph's first one), short enough to be one term.
    expect(page.url()).toBe(`${url}#:~:text=${encodeURIComponent('全年珍稀试验词汇保持稳定，其他工作有序推进。')}`);
    await page.close();
    await send(popup, 'deletePlan', { id: plan.id });
  });
});

describe('popup tab state', () => {
  it('shows the tab notice state and switches this site off and on', async () => {
    const page = await h.goto(h.portal.mirrorUrl(2024));
    const tabId = await h.tabIdOf(page);
    const url = page.url();
    await send(popup, 'setTabState', {
      tabId,
      state: { url, detected: true, planId: '嘉兴市/2024/annual-plan', region: '嘉兴市', year: 2024, kind: 'annual-plan', title: '嘉兴市2024年计划', targets: 48, captured: true },
    });
    const p = await h.openExtensionPage('popup', { tabId });
    await p.setViewportSize({ width: 400, height: 600 });
    const status = p.locator('[data-tab-state="notice"]');
    await status.waitFor();
    expect(await status.locator('[data-field="region"]').innerText()).toBe('嘉兴市');
    expect(await status.locator('[data-field="year"]').innerText()).toBe('2024年');
    expect(await status.locator('[data-field="targets"]').innerText()).toBe('48项目标');
    expect(await status.locator('[data-field="captured"]').innerText()).toBe('已保存');
    const host = new URL(url).hostname;
    const toggle = status.locator('button[role="switch"]');
    expect(await toggle.innerText()).toContain(host);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await status.locator('[data-action="compare"]').count()).toBe(1);
    await h.screenshot(p, 'popup-tab-state');
    await toggle.click();
    await p.waitForFunction(() => document.querySelector('button[role="switch"]')?.getAttribute('aria-checked') === 'false');
    const stored = async () => (await p.evaluate(() => (globalThis as any).chrome.storage.local.get('planlens:settings')))['planlens:settings'];
    expect((await stored()).disabledHosts).toEqual([host]);
    await toggle.click();
    await p.waitForFunction(() => document.querySelector('button[role="switch"]')?.getAttribute('aria-checked') === 'true');
    expect((await stored()).disabledHosts).toEqual([]);
    // "Compare in side panel" opens Chrome's side panel (a SIDE_PANEL context of the extension).
    const worker = await h.serviceWorker();
    const panels = () => worker.evaluate(() => (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then((c: { documentUrl: string }[]) => c.map((x) => x.documentUrl)));
    expect(await panels()).toEqual([]);
    await status.locator('[data-action="compare"]').click();
    await expect.poll(panels, { timeout: 5000 }).toEqual([`chrome-extension://${h.extensionId}/sidepanel.html`]);
    expect(await p.locator('[role="alert"]').count()).toBe(0);
    await p.close();
    await page.close();
  });

  it('a tab PlanLens does not run in: says so, no compare action', async () => {
    const page = await h.goto(h.portal.mirrorUrl(2022));
    const p = await h.openExtensionPage('popup', { tabId: await h.tabIdOf(page) });
    await p.locator('[data-tab-state="none"]').waitFor();
    expect(await p.locator('[data-action="compare"]').count()).toBe(0);
    await p.close();
    await page.close();
  });
});
