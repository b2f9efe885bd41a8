/**
 * Issue 5, keyboard only: Tab reaches an indicator mark (tabindex=0), its card opens on focus,
 * Tab moves on to the next mark's card, Escape closes the card and leaves focus on the mark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { OUTPUT_DIR, launchWithExtension, type Harness } from './harness';
import { collectErrors, readCard, screenshotCard, waitForMarks, type ErrorLog } from './page-probes';

let h: Harness;
let errors: ErrorLog;
let page: Page;

/** The focused element's tag and indicator, or null. */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? { tag: el.localName, indicator: el.dataset.indicator ?? null, text: el.textContent ?? '' } : null;
  });

const tooltip = (p: Page) => p.locator('planlens-card [role="tooltip"]');

beforeAll(async () => {
  h = await launchWithExtension();
  errors = collectErrors(h);
  page = await h.newPage();
  await h.gotoNotice(2024, page);
  await waitForMarks(page);
});

afterAll(async () => {
  await h?.close();
});

describe('keyboard', () => {
  it('Tab reaches a mark and its card opens on focus, without a pointer', async () => {
    // Start from the top of the document, as a keyboard user does after loading the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let presses = 0;
    for (; presses < 120; presses++) {
      await page.keyboard.press('Tab');
      if ((await focused(page))?.tag === 'planlens-mark') break;
    }
    const mark = await focused(page);
    expect(mark?.tag).toBe('planlens-mark');
    // The first mark in the article: 固定资产投资 in the first section's prose.
    expect(mark?.indicator).toBe('fixed-asset-investment');
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    const card = (await readCard(page))!;
    expect(card.shown).toBe(true);
    expect(card.title).toContain('固定资产投资');
    expect(card.yearAttrs).toEqual(['2024', '2022']);
    const markBox = (await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }))!;
    await screenshotCard(page, markBox, join(OUTPUT_DIR, 'card-keyboard.png'));
  });

  it('Tab to the next mark shows that mark’s card (one card host)', async () => {
    const before = (await focused(page))!;
    let next = before;
    // Pieces of one mention split over several elements are several marks; move to another indicator.
    for (let i = 0; i < 10 && next.indicator === before.indicator; i++) {
      await page.keyboard.press('Tab');
      next = (await focused(page))!;
    }
    expect(next.tag).toBe('planlens-mark');
    expect(next.indicator).not.toBe(before.indicator);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain(next.text.trim());
    expect((await readCard(page))!.shown).toBe(true);
    expect(await page.locator('planlens-card').count()).toBe(1);
  });

  it('Escape closes the card and keeps focus on the mark', async () => {
    const mark = (await focused(page))!;
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
    expect((await readCard(page))!.shown).toBe(false);
    expect(await focused(page)).toEqual(mark);
    // Stays closed (no timer reopens it) until focus moves again.
    await page.waitForTimeout(400);
    expect(await tooltip(page).isVisible()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page))?.tag).toBe('planlens-mark');
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
  });

  it('Tab away from the marks closes the card', async () => {
    await page.keyboard.press('Tab');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => tooltip(page).isVisible(), { timeout: 3_000 }).toBe(false);
  });

  it('no uncaught errors from the extension', () => {
    expect(errors.all).toEqual([]);
  });
});
