/**
 * Issue 5 in real Chromium: hovering an indicator mention on a notice shows one card with every
 * known year of that target and the change from the nearest earlier year (design.md §6). One
 * browser for the file; the order matters: the 2023 notice is visited only in the last tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { OUTPUT_DIR, launchWithExtension, type Harness } from './harness';
import { collectErrors, hoverCard, leaveCard, markIndex, readCard, screenshotCard, waitForMarks, yearOf, type CardInfo, type ErrorLog } from './page-probes';

let h: Harness;
let errors: ErrorLog;

async function openNotice(year: number): Promise<Page> {
  const page = await h.newPage();
  await h.gotoNotice(year, page);
  await waitForMarks(page);
  return page;
}

/** The contract's shape: a tooltip naming the indicator, exactly one data-year per year. */
function expectYears(card: CardInfo, zh: string, years: number[]) {
  expect(card.shown).toBe(true);
  expect(card.title).toContain(zh);
  expect(card.yearAttrs).toEqual(years.map(String));
}

const rectsOverlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

beforeAll(async () => {
  h = await launchWithExtension();
  errors = collectErrors(h);
});

afterAll(async () => {
  await h?.close();
});

describe('hover cards on the 2024 notice', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openNotice(2024);
  });
  afterAll(async () => {
    await page?.close();
  });

  for (const where of ['table', 'body'] as const) {
    it(`固定资产投资 (mark in the ${where}): 2022 增长8%以上 → 2024 增长6%以上, lowered`, async () => {
      const nth = await markIndex(page, 'fixed-asset-investment', where);
      expect(nth).toBeGreaterThanOrEqual(0);
      const card = await hoverCard(page, 'fixed-asset-investment', nth, '固定资产投资');
      expectYears(card, '固定资产投资', [2024, 2022]);
      expect(yearOf(card, 2022)!.text).toContain('增长8%以上');
      expect(yearOf(card, 2024)!.text).toContain('增长6%以上');
      expect(yearOf(card, 2024)!.change).toBe('lowered');
      expect(yearOf(card, 2024)!.changeText).toContain('2个百分点');
      // The earliest year has nothing to be compared with.
      expect(yearOf(card, 2022)!.change).toBeNull();
      // This notice's year is the one marked 本通知.
      expect(yearOf(card, 2024)!.text).toContain('本通知');
      expect(yearOf(card, 2022)!.text).not.toContain('本通知');
      await leaveCard(page);
    });
  }

  it('城镇调查失业率: 5.5% → 5% is lowered and more ambitious (lower is better)', async () => {
    const card = await hoverCard(page, 'urban-surveyed-unemployment-rate', 0, '城镇调查失业率');
    expectYears(card, '城镇调查失业率', [2024, 2022]);
    expect(yearOf(card, 2022)!.text).toContain('5.5%');
    expect(yearOf(card, 2024)!.text).toContain('5%以内');
    expect(yearOf(card, 2024)!.change).toBe('lowered');
    expect(yearOf(card, 2024)!.ambition).toBe('more');
    await leaveCard(page);
  });

  it('地区生产总值: 增长6%以上 → 增长6%左右 is reworded', async () => {
    const nth = await markIndex(page, 'gdp', 'table');
    const card = await hoverCard(page, 'gdp', nth, '地区生产总值');
    expectYears(card, '地区生产总值', [2024, 2022]);
    expect(yearOf(card, 2022)!.text).toContain('增长6%以上');
    expect(yearOf(card, 2024)!.text).toContain('增长6%左右');
    expect(yearOf(card, 2024)!.change).toBe('reworded');
    await leaveCard(page);
  });

  it('places the card next to the mark without covering it, inside the viewport', async () => {
    const viewport = page.viewportSize()!;
    for (const [key, where] of [['fixed-asset-investment', 'body'], ['urban-surveyed-unemployment-rate', 'table']] as const) {
      const nth = await markIndex(page, key, where);
      const mark = page.locator(`planlens-mark[data-indicator="${key}"]`).nth(nth);
      const card = await hoverCard(page, key, nth);
      const box = (await mark.boundingBox())!;
      expect(rectsOverlap(card.host!, box)).toBe(false);
      expect(card.host!.x).toBeGreaterThanOrEqual(0);
      expect(card.host!.y).toBeGreaterThanOrEqual(0);
      expect(card.host!.x + card.host!.width).toBeLessThanOrEqual(viewport.width);
      expect(card.host!.y + card.host!.height).toBeLessThanOrEqual(viewport.height);
      // Within a few pixels of the mark, above or below it.
      const gap = Math.min(Math.abs(card.host!.y - (box.y + box.height)), Math.abs(box.y - (card.host!.y + card.host!.height)));
      expect(gap).toBeLessThan(12);
      await leaveCard(page);
    }
  });

  it('flips above a mark at the bottom of the window', async () => {
    const nth = await markIndex(page, 'fixed-asset-investment', 'body');
    const mark = page.locator('planlens-mark[data-indicator="fixed-asset-investment"]').nth(nth);
    await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.bottom - (window.innerHeight - 40));
    });
    await mark.hover();
    await page.waitForFunction(() => (document.querySelector('planlens-card') as HTMLElement).style.visibility === 'visible');
    const card = (await readCard(page))!;
    const box = (await mark.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(page.viewportSize()!.height - 60);
    expect(card.host!.y + card.host!.height).toBeLessThanOrEqual(box.y);
    expect(card.host!.y).toBeGreaterThanOrEqual(0);
    await leaveCard(page);
  });

  it('stays open while the pointer moves from the mark into the card (its links are clickable)', async () => {
    const nth = await markIndex(page, 'fixed-asset-investment', 'body');
    const card = await hoverCard(page, 'fixed-asset-investment', nth);
    const box = (await page.locator('planlens-mark[data-indicator="fixed-asset-investment"]').nth(nth).boundingBox())!;
    const target = { x: card.host!.x + 40, y: card.host!.y + card.host!.height / 2 };
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.move(target.x, target.y, { steps: 6 });
    await page.waitForTimeout(600);
    expect((await readCard(page))!.shown).toBe(true);
    const link = page.locator('planlens-card a.pl-source').first();
    expect(await link.isVisible()).toBe(true);
    await link.hover();
    await page.waitForTimeout(400);
    expect((await readCard(page))!.shown).toBe(true);
    // Leaving the card closes it.
    await page.mouse.move(2, 2, { steps: 3 });
    await page.waitForFunction(() => (document.querySelector('planlens-card') as HTMLElement).style.display === 'none', null, { timeout: 3_000 });
  });

  it('closes when the pointer leaves, and shows one card host only', async () => {
    await hoverCard(page, 'fixed-asset-investment', 0);
    await hoverCard(page, 'gdp', await markIndex(page, 'gdp', 'table'), '地区生产总值');
    expect(await page.locator('planlens-card').count()).toBe(1);
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => (document.querySelector('planlens-card') as HTMLElement).style.display === 'none', null, { timeout: 3_000 });
    expect((await readCard(page))!.shown).toBe(false);
  });

  it('screenshots the card in light and dark colour schemes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const nth = await markIndex(page, 'fixed-asset-investment', 'body');
      await hoverCard(page, 'fixed-asset-investment', nth);
      const colors = await page.evaluate(() => {
        const tip = document.querySelector('planlens-card')!.shadowRoot!.querySelector('[role="tooltip"]')!;
        const s = getComputedStyle(tip);
        return { bg: s.backgroundColor, fg: s.color };
      });
      // Dark scheme: a dark card with light text; light scheme the other way round.
      const lum = (c: string) => {
        const [r, g, b] = c.match(/\d+/g)!.map(Number);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      if (scheme === 'dark') expect(lum(colors.bg)).toBeLessThan(60);
      else expect(lum(colors.bg)).toBeGreaterThan(240);
      expect(Math.abs(lum(colors.fg) - lum(colors.bg))).toBeGreaterThan(150);
      const markBox = (await page.locator('planlens-mark[data-indicator="fixed-asset-investment"]').nth(nth).boundingBox())!;
      await screenshotCard(page, markBox, join(OUTPUT_DIR, `card-${scheme}.png`));
      await leaveCard(page);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('hover cards on the 2022 notice', () => {
  it('show 2024 as the later year and mark 2022 as this notice', async () => {
    const page = await openNotice(2022);
    expect(await page.evaluate(() => document.documentElement.dataset.planlensYear)).toBe('2022');
    for (const where of ['table', 'body'] as const) {
      const card = await hoverCard(page, 'fixed-asset-investment', await markIndex(page, 'fixed-asset-investment', where), '固定资产投资');
      expectYears(card, '固定资产投资', [2024, 2022]);
      expect(yearOf(card, 2022)!.text).toContain('增长8%以上');
      expect(yearOf(card, 2022)!.text).toContain('本通知');
      expect(yearOf(card, 2024)!.text).not.toContain('本通知');
      expect(yearOf(card, 2024)!.change).toBe('lowered');
      await leaveCard(page);
    }
    const unemployment = await hoverCard(page, 'urban-surveyed-unemployment-rate', 0, '城镇调查失业率');
    expectYears(unemployment, '城镇调查失业率', [2024, 2022]);
    expect(yearOf(unemployment, 2022)!.text).toContain('本通知');
    expect(yearOf(unemployment, 2024)!.ambition).toBe('more');
    await page.close();
  });
});

describe('a third year', () => {
  it('after visiting the 2023 notice, the 2024 card shows 2022, 2023 and 2024, 2024 compared with 2023', async () => {
    const p2023 = await h.newPage();
    await h.gotoFixture('jiaxing-2023-plan', p2023);
    await waitForMarks(p2023);
    expect(await p2023.evaluate(() => document.documentElement.dataset.planlensYear)).toBe('2023');
    // On the 2023 notice itself the card already knows both neighbours.
    const middle = await hoverCard(p2023, 'fixed-asset-investment', 0, '固定资产投资');
    expectYears(middle, '固定资产投资', [2024, 2023, 2022]);
    expect(yearOf(middle, 2023)!.text).toContain('本通知');
    await p2023.close();

    const page = await openNotice(2024);
    const card = await hoverCard(page, 'fixed-asset-investment', await markIndex(page, 'fixed-asset-investment', 'table'), '固定资产投资');
    expectYears(card, '固定资产投资', [2024, 2023, 2022]);
    const markBox = (await page.locator('planlens-mark[data-indicator="fixed-asset-investment"]').nth(await markIndex(page, 'fixed-asset-investment', 'table')).boundingBox())!;
    await screenshotCard(page, markBox, join(OUTPUT_DIR, 'card-three-years.png'));
    expect(yearOf(card, 2023)!.text).toContain('增长7%以上');
    expect(yearOf(card, 2023)!.change).toBe('lowered');
    expect(yearOf(card, 2023)!.changeText).toContain('1个百分点');
    // 7% → 6%: one point, not the two points from 2022.
    expect(yearOf(card, 2024)!.change).toBe('lowered');
    expect(yearOf(card, 2024)!.changeText).toContain('1个百分点');
    expect(yearOf(card, 2024)!.changeText).not.toContain('2个百分点');
    const unemployment = await hoverCard(page, 'urban-surveyed-unemployment-rate', 0, '城镇调查失业率');
    expectYears(unemployment, '城镇调查失业率', [2024, 2023, 2022]);
    // 2023 already set 5%以内: 2024 is unchanged against 2023.
    expect(yearOf(unemployment, 2024)!.change).toBe('unchanged');
    await page.close();
  });

  it('no uncaught errors from the extension on any page of this file', () => {
    expect(errors.fromExtension()).toEqual([]);
    expect(errors.all).toEqual([]);
  });
});
