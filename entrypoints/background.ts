import { browser } from 'wxt/browser';
import bundledJson from '@/seeds/generated/bundled.json';
import type { BundledData } from '@/lib/db/bundled';
import { createHandlers } from '@/lib/db/handlers';
import { openDatabase } from '@/lib/db/schema';
import { noteActivity } from '@/lib/db/search-index';
import { ensureSeeded, seedBundled } from '@/lib/db/seed';
import { type SessionArea, clearTabState, getTabState } from '@/lib/db/tab-state';
import { pageUrl } from '@/lib/db/url';
import { SAVE_SELECTION_MESSAGE } from '@/lib/messages';
import { createRouter } from '@/lib/db/router';
import { syncExtraHostScripts } from '@/lib/extra-hosts';
import { onSettingsChanged } from '@/lib/settings-store';
import { readerHref } from '@/lib/reader-url';

/**
 * The background is the only owner of the database (design.md §1, §8). It can be stopped at any
 * moment, so nothing lives in its memory that cannot be rebuilt: the database is reopened on
 * start, per-tab state is in storage.session, and seeding is re-checked lazily on the first
 * message after a restart.
 */

const MENU_ID = 'planlens-save-highlight';
const bundled = bundledJson as unknown as BundledData;

function logError(what: string) {
  return (err: unknown) => console.error(`PlanLens: ${what} failed`, err);
}

/** The content script saves the selection itself (it knows the DOM); the background only forwards the request. */
async function forwardSaveSelection(tabId: number | undefined): Promise<void> {
  let id = tabId;
  if (id === undefined || id < 0) id = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // No content script on that page (not a government site): nothing to save, and not an error.
  await browser.tabs.sendMessage(id, SAVE_SELECTION_MESSAGE).catch(() => undefined);
}

function createMenu(): void {
  const zh = browser.i18n.getUILanguage().toLowerCase().startsWith('zh');
  browser.contextMenus.removeAll().then(
    () =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: zh ? '保存为 PlanLens 高亮' : 'Save highlight (PlanLens)',
        contexts: ['selection'],
        documentUrlPatterns: ['*://*.gov.cn/*'],
      }),
    logError('context menu'),
  );
}

export default defineBackground(() => {
  const db = openDatabase();
  const session = browser.storage.session as unknown as SessionArea;

  let seeded: Promise<unknown> | null = null;
  const ensure = async () => {
    seeded ??= ensureSeeded(db, bundled).catch((err: unknown) => {
      seeded = null; // retry on the next message
      throw err;
    });
    await seeded;
  };

  // Listeners are registered synchronously so a restarted worker receives the event that woke it.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install' || details.reason === 'update') {
      const start = performance.now();
      seeded = seedBundled(db, bundled)
        .then(() => performance.measure('planlens:seed', { start, end: performance.now() }))
        .catch(logError('seeding bundled plans'));
    }
    createMenu();
    syncHosts();
  });

  // Content scripts on hosts the user granted in options (beyond *.gov.cn), kept in step with settings and permissions.
  const syncHosts = () => void syncExtraHostScripts().catch(logError('extra hosts'));
  browser.runtime.onStartup.addListener(syncHosts);
  onSettingsChanged(syncHosts);
  browser.permissions.onAdded.addListener(syncHosts);
  browser.permissions.onRemoved.addListener(syncHosts);

  const handlers = createHandlers({
    db,
    bundled,
    session,
    openTab: async (url) => void (await browser.tabs.create({ url })),
    readerUrl: (planId, position) => readerHref(browser.runtime.getURL('/'), planId, position),
  });
  const router = createRouter(handlers, {
    before: () => {
      noteActivity(db); // the search index's snapshot waits for a quiet moment
      return ensure();
    },
  });
  browser.runtime.onMessage.addListener(router.listener);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) forwardSaveSelection(tab?.id).catch(logError('save highlight'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-highlight') forwardSaveSelection(tab?.id).catch(logError('save highlight'));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    clearTabState(session, tabId).catch(logError('tab state cleanup'));
  });
  // A tab that navigated elsewhere no longer shows that notice (the new page reports its own state).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const url = change.url;
    getTabState(session, tabId)
      .then((state) => (state && pageUrl(state.url) !== pageUrl(url) ? clearTabState(session, tabId) : undefined))
      .catch(logError('tab state cleanup'));
  });

  // Chrome: the toolbar button opens the popup; the side panel is opened from it. Firefox has no sidePanel API.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior?: (b: { openPanelOnActionClick: boolean }) => Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(logError('side panel behaviour'));
});
