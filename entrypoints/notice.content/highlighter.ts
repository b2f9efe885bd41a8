/**
 * Researchers' highlights on the page (issue 6): re-anchor saved ones (lib/annotate/anchor.ts),
 * show the selection toolbar, save the selection. Notes never enter the page: the page only ever
 * holds `<planlens-highlight data-id data-color>`; notes live in the database and extension pages.
 * A highlight placed on changed text carries `data-anchor="fuzzy"` (drawn dashed, never as a
 * certain highlight) until the user confirms it from the side panel (issue 14).
 */
import { h, render } from 'preact';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { TOOLBAR_CSS } from '@/components/styles';
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_PALETTE, isHighlightColor, type HighlightColor } from '@/components/highlightColors';
import { anchorAll, describeRange, removeAllHighlights, wrapHighlight, wrapHighlightAt } from '@/lib/annotate';
import type { AnchorState } from '@/lib/annotate/anchor';
import { sendMessage } from '@/lib/messaging';
import type { Lang } from '@/lib/i18n-core';
import type { HighlightRecord } from '@/lib/types';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface HighlighterOptions {
  lang: Lang;
  url: () => string;
  planId: () => string | null;
  /** Which highlights could not be placed, and which were placed fuzzily (the rest are exact). */
  onAnchorsChanged: (anchors: { orphans: string[]; fuzzy: string[] }) => void;
  onError: (message: string) => void;
}

export interface Highlighter {
  /** Re-reads this page's highlights from the database and places them again. */
  refresh(): Promise<void>;
  /** Tries again to place orphans, and highlights the page removed (content added or re-rendered after load). */
  retryOrphans(): void;
  saveSelection(color?: HighlightColor): Promise<HighlightRecord | null>;
  jumpTo(id: string): boolean;
  /** Re-records a fuzzily placed highlight where it is now (the user checked it); false when it is not on the page. */
  confirm(id: string): Promise<boolean>;
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
  let placed = new Map<string, { record: HighlightRecord; pieces: HTMLElement[]; state: AnchorState }>();

  function place(list: HighlightRecord[]): HighlightRecord[] {
    const anchors = anchorAll(body, list.map((hl) => hl.selectors));
    const missing: HighlightRecord[] = [];
    list.forEach((hl, i) => {
      const a = anchors[i];
      const pieces = a ? wrapHighlightAt(body, a.start, a.end, hl.id, paint(hl.color)) : [];
      if (pieces.length > 0) {
        if (a!.state === 'fuzzy') for (const el of pieces) el.setAttribute('data-anchor', 'fuzzy');
        placed.set(hl.id, { record: hl, pieces, state: a!.state });
      } else missing.push(hl);
    });
    return missing;
  }

  const fuzzyIds = () => [...placed].filter(([, p]) => p.state === 'fuzzy').map(([id]) => id);
  const reportAnchors = () => opts.onAnchorsChanged({ orphans: orphans.map((o) => o.id), fuzzy: fuzzyIds() });

  async function refresh() {
    const list = await sendMessage('listHighlights', { url: opts.url() });
    if (signal.aborted) return;
    removeAllHighlights(body);
    placed = new Map();
    orphans = place(list);
    reportAnchors();
  }

  function retryOrphans() {
    const before = `${orphans.map((o) => o.id).join()}|${fuzzyIds().join()}`;
    // Highlights whose every piece the page removed are to be placed again, like orphans.
    for (const [id, { record, pieces }] of placed) {
      if (pieces.some((el) => el.isConnected)) continue;
      placed.delete(id);
      orphans.push(record);
    }
    if (orphans.length === 0) return;
    orphans = place(orphans);
    if (`${orphans.map((o) => o.id).join()}|${fuzzyIds().join()}` !== before) reportAnchors();
  }

  async function confirm(id: string): Promise<boolean> {
    const entry = placed.get(id);
    const pieces = entry?.pieces.filter((el) => el.isConnected) ?? [];
    if (!entry || pieces.length === 0) return false;
    const range = document.createRange();
    range.setStartBefore(pieces[0]);
    range.setEndAfter(pieces[pieces.length - 1]);
    const selectors = describeRange(body, range);
    try {
      const saved = await sendMessage('confirmHighlight', { id, selectors, exact: selectors[0].exact });
      for (const el of entry.pieces) el.removeAttribute('data-anchor');
      placed.set(id, { record: saved, pieces: entry.pieces, state: 'exact' });
      reportAnchors();
      return true;
    } catch (err) {
      opts.onError(err instanceof Error ? err.message : String(err));
      return false;
    }
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
      placed.set(saved.id, { record: saved, pieces: wrapHighlight(body, range, saved.id, paint(saved.color)), state: 'exact' });
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

  // The toolbar's shadow root is open (design.md §6), so a page script could press its button.
  // Only a click the user made (isTrusted, also for Enter/Space on the button) saves.
  let userClicked = false;
  const noteClick = (e: Event) => {
    userClicked = e.isTrusted;
  };

  function showToolbar(range: Range) {
    if (!toolbar) {
      toolbar = createShadowHost('planlens-toolbar', TOOLBAR_CSS);
      toolbar.root.addEventListener('click', noteClick, { capture: true, signal });
    } else if (!toolbar.host.isConnected) {
      document.documentElement.appendChild(toolbar.host); // a page script removed it
    }
    const rerender = () =>
      render(
        h(SelectionToolbar, {
          lang: opts.lang,
          color,
          onColorChange: (c: HighlightColor) => {
            color = c;
            rerender();
          },
          onSave: (c: HighlightColor) => {
            const trusted = userClicked;
            userClicked = false;
            if (trusted) void saveSelection(c);
          },
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

  return { refresh, retryOrphans, saveSelection, jumpTo, confirm };
}
