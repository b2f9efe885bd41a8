/**
 * Researchers' highlights on the page (issue 6): re-anchor saved ones (position → quote → fuzzy),
 * show the selection toolbar, save the selection. Notes never enter the page: the page only ever
 * holds `<planlens-highlight data-id data-color>`; notes live in the database and extension pages.
 */
import { h, render } from 'preact';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { TOOLBAR_CSS } from '@/components/styles';
import { DEFAULT_HIGHLIGHT_COLOR, type HighlightColor } from '@/components/highlightColors';
import { anchorAll, describeRange, isOwnNode, removeAllHighlights, wrapHighlight, wrapHighlightAt } from '@/lib/annotate';
import { sendMessage } from '@/lib/messaging';
import type { Lang } from '@/lib/i18n';
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
  /** Tries again to place orphans (content added after load). */
  retryOrphans(): void;
  saveSelection(color?: HighlightColor): Promise<HighlightRecord | null>;
  jumpTo(id: string): boolean;
}

function usableSelection(): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!document.body.contains(range.commonAncestorContainer)) return null;
  if (isOwnNode(range.commonAncestorContainer)) return null;
  if (!range.toString().trim()) return null;
  return range;
}

export function installHighlighter(opts: HighlighterOptions, signal: AbortSignal): Highlighter {
  const body = document.body;
  let orphans: HighlightRecord[] = [];
  let toolbar: ShadowHost | null = null;
  let color: HighlightColor = DEFAULT_HIGHLIGHT_COLOR;

  function place(list: HighlightRecord[]): HighlightRecord[] {
    const anchors = anchorAll(body, list.map((hl) => hl.selectors));
    const missing: HighlightRecord[] = [];
    list.forEach((hl, i) => {
      const a = anchors[i];
      if (a) wrapHighlightAt(body, a.start, a.end, hl.id, hl.color);
      else missing.push(hl);
    });
    return missing;
  }

  async function refresh() {
    const list = await sendMessage('listHighlights', { url: opts.url() });
    if (signal.aborted) return;
    removeAllHighlights(body);
    orphans = place(list);
    opts.onOrphansChanged(orphans.map((o) => o.id));
  }

  function retryOrphans() {
    if (orphans.length === 0) return;
    const before = orphans.length;
    orphans = place(orphans);
    if (orphans.length !== before) opts.onOrphansChanged(orphans.map((o) => o.id));
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
      wrapHighlight(body, range, saved.id, saved.color);
      document.getSelection()?.removeAllRanges();
      hideToolbar();
      return saved;
    } catch (err) {
      opts.onError(err instanceof Error ? err.message : String(err));
      return null;
    }
  }

  function hideToolbar() {
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
    const rect = range.getBoundingClientRect();
    toolbar.host.style.visibility = 'hidden';
    toolbar.show();
    const shown = toolbar;
    void shown.placeNear({ getBoundingClientRect: () => rect }, 'top').then(() => (shown.host.style.visibility = 'visible'));
  }

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
