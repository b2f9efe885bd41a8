/**
 * The content script's gate in real Chromium: it runs on government hosts, marks plan-family
 * notices html[data-planlens="notice"] and other pages "page", records performance.measure
 * ('planlens:gate') (visible from the page's own world: isolated worlds share the performance
 * timeline), and does not run at all on a non-government host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { loadManifest } from '../../scripts/portal/fixtures.mjs';
import { hoverMarks, launchWithExtension, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launchWithExtension();
});

afterAll(async () => {
  await h?.close();
});

describe('content gate', () => {
  it('loads the extension (service worker of an unpacked MV3 extension)', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await h.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
  });

  it('marks the 2024 bundled notice on www.jiaxing.gov.cn as a notice and records the gate measure', async () => {
    const page = await h.gotoNotice(2024);
    expect(new URL(page.url()).host).toBe('www.jiaxing.gov.cn');
    expect(page.url()).toMatch(/^http:\/\/www\.jiaxing\.gov\.cn\/art\/2024\/2\/8\/art_\d+_\d+\.html$/);
    const state = await h.state(page);
    expect(state.planlens).toBe('notice');
    expect(state.gateMeasures).toBe(1);
    const duration = await page.evaluate(() => performance.getEntriesByName('planlens:gate')[0].duration);
    expect(duration).toBeGreaterThanOrEqual(0);
    expect(duration).toBeLessThan(50);
    expect(await page.title()).toBe('嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知');
    const shot = await h.screenshot(page, 'notice-2024', { fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    await page.close();
  });

  it('marks the 2022 bundled notice as a notice', async () => {
    const page = await h.gotoNotice(2022);
    expect((await h.state(page)).planlens).toBe('notice');
    await page.close();
  });

  for (const entry of loadManifest()) {
    it(`gives fixture ${entry.name} (${entry.host}) ${entry.isNotice ? 'notice' : 'page'}`, async () => {
      const page = await h.gotoFixture(entry.name);
      const state = await h.state(page);
      expect(state.planlens).toBe(entry.isNotice ? 'notice' : 'page');
      expect(state.gateMeasures).toBe(1);
      await page.close();
    });
  }

  it('does not run on a non-government host serving a copy of the notice', async () => {
    const page = await h.goto(h.portal.mirrorUrl(2024));
    // Same document as the notice above: its text is there, the content script is not.
    expect(await page.title()).toBe('嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知');
    expect(await page.locator('#zoom table').count()).toBe(2);
    expect(await h.waitForGate(page, 2_500)).toBeNull();
    const state = await h.state(page);
    expect(state.planlens).toBeNull();
    expect(state.gateMeasures).toBe(0);
    await page.close();
  });

  it('sees a page change between reloads (portal.setPage)', async () => {
    const host = 'www.jiaxing.gov.cn';
    const path = '/art/2024/3/1/art_1229426397_9999001.html';
    const page0 = (title: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="zoom"><p>${title}</p></div></body></html>`;
    h.portal.setPage(host, path, page0('关于开展春季植树活动的通知'));
    const page = await h.goto(h.portal.url(host, path));
    expect(await h.waitForGate(page)).toBe('page');
    h.portal.setPage(host, path, page0('嘉兴市人民政府关于下达2025年嘉兴市国民经济和社会发展计划的通知'));
    await page.reload({ waitUntil: 'load' });
    expect(await h.waitForGate(page)).toBe('notice');
    h.portal.removePage(host, path);
    await page.close();
  });
});

describe('harness', () => {
  it('finds a tab id and opens an extension page for it', async () => {
    const notice = await h.gotoNotice(2024);
    const other = await h.goto(h.portal.mirrorUrl(2024));
    const noticeTab = await h.tabIdOf(notice);
    const otherTab = await h.tabIdOf(other);
    expect(Number.isInteger(noticeTab)).toBe(true);
    expect(Number.isInteger(otherTab)).toBe(true);
    expect(otherTab).not.toBe(noticeTab);
    // Stable: asking again gives the same answer.
    expect(await h.tabIdOf(notice)).toBe(noticeTab);
    const popup = await h.openExtensionPage('popup', { tabId: noticeTab });
    expect(popup.url()).toBe(`chrome-extension://${h.extensionId}/popup.html?tabId=${noticeTab}`);
    expect(await popup.evaluate(() => document.readyState)).toBe('complete');
    await Promise.all([notice.close(), other.close(), popup.close()]);
  });

  it('hovers marks and reads the card (hoverMarks, on a stand-in page where the content script does not run)', async () => {
    // A stand-in for the real marks and card (design.md §6 contracts), served on the
    // non-government host so the extension leaves it alone.
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>marks</title></head><body>
<p>目标：<planlens-mark data-indicator="gdp" tabindex="0">地区生产总值</planlens-mark>、<planlens-mark data-indicator="fixed-asset-investment" tabindex="0">固定资产投资</planlens-mark>、<planlens-mark data-indicator="gdp" tabindex="0">GDP</planlens-mark></p>
<script>
document.addEventListener('mouseover', (e) => {
  const mark = e.target.closest && e.target.closest('planlens-mark');
  if (!mark) return;
  let card = document.querySelector('planlens-card');
  if (!card) { card = document.createElement('planlens-card'); card.attachShadow({ mode: 'open' }); document.body.append(card); }
  const tip = document.createElement('div');
  tip.setAttribute('role', 'tooltip');
  tip.textContent = '卡片 ' + mark.dataset.indicator;
  card.shadowRoot.replaceChildren(tip);
});
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') document.querySelector('planlens-card')?.remove(); });
</script></body></html>`;
    h.portal.setPage('www.example.com', '/harness/marks.html', html);
    const page = await h.goto(h.portal.url('www.example.com', '/harness/marks.html'));
    const state = await h.state(page);
    expect(state.marks).toBe(3);
    expect(state.indicators).toEqual(['gdp', 'fixed-asset-investment']);
    const results = await hoverMarks(page, { max: 5 });
    expect(results).toEqual([
      { indicator: 'gdp', card: '卡片 gdp', file: null, error: null },
      { indicator: 'fixed-asset-investment', card: '卡片 fixed-asset-investment', file: null, error: null },
    ]);
    // Escape closed the last card.
    expect(await page.locator('planlens-card').count()).toBe(0);
    h.portal.removePage('www.example.com', '/harness/marks.html');
    await page.close();
  });

  it('writes screenshots under test-output/', async () => {
    const page = await h.gotoFixture('news');
    const path = await h.screenshot(page, 'news');
    expect(path.endsWith('test-output/news.png')).toBe(true);
    expect(existsSync(path)).toBe(true);
    await page.close();
  });
});
