// Figures measured in extension pages (design.md §7 rows 5–6): first-install seeding, the
// research-scale database, popup search over the real message path, the popup's first paint and
// its typing-to-results time. Extension pages share the service worker's origin, hence its
// IndexedDB 'planlens'; the bench bundle (browser-entry.ts) writes there with the product's schema.

/**
 * Evaluate the bench bundle in `page` (DevTools evaluation: extension pages' CSP blocks inline
 * scripts) and make `PlanLensBench` global.
 * @param {import('playwright-core').Page} page
 * @param {string} bundle
 */
export async function installBundle(page, bundle) {
  await page.evaluate(`${bundle}\n;globalThis.PlanLensBench = PlanLensBench; void 0;`);
}

/**
 * `planlens:seed` as recorded by the background on install; polled for up to `timeout` ms.
 * @param {import('playwright-core').Worker} worker
 * @param {number} timeout
 * @returns {Promise<number[]>}
 */
export async function seedMeasure(worker, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const got = await worker.evaluate(() => performance.getEntriesByName('planlens:seed').map((e) => e.duration));
    if (got.length > 0 || Date.now() > end) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Search requests through chrome.runtime.sendMessage (the popup's path), from `page`.
 * One warm-up round, then `rounds` timed rounds over every query (`keepWarmup`: the warm-up
 * samples too, marked `warmup: true` — each query's first time, nothing of it held in memory).
 * @param {import('playwright-core').Page} page an extension page (the popup)
 * @param {string[]} queries
 * @param {{ rounds: number, limit: number, keepWarmup?: boolean }} options
 */
export function timeSearches(page, queries, { rounds, limit, keepWarmup = false }) {
  return page.evaluate(
    async ({ queries, rounds, limit, keepWarmup }) => {
      const chrome = /** @type {any} */ (globalThis).chrome;
      const ask = (query) => chrome.runtime.sendMessage({ protocol: 'planlens/1', type: 'search', payload: { query, limit } });
      /** @type {{ query: string, ms: number, warmup: boolean, indicators: number, passages: number, highlights: number, first: string | null, error: string | null }[]} */
      const samples = [];
      for (let round = -1; round < rounds; round++) {
        for (const query of queries) {
          const t = performance.now();
          const reply = await ask(query);
          const ms = performance.now() - t;
          if (round < 0 && !keepWarmup) continue;
          const v = reply && reply.ok ? reply.value : null;
          samples.push({
            query,
            ms,
            warmup: round < 0,
            indicators: v ? v.indicators.length : 0,
            passages: v ? v.passages.length : 0,
            highlights: v ? v.highlights.length : 0,
            first: v ? (v.indicators[0] ? `${v.indicators[0].indicator}@${v.indicators[0].region}` : null) : null,
            error: reply && reply.ok ? null : JSON.stringify(reply?.error ?? reply),
          });
        }
      }
      return samples;
    },
    { queries, rounds, limit, keepWarmup },
  );
}

/**
 * The popup's first-contentful-paint, opened as a tab `opens` times.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url popup.html
 * @param {number} opens
 */
export async function popupPaints(context, url, opens) {
  /** @type {number[]} */
  const fcp = [];
  for (let i = 0; i < opens; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          if (found() !== undefined) return resolve(found());
          new PerformanceObserver(() => found() !== undefined && resolve(found())).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(null), 3000);
        }),
    );
    if (typeof ms === 'number') fcp.push(ms);
    await page.close();
  }
  return fcp;
}

/**
 * Time from typing a query into the popup's search box to its results container reaching
 * data-state="results" with new content, per query. Returns { error } when the popup has no
 * search box yet.
 * @param {import('playwright-core').Page} page the popup
 * @param {string[]} queries
 */
export function typingToResults(page, queries) {
  return page.evaluate(async (queries) => {
    const input = /** @type {HTMLInputElement | null} */ (document.querySelector('input[type="search"]'));
    if (!input) return { error: 'the popup has no input[type="search"]', times: [], states: [] };
    const container = () => document.querySelector('[data-state]');
    const type = (value) => {
      input.focus();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const times = [];
    const states = [];
    for (const q of queries) {
      type('');
      await new Promise((r) => setTimeout(r, 300));
      const before = container()?.textContent ?? '';
      const result = await new Promise((resolve) => {
        const t0 = performance.now();
        let last = null;
        const check = () => {
          const c = container();
          const state = c?.getAttribute('data-state') ?? null;
          if (state === 'results' && c.textContent !== before) finish(performance.now() - t0, state);
          else if (state === 'empty' || state === 'error') last = state;
        };
        const obs = new MutationObserver(check);
        const timer = setTimeout(() => finish(null, last ?? container()?.getAttribute('data-state') ?? 'none'), 5000);
        const finish = (ms, state) => {
          obs.disconnect();
          clearTimeout(timer);
          resolve({ ms, state });
        };
        obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        type(q);
      });
      times.push(result.ms);
      states.push(result.state);
    }
    return { error: null, times, states };
  }, queries);
}
