/**
 * Re-anchoring a saved highlight's selectors in a page that may have changed.
 *
 * Three tries, cheapest first: the position, if the text there still equals the quote;
 * the exact quote, choosing among occurrences by how much prefix/suffix context matches
 * (tie → nearest to the old position); a fuzzy quote search (approx-string-match, up to
 * min(32, quote/4) edits) scored by quote, context and position, accepted only when the
 * context still half matches. Quote searches ignore whitespace, so a re-flowed page
 * (other line breaks, &nbsp;) still matches. Null means "orphan": the caller lists it.
 *
 * `anchorInText` is pure (strings in, offsets out); `anchor` maps to a DOM Range.
 */
import search from 'approx-string-match';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/lib/types';
import { isSpaceCode } from './matcher';
import { collectText, rawText } from './textmap';
import { offsetsToRange } from './offsets';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface TextAnchor {
  /** Raw text offsets, end exclusive. */
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface Anchored extends TextAnchor {
  /** A Range over the text now; after other DOM changes prefer start/end (stable offsets). */
  range: Range;
}

/** Minimum mean prefix/suffix similarity for a fuzzy match to count. */
const MIN_CONTEXT = 0.5;

export interface Stripped {
  text: string;
  toRaw: Int32Array;
}

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
  return { text: parts.join(''), toRaw: toRaw.subarray(0, k) };
}

function stripText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) out += s[i];
  return out;
}

/** Characters of `prefix` matching backwards from text[at). */
function commonBefore(prefix: string, text: string, at: number): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && prefix[prefix.length - 1 - n] === text[at - n - 1]) n++;
  return n;
}

/** Characters of `suffix` matching forwards from text[at]. */
function commonAfter(suffix: string, text: string, at: number): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && suffix[n] === text[at + n]) n++;
  return n;
}

/** Similarity (0..1) of a context string to a window of text, by edit distance. */
function contextSimilarity(context: string, window: string): number {
  if (context.length === 0) return 1;
  const allowed = Math.floor(context.length / 2);
  const found = search(window, context, allowed);
  if (found.length === 0) return 0;
  const errors = Math.min(...found.map((m) => m.errors));
  return 1 - errors / context.length;
}

/** A raw text with its whitespace-free view, to anchor many selectors against one text. */
export interface PreparedText {
  raw: string;
  view: Stripped;
}

export function prepareText(raw: string): PreparedText {
  return { raw, view: strip(raw) };
}

export function anchorInText(text: string | PreparedText, selectors: readonly Selector[]): TextAnchor | null {
  const raw = typeof text === 'string' ? text : text.raw;
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const pos = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');

  if (pos && pos.start >= 0 && pos.start < pos.end && pos.end <= raw.length) {
    if (!quote || raw.slice(pos.start, pos.end) === quote.exact) return { start: pos.start, end: pos.end, method: 'position' };
  }
  if (!quote) return null;

  const view = typeof text === 'string' ? strip(raw) : text.view;
  const q = stripText(quote.exact);
  if (q.length === 0) return null;
  const prefix = stripText(quote.prefix);
  const suffix = stripText(quote.suffix);
  const expected = pos ? pos.start : null;
  const distance = (viewStart: number): number => (expected === null ? 0 : Math.abs(view.toRaw[viewStart] - expected));
  const toRawAnchor = (s: number, e: number, method: AnchorMethod): TextAnchor => ({
    start: view.toRaw[s],
    end: view.toRaw[e - 1] + 1,
    method,
  });

  // Exact quote: best context, then nearest.
  let best = -1;
  let bestScore = -1;
  let bestDist = Infinity;
  for (let i = view.text.indexOf(q); i >= 0; i = view.text.indexOf(q, i + 1)) {
    const score = commonBefore(prefix, view.text, i) + commonAfter(suffix, view.text, i + q.length);
    const dist = distance(i);
    if (score > bestScore || (score === bestScore && dist < bestDist)) {
      best = i;
      bestScore = score;
      bestDist = dist;
    }
  }
  if (best >= 0) return toRawAnchor(best, best + q.length, 'quote');

  // Fuzzy quote.
  const maxErrors = Math.min(32, Math.floor(q.length / 4));
  if (maxErrors < 1) return null;
  let fuzzy: TextAnchor | null = null;
  let fuzzyScore = -Infinity;
  for (const m of search(view.text, q, maxErrors)) {
    if (m.end <= m.start) continue;
    const quoteSim = 1 - m.errors / q.length;
    const pre = contextSimilarity(prefix, view.text.slice(Math.max(0, m.start - prefix.length - maxErrors), m.start));
    const suf = contextSimilarity(suffix, view.text.slice(m.end, m.end + suffix.length + maxErrors));
    const known = (prefix.length > 0 ? 1 : 0) + (suffix.length > 0 ? 1 : 0);
    const context = known === 0 ? 1 : ((prefix.length > 0 ? pre : 0) + (suffix.length > 0 ? suf : 0)) / known;
    if (context < MIN_CONTEXT) continue;
    const near = expected === null ? 0 : 1 - Math.min(1, distance(m.start) / Math.max(1, raw.length));
    const score = 50 * quoteSim + 20 * pre + 20 * suf + 2 * near;
    if (score > fuzzyScore) {
      fuzzyScore = score;
      fuzzy = toRawAnchor(m.start, m.end, 'fuzzy');
    }
  }
  return fuzzy;
}

/** Find the selectors' text under root; null when it is gone (an orphan). */
export function anchor(root: Node, selectors: readonly Selector[]): Anchored | null {
  return anchorAll(root, [selectors])[0];
}

/**
 * Anchor several highlights against one reading of the page (the text is collected and
 * stripped once). To show them, wrap by offsets (wrapHighlightAt): offsets stay valid
 * while earlier highlights are wrapped, Ranges may not.
 */
export function anchorAll(root: Node, list: readonly (readonly Selector[])[]): (Anchored | null)[] {
  const map = collectText(root);
  const prepared = prepareText(rawText(map));
  return list.map((selectors) => {
    const found = anchorInText(prepared, selectors);
    if (found === null) return null;
    const range = offsetsToRange(map, found.start, found.end);
    return range === null ? null : { ...found, range };
  });
}
