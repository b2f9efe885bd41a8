/**
 * Pages that change under PlanLens (issue 5): content a page script appends to the article gets
 * marks within about a second; a page whose own scripts throw and re-render the article keeps
 * working (new marks, the user's highlight back, the card not left floating over nothing) with
 * no PlanLens errors; content added outside the article is left alone. The pages are the 2024
 * seed notice plus page scripts, served at runtime (portal.setPage) on the government host and,
 * for the DOM comparison, on the non-government mirror host where the extension does not run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { collectErrors, extensionClient, fetchPage, hoverCard, readCard, selectText, waitForMarks, type ErrorLog, type ExtensionClient } from './page-probes';

const GOV = 'www.jiaxing.gov.cn';
const MIRROR = 'www.example.com';
const PATH = '/art/2024/2/9/art_1229426397_2509999.html';
/** A clause of the first section (one Text node), highlighted before the page re-renders. */
const PASSAGE = '优化项目推进“六个一”工作机制，加快沪乍杭铁路、水乡旅游线等项目前期';
const PAGE_ERROR = 'portal widget failed: statistics feed unavailable';

/**
 * The page's own scripts: one that throws while the page loads; `portalRerender()` re-renders
 * #zoom from the CMS's copy of the article after a tick and then throws; `portalAppend(html, where)`
 * adds a block like a "load more" button would (innerHTML of page-made markup: test-only fixture).
 */
const PAGE_SCRIPTS = `<script>
var ARTICLE = document.getElementById('zoom').innerHTML;
window.portalRerender = function () {
  setTimeout(function () {
    document.getElementById('zoom').innerHTML = ARTICLE;
    throw new Error(${JSON.stringify(PAGE_ERROR)});
  }, 0);
};
window.portalAppend = function (html, where) {
  var box = document.createElement('div');
  box.className = 'appended';
  box.innerHTML = html;
  (where === 'sidebar' ? document.querySelector('.footer') : document.getElementById('zoom')).appendChild(box);
  return box;
};
portalStatsWidget.init();
</script>`;

let h: Harness;
let errors: ErrorLog;
let ext: ExtensionClient;
let gov: Page;
let mirror: Page;

const marksIn = (p: Page, selector: string) => p.evaluate((s) => document.querySelectorAll(`${s} planlens-mark`).length, selector);
const countMarks = (p: Page) => p.evaluate(() => document.querySelectorAll('planlens-mark').length);

/** Page errors other than the page's own. */
const foreignErrors = () => errors.all.filter((e) => !e.includes(PAGE_ERROR) && !e.includes('portalStatsWidget is not defined'));

beforeAll(async () => {
  h = await launchWithExtension();
  errors = collectErrors(h);
  ext = await extensionClient(h);
  const seed = await fetchPage(h, h.portal.seedUrl(2024));
  const html = seed.replace('</body>', `${PAGE_SCRIPTS}</body>`);
  h.portal.setPage(GOV, PATH, html);
  h.portal.setPage(MIRROR, PATH, html);
  gov = await h.newPage();
  await h.goto(h.portal.url(GOV, PATH), gov);
  await waitForMarks(gov);
  mirror = await h.goto(h.portal.url(MIRROR, PATH));
  // Pointer and keyboard go to the front tab; a background tab's frames are throttled.
  await gov.bringToFront();
});

afterAll(async () => {
  await ext?.setSettings({});
  await h?.close();
});

describe('a page that changes after load', () => {
  it('runs although the page threw while loading', async () => {
    expect(errors.all.filter((e) => e.includes('portalStatsWidget is not defined')).length).toBe(2); // both hosts
    expect(await countMarks(gov)).toBeGreaterThan(40);
    expect(await countMarks(mirror)).toBe(0);
  });

  it('marks 固定资产投资 in a paragraph appended to #zoom within a second', async () => {
    const elapsed = await gov.evaluate(async () => {
      const start = performance.now();
      const box = (window as any).portalAppend('<p>补充说明：<span>全年</span>固定资产<span>投资</span>增长6%以上，城镇调查失业率控制在5%以内。</p>', 'zoom') as HTMLElement;
      while (box.querySelectorAll('planlens-mark').length < 3 && performance.now() - start < 3000) await new Promise((r) => setTimeout(r, 20));
      return performance.now() - start;
    });
    expect(elapsed).toBeLessThan(1000);
    expect(await gov.evaluate(() => [...document.querySelectorAll('#zoom .appended planlens-mark')].map((m) => `${m.getAttribute('data-indicator')}:${m.textContent}`))).toEqual([
      'fixed-asset-investment:固定资产',
      'fixed-asset-investment:投资',
      'urban-surveyed-unemployment-rate:城镇调查失业率',
    ]);
    // The appended mention has a working card.
    const card = await hoverCard(gov, 'urban-surveyed-unemployment-rate', await gov.evaluate(() => [...document.querySelectorAll('planlens-mark[data-indicator="urban-surveyed-unemployment-rate"]')].findIndex((m) => m.closest('.appended'))), '城镇调查失业率');
    expect(card.yearAttrs).toEqual(['2024', '2022']);
    await gov.mouse.move(2, 2);
    await gov.keyboard.press('Escape');
    await gov.evaluate(() => (window as any).portalAppend('<p>补充说明：全年固定资产投资增长6%以上。</p>', 'zoom'));
    await mirror.evaluate(() => {
      (window as any).portalAppend('<p>补充说明：<span>全年</span>固定资产<span>投资</span>增长6%以上，城镇调查失业率控制在5%以内。</p>', 'zoom');
      (window as any).portalAppend('<p>补充说明：全年固定资产投资增长6%以上。</p>', 'zoom');
    });
  });

  it('leaves content added outside the article alone', async () => {
    await gov.evaluate(() => (window as any).portalAppend('<p>相关新闻：全市固定资产投资增长较快。</p>', 'sidebar'));
    await mirror.evaluate(() => (window as any).portalAppend('<p>相关新闻：全市固定资产投资增长较快。</p>', 'sidebar'));
    await gov.waitForTimeout(700);
    expect(await marksIn(gov, '.footer')).toBe(0);
  });

  it('re-annotates when the page re-renders the article and throws, and puts the highlight back', async () => {
    // A highlight in the article, and the card open on a mark the page is about to destroy.
    await selectText(gov, PASSAGE);
    await gov.locator('planlens-toolbar button[data-action="save-highlight"]').click();
    await gov.waitForSelector('planlens-highlight');
    const id = (await gov.getAttribute('planlens-highlight', 'data-id'))!;
    await hoverCard(gov, 'gdp', 0, '地区生产总值');

    const before = await countMarks(gov);
    await gov.evaluate(() => (window as any).portalRerender());
    await mirror.evaluate(() => (window as any).portalRerender());
    await expect.poll(() => errors.all.filter((e) => e.includes(PAGE_ERROR)).length).toBe(2);
    // The new article content is marked again (the appended paragraphs are gone with the old content).
    await expect.poll(() => marksIn(gov, '#zoom'), { timeout: 3_000 }).toBeGreaterThan(40);
    expect(await gov.locator('#zoom .appended').count()).toBe(0);
    // Every mark counted on <html> is one on the page.
    await expect.poll(() => gov.evaluate(() => Number(document.documentElement.dataset.planlensMarks))).toBe(await countMarks(gov));
    expect(await countMarks(gov)).toBeLessThan(before);
    // The card of a mark that no longer exists is not left floating over the page.
    expect((await readCard(gov))!.shown).toBe(false);
    // The highlight is placed again over the re-rendered text, not lost.
    await expect.poll(() => gov.evaluate((hid) => [...document.querySelectorAll(`planlens-highlight[data-id="${hid}"]`)].map((e) => e.textContent).join(''), id), { timeout: 3_000 }).toBe(PASSAGE);
    // Cards work on the new marks.
    const card = await hoverCard(gov, 'fixed-asset-investment', 0, '固定资产投资');
    expect(card.yearAttrs).toEqual(['2024', '2022']);
    await gov.mouse.move(2, 2);
    await gov.keyboard.press('Escape');
  });

  it('switching off restores the page as its own scripts left it', async () => {
    await ext.setSettings({ disabledHosts: [GOV] });
    await gov.waitForFunction(() => !document.querySelector('planlens-mark, planlens-highlight, planlens-card, planlens-toolbar'));
    const [a, b] = await Promise.all([gov.evaluate(() => document.body.innerHTML), mirror.evaluate(() => document.body.innerHTML)]);
    expect(a.length).toBe(b.length);
    expect(a === b).toBe(true);
    await ext.setSettings({});
    await expect.poll(() => countMarks(gov), { timeout: 5_000 }).toBeGreaterThan(40);
  });

  it('no PlanLens errors: only the page’s own', () => {
    expect(errors.fromExtension()).toEqual([]);
    expect(foreignErrors()).toEqual([]);
  });
});
