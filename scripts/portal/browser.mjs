// Finding a browser that can load an unpacked extension, and a font that renders Chinese.
// Branded Google Chrome 137+ ignores --load-extension, so /usr/bin/google-chrome is never picked;
// Chromium (Debian's package, Playwright's build) and Chrome for Testing accept it.
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** @typedef {{ executablePath: string, source: 'CHROME_PATH' | 'system' | 'cache' }} FoundBrowser */

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} dir @returns {string[]} */
const listDir = (dir) => (existsSync(dir) ? readdirSync(dir) : []);

/**
 * Browsers cached by Playwright or Puppeteer (Chromium builds, Chrome for Testing), newest first.
 * @param {string} home
 * @param {(dir: string) => string[]} listEntries
 * @returns {string[]}
 */
function cachedBrowsers(home, listEntries) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} dir */
  const list = (dir) => [...listEntries(dir)].sort().reverse();
  const playwright = join(home, '.cache/ms-playwright');
  for (const dir of list(playwright).filter((d) => /^chromium-\d+$/.test(d))) {
    for (const sub of ['chrome-linux64/chrome', 'chrome-linux/chrome']) found.push(join(playwright, dir, sub));
  }
  const puppeteer = join(home, '.cache/puppeteer/chrome');
  for (const dir of list(puppeteer)) found.push(join(puppeteer, dir, 'chrome-linux64/chrome'));
  return found;
}

/**
 * The browser to use: $CHROME_PATH, else system Chromium, else a cached Chromium / Chrome for Testing.
 * @param {{ env?: NodeJS.ProcessEnv, home?: string, exists?: (path: string) => boolean, list?: (dir: string) => string[] }} [options]
 *   (env, home, exists and list are injectable for tests)
 * @returns {FoundBrowser | null}
 */
export function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  const exists = options.exists ?? isExecutable;
  if (env.CHROME_PATH) {
    return exists(env.CHROME_PATH) ? { executablePath: env.CHROME_PATH, source: 'CHROME_PATH' } : null;
  }
  for (const path of ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser']) {
    if (exists(path)) return { executablePath: path, source: 'system' };
  }
  for (const path of cachedBrowsers(options.home ?? homedir(), options.list ?? listDir)) {
    if (exists(path)) return { executablePath: path, source: 'cache' };
  }
  return null;
}

/**
 * The browser's version line, or null when it cannot be run.
 * @param {string} executablePath
 */
export function browserVersion(executablePath) {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 }).trim();
  } catch {
    return null;
  }
}

/**
 * Whether fontconfig knows a font with Chinese glyphs (else pages render as boxes).
 * @returns {boolean | null} null when fontconfig itself is missing
 */
export function hasCjkFont() {
  try {
    const out = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 });
    return out.trim().length > 0;
  } catch {
    return null;
  }
}
