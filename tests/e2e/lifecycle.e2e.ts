/**
 * One lifecycle (RELIABILITY.md row L1): every part of the content script (page style, annotator,
 * observer, highlighter, card, toolbar, listeners, dataset) is tied to one AbortSignal; switching
 * PlanLens off for the site restores document.documentElement.outerHTML exactly as the page had it
 * at DOMContentLoaded (snapshot by a page script before PlanLens starts at document_idle) — on the
 * two seed notices and three corpus documents, after marks, an open card, the toolbar and a saved
 * highlight. The one attribute that stays is the gate's own html[data-planlens] (it records that the
 * gate ran, and automation waits on it); it is removed before comparing and nothing else is.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { corpusPage } from '../corpus/page';
import { launchWithExtension, type Harness } from './harness';
import { collectErrors, extensionClient, fetchPage, type ErrorLog, type ExtensionClient } from './page-probes';

const CORPUS_DIR = join(__dirname, '../corpus/docs');
const SNAPSHOT = `<script>document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; });</script>`;

let h: Harness;
let errors: ErrorLog;
let ext: ExtensionClient;

beforeAll(async () => {
  h = await launchWithExtension();
  errors = collectErrors(h);
  ext = await extensionClient(h);
});

afterAll(async () => {
  await ext?.setSettings({});
  await h?.close();
});

interface Source {
  name: string;
  host: string;
  path: string;
  html: () => Promise<string>;
}

function corpus(id: string): Source {
  const doc = corpusPage(CORPUS_DIR, id);
  const host = /^https?:\/\/([^/]+\.gov\.cn)\//.exec(doc.url ?? '')?.[1] ?? 'www.zj.gov.cn';
  return { name: `corpus ${id}`, host, path: `/lifecycle/${id}.html`, html: async () => doc.html };
}

const SOURCES: Source[] = [
  { name: 'seed 2022', host: 'www.jiaxing.gov.cn', path: '/lifecycle/seed-2022.html', html: () => fetchPage(h, h.portal.seedUrl(2022)) },
  { name: 'seed 2024', host: 'www.jiaxing.gov.cn', path: '/lifecycle/seed-2024.html', html: () => fetchPage(h, h.portal.seedUrl(2024)) },
  corpus('hangzhou-2023-govreport'),
  corpus('jiaxing-2019-govreport'),
  corpus('zhejiang-2023-bulletin'),
];

/** Use everything PlanLens can put on a page: marks (already there), a card, the toolbar, a highlight. */
async function exercise(page: Page): Promise<{ marks: number; highlight: boolean; card: boolean }> {
  const marks = await page.evaluate(() => document.querySelectorAll('planlens-mark').length);
  let card = false;
  if (marks > 0) {
    const mark = page.locator('planlens-mark').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    card = await page
      .locator('planlens-card [role="tooltip"]')
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true, () => false);
  }
  // Select the first 6 characters of the longest text node in the article and save them.
  const selected = await page.evaluate(() => {
    const root = document.querySelector('#zoom') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let best: Text | null = null;
    while (walker.nextNode()) {
      const t = walker.currentNode as Text;
      if (t.parentElement?.closest('planlens-mark, script, style')) continue;
      if (t.data.trim().length > (best?.data.trim().length ?? 0)) best = t;
    }
    if (!best || best.data.trim().length < 8) return false;
    const start = best.data.search(/\S/);
    best.parentElement!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(best, start);
    range.setEnd(best, start + 6);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    best.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  });
  let highlight = false;
  if (selected) {
    const save = page.locator('planlens-toolbar button[data-action="save-highlight"]');
    await save.waitFor({ state: 'visible', timeout: 5_000 });
    await save.click();
    highlight = await page
      .waitForSelector('planlens-highlight', { state: 'attached', timeout: 5_000 })
      .then(() => true, () => false);
  }
  return { marks, highlight, card };
}

describe('switching PlanLens off restores document.documentElement.outerHTML exactly', () => {
  it.each(SOURCES.map((s) => [s.name, s] as const))('%s', async (_name, source) => {
    const html = (await source.html()).replace('<head>', `<head>${SNAPSHOT}`);
    h.portal.setPage(source.host, source.path, html);
    const page = await h.goto(h.portal.url(source.host, source.path));
    expect(await h.waitForGate(page)).toMatch(/^(notice|page)$/);
    // Notices: wait for the capture to settle; other pages: give the session a moment.
    await page.waitForSelector('html[data-planlens-marks]', { state: 'attached', timeout: 15_000 }).catch(() => undefined);
    const used = await exercise(page);
    const during = await page.evaluate(() => document.documentElement.outerHTML.length);

    await ext.setSettings({ disabledHosts: [source.host] });
    await page.waitForFunction(() => !document.querySelector('planlens-mark, planlens-highlight, planlens-card, planlens-toolbar, #planlens-page-style'), null, {
      timeout: 5_000,
    });
    const { before, after } = await page.evaluate(() => ({
      before: (window as unknown as { __before: string }).__before,
      after: document.documentElement.outerHTML.replace(/^(<html[^>]*?) data-planlens="(?:notice|page)"/, '$1'),
    }));
    let firstDiff = -1;
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (before[i] !== after[i]) {
        firstDiff = i;
        break;
      }
    }
    console.log(`${source.name}: marks ${used.marks}, card ${used.card}, highlight ${used.highlight}; outerHTML ${before.length} chars before, ${during} while on, ${after.length} after off`);
    expect(firstDiff === -1 ? null : { at: firstDiff, before: before.slice(firstDiff - 80, firstDiff + 80), after: after.slice(firstDiff - 80, firstDiff + 80) }).toBeNull();
    expect(used.highlight).toBe(true);
    if (source.name.startsWith('seed')) expect(used.marks).toBeGreaterThan(10);
    await ext.setSettings({});
    await page.close();
  });

  it('no uncaught errors', () => {
    expect(errors.fromExtension()).toEqual([]);
  });
});
