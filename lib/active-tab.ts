/**
 * Which browser tab an extension page acts for (design.md §6): `?tabId=N` when given (tests and
 * links open pages as ordinary tabs), else the active tab of the page's own window. Uses
 * browser.tabs / browser.windows; `tabIdFromSearch` is pure.
 */
import { browser } from 'wxt/browser';

/** N of `?tabId=N`, or null when absent or not a tab id. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

/** The active tab of this page's window (the popup's and side panel's window is the browser window). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab named in the URL, else the active one. */
export async function resolveTabId(search: string = location.search): Promise<number | null> {
  return tabIdFromSearch(search) ?? (await activeTabId());
}

/** A tab's URL when the extension may see it (gov.cn and granted hosts), else null. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null; // the tab was closed
  }
}

/** The host of an http(s) URL, lower-cased, or null for other schemes. */
export function httpHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Calls back when the tab to follow may have changed or reloaded: the active tab of this window
 * switched, or the followed tab finished loading a page. Returns an unsubscribe.
 */
export function followActiveTab(onChange: (tabId: number) => void, current: () => number | null): () => void {
  let windowId: number | undefined;
  browser.windows
    .getCurrent()
    .then((w) => (windowId = w.id))
    .catch(() => undefined);
  const activated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onChange(info.tabId);
  };
  const updated = (tabId: number, change: { status?: string; url?: string }) => {
    if (tabId === current() && (change.status === 'complete' || change.url)) onChange(tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** Calls back when the stored notice state of `tabId` changes (the content script reports it to storage.session). */
export function onTabStateChanged(tabId: () => number | null, callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const id = tabId();
    if (area === 'session' && id !== null && `planlens:tab:${id}` in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
