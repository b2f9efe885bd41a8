// Reading what the extension did to a page, shared by the e2e harness and the demo. It only
// reads public contracts (design.md §6): html[data-planlens…], <planlens-mark>, <planlens-card>.

/**
 * @typedef {object} PageState
 * @property {string | null} planlens   html[data-planlens]: 'notice' | 'page', null if the content script did not run
 * @property {string | null} region     html[data-planlens-region], when the content script sets it
 * @property {string | null} year       html[data-planlens-year]
 * @property {string | null} targets    html[data-planlens-targets]
 * @property {number} marks             count of <planlens-mark>
 * @property {string[]} indicators      distinct data-indicator values of the marks, in page order
 * @property {number} gateMeasures      performance entries named planlens:gate visible to the page
 */

/**
 * @param {import('playwright-core').Page} page
 * @returns {Promise<PageState>}
 */
export function readPageState(page) {
  return page.evaluate(() => {
    const ds = document.documentElement.dataset;
    const marks = [...document.querySelectorAll('planlens-mark')];
    const indicators = [...new Set(marks.map((m) => m.getAttribute('data-indicator') ?? ''))].filter(Boolean);
    return {
      planlens: ds.planlens ?? null,
      region: ds.planlensRegion ?? null,
      year: ds.planlensYear ?? null,
      targets: ds.planlensTargets ?? null,
      marks: marks.length,
      indicators,
      gateMeasures: performance.getEntriesByName('planlens:gate').length,
    };
  });
}

/**
 * Wait until the content script has marked the page (html[data-planlens]); false on timeout.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
export async function waitForContentScript(page, timeout = 10_000) {
  try {
    await page.waitForSelector('html[data-planlens]', { state: 'attached', timeout });
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of the open hover card (<planlens-card>'s open shadow root), or null when none shows.
 * @param {import('playwright-core').Page} page
 */
export function cardText(page) {
  return page.evaluate(() => {
    const card = document.querySelector('planlens-card');
    const tooltip = card?.shadowRoot?.querySelector('[role="tooltip"]');
    return tooltip ? (tooltip.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  });
}

/**
 * @typedef {object} HoverResult
 * @property {string} indicator
 * @property {string | null} card     the card's tooltip text, null when no card showed
 * @property {string | null} file     the screenshot written, if any
 * @property {string | null} error    why hovering failed, if it did
 */

/**
 * Hover the first mark of up to `max` distinct indicators, one after another; read the card each
 * time (and screenshot it when `screenshot` is given), then move away and press Escape.
 * @param {import('playwright-core').Page} page
 * @param {{ max?: number, screenshot?: (index: number, indicator: string) => string }} [options]
 *   screenshot: returns the path to write for hover number `index` (1-based)
 * @returns {Promise<HoverResult[]>}
 */
export async function hoverMarks(page, options = {}) {
  const { indicators } = await readPageState(page);
  /** @type {HoverResult[]} */
  const results = [];
  for (const indicator of indicators.slice(0, options.max ?? 4)) {
    const mark = page.locator(`planlens-mark[data-indicator="${indicator.replace(/["\\]/g, '\\$&')}"]`).first();
    try {
      await mark.scrollIntoViewIfNeeded({ timeout: 3_000 });
      await mark.hover({ timeout: 3_000 });
      await page.waitForSelector('planlens-card', { state: 'attached', timeout: 2_000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      const file = options.screenshot ? options.screenshot(results.length + 1, indicator) : null;
      if (file) await page.screenshot({ path: file });
      results.push({ indicator, card: await cardText(page), file, error: null });
    } catch (error) {
      results.push({ indicator, card: null, file: null, error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
  }
  return results;
}
