/**
 * W3C Web Annotation selectors for a Range (design.md §4): a TextQuoteSelector with 32
 * characters of context each side and a TextPositionSelector in UTF-16 code units over
 * the raw text view (textmap.ts). DOM code.
 */
import type { TextPositionSelector, TextQuoteSelector } from '@/lib/types';
import { collectText, rawText, type TextMap } from './textmap';
import { rangeToOffsets } from './offsets';

export const CONTEXT_CHARS = 32;

/** Selectors for raw offsets [start, end) of a collected text. */
export function describeOffsets(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

export function describeRangeIn(map: TextMap, range: Range): [TextQuoteSelector, TextPositionSelector] {
  const { start, end } = rangeToOffsets(map, range);
  return describeOffsets(rawText(map), start, end);
}

/** Selectors for `range` within root's page text (our own UI left out, marks counted as text). */
export function describeRange(root: Node, range: Range): [TextQuoteSelector, TextPositionSelector] {
  return describeRangeIn(collectText(root), range);
}
