/** lib/db/search.ts's sectioned answer → the popup's flat, best-first result list. */
import type { SearchResults as DbSearchResults } from '@/lib/db/search';
import type { SearchResult } from './SearchResults';

/** Indicators (already best first), then passages, then highlights: the order the popup shows. */
export function resultsFromSearch(r: DbSearchResults): SearchResult[] {
  return [
    ...r.indicators.map((x): SearchResult => ({ type: 'indicator', ...x })),
    ...r.passages.map((x): SearchResult => ({ type: 'passage', ...x })),
    ...r.highlights.map((x): SearchResult => ({ type: 'highlight', ...x })),
  ];
}
