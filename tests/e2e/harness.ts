/**
 * End-to-end harness: the built extension (.output/chrome-mv3) in real Chromium, with the fixture
 * portal answering for the government hosts. Later e2e tests build on this:
 *
 *   const h = await launchWithExtension();
 *   const page = await h.gotoNotice(2024);          // waits for the content script
 *   const popup = await h.openExtensionPage('popup', { tabId: await h.tabIdOf(page) });
 *   await h.screenshot(page, 'notice-2024');
 *   await h.close();
 *
 * The build is assumed to exist (`npm run test:e2e` builds first).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension } from '../../scripts/portal/launch.mjs';
import { readPageState, waitForContentScript, type PageState } from '../../scripts/portal/probe.mjs';
import { startPortal, type Portal } from '../../scripts/portal/server.mjs';

export type { Portal } from '../../scripts/portal/server.mjs';
export type { HoverResult, PageState } from '../../scripts/portal/probe.mjs';
export { cardText, hoverMarks, readPageState } from '../../scripts/portal/probe.mjs';

// Evaluated inside extension pages, where `chrome` exists.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Ask the background from an extension page, exactly as the popup and options pages do; throws its error. */
export async function askBackground<T>(extensionPage: Page, type: string, payload: unknown = {}): Promise<T> {
  const reply = (await extensionPage.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ protocol: 'planlens/1', type: t, payload: p }),
    [type, payload] as const,
  )) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
  return reply.value as T;
}

export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../test-output');

/** Extension pages that accept ?tabId=N (design.md §6); the reader page is named by its file. */
export type ExtensionPageName = 'popup' | 'sidepanel' | 'options' | (string & {});

export interface LaunchWithExtensionOptions {
  /** Default true (new headless mode); set PLANLENS_HEADED=1 with a display to watch. */
  headless?: boolean;
  /** Default .output/chrome-mv3 (or $PLANLENS_EXTENSION_DIR). */
  extensionDir?: string;
  /** Reuse a running portal (not closed by close()); default: start one. */
  portal?: Portal;
  viewport?: { width: number; height: number };
  /** A Chromium profile to use and keep (upgrade tests); default a fresh one, removed on close. */
  userDataDir?: string;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  portal: Portal;
  /** The extension's service worker (woken and re-found if it was restarted). */
  serviceWorker(): Promise<Worker>;
  newPage(): Promise<Page>;
  /** Open a URL (in `page` or a new tab) and wait for the load event. */
  goto(url: string, page?: Page): Promise<Page>;
  /** Open the bundled notice of that year (2022, 2024) on www.jiaxing.gov.cn and wait for the content script. */
  gotoNotice(year: number, page?: Page): Promise<Page>;
  /** Open a fixture of tests/fixtures/pages/manifest.json by name and wait for the content script. */
  gotoFixture(name: string, page?: Page): Promise<Page>;
  /** Wait for html[data-planlens]; returns its value, or null if the content script never ran. */
  waitForGate(page: Page, timeout?: number): Promise<string | null>;
  state(page: Page): Promise<PageState>;
  /** chrome-extension://<id>/<name>.html?tabId=N as an ordinary tab. */
  openExtensionPage(name: ExtensionPageName, options?: { tabId?: number; query?: Record<string, string> }): Promise<Page>;
  /** The chrome.tabs id of a page, asked of the service worker. */
  tabIdOf(page: Page): Promise<number>;
  /** Save a PNG under test-output/ and return its path. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

interface TabInfo {
  id?: number;
  url?: string;
  active: boolean;
}

function headlessDefault(): boolean {
  return !(process.env.PLANLENS_HEADED === '1' && process.env.DISPLAY);
}

export async function launchWithExtension(options: LaunchWithExtensionOptions = {}): Promise<Harness> {
  const ownPortal = !options.portal;
  const portal = options.portal ?? (await startPortal());
  let launched;
  try {
    launched = await launchChromiumWithExtension({
      port: portal.port,
      headless: options.headless ?? headlessDefault(),
      extensionDir: options.extensionDir,
      viewport: options.viewport,
      userDataDir: options.userDataDir,
    });
  } catch (error) {
    if (ownPortal) await portal.close();
    throw error;
  }
  const { context, extensionId } = launched;
  const prefix = `chrome-extension://${extensionId}/`;

  const serviceWorker = async (): Promise<Worker> => {
    const current = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
    if (current) return current;
    // A stopped MV3 worker restarts on an extension event; opening one of its pages is one.
    const waiting = context.waitForEvent('serviceworker', { timeout: 15_000, predicate: (w) => w.url().startsWith(prefix) });
    const poke = await context.newPage();
    await poke.goto(`${prefix}options.html`).catch(() => undefined);
    const worker = await waiting;
    await poke.close();
    return worker;
  };

  const queryTabs = async (query: Record<string, unknown>): Promise<TabInfo[]> => {
    const worker = await serviceWorker();
    return worker.evaluate(
      (q) =>
        (globalThis as any).chrome.tabs
          .query(q)
          .then((tabs: any[]) => tabs.map((t) => ({ id: t.id, url: t.url, active: t.active }))),
      query,
    );
  };

  const waitForGate = async (page: Page, timeout = 10_000): Promise<string | null> =>
    (await waitForContentScript(page, timeout)) ? page.evaluate(() => document.documentElement.dataset.planlens ?? null) : null;

  const goto = async (url: string, page?: Page): Promise<Page> => {
    const target = page ?? (await context.newPage());
    await target.goto(url, { waitUntil: 'load' });
    return target;
  };

  const harness: Harness = {
    context,
    extensionId,
    portal,
    serviceWorker,
    newPage: () => context.newPage(),
    goto,
    gotoNotice: async (year, page) => {
      const target = await goto(portal.seedUrl(year), page);
      await waitForGate(target);
      return target;
    },
    gotoFixture: async (name, page) => {
      const target = await goto(portal.fixtureUrl(name), page);
      await waitForGate(target);
      return target;
    },
    waitForGate,
    state: (page) => readPageState(page),
    openExtensionPage: async (name, { tabId, query = {} } = {}) => {
      const params = new URLSearchParams(query);
      if (tabId !== undefined) params.set('tabId', String(tabId));
      const search = params.toString();
      const page = await context.newPage();
      await page.goto(`${prefix}${name}.html${search ? `?${search}` : ''}`);
      return page;
    },
    tabIdOf: async (page) => {
      // Tabs' URLs are visible for hosts the extension may access; otherwise the page is made the
      // active tab and found as such.
      const url = page.url();
      const byUrl = (await queryTabs({})).filter((t) => t.url === url);
      if (byUrl.length === 1 && byUrl[0].id !== undefined) return byUrl[0].id;
      await page.bringToFront();
      const active = (await queryTabs({ active: true, lastFocusedWindow: true })).filter(
        (t) => byUrl.length === 0 || t.url === url,
      );
      if (active.length !== 1 || active[0].id === undefined) throw new Error(`cannot tell the tab id of ${url}`);
      return active[0].id;
    },
    screenshot: async (page, name, { fullPage = false } = {}) => {
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const path = join(OUTPUT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage });
      return path;
    },
    close: async () => {
      await launched.close();
      if (ownPortal) await portal.close();
    },
  };
  return harness;
}
