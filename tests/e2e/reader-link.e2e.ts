/**
 * A card's source link for a bundled plan (no portal URL known) opens the extension's reader page
 * at the sentence. A web page may not open extension pages itself, so the content script asks
 * the background; the reader must open in a new tab with that paragraph in view.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { hoverCard } from './page-probes';

let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(async () => {
  await h?.close();
});

it('opens the reader page of the bundled 2022 plan from the 2024 card, scrolled to the passage', async () => {
  const page = await h.gotoNotice(2024);
  await hoverCard(page, 'fixed-asset-investment', 0, '固定资产投资');
  const link = page.locator('planlens-card [data-year="2022"] a[href^="chrome-extension://"]').first();
  expect(await link.getAttribute('href')).toContain('reader.html?plan=' + encodeURIComponent('嘉兴市/2022/annual-plan'));
  const [reader] = await Promise.all([h.context.waitForEvent('page'), link.click()]);
  await reader.waitForLoadState();
  expect(reader.url()).toContain(`chrome-extension://${h.extensionId}/reader.html?plan=`);
  // The paragraph holding the 2022 target is marked and scrolled into view.
  const target = reader.locator('[data-target]').first();
  await target.waitFor({ timeout: 8_000 });
  expect(await target.textContent()).toContain('固定资产投资');
  const box = await target.boundingBox();
  const viewport = reader.viewportSize()!;
  expect(box && box.y >= 0 && box.y < viewport.height).toBe(true);
  await reader.close();
  await page.close();
});
