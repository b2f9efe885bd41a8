// Launching Chromium with the unpacked extension, shared by the e2e harness and the demo.
// What makes the extension load (verified with Debian Chromium 156, see README):
//  - chromium.launchPersistentContext (extensions need a persistent profile);
//  - --disable-extensions-except=<dir> and --load-extension=<dir>, and ignoreDefaultArgs
//    ['--disable-extensions'] (Playwright adds that switch by default);
//  - headless: Playwright's `headless: false` plus our own `--headless=new` (the new headless
//    mode runs extensions; Playwright's own headless flag also works, but it adds blink settings
//    that make the page report "no hover" pointers, and the card UI is hover-driven).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browser.mjs';
import { hostResolverRules } from './server.mjs';

export const DEFAULT_EXTENSION_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../.output/chrome-mv3');

/**
 * @typedef {object} LaunchOptions
 * @property {number} port             the fixture portal's port
 * @property {boolean} [headless]      default true
 * @property {string} [extensionDir]   default .output/chrome-mv3 (or $PLANLENS_EXTENSION_DIR)
 * @property {string} [executablePath] default findBrowser()
 * @property {{ width: number, height: number }} [viewport]
 * @property {string} [userDataDir]   a profile to use and keep; default a fresh one, removed on close
 */

/**
 * The arguments passed to Chromium (exported so the report and README can show them).
 * @param {string} extensionDir
 * @param {number} port
 * @param {boolean} headless
 */
export function chromiumArgs(extensionDir, port, headless) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostResolverRules(port)}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--lang=zh-CN',
    ...(headless ? ['--headless=new'] : []),
  ];
}

/**
 * Launch Chromium with the extension and wait for its service worker.
 * @param {LaunchOptions} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, serviceWorker: import('playwright-core').Worker, extensionId: string, userDataDir: string, close: () => Promise<void> }>}
 */
export async function launchChromiumWithExtension(options) {
  const extensionDir = options.extensionDir ?? process.env.PLANLENS_EXTENSION_DIR ?? DEFAULT_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const executablePath = options.executablePath ?? findBrowser()?.executablePath;
  if (!executablePath) throw new Error('no Chromium found: run `node scripts/ensure-browser.mjs`');
  const headless = options.headless ?? true;
  const keepProfile = !!options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'planlens-profile-'));
  const removeProfile = () => !keepProfile && rmSync(userDataDir, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false,
    args: chromiumArgs(extensionDir, options.port, headless),
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000, predicate: (w) => w.url().startsWith('chrome-extension://') }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      serviceWorker,
      extensionId,
      userDataDir,
      close: async () => {
        await context.close().catch(() => undefined);
        removeProfile();
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    removeProfile();
    throw new Error(`the extension did not start (no service worker) in ${executablePath}: ${String(error)}`);
  }
}
