/**
 * Steps 4–5 of design.md §1: ask the background for the history of the indicators this notice
 * names, then wrap every mention of them in `<planlens-mark>` in one pass over the page text.
 */
import { buildMatcher, wrapMentions, unwrapAll, type Matcher, type MatchPattern } from '@/lib/annotate';
import { getIndicator } from '@/lib/indicators';
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
    const years = new Set(h.entries.map((e) => e.year));
    if (years.size === 0 || (!info && years.size < 2)) continue;
    add(info?.zh, h.indicator);
    for (const alias of info?.aliases ?? []) add(alias, h.indicator);
    // Names as written in the documents (only the indicator's own, not linked indicators').
    for (const e of h.entries) if (!e.indicator || e.indicator === h.indicator) add(e.name, h.indicator);
  }
  // Longest first, so a name's own key wins over a shorter alias of another indicator.
  return patterns.sort((a, b) => b.text.length - a.text.length);
}

export interface Annotation {
  matcher: Matcher;
  /** Marks on the page now (a page that re-renders its article throws ours away). */
  readonly marks: number;
  /** Wrap mentions inside nodes the page added later (MutationObserver); only inside the article. */
  annotateMore(nodes: readonly Node[]): number;
  undo(): void;
}

export function annotate(root: Element, histories: IndicatorHistory[]): Annotation {
  const start = performance.now();
  const matcher = buildMatcher(patternsFor(histories));
  wrapMentions(root, matcher);
  performance.measure('planlens:annotate', { start, end: performance.now() });
  const doc = root.ownerDocument;
  let article = root;
  return {
    matcher,
    get marks() {
      return doc.querySelectorAll('planlens-mark').length;
    },
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
      unwrapAll(doc.body ?? root);
    },
  };
}
