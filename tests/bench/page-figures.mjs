// Figures measured in government pages with the built extension active (design.md §7 rows 1–4):
// the content script's own performance.measure entries, a bare TreeWalker pass over the same text,
// and mark.js on a copy of the page served where the extension does not run.

/**
 * Open `url` in `page` and wait for the performance entries `names` (visible from the main world:
 * isolated worlds share the page's performance timeline). Missing entries come back as [].
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {string[]} names
 * @param {number} timeout ms to wait for the last name
 * @returns {Promise<Record<string, number[]>>}
 */
export async function loadAndRead(page, url, names, timeout) {
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction((ns) => ns.every((n) => performance.getEntriesByName(n).length > 0), names, { timeout, polling: 20 });
  } catch {
    // Reported as missing by the caller.
  }
  return page.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, performance.getEntriesByName(n).map((e) => e.duration)])), names);
}

/**
 * When each entry ended, relative to the load event's end (ms): how long after the page loaded
 * the content script finished that step (capture and history included for annotate).
 * @param {import('playwright-core').Page} page
 * @param {string[]} names
 */
export function endsAfterLoad(page, names) {
  return page.evaluate((ns) => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    const load = nav ? nav.loadEventEnd : 0;
    return Object.fromEntries(ns.map((n) => [n, performance.getEntriesByName(n).map((e) => e.startTime + e.duration - load)[0] ?? null]));
  }, names);
}

/**
 * Load `url` `loads` times (after one warm-up load) and collect the durations of `names`.
 * Stops early when a measured load records none of the entries (the feature is absent).
 * afterLoad[0] is the first visit (the warm-up load), then one per measured load.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {string[]} names
 * @param {{ loads: number, timeout: number, after?: (page: import('playwright-core').Page) => Promise<unknown>, settle?: string }} options
 *   after: runs after each measured load (in-page extra measurements), its results collected
 *   settle: a further entry to wait for (also collected) before the page's marks are counted and
 *   `after` runs, e.g. 'planlens:annotate-all' (a huge notice's marks off screen come in idle time)
 */
export async function repeatLoads(page, url, names, { loads, timeout, after, settle }) {
  /** @type {Record<string, number[]>} */
  const out = Object.fromEntries(names.map((n) => [n, []]));
  /** @type {unknown[]} */
  const extra = [];
  /** @type {Record<string, number | null>[]} */
  const afterLoad = [];
  let state = null;
  // Warm-up (first visit: capture into the database; HTTP and code caches; worker awake).
  const first = await loadAndRead(page, url, names, timeout);
  afterLoad.push(await endsAfterLoad(page, names));
  for (let i = 0; i < loads; i++) {
    const got = await loadAndRead(page, url, settle ? [...names, settle] : names, timeout);
    afterLoad.push(await endsAfterLoad(page, names));
    for (const n of names) out[n].push(...got[n].slice(0, 1));
    if (settle) (out[settle] ??= []).push(...got[settle].slice(0, 1));
    state = await page.evaluate(() => ({
      planlens: document.documentElement.dataset.planlens ?? null,
      marks: document.querySelectorAll('planlens-mark').length,
      indicators: new Set([...document.querySelectorAll('planlens-mark')].map((m) => m.getAttribute('data-indicator'))).size,
    }));
    if (after) extra.push(await after(page));
    if (names.every((n) => out[n].length === 0)) break;
  }
  return { durations: out, first, afterLoad, state, extra };
}

/**
 * A bare TreeWalker pass (read every Text node's data) over the article's text as it was before
 * annotation: a copy of #zoom with the marks unwrapped and text nodes merged back.
 * @param {import('playwright-core').Page} page
 * @param {number} runs
 */
export function treeWalkerPass(page, runs = 3) {
  return page.evaluate((runs) => {
    const zoom = document.querySelector('#zoom') ?? document.body;
    const copy = /** @type {Element} */ (zoom.cloneNode(true));
    for (const m of copy.querySelectorAll('planlens-mark, planlens-highlight')) m.replaceWith(...m.childNodes);
    copy.normalize();
    const times = [];
    let chars = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const w = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      chars = 0;
      for (let n = w.nextNode(); n; n = w.nextNode()) chars += /** @type {Text} */ (n).data.length;
      times.push(performance.now() - t);
    }
    return { times, chars };
  }, runs);
}

/**
 * mark.js marking `terms` in #zoom (fresh copy of the pristine body each run), on a page where
 * the extension is not active. Options as in annotate-measure.mjs.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {string} markJs mark.min.js source
 * @param {string[]} terms
 * @param {number} runs
 */
export async function markJsRuns(page, url, markJs, terms, runs) {
  await page.goto(url, { waitUntil: 'load' });
  const active = await page.evaluate(() => document.documentElement.dataset.planlens ?? null);
  if (active !== null) throw new Error(`the extension is active on ${url}: mark.js must run without it`);
  await page.addScriptTag({ content: markJs });
  return page.evaluate(
    async ({ terms, runs }) => {
      const zoom = () => /** @type {HTMLElement} */ (document.getElementById('zoom'));
      const pristine = zoom().cloneNode(true);
      const times = [];
      let marks = 0;
      for (let i = 0; i < runs; i++) {
        zoom().replaceWith(pristine.cloneNode(true));
        const t = performance.now();
        await new Promise((done) => new /** @type {any} */ (globalThis).Mark(zoom()).mark(terms, { separateWordSearch: false, acrossElements: true, done }));
        times.push(performance.now() - t);
        marks = zoom().querySelectorAll('mark').length;
      }
      return { times, marks, chars: zoom().textContent?.length ?? 0 };
    },
    { terms, runs },
  );
}
