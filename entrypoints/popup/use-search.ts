/**
 * Search as you type for the popup: debounced, and answers to queries the user has already
 * typed past are dropped (each request carries a sequence number; only the latest may land).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResult, SearchState } from '@/components/SearchResults';
import { resultsFromSearch } from '@/components/searchResultsFrom';
import { errorMessage } from '@/lib/error-text';
import type { Lang } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';

export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_LIMIT = 10;

export interface SearchView {
  query: string;
  /** The query the shown results answer (lags `query` while a request is pending). */
  shownQuery: string;
  state: SearchState;
  results: SearchResult[];
  error: string;
  pending: boolean;
  setQuery(q: string): void;
  retry(): void;
}

export function useSearch(region: string | null, lang: Lang): SearchView {
  const [query, setQueryState] = useState('');
  const [shown, setShown] = useState<{ query: string; state: SearchState; results: SearchResult[]; error: string }>({
    query: '',
    state: 'empty',
    results: [],
    error: '',
  });
  const [pending, setPending] = useState(false);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const context = useRef({ region, lang });
  context.current = { region, lang };

  const run = (q: string, delay: number) => {
    const id = ++seq.current;
    clearTimeout(timer.current);
    const trimmed = q.trim();
    if (!trimmed) {
      setPending(false);
      setShown({ query: '', state: 'empty', results: [], error: '' });
      return;
    }
    setPending(true);
    // Results already on screen stay while the next ones load; otherwise say it is searching.
    setShown((s) => (s.state === 'results' && s.results.length ? s : { ...s, state: 'loading' }));
    timer.current = setTimeout(() => {
      sendMessage('search', { query: trimmed.slice(0, 200), limit: SEARCH_LIMIT, region: context.current.region })
        .then((r) => {
          if (id !== seq.current) return;
          setShown({ query: trimmed, state: 'results', results: resultsFromSearch(r), error: '' });
        })
        .catch((err: unknown) => {
          if (id !== seq.current) return;
          setShown({ query: trimmed, state: 'error', results: [], error: errorMessage(err, context.current.lang) });
        })
        .finally(() => id === seq.current && setPending(false));
    }, delay);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    query,
    shownQuery: shown.query,
    state: shown.state,
    results: shown.results,
    error: shown.error,
    pending,
    setQuery(q) {
      setQueryState(q);
      run(q, SEARCH_DEBOUNCE_MS);
    },
    retry() {
      run(query, 0);
    },
  };
}
