/**
 * Probes shared by the hover-card, keyboard, switch-off, highlights and dynamic-page e2e files.
 * They read only the public contracts of design.md §6 (marks, the card's shadow root, the
 * toolbar, highlights) and talk to the background the way an extension page does.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** Errors seen in the browser: uncaught page errors and console errors of pages and the service worker. */
export interface ErrorLog {
  all: string[];
  /** Those that come from PlanLens (its name, its element names or an extension URL). */
  fromExtension(): string[];
}

/** A missing favicon is the fixture portal's business, not an error anyone made. */
const isNoise = (text: string, url: string) => /Failed to load resource/.test(text) && /\/favicon\.ico$/.test(url);

/** Listens on the whole context (every page, and the extension's service worker). */
export function collectErrors(h: Harness): ErrorLog {
  const all: string[] = [];
  h.context.on('weberror', (e) => all.push(`pageerror: ${e.error().message} @ ${e.page()?.url() ?? '?'}\n${e.error().stack ?? ''}`));
  h.context.on('console', (m) => {
    if (m.type() === 'error' && !isNoise(m.text(), m.location().url)) all.push(`console: ${m.text()} @ ${m.location().url}`);
  });
  return {
    all,
    fromExtension: () => all.filter((e) => /planlens|chrome-extension:/i.test(e)),
  };
}

export interface CardYear {
  year: string;
  text: string;
  change: string | null;
  ambition: string | null;
  /** Text of the change badge (its label and delta). */
  changeText: string | null;
}

export interface CardInfo {
  /** The host is displayed and visible (not display:none / visibility:hidden). */
  shown: boolean;
  title: string;
  text: string;
  years: CardYear[];
  /** Every data-year value in order, duplicates kept (the contract: exactly one per year). */
  yearAttrs: string[];
  host: { x: number; y: number; width: number; height: number } | null;
}

/** What the open card says, read through <planlens-card>'s open shadow root. */
export function readCard(page: Page): Promise<CardInfo | null> {
  return page.evaluate(() => {
    const host = document.querySelector('planlens-card') as HTMLElement | null;
    const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
    if (!host || !tip) return null;
    const style = getComputedStyle(host);
    const r = host.getBoundingClientRect();
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const yearEls = [...tip.querySelectorAll<HTMLElement>('[data-year]')];
    return {
      shown: style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0,
      title: clean(tip.querySelector('header')?.textContent),
      text: clean(tip.textContent),
      yearAttrs: yearEls.map((el) => el.dataset.year ?? ''),
      years: yearEls.map((el) => {
        const change = el.querySelector<HTMLElement>('[data-change]');
        return {
          year: el.dataset.year ?? '',
          text: clean(el.textContent),
          change: change?.dataset.change ?? null,
          ambition: change?.dataset.ambition ?? null,
          changeText: change ? clean(change.textContent) : null,
        };
      }),
      host: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
}

export const yearOf = (card: CardInfo, year: number) => card.years.find((y) => y.year === String(year));

/** Index (among all marks of that indicator) of the first one inside / outside a table. */
export async function markIndex(page: Page, indicator: string, where: 'table' | 'body'): Promise<number> {
  return page.evaluate(
    ([key, place]) =>
      [...document.querySelectorAll(`planlens-mark[data-indicator="${key}"]`)].findIndex(
        (m) => (m.closest('table') !== null) === (place === 'table'),
      ),
    [indicator, where] as const,
  );
}

/** Hover the n-th mark of an indicator and wait until the card shows that indicator's name. */
export async function hoverCard(page: Page, indicator: string, nth = 0, name?: string): Promise<CardInfo> {
  const mark = page.locator(`planlens-mark[data-indicator="${indicator}"]`).nth(nth);
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page.waitForFunction(
    (expected) => {
      const host = document.querySelector('planlens-card') as HTMLElement | null;
      const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
      return !!tip && host!.style.display !== 'none' && host!.style.visibility === 'visible' && (!expected || (tip.textContent ?? '').includes(expected));
    },
    name ?? null,
    { timeout: 8_000 },
  );
  return (await readCard(page))!;
}

/** Move the pointer away and wait for the card to close. */
export async function leaveCard(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => {
    const host = document.querySelector('planlens-card') as HTMLElement | null;
    return !host || host.style.display === 'none';
  });
}

/** Wait until the content script annotated the notice (html[data-planlens-marks] set). */
export async function waitForMarks(page: Page, timeout = 15_000): Promise<number> {
  await page.waitForSelector('html[data-planlens-marks]', { state: 'attached', timeout });
  return Number(await page.evaluate(() => document.documentElement.dataset.planlensMarks));
}

/**
 * An extension page kept open to talk to the background as the popup or side panel does
 * (the service worker cannot message itself).
 */
export interface ExtensionClient {
  page: Page;
  call<T = unknown>(type: string, payload: unknown): Promise<T>;
  setSettings(settings: Record<string, unknown>): Promise<void>;
}

export async function extensionClient(h: Harness): Promise<ExtensionClient> {
  const page = await h.openExtensionPage('options');
  return {
    page,
    async call<T>(type: string, payload: unknown): Promise<T> {
      const reply = await page.evaluate(
        ([t, p]) => (globalThis as any).chrome.runtime.sendMessage({ protocol: 'planlens/1', type: t, payload: p }),
        [type, payload] as const,
      );
      if (!reply?.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
      return reply.value as T;
    },
    async setSettings(settings) {
      await page.evaluate(
        (s) => (globalThis as any).chrome.storage.local.set({ 'planlens:settings': s }),
        { enabled: true, disabledHosts: [], extraHosts: [], language: 'auto', ...settings },
      );
    },
  };
}

/** The portal's current HTML of a page (to serve modified copies with portal.setPage). */
export async function fetchPage(h: Harness, url: string): Promise<string> {
  const u = new URL(url);
  const res = await fetch(h.portal.directUrl(u.host, u.pathname));
  return res.text();
}

/** A screenshot of the open card and the mark it belongs to (with a margin), under test-output/. */
export async function screenshotCard(page: Page, markBox: { x: number; y: number; width: number; height: number }, path: string): Promise<void> {
  const card = (await readCard(page))!.host!;
  const pad = 16;
  const x = Math.max(0, Math.min(card.x, markBox.x) - pad);
  const y = Math.max(0, Math.min(card.y, markBox.y) - pad);
  const right = Math.max(card.x + card.width, markBox.x + markBox.width) + pad;
  const bottom = Math.max(card.y + card.height, markBox.y + markBox.height) + pad;
  const vp = page.viewportSize()!;
  await page.screenshot({ path, clip: { x, y, width: Math.min(vp.width, right) - x, height: Math.min(vp.height, bottom) - y } });
}

/**
 * Select `text` (inside one Text node under #zoom, scrolled into view) and finish the gesture as
 * a mouse would: mouseup on the text's element.
 */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('#zoom')!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const i = node.data.indexOf(needle);
      if (i < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      const r = range.getBoundingClientRect();
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
      return true;
    }
    return false;
  }, text);
  expect(found).toBe(true);
}
