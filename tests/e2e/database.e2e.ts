/**
 * Issue 4 in real Chromium: the service worker seeds the bundled plans on install, every notice
 * visited is captured (the portal copy of a bundled plan updates it, never duplicates it), and
 * three tabs capturing and saving at once lose nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, launchWithExtension, type Harness } from './harness';

// Evaluated inside extension pages, where `chrome` exists.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<any> } };


let h: Harness;
let ext: Page;

interface Summary {
  id: string;
  region: string;
  year: number;
  kind: string;
  source: string;
  url: string | null;
  targets: number;
}

const ask = <T>(type: string, payload: unknown = {}): Promise<T> => askBackground<T>(ext, type, payload);

async function plans(): Promise<Summary[]> {
  return ask<Summary[]>('listPlans');
}

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last = await fn();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}

/** Waits until the content script has sent its capture (data-planlens-marks is set after it). */
async function captured(page: Page): Promise<number> {
  await page.waitForFunction(() => document.documentElement.dataset.planlensMarks !== undefined, null, { timeout: 30_000 });
  return Number(await page.evaluate(() => document.documentElement.dataset.planlensTargets));
}

beforeAll(async () => {
  h = await launchWithExtension();
  ext = await h.openExtensionPage('options');
});

afterAll(async () => {
  await h?.close();
});

describe('database in the background', () => {
  it('seeds the two bundled Jiaxing plans on install, with their targets', async () => {
    const list = await waitFor(plans, (l) => l.length >= 2);
    const bundled = list.filter((p) => p.source === 'bundled').sort((a, b) => a.year - b.year);
    expect(bundled.map((p) => p.id)).toEqual(['嘉兴市/2022/annual-plan', '嘉兴市/2024/annual-plan']);
    for (const p of bundled) {
      expect(p.url).toBeNull();
      expect(p.targets).toBeGreaterThan(40);
    }
  });

  it('captures a notice of a third year, and updates (never duplicates) the portal copy of a bundled plan', async () => {
    const page2023 = await h.gotoFixture('jiaxing-2023-plan');
    const n2023 = await captured(page2023);
    const page2024 = await h.gotoNotice(2024);
    const n2024 = await captured(page2024);

    const list = await waitFor(plans, (l) => l.some((p) => p.year === 2023) && l.some((p) => p.year === 2024 && p.source === 'captured'));
    const p2023 = list.find((p) => p.id === '嘉兴市/2023/annual-plan');
    expect(p2023?.source).toBe('captured');
    expect(p2023?.url).toBe(page2023.url());
    expect(p2023?.targets).toBe(n2023);

    const all2024 = list.filter((p) => p.region === '嘉兴市' && p.year === 2024);
    expect(all2024).toHaveLength(1);
    expect(all2024[0].source).toBe('captured');
    expect(all2024[0].url).toBe(page2024.url());
    expect(all2024[0].targets).toBe(n2024);
    await page2023.close();
    await page2024.close();
  });

  it('loses nothing when three tabs capture and save highlights at the same time', async () => {
    const names = ['huzhou-2024-tasks', 'hangzhou-2019-execution', 'shaoxing-2022-plan'];
    const before = await ask<unknown[]>('listAllHighlights');
    const PER_TAB = 25;

    // Three notices load (and capture) while three extension tabs save highlights concurrently.
    const savers = await Promise.all([0, 1, 2].map(() => h.openExtensionPage('options')));
    const [pages] = await Promise.all([
      Promise.all(names.map((n) => h.gotoFixture(n))),
      Promise.all(
        savers.map((s, tab) =>
          s.evaluate(
            async ([tabNo, count]) => {
              const replies = await Promise.all(
                Array.from({ length: count }, (_, i) =>
                  chrome.runtime.sendMessage({
                    protocol: 'planlens/1',
                    type: 'saveHighlight',
                    payload: {
                      highlight: {
                        url: `http://www.jiaxing.gov.cn/art/2024/2/8/concurrent-${tabNo}.html`,
                        planId: null,
                        exact: `段落${tabNo}-${i}`,
                        selectors: [{ type: 'TextQuoteSelector', exact: `段落${tabNo}-${i}`, prefix: '', suffix: '' }],
                        note: `note ${tabNo}-${i}`,
                        tags: ['并发'],
                      },
                    },
                  }),
                ),
              );
              return replies.filter((r: { ok: boolean }) => r.ok).length;
            },
            [tab, PER_TAB] as const,
          ),
        ),
      ).then((counts) => expect(counts).toEqual([PER_TAB, PER_TAB, PER_TAB])),
    ]);
    const expected = await Promise.all(pages.map(captured));

    const list = await waitFor(plans, (l) => names.every((_, i) => l.some((p) => p.url === pages[i].url())));
    pages.forEach((page, i) => {
      const stored = list.find((p) => p.url === page.url());
      expect(stored, names[i]).toBeDefined();
      expect(stored!.targets, names[i]).toBe(expected[i]);
    });
    const after = await ask<{ note: string }[]>('listAllHighlights');
    expect(after.length - before.length).toBe(3 * PER_TAB);
    const notes = new Set(after.map((x) => x.note));
    for (let tab = 0; tab < 3; tab++) for (let i = 0; i < PER_TAB; i++) expect(notes.has(`note ${tab}-${i}`)).toBe(true);
    await Promise.all([...pages, ...savers].map((p) => p.close()));
  });
});
