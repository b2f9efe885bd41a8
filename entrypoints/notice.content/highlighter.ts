/**
 * Researchers' highlights on the page (issue 6): re-anchor saved ones (position → quote → fuzzy),
 * show the selection toolbar, save the selection. Notes never enter the page: the page only ever
 * holds `<planlens-highlight data-id data-color>`; notes live in the database and extension pages.
 */
import { h, render } from 'preact';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { TOOLBAR_CSS } from '@/components/styles';
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_PALETTE, isHighlightColor, type HighlightColor } from '@/components/highlightColors';
import { anchorAll, describeRange, removeAllHighlights, wrapHighlight, wrapHighlightAt } from '@/lib/annotate';
import { sendMessage } from '@/lib/messaging';
import type { Lang } from '@/lib/i18n-core';
import type { HighlightRecord } from '@/lib/types';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface HighlighterOptions {
  lang: Lang;
  url: () => string;
  planId: () => string | null;
  onOrphansChanged: (orphanIds: string[]) => void;
  onError: (message: string) => void;
}

export interface Highlighter {
  /** Re-reads this page's highlights from the database and places them again. */
  refresh(): Promise<void>;
  /** Tries again to place orphans, and highlights the page removed (content added or re-rendered after load). */
  retryOrphans(): void;
  saveSelection(color?: HighlightColor): Promise<HighlightRecord | null>;
  jumpTo(id: string): boolean;
}

/** The CSS colour to paint: stored records hold a palette name (a custom CSS colour is used as is). */
const paint = (color: string) => (isHighlightColor(color) ? HIGHLIGHT_PALETTE[color].fill : color);

/**
 * Where the toolbar points: horizontally the selection's first line (centred on a multi-line
 * selection's bounds it floats over unrelated text), vertically the whole selection, so when it
 * flips below it goes under the last line instead of over the selected text.
 */
function toolbarAnchor(range: Range): DOMRect {
  const bounds = range.getBoundingClientRect();
  for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) return new DOMRect(r.x, bounds.y, r.width, bounds.height);
  return bounds;
}

function usableSelection(): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const container = range.commonAncestorContainer;
  // Page text only: our hosts live outside <body>. (Text split off by our marks IS page text.)
  if (!document.body.contains(container)) return null;
  if ((container instanceof Element ? container : container.parentElement)?.closest('planlens-card, planlens-toolbar')) return null;
  if (!range.toString().trim()) return null;
  return range;
}

export function installHighlighter(opts: HighlighterOptions, signal: AbortSignal): Highlighter {
  const body = document.body;
  let orphans: HighlightRecord[] = [];
  let toolbar: ShadowHost | null = null;
  // The live range under the toolbar, so it follows the text when the page scrolls (it is position: fixed).
  let selected: Range | null = null;
  let color: HighlightColor = DEFAULT_HIGHLIGHT_COLOR;

  // The pieces of each placed highlight, to notice when the page throws them away (re-rendering).
  let placed = new Map<string, { record: HighlightRecord; pieces: HTMLElement[] }>();

  function place(list: HighlightRecord[]): HighlightRecord[] {
    const anchors = anchorAll(body, list.map((hl) => hl.selectors));
    const missing: HighlightRecord[] = [];
    list.forEach((hl, i) => {
      const a = anchors[i];
      const pieces = a ? wrapHighlightAt(body, a.start, a.end, hl.id, paint(hl.color)) : [];
      if (pieces.length > 0) placed.set(hl.id, { record: hl, pieces });
      else missing.push(hl);
    });
    return missing;
  }

  async function refresh() {
    const list = await sendMessage('listHighlights', { url: opts.url() });
    if (signal.aborted) return;
    removeAllHighlights(body);
    placed = new Map();
    orphans = place(list);
    opts.onOrphansChanged(orphans.map((o) => o.id));
  }

  function retryOrphans() {
    const before = orphans.map((o) => o.id).join();
    // Highlights whose every piece the page removed are to be placed again, like orphans.
    for (const [id, { record, pieces }] of placed) {
      if (pieces.some((el) => el.isConnected)) continue;
      placed.delete(id);
      orphans.push(record);
    }
    if (orphans.length === 0) return;
    orphans = place(orphans);
    if (orphans.map((o) => o.id).join() !== before) opts.onOrphansChanged(orphans.map((o) => o.id));
  }

  async function saveSelection(chosen: HighlightColor = color): Promise<HighlightRecord | null> {
    const range = usableSelection();
    if (!range) return null;
    const selectors = describeRange(body, range);
    const quote = selectors[0];
    try {
      const saved = await sendMessage('saveHighlight', {
        highlight: { url: opts.url(), planId: opts.planId(), selectors, exact: quote.exact, color: chosen },
      });
      placed.set(saved.id, { record: saved, pieces: wrapHighlight(body, range, saved.id, paint(saved.color)) });
      document.getSelection()?.removeAllRanges();
      hideToolbar();
      return saved;
    } catch (err) {
      opts.onError(err instanceof Error ? err.message : String(err));
      return null;
    }
  }

  function hideToolbar() {
    selected = null;
    toolbar?.hide();
  }

  function showToolbar(range: Range) {
    toolbar ??= createShadowHost('planlens-toolbar', TOOLBAR_CSS);
    const rerender = () =>
      render(
        h(SelectionToolbar, {
          lang: opts.lang,
          color,
          onColorChange: (c: HighlightColor) => {
            color = c;
            rerender();
          },
          onSave: (c: HighlightColor) => void saveSelection(c),
        }),
        toolbar!.mount,
      );
    rerender();
    selected = range;
    toolbar.host.style.visibility = 'hidden';
    toolbar.show();
    const shown = toolbar;
    void placeToolbar()?.then(() => (shown.host.style.visibility = 'visible'));
  }

  const placeToolbar = () => (toolbar && selected ? toolbar.placeNear({ getBoundingClientRect: () => toolbarAnchor(selected!) }, 'top') : undefined);
  window.addEventListener('scroll', () => toolbar?.isShown() && void placeToolbar(), { signal, passive: true });

  const onSelectionEnd = (e: Event) => {
    if (toolbar && e.target === toolbar.host) return; // clicks inside the toolbar
    // Let the browser settle the selection first.
    setTimeout(() => {
      if (signal.aborted) return;
      const range = usableSelection();
      if (range) showToolbar(range);
      else hideToolbar();
    }, 0);
  };
  document.addEventListener('mouseup', onSelectionEnd, { signal });
  document.addEventListener('keyup', (e) => (e.shiftKey || e.key === 'Shift' ? onSelectionEnd(e) : undefined), { signal });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hideToolbar(), { signal });

  function jumpTo(id: string): boolean {
    const first = body.querySelector(`planlens-highlight[data-id="${CSS.escape(id)}"]`);
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  signal.addEventListener('abort', () => {
    removeAllHighlights(body);
    if (toolbar) {
      render(null, toolbar.mount);
      toolbar.remove();
      toolbar = null;
    }
  });

  return { refresh, retryOrphans, saveSelection, jumpTo };
}
