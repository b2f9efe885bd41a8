/**
 * Switching PlanLens off (per site and globally, through the settings in storage.local) restores
 * the page's DOM exactly (design.md §8): body.innerHTML equals that of the same document on the
 * non-government mirror host, where the extension never ran. Switching on again re-annotates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { collectErrors, extensionClient, hoverCard, selectText, waitForMarks, type ErrorLog, type ExtensionClient } from './page-probes';

const HOST = 'www.jiaxing.gov.cn';

let h: Harness;
let errors: ErrorLog;
let ext: ExtensionClient;
let gov: Page;
let mirror: Page;
let marksBefore: number;

/** Everything PlanLens can leave on a page. */
const traces = (p: Page) =>
  p.evaluate(() => ({
    elements: document.querySelectorAll('planlens-mark, planlens-highlight, planlens-card, planlens-toolbar').length,
    style: document.getElementById('planlens-page-style') !== null,
    dataset: Object.keys(document.documentElement.dataset).filter((k) => k !== 'planlens'),
  }));

const bodyHtml = (p: Page) => p.evaluate(() => document.body.innerHTML);

async function expectRestored() {
  await gov.waitForFunction(() => !document.querySelector('planlens-mark, planlens-highlight'), null, { timeout: 5_000 });
  expect(await traces(gov)).toEqual({ elements: 0, style: false, dataset: [] });
  const [a, b] = await Promise.all([bodyHtml(gov), bodyHtml(mirror)]);
  expect(a.length).toBe(b.length);
  // Not toEqual: a 40 KB diff is no help; the lengths above say how far off it is.
  expect(a === b).toBe(true);
}

async function expectAnnotated() {
  await expect.poll(() => gov.evaluate(() => document.querySelectorAll('planlens-mark').length), { timeout: 5_000 }).toBe(marksBefore);
  await expect.poll(() => gov.locator('planlens-highlight').count()).toBeGreaterThan(0);
  const card = await hoverCard(gov, 'fixed-asset-investment', 0, '固定资产投资');
  expect(card.yearAttrs).toEqual(['2024', '2022']);
  await gov.mouse.move(2, 2);
  await gov.keyboard.press('Escape');
}

beforeAll(async () => {
  h = await launchWithExtension();
  errors = collectErrors(h);
  ext = await extensionClient(h);
  mirror = await h.goto(h.portal.mirrorUrl(2024));
  gov = await h.newPage();
  await h.gotoNotice(2024, gov);
  marksBefore = await waitForMarks(gov);
  await gov.bringToFront();
});

afterAll(async () => {
  await ext?.setSettings({});
  await h?.close();
});

describe('switching PlanLens off and on', () => {
  it('starts from an annotated page with a highlight, an open card and the selection toolbar', async () => {
    expect(marksBefore).toBeGreaterThan(40);
    expect(await gov.evaluate(() => document.querySelectorAll('planlens-mark').length)).toBe(marksBefore);
    await selectText(gov, '全力激发民间投资活力');
    await gov.locator('planlens-toolbar button[data-action="save-highlight"]').click();
    await gov.waitForSelector('planlens-highlight');
    await selectText(gov, '拓展项目投资领域');
    await gov.waitForFunction(() => (document.querySelector('planlens-toolbar') as HTMLElement).style.display !== 'none');
    await hoverCard(gov, 'gdp', 0);
    expect((await bodyHtml(gov)) === (await bodyHtml(mirror))).toBe(false);
  });

  it('off for this site: body.innerHTML is exactly the untouched document’s', async () => {
    await ext.setSettings({ disabledHosts: [HOST] });
    await expectRestored();
  });

  it('stays off on reload, and other sites keep working', async () => {
    await gov.reload({ waitUntil: 'load' });
    expect(await h.waitForGate(gov)).toBe('notice');
    await gov.waitForTimeout(800);
    expect(await traces(gov)).toEqual({ elements: 0, style: false, dataset: [] });
    const other = await h.gotoFixture('shaoxing-2022-plan');
    expect(await waitForMarks(other)).toBeGreaterThan(0);
    await other.close();
    await gov.bringToFront();
  });

  it('on again: marks, the highlight and cards come back', async () => {
    await ext.setSettings({});
    await expectAnnotated();
  });

  it('off everywhere (global switch), then on again', async () => {
    await ext.setSettings({ enabled: false });
    await expectRestored();
    await ext.setSettings({ enabled: true });
    await expectAnnotated();
  });

  it('no uncaught errors', () => {
    expect(errors.all).toEqual([]);
  });
});
