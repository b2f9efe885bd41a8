/**
 * Steps 4–5 of design.md §1: ask the background for the history of the indicators this notice
 * names, then wrap every mention of them in `<planlens-mark>` — the text read in one pass, the
 * mentions found with one automaton. A huge notice gets the marks on screen at once and the rest
 * in idle time (`done`); the session sets html[data-planlens-marks] only after that.
 */
import { buildMatcher, markPass, wrapMentions, unwrapAll, type Matcher, type MatchPattern } from '@/lib/annotate';
import { getIndicator } from '@/lib/indicators/lookup';
import { findArticleRoot } from '@/lib/notice/blocks';
import type { IndicatorHistory } from '@/lib/types';

/** Every name under which an indicator with known history may be written on the page. */
export function patternsFor(histories: IndicatorHistory[]): MatchPattern[] {
  const patterns: MatchPattern[] = [];
  const seen = new Set<string>();
  const add = (text: string | undefined, key: string) => {
    const t = text?.trim();
    // One- and two-character names (e.g. 学位) would mark ordinary words everywhere.
    if (!t || t.length < 3 || seen.has(t)) return;
    seen.add(t);
    patterns.push({ text: t, key });
  };
  for (const h of histories) {
    const info = getIndicator(h.indicator);
    // Registry indicators are always worth a card; a subject of the prose only once another year names it too.
    // (Whether there are two years, without a set of them: this runs per indicator on every notice.)
    const first = h.entries[0]?.year;
    if (h.entries.length === 0 || (!info && h.entries.every((e) => e.year === first))) continue;
    add(info?.zh, h.indicator);
    for (const alias of info?.aliases ?? []) add(alias, h.indicator);
    // Names as written in the documents (only the indicator's own, not linked indicators').
    for (const e of h.entries) if (!e.indicator || e.indicator === h.indicator) add(e.name, h.indicator);
  }
  // Longest first, so a name's own key wins over a shorter alias of another indicator.
  return patterns.sort((a, b) => b.text.length - a.text.length);
}

/**
 * Text marked before annotate() returns, from the block at the top of the screen on (most notices
 * are done by then); the rest is marked in idle time, STEP_CHARS at a time, for as long as each
 * idle callback may take (up to 50 ms: every frame in between lays the page out again, so few long
 * slices cost far less than many short ones).
 */
const SYNC_CHARS = 30_000;
const STEP_CHARS = 16_000;

export interface Annotation {
  matcher: Matcher;
  /** Marks on the page now (a page that re-renders its article throws ours away). */
  readonly marks: number;
  /**
   * Settles once every mention of the notice is wrapped: at once for most notices; on a huge one
   * the marks on screen come first and the rest are added in idle time.
   */
  readonly done: Promise<void>;
  /** Wrap mentions inside nodes the page added later (MutationObserver); only inside the article. */
  annotateMore(nodes: readonly Node[]): number;
  undo(): void;
}

export interface AnnotateOptions {
  /** Runs each later step of the DOM writes (the session drops its observer's records of them). */
  around?: (write: () => void) => void;
}

/** The node at the top of the screen when the article's top is above it (else null: start at the top). */
function screenTop(root: Element): Node | null {
  const doc = root.ownerDocument as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
  const box = root.getBoundingClientRect();
  return box.top < 0 && box.bottom > 0 ? (doc.caretPositionFromPoint?.(box.left + box.width / 2, 1)?.offsetNode ?? null) : null;
}

export function annotate(root: Element, histories: IndicatorHistory[], { around = (write) => write() }: AnnotateOptions = {}): Annotation {
  const start = performance.now();
  const matcher = buildMatcher(patternsFor(histories));
  const pass = markPass(root, matcher, screenTop(root));
  let more = pass.step(SYNC_CHARS);
  performance.measure('planlens:annotate', { start, end: performance.now() });

  const doc = root.ownerDocument;
  let article = root;
  let cancelled = false;
  // The rest when the page is idle, for as long as each idle callback may (at least one stretch).
  const done = new Promise<void>((resolve) => {
    const step = (idle?: IdleDeadline) => {
      if (idle && more && !cancelled) {
        around(() => {
          do more = pass.step(STEP_CHARS);
          while (more && !idle.didTimeout && idle.timeRemaining() > 2);
        });
      }
      if (more && !cancelled) return void requestIdleCallback(step, { timeout: 500 });
      // Until every mark was in (planlens:annotate is the part before the page got control back).
      performance.measure('planlens:annotate-all', { start, end: performance.now() });
      resolve();
    };
    step();
  });

  return {
    matcher,
    get marks() {
      return doc.querySelectorAll('planlens-mark').length;
    },
    done,
    annotateMore(nodes) {
      // The page may have replaced the article element itself: find it again.
      if (!article.isConnected) article = findArticleRoot(doc);
      let more = 0;
      for (const n of nodes) {
        if (!n.isConnected || n.parentElement?.closest('planlens-mark')) continue;
        // A sidebar or comment widget loaded later is no more part of the notice than a static one.
        if (article.contains(n)) more += wrapMentions(n, matcher).marks.length;
        else if (n.contains(article)) more += wrapMentions(article, matcher).marks.length;
      }
      return more;
    },
    undo() {
      cancelled = true;
      unwrapAll(doc.body ?? root);
    },
  };
}
