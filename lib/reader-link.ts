/** Links to this extension's reader page (browser.runtime.getURL), for every context that shows a bundled plan's source. */
import { browser } from 'wxt/browser';
import { readerHref } from './reader-url';

export function extensionBase(): string {
  return (browser.runtime.getURL as (path: string) => string)('/');
}

/** reader.html?plan=<id>#pos=<position> of this extension (a ReaderUrl for the components). */
export function readerUrl(planId: string, position: number): string {
  return readerHref(extensionBase(), planId, position);
}
