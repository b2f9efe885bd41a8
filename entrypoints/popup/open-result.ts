/**
 * Where opening a popup search result goes (pure): the source notice at the passage through a
 * text fragment link, or — for a plan without a URL (bundled) — the extension's reader page.
 */
import type { SearchResult } from '@/components/SearchResults';
import { textFragmentUrl } from '@/lib/format';
import { sentenceBounds } from '@/lib/reader-url';
import type { HistoryEntry, PlanKind } from '@/lib/types';

export type OpenTarget =
  | { kind: 'url'; url: string }
  /** A bundled plan at a text position (reader.html#pos=). */
  | { kind: 'reader'; planId: string; position: number }
  /** A bundled plan's paragraph: the position is known once the plan's paragraphs are read. */
  | { kind: 'reader-paragraph'; planId: string; paragraph: number; offset: number };

/** The sentence of `text` around `offset` (ending punctuation kept), for a precise text fragment. */
export function sentenceAround(text: string, offset: number): string {
  const [start, end] = sentenceBounds(text, offset);
  return text.slice(start, end).trim() || text;
}

/** Which document speaks for a year: the plan itself before reports on it (as the card orders them). */
const KIND_RANK: Record<PlanKind, number> = {
  'annual-plan': 0,
  'work-report': 1,
  'work-report-tasks': 2,
  'five-year-plan': 3,
  'plan-execution': 4,
  'statistical-bulletin': 5,
};

/** The entry an indicator result opens: its latest year, the plan's own target before outcomes and reports. */
export function latestEntry(entries: readonly HistoryEntry[]): HistoryEntry | null {
  if (entries.length === 0) return null;
  const latest = Math.max(...entries.map((e) => e.year));
  const rank = (e: HistoryEntry) => (e.role === 'target' ? 0 : 10) + KIND_RANK[e.kind];
  return entries.filter((e) => e.year === latest).reduce((a, b) => (rank(b) < rank(a) || (rank(b) === rank(a) && b.position < a.position) ? b : a));
}

export function openTargetOf(r: SearchResult): OpenTarget | null {
  if (r.type === 'indicator') {
    const e = latestEntry(r.entries);
    if (!e) return null;
    return e.url ? { kind: 'url', url: textFragmentUrl(e.url, e.quote) } : { kind: 'reader', planId: e.planId, position: e.position };
  }
  if (r.type === 'passage') {
    const offset = r.offset ?? 0;
    if (r.url) return { kind: 'url', url: textFragmentUrl(r.url, sentenceAround(r.text, offset)) };
    return { kind: 'reader-paragraph', planId: r.planId, paragraph: r.index, offset };
  }
  return { kind: 'url', url: textFragmentUrl(r.url, r.exact) };
}
