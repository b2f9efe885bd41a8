/**
 * Issue 10 in real Chromium: a figure is shown under the year it is FOR, with its role. A work
 * report's review fills last year's outcomes beside that year's target; an execution report's
 * table fills the executed year; a district's page is filed under the district; a news page
 * quoting targets is never stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, launchWithExtension, type Harness } from './harness';


let h: Harness;
let ext: Page;

const ask = <T>(type: string, payload: unknown = {}): Promise<T> => askBackground<T>(ext, type, payload);

const planIds = async () => (await ask<Array<{ id: string }>>('listPlans')).map((p) => p.id);

async function captured(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.planlensMarks !== undefined, null, { timeout: 30_000 });
}

interface YearView {
  year: string;
  text: string;
  actual: string | null;
  gap: string | null;
}

/** Hover the first mark of an indicator and read each year of the card. */
async function cardYears(page: Page, indicator: string): Promise<YearView[]> {
  const mark = page.locator(`planlens-mark[data-indicator="${indicator}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page.waitForFunction(() => !!document.querySelector('planlens-card')?.shadowRoot?.querySelector('[data-year]'), null, { timeout: 5_000 });
  return page.evaluate(() =>
    [...document.querySelector('planlens-card')!.shadowRoot!.querySelectorAll('[data-year]')].map((y) => ({
      year: y.getAttribute('data-year')!,
      text: (y.textContent ?? '').replace(/\s+/g, ' '),
      actual: [...y.querySelectorAll('[data-role="actual"]')].map((a) => (a.textContent ?? '').replace(/\s+/g, ' ')).join(' | ') || null,
      gap: y.querySelector('[data-role="actual"] [data-gap]')?.getAttribute('data-gap') ?? null,
    })),
  );
}

beforeAll(async () => {
  h = await launchWithExtension();
  ext = await h.openExtensionPage('options');
});

afterAll(async () => {
  await h?.close();
});

describe('every figure under its own year and role', () => {
  it('a 2025 work report fills 2024’s outcome beside the 2024 plan’s target for 地区生产总值', async () => {
    const page = await h.gotoFixture('jiaxing-2025-govreport');
    await captured(page);
    expect(await planIds()).toContain('嘉兴市/2025/work-report');
    const years = await cardYears(page, 'gdp');
    const y2024 = years.find((y) => y.year === '2024');
    expect(y2024?.text).toContain('增长6%左右'); // the bundled 2024 plan's target
    expect(y2024?.actual).toContain('增长5.6%'); // the work report's review of 2024
    expect(y2024?.gap).toBe('missed'); // 5.6 is 0.4 pp short of 6%左右
    // The work report's outcomes are not presented as its own year's targets.
    expect(years.find((y) => y.year === '2025')?.text ?? '').not.toContain('5.6%');
    await h.screenshot(page, 'card-target-and-outcome');
    await page.close();
  });

  it('an execution report’s table fills the executed year, not the draft year', async () => {
    const page = await h.gotoFixture('hangzhou-2019-execution');
    await captured(page);
    const years = await cardYears(page, 'gdp');
    const y2019 = years.find((y) => y.year === '2019');
    expect(y2019?.text).toContain('7%左右');
    expect(y2019?.actual).toContain('6.8');
    expect(years.find((y) => y.year === '2020')?.actual ?? null).toBeNull();
    await page.close();
  });

  it('a district’s page is filed under the district, not its city', async () => {
    const page = await h.gotoFixture('yuhang-2023-execution');
    await captured(page);
    const ids = await planIds();
    expect(ids).toContain('余杭区/2023/plan-execution');
    expect(ids.some((id) => id.startsWith('杭州市/2023/'))).toBe(false);
    await page.close();
  });

  it('a news page quoting targets is not stored', async () => {
    const before = await planIds();
    const page = await h.gotoFixture('news');
    expect(await h.waitForGate(page)).toBe('page');
    await page.waitForTimeout(1500);
    expect(await planIds()).toEqual(before);
    await page.close();
  });
});
