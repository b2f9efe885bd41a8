/**
 * Re-anchoring a saved highlight's selectors in a page that may have changed (issues 6, 14).
 *
 * Candidates, all scored by the one function of anchor-score.ts (quote, prefix and suffix by
 * edit distance, closeness to the recorded position):
 *  1. the recorded position(s) — ours, another tool's way of counting (position-hints.ts), a
 *     RangeSelector — when the text there is the quote;
 *  2. every exact occurrence of the quote. The best one is accepted at once when its context
 *     does not clearly disagree (`certain`);
 *  3. otherwise they compete with fuzzy candidates: the closest approximate matches of the
 *     quote (approx-string-match, fewer than half its characters edited), and the quote aligned
 *     right after where the prefix now is and right before where the suffix now is — so a
 *     reworded heading is found by its context even when its words also occur elsewhere.
 * The best candidate scoring at least MIN_SCORE is placed: `state: 'exact'` when certain,
 * `'fuzzy'` ("placed, please check") otherwise. Null means "orphan": the caller lists it.
 *
 * Everything is compared without whitespace, so a re-flowed page (line breaks, &nbsp;, text split
 * across elements) still matches. `anchorInText` is pure (strings in, offsets out); `anchorAll`
 * reads the DOM once for many highlights.
 */
import search from 'approx-string-match';
import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from '@/lib/types';
import { isSpaceCode } from './matcher';
import { collectText, matchingView, rawText, type TextMap } from './textmap';
import { offsetsToRange } from './offsets';
import { alignFromStart, alignToEnd } from './edit-distance';
import { AMBIGUITY_MARGIN, MIN_SCORE, scoreCandidate, type CandidateScore } from './anchor-score';
import { allTextToRaw, resolveRangeSelector } from './position-hints';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
/** 'exact': the quote is there and its context agrees. 'fuzzy': placed, the user should check. */
export type AnchorState = 'exact' | 'fuzzy';

export interface TextAnchor {
  /** Raw text offsets, end exclusive. */
  start: number;
  end: number;
  method: AnchorMethod;
  state: AnchorState;
  /** anchor-score.ts score of the chosen candidate (1 for a position or quote with its full context). */
  score: number;
}

export interface Anchored extends TextAnchor {
  /** A Range over the text now; after other DOM changes prefer start/end (stable offsets). */
  range: Range;
}

/** The text without whitespace, and where each of its characters is in the raw text. */
export interface Stripped {
  text: string;
  toRaw(i: number): number;
}

/** Raw offsets of a position recorded by some selector. */
export interface PositionHint {
  start: number;
  end: number;
}

export interface AnchorOptions {
  /** Converts an offset counted over every Text node (script and style included) to a raw one. */
  fromAllText?: (offset: number) => number;
  /** More recorded positions, already in raw offsets (e.g. a RangeSelector resolved in the DOM). */
  hints?: readonly PositionHint[];
}

/** Exact occurrences scored in full; past this, the ones whose context shares most bigrams (and the nearest). */
const MAX_SCORED_OCCURRENCES = 64;
/** View characters either side of a recorded position searched first for the unchanged quote. */
const NEAR_HINT = 4096;
/** Context-driven candidates tried per side. */
const MAX_CONTEXT_SITES = 16;
/** Quotes longer than this are not aligned at context sites (cost m²); approximate search still finds them. */
const MAX_ALIGNED_QUOTE = 600;

function strip(s: string): Stripped {
  const toRaw = new Int32Array(s.length);
  const parts: string[] = [];
  let k = 0;
  let run = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      if (run >= 0) parts.push(s.slice(run, i));
      run = -1;
    } else {
      if (run < 0) run = i;
      toRaw[k++] = i;
    }
  }
  if (run >= 0) parts.push(s.slice(run));
  return { text: parts.join(''), toRaw: (i) => toRaw[i] };
}

function stripText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) out += s[i];
  return out;
}

/** A raw text with its whitespace-free view, to anchor many selectors against one text. */
export interface PreparedText {
  raw: string;
  view: Stripped;
}

export function prepareText(raw: string): PreparedText {
  return { raw, view: strip(raw) };
}

/** The same from a collected DOM text, without a per-character map (textmap.ts keeps runs). */
function prepareMap(map: TextMap): PreparedText {
  return { raw: rawText(map), view: matchingView(map, false) };
}

/** First view index whose raw offset is ≥ raw (view.text.length when none). */
function rawToView(view: Stripped, raw: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toRaw(mid) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Candidate {
  /** View offsets. */
  start: number;
  end: number;
  errors: number;
  method: AnchorMethod;
}

interface Scored extends Candidate {
  s: CandidateScore;
}

/** Bigrams of a string, for a cheap first ranking of many exact occurrences. */
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function sharedBigrams(set: Set<string>, text: string, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i + 1 < Math.min(text.length, to); i++) if (set.has(text.slice(i, i + 2))) n++;
  return n;
}

/** Recorded positions as raw hints, read the way their tool counted. */
function hintsOf(selectors: readonly Selector[], options: AnchorOptions, rawLength: number): PositionHint[] {
  const out: PositionHint[] = [...(options.hints ?? [])];
  for (const s of selectors) {
    if (s.type !== 'TextPositionSelector' || s.start >= s.end) continue;
    const counting = s.counting ?? 'page-text';
    if (counting !== 'all-text') out.push({ start: s.start, end: s.end });
    if (counting !== 'page-text' && options.fromAllText) out.push({ start: options.fromAllText(s.start), end: options.fromAllText(s.end) });
  }
  return out.filter((h) => h.start >= 0 && h.start < h.end && h.end <= rawLength);
}

export function anchorInText(text: string | PreparedText, selectors: readonly Selector[], options: AnchorOptions = {}): TextAnchor | null {
  const raw = typeof text === 'string' ? text : text.raw;
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const hints = hintsOf(selectors, options, raw.length);

  if (!quote) {
    // A position alone cannot be checked: placed where it says, for the user to check.
    const pos = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    const h = hints[0] ?? null;
    if (!pos || !h) return null;
    return { start: h.start, end: h.end, method: 'position', state: 'fuzzy', score: MIN_SCORE };
  }

  const view = typeof text === 'string' ? strip(raw) : text.view;
  const T = view.text;
  const q = stripText(quote.exact);
  if (q.length === 0 || T.length === 0) return null;
  const prefix = stripText(quote.prefix);
  const suffix = stripText(quote.suffix);
  const m = q.length;
  const viewHints = hints.map((h) => rawToView(view, h.start));

  const closeness = (start: number): number | null => {
    if (viewHints.length === 0) return null;
    let d = Infinity;
    for (const h of viewHints) d = Math.min(d, Math.abs(start - h));
    return 1 - Math.min(1, d / T.length);
  };
  const prefixErrors = (at: number): number =>
    T.startsWith(prefix, at - prefix.length) && at >= prefix.length ? 0 : alignToEnd(prefix, T, at, prefix.length + Math.ceil(prefix.length / 2)).errors;
  const suffixErrors = (at: number): number =>
    T.startsWith(suffix, at) ? 0 : alignFromStart(suffix, T, at, suffix.length + Math.ceil(suffix.length / 2)).errors;

  const score = (c: Candidate): Scored => {
    const pe = prefix ? prefixErrors(c.start) : 0;
    const se = suffix ? suffixErrors(c.end) : 0;
    const half = (n: number, len: number) => n * 2 < len;
    // Closed gap: the side that disagrees at the candidate's far edge matches at its near edge.
    let closedGap = false;
    if (prefix && suffix) {
      if (half(pe, prefix.length) && !half(se, suffix.length)) closedGap = half(suffixErrors(c.start), suffix.length);
      else if (half(se, suffix.length) && !half(pe, prefix.length)) closedGap = half(prefixErrors(c.end), prefix.length);
    }
    const s = scoreCandidate({
      quote: { length: m, errors: c.errors },
      prefix: prefix ? { length: prefix.length, errors: pe } : null,
      suffix: suffix ? { length: suffix.length, errors: se } : null,
      position: closeness(c.start),
      closedGap,
    });
    return { ...c, s };
  };

  const toAnchor = (best: Scored, all: Scored[]): TextAnchor => {
    // Without a recorded position, an equally good candidate elsewhere makes the choice a guess.
    const ambiguous =
      viewHints.length === 0 && all.some((o) => (o.end <= best.start || o.start >= best.end) && o.s.evidence >= best.s.evidence - AMBIGUITY_MARGIN);
    return {
      start: view.toRaw(best.start),
      end: view.toRaw(best.end - 1) + 1,
      method: best.method,
      state: best.s.certain && !ambiguous ? 'exact' : 'fuzzy',
      score: best.s.score,
    };
  };

  const better = (a: Scored, b: Scored | null) => b === null || a.s.score > b.s.score || (a.s.score === b.s.score && a.start < b.start);
  const candidates = new Map<string, Scored>();
  const add = (c: Candidate): Scored | null => {
    if (c.end <= c.start) return null;
    const key = `${c.start}:${c.end}`;
    const had = candidates.get(key);
    if (had && had.errors <= c.errors) return had;
    const s = score(c);
    candidates.set(key, s);
    return s;
  };

  // 1. Recorded positions holding the quote. Unchanged text all round: nothing can beat it.
  for (const h of viewHints) {
    if (T.startsWith(q, h)) {
      const c = add({ start: h, end: h + m, errors: 0, method: 'position' })!;
      if (c.s.certain && c.s.quote === 1 && (c.s.prefix ?? 1) === 1 && (c.s.suffix ?? 1) === 1) return toAnchor(c, [c]);
    }
  }

  // Near a recorded position first: the nearest exact quote there with its whole context
  // unchanged cannot be beaten (anything else is farther or worse), so the whole text need not
  // be searched — the common case of a page edited above the highlight.
  for (const h of viewHints) {
    let nearest: Scored | null = null;
    for (let i = T.indexOf(q, Math.max(0, h - NEAR_HINT)); i >= 0 && i <= h + NEAR_HINT; i = T.indexOf(q, i + 1)) {
      if (!T.startsWith(prefix, i - prefix.length) || i < prefix.length || !T.startsWith(suffix, i + m)) continue;
      const c = add({ start: i, end: i + m, errors: 0, method: 'quote' })!;
      if (nearest === null || Math.abs(i - h) < Math.abs(nearest.start - h)) nearest = c;
    }
    if (nearest && viewHints.length === 1 && nearest.s.certain) return toAnchor(nearest, [nearest]);
  }

  // 2. Exact occurrences.
  const occurrences: number[] = [];
  for (let i = T.indexOf(q); i >= 0; i = T.indexOf(q, i + 1)) occurrences.push(i);
  let chosen = occurrences;
  if (occurrences.length > MAX_SCORED_OCCURRENCES) {
    const pre = bigrams(prefix);
    const suf = bigrams(suffix);
    const cheap = (i: number) => sharedBigrams(pre, T, i - prefix.length - 8, i) + sharedBigrams(suf, T, i + m, i + m + suffix.length + 8);
    const ranked = occurrences.map((i) => ({ i, c: cheap(i) })).sort((a, b) => b.c - a.c || a.i - b.i);
    const nearest = viewHints.length ? [...occurrences].sort((a, b) => (closeness(b) ?? 0) - (closeness(a) ?? 0)).slice(0, 8) : [];
    chosen = [...new Set([...ranked.slice(0, MAX_SCORED_OCCURRENCES).map((r) => r.i), ...nearest])];
  }
  for (const i of chosen) add({ start: i, end: i + m, errors: 0, method: 'quote' });
  let best: Scored | null = null;
  for (const c of candidates.values()) if (better(c, best)) best = c;
  if (best && best.s.certain && best.s.score >= MIN_SCORE) return toAnchor(best, [...candidates.values()]);

  // 3. Fuzzy candidates compete with the exact ones on the same score.
  const maxErrors = Math.ceil(m / 2) - 1; // fewer than half: at half the score's quote part is 0
  if (maxErrors >= 1) {
    for (const f of search(T, q, Math.min(maxErrors, 256))) add({ start: f.start, end: f.end, errors: f.errors, method: 'fuzzy' });
  }
  if (m <= MAX_ALIGNED_QUOTE) {
    const window = m + Math.ceil(m / 2) + 2;
    for (const at of contextSites(T, prefix, 'after')) {
      const a = alignFromStart(q, T, at, window);
      add({ start: at, end: a.end, errors: a.errors, method: 'fuzzy' });
    }
    for (const at of contextSites(T, suffix, 'before')) {
      const a = alignToEnd(q, T, at, window);
      add({ start: a.start, end: at, errors: a.errors, method: 'fuzzy' });
    }
  }
  best = null;
  for (const c of candidates.values()) if (better(c, best)) best = c;
  if (!best || best.s.score < MIN_SCORE) return null;
  return toAnchor(best, [...candidates.values()]);
}

/**
 * Where a recorded context is on the page now: the offset right after each place the prefix
 * ends ('after'), or right before each place the suffix starts ('before'). Exact first, else
 * approximately (a quarter of it edited at most); too short a context says nothing.
 */
function contextSites(T: string, context: string, side: 'after' | 'before'): number[] {
  const k = context.length;
  if (k < 8) return [];
  const out: number[] = [];
  for (let i = T.indexOf(context); i >= 0 && out.length < MAX_CONTEXT_SITES; i = T.indexOf(context, i + 1)) out.push(side === 'after' ? i + k : i);
  if (out.length > 0) return out;
  for (const f of search(T, context, Math.floor(k / 4))) {
    out.push(side === 'after' ? f.end : f.start);
    if (out.length >= MAX_CONTEXT_SITES) break;
  }
  return out;
}

/** Find the selectors' text under root; null when it is gone (an orphan). */
export function anchor(root: Node, selectors: readonly Selector[]): Anchored | null {
  return anchorAll(root, [selectors])[0];
}

/** Hints a DOM gives that a string cannot: RangeSelectors resolved, other tools' counting. */
function domOptions(map: TextMap, selectors: readonly Selector[], allText: () => (o: number) => number): AnchorOptions {
  const hints: PositionHint[] = [];
  for (const s of selectors) {
    if (s.type !== 'RangeSelector') continue;
    const r = resolveRangeSelector(map, s as RangeSelector);
    if (r) hints.push(r);
  }
  const needsAll = selectors.some((s) => s.type === 'TextPositionSelector' && s.counting !== undefined && s.counting !== 'page-text');
  return { hints, ...(needsAll ? { fromAllText: allText() } : {}) };
}

/**
 * Anchor several highlights against one reading of the page (the text is collected and
 * stripped once). To show them, wrap by offsets (wrapHighlightAt): offsets stay valid
 * while earlier highlights are wrapped, Ranges may not.
 */
export function anchorAll(root: Node, list: readonly (readonly Selector[])[]): (Anchored | null)[] {
  const map = collectText(root);
  const prepared = prepareMap(map);
  let fromAll: ((o: number) => number) | null = null;
  const allText = () => (fromAll ??= allTextToRaw(map));
  return list.map((selectors) => {
    const found = anchorInText(prepared, selectors, domOptions(map, selectors, allText));
    if (found === null) return null;
    const range = offsetsToRange(map, found.start, found.end);
    return range === null ? null : { ...found, range };
  });
}
