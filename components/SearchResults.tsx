/**
 * Popup search results (design.md §6): a container with `data-state`, indicator results with
 * `data-indicator` / `data-region` holding one `data-year` element per year, passages and
 * highlights with `data-result`, in the order given (the search puts the best first). A listbox
 * with an active descendant moved by the arrow keys; Enter or a click opens a result via `onOpen`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { HighlightRecord, HistoryEntry, PlanKind } from '@/lib/types';
import { compareTargets } from '@/lib/compare';
import { kindLabel, t, type Lang } from '@/lib/i18n';
import { formatTags, snippet } from '@/lib/format';
import { buildYears, type CompareFn } from './historyYears';
import { YearList } from './YearList';
import { nextActiveIndex } from './listNavigation';

export type SearchState = 'loading' | 'results' | 'empty' | 'error';

/**
 * One row of the results list. Field names follow lib/db/search.ts so its sections map over
 * with a `type` added (see resultsFromSearch); `offset`/`length` mark where the query matched.
 */
export interface IndicatorSearchResult {
  type: 'indicator';
  indicator: string;
  region: string;
  /** Chinese name (registry name, else the latest name as written). */
  name: string;
  en?: string | null;
  entries: HistoryEntry[];
}

export interface PassageSearchResult {
  type: 'passage';
  planId: string;
  title: string;
  region: string;
  year: number;
  kind: PlanKind;
  url: string | null;
  /** Paragraph index in the plan. */
  index: number;
  text: string;
  offset?: number;
  length?: number;
}

export type HighlightSearchResult = { type: 'highlight'; planTitle?: string; offset?: number } & HighlightRecord;

export type SearchResult = IndicatorSearchResult | PassageSearchResult | HighlightSearchResult;

/** A stable key for a result (Preact keys, option ids stay index-based). */
export function resultKey(r: SearchResult): string {
  if (r.type === 'indicator') return `i:${r.region}:${r.indicator}`;
  if (r.type === 'passage') return `p:${r.planId}:${r.index}`;
  return `h:${r.id}`;
}

export interface SearchResultsProps {
  state: SearchState;
  results: readonly SearchResult[];
  query: string;
  lang: Lang;
  onOpen: (result: SearchResult) => void;
  /** The error's message for `state="error"`. */
  error?: string;
  /** True when nothing at all is stored yet: the empty state then explains how to start. */
  databaseEmpty?: boolean;
  /** The popup's search field: arrow keys and Enter typed there move and open results too. */
  inputRef?: RefObject<HTMLInputElement>;
  idPrefix?: string;
  compare?: CompareFn;
}

function Snippet({ text, query, hit }: { text: string; query: string; hit?: { offset: number; length: number } }) {
  return (
    <span class="pl-snippet">
      {snippet(text, query, 40, hit).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}
    </span>
  );
}

function ResultBody({ r, props }: { r: SearchResult; props: SearchResultsProps }) {
  const { lang, query } = props;
  if (r.type === 'indicator') {
    const history = { indicator: r.indicator, region: r.region, entries: r.entries };
    const groups = buildYears(history, props.compare ?? compareTargets, 'desc');
    return (
      <>
        <div class="pl-result-head">
          <span class="pl-result-title">{r.name}</span>
          {r.en && <span class="pl-result-en">{r.en}</span>}
          <span class="pl-result-region">{r.region}</span>
        </div>
        <YearList groups={groups} zhName={r.name} lang={lang} />
      </>
    );
  }
  if (r.type === 'passage') {
    return (
      <>
        <div class="pl-result-head">
          <span class="pl-result-kind">{t('search.passage', lang)}</span>
          <span class="pl-result-title">{r.title}</span>
          <span class="pl-result-region">
            {r.region} · {r.year} · {kindLabel(r.kind, lang)}
          </span>
        </div>
        <Snippet text={r.text} query={query} hit={r.offset !== undefined && r.length ? { offset: r.offset, length: r.length } : undefined} />
      </>
    );
  }
  return (
    <>
      <div class="pl-result-head">
        <span class="pl-result-kind">{t('search.highlight', lang)}</span>
        {r.planTitle ? <span class="pl-result-title">{r.planTitle}</span> : <span class="pl-result-region">{r.url}</span>}
      </div>
      <Snippet text={r.exact} query={query} />
      {r.note && <p class="pl-result-note">{r.note}</p>}
      {r.tags.length > 0 && <p class="pl-result-tags">{formatTags(r.tags)}</p>}
    </>
  );
}

function statusText(props: SearchResultsProps, state: SearchState): string {
  const { lang } = props;
  if (state === 'loading') return t('search.loading', lang);
  if (state === 'error') return props.error ? t('search.error', lang, { message: props.error }) : t('search.errorGeneric', lang);
  if (props.databaseEmpty) return t('search.emptyDatabase', lang);
  if (!props.query.trim()) return t('search.noQuery', lang);
  return t('search.noResults', lang, { query: props.query.trim() });
}

export function SearchResults(props: SearchResultsProps) {
  const prefix = props.idPrefix ?? 'pl-search';
  const ordered = props.results;
  // What is shown decides data-state: "results" with nothing to show is "empty".
  const state: SearchState = props.state === 'results' && ordered.length === 0 ? 'empty' : props.state;
  const [active, setActive] = useState(ordered.length ? 0 : -1);
  const listRef = useRef<HTMLUListElement>(null);
  // Latest values for the input's listener, which is attached once per input.
  const latest = useRef({ active, ordered, onOpen: props.onOpen });
  latest.current = { active, ordered, onOpen: props.onOpen };

  useEffect(() => setActive(ordered.length ? 0 : -1), [props.results]);

  const optionId = (i: number) => `${prefix}-opt-${i}`;
  const activeId = state === 'results' && active >= 0 && active < ordered.length ? optionId(active) : undefined;

  useEffect(() => {
    if (activeId) listRef.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  /** Shared by the listbox and the search field; returns true when it handled the key. */
  const onKey = (e: KeyboardEvent, fromInput: boolean): boolean => {
    const { active: cur, ordered: list, onOpen } = latest.current;
    if (e.key === 'Enter') {
      if (cur < 0 || cur >= list.length) return false;
      e.preventDefault();
      onOpen(list[cur]);
      return true;
    }
    // In a text field Home/End/PageUp/PageDown move the caret; only the arrows belong to the list.
    if (fromInput && e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return false;
    const next = nextActiveIndex(e.key, cur, list.length);
    if (next === null) return false;
    e.preventDefault();
    setActive(next);
    return true;
  };

  // Refs are attached before effects run, so the field is read here rather than during render.
  useEffect(() => {
    const input = props.inputRef?.current;
    if (!input) return;
    const listener = (e: KeyboardEvent) => void onKey(e, true);
    input.addEventListener('keydown', listener);
    input.setAttribute('aria-controls', `${prefix}-list`);
    return () => input.removeEventListener('keydown', listener);
  }, [props.inputRef, prefix]);
  useEffect(() => {
    const input = props.inputRef?.current;
    if (!input) return;
    if (activeId) input.setAttribute('aria-activedescendant', activeId);
    else input.removeAttribute('aria-activedescendant');
  }, [props.inputRef, activeId]);

  return (
    <div class="pl pl-search" data-state={state} aria-busy={state === 'loading' ? 'true' : undefined}>
      {state !== 'results' && (
        <p class={state === 'error' ? 'pl-search-status pl-search-error' : 'pl-search-status'} role={state === 'error' ? 'alert' : 'status'}>
          {statusText(props, state)}
        </p>
      )}
      {state === 'results' && (
        <>
          <p class="pl-visually-hidden" role="status">
            {t('search.count', props.lang, { count: ordered.length })}
          </p>
          <ul
            ref={listRef}
            id={`${prefix}-list`}
            class="pl-results"
            role="listbox"
            tabIndex={0}
            aria-label={t('search.label', props.lang)}
            aria-activedescendant={activeId}
            onKeyDown={(e) => void onKey(e, false)}
          >
            {ordered.map((r, i) => (
              <li
                key={resultKey(r)}
                id={optionId(i)}
                role="option"
                aria-selected={i === active ? 'true' : 'false'}
                class={i === active ? 'pl-result pl-result--active' : 'pl-result'}
                data-result={r.type}
                data-indicator={r.type === 'indicator' ? r.indicator : undefined}
                data-region={r.type === 'indicator' ? r.region : undefined}
                onClick={() => {
                  setActive(i);
                  props.onOpen(r);
                }}
              >
                <ResultBody r={r} props={props} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
