/**
 * Opening the side panel from the popup. Chrome's sidePanel.open needs the user's gesture, so
 * this is called synchronously from the click handler (no await before it). Firefox opens its
 * sidebar with sidebarAction.open(). Returns false when the browser has neither.
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

export function openSidePanel(tabId: number, onError: (err: unknown) => void): boolean {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: Partial<ChromeSidePanel> } }).chrome?.sidePanel;
  if (typeof sidePanel?.open === 'function') {
    sidePanel.open({ tabId }).catch(onError);
    return true;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open?: () => Promise<void> } }).sidebarAction;
  if (typeof sidebar?.open === 'function') {
    sidebar.open().catch(onError);
    return true;
  }
  return false;
}
