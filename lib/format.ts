/**
 * Display helpers shared by the UI components: numbers, text fragment links to a sentence of a
 * notice, search snippets and the tag field of highlights. Pure functions. (Deltas are formatted
 * by lib/compare.ts describeDelta, so the CLI and the UI say the same thing.)
 */
import type { TargetValue } from './types';
import type { Lang } from './i18n';

/** A number as a person would write it: no float noise, grouping only in English. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
    maximumFractionDigits: 4,
    useGrouping: lang === 'en',
  }).format(n);
}

/** The one number a value stands for (a range's midpoint), or null for qualitative and deferred values. */
export function numericValue(value: TargetValue): number | null {
  if (value.metric === 'qualitative' || value.metric === 'deferred') return null;
  if (typeof value.number === 'number') return value.number;
  if (typeof value.min === 'number' && typeof value.max === 'number') return (value.min + value.max) / 2;
  return value.min ?? value.max ?? null;
}

// ---- Text fragment links (https://wicg.github.io/scroll-to-text-fragment/) ----

/** Longest piece of a quote put in a fragment: long strings break on tiny page differences. */
const FRAGMENT_MAX = 24;
/** Clause punctuation: always a word boundary, so a fragment cut there can match. */
const CLAUSE_BREAK = /[，,；;：:。！!？?、（）()“”"]/;

/** Percent-encodes a fragment directive term: `-`, `,` and `&` are syntax there, so they are encoded too. */
export function encodeFragmentTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

function words(s: string): string[] {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return Array.from(s);
  return Array.from(new Seg('zh', { granularity: 'word' }).segment(s), (x) => x.segment);
}

/** Whole words from the start (or the end) of `s`, at most FRAGMENT_MAX code units but at least one word. */
function cutAtWords(s: string, fromEnd: boolean): string {
  if (s.length <= FRAGMENT_MAX) return s;
  const ws = words(s);
  if (fromEnd) ws.reverse();
  let out = '';
  for (const w of ws) {
    if (out && out.length + w.length > FRAGMENT_MAX) break;
    out = fromEnd ? w + out : out + w;
  }
  return out;
}

/** The part of a quote worth matching: a table row's first cell with letters in it, whitespace collapsed. */
function quoteForFragment(quote: string): string {
  const parts = quote.split(/[\t\n\r]/).map((p) => p.replace(/[\s\u00a0\u3000]+/g, ' ').trim());
  return parts.find((p) => /\p{L}/u.test(p)) ?? parts.find((p) => p) ?? '';
}

/** `start` / `end` terms of a text directive for a quote (end is '' when start alone suffices). */
export function fragmentTerms(quote: string): { start: string; end: string } {
  const text = quoteForFragment(quote);
  if (text.length <= FRAGMENT_MAX) return { start: text, end: '' };
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c);
  const start = cutAtWords(clauses[0] ?? text, false);
  if (clauses.length >= 2) return { start, end: cutAtWords(clauses[clauses.length - 1], true) };
  // One long clause: its first and last words, when they do not overlap.
  const end = cutAtWords(text, true);
  return start.length + end.length <= text.length ? { start, end } : { start, end: '' };
}

/**
 * A link that opens `url` scrolled to `quote`: `url#:~:text=<start>[,<end>]`. An existing
 * fragment is kept (the directive follows it) and an existing directive is replaced.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const { start, end } = fragmentTerms(quote);
  if (!start) return url;
  const hashAt = url.indexOf('#');
  let base = url;
  if (hashAt >= 0) {
    const directiveAt = url.indexOf(':~:', hashAt);
    base = directiveAt >= 0 ? url.slice(0, directiveAt) : url;
  } else {
    base = url + '#';
  }
  return `${base}:~:text=${encodeFragmentTerm(start)}${end ? ',' + encodeFragmentTerm(end) : ''}`;
}

// ---- Highlight tags ----

/** Tags typed as one field: split on Latin or Chinese commas/semicolons and 、, trimmed, de-duplicated. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[,，、;；]/)) {
    const tag = raw.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

// ---- Search snippets ----

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * A window of `text` around the first occurrence of any query word (or around `hit`, a match the
 * search already located), split into parts so the caller can render hits as <mark> with text
 * nodes (never HTML). Case-insensitive for Latin text.
 */
export function snippet(text: string, query: string, radius = 40, hit?: { offset: number; length: number }): SnippetPart[] {
  const lower = text.toLowerCase();
  const terms = query.toLowerCase().split(/\s+/).filter((w) => w);
  const ranges: Array<[number, number]> = [];
  // The search already knows where it matched (after folding full-width forms): trust it.
  if (hit && hit.length > 0 && hit.offset >= 0 && hit.offset + hit.length <= text.length) {
    ranges.push([hit.offset, hit.offset + hit.length]);
  } else if (lower.length === text.length) {
    for (const term of terms) {
      for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  const from = Math.max(0, first - radius);
  const to = Math.min(text.length, from + radius * 3);
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '…', hit: false });
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= at || s >= to) continue;
    const start = Math.max(s, at);
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    const end = Math.min(e, to);
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  if (to < text.length) parts.push({ text: '…', hit: false });
  return parts;
}
