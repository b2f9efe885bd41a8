/**
 * Helpers for the extension-page e2e tests (popup, side panel, options): talking to the
 * background from an extension page the way the pages do, and waiting for the popup's search.
 */
import type { Page } from 'playwright-core';

/** Sends one protocol message from an extension page; resolves with the value or throws the error message. */
export async function send<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, p]) => (globalThis as any).chrome.runtime.sendMessage({ protocol: 'planlens/1', type: t, payload: p }),
    [type, payload] as const,
  );
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error?.code} ${reply?.error?.message}`);
  return reply.value as T;
}

/** Types a query into the popup and waits until the shown results answer exactly that query. */
export async function searchFor(popup: Page, query: string, timeout = 10_000): Promise<string> {
  const input = popup.locator('input[type="search"]');
  await input.fill(query);
  await popup.waitForFunction(
    (q) => {
      const wrap = document.querySelector('.pl-results-wrap') as HTMLElement | null;
      const state = wrap?.querySelector('[data-state]')?.getAttribute('data-state');
      return !!wrap && wrap.dataset.query === q && !wrap.hasAttribute('aria-busy') && (state === 'results' || state === 'empty' || state === 'error');
    },
    query.trim(),
    { timeout },
  );
  return (await popup.locator('.pl-results-wrap [data-state]').getAttribute('data-state')) ?? '';
}

/**
 * The service worker seeds the bundled 2022 and 2024 Jiaxing plans on install: wait until the
 * popup's search finds them (every operation also seeds lazily, so this settles quickly).
 */
export async function waitForSeeded(popup: Page, timeout = 20_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const state = await searchFor(popup, '固定资产投资').catch(() => 'pending');
    const years = await popup.locator('[data-indicator="fixed-asset-investment"] [data-year]').count();
    if (state === 'results' && years >= 2) break;
    if (Date.now() > until) throw new Error('the bundled plans were not seeded');
    await popup.locator('input[type="search"]').fill('');
    await popup.waitForTimeout(250);
  }
  await popup.locator('input[type="search"]').fill('');
}

/** True when the element's box is inside the page's viewport. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  }, selector);
}
