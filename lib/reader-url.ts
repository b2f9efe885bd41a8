/**
 * The reader page for plans without a URL (bundled ones, design.md §3): its address and where
 * in the notice it opens. Pure: the extension's base URL is passed in (browser.runtime.getURL('/')).
 *
 *   reader.html?plan=<id>#pos=<n>   n = UTF-16 offset in the notice text (paragraphs joined by '\n')
 */

export const READER_PAGE = 'reader.html';

/** `<base>reader.html?plan=<id>#pos=<position>`; base ends with '/'. */
export function readerHref(base: string, planId: string, position: number): string {
  const pos = Number.isFinite(position) && position > 0 ? Math.floor(position) : 0;
  return `${base}${READER_PAGE}?plan=${encodeURIComponent(planId)}#pos=${pos}`;
}

export interface ReaderLocation {
  planId: string | null;
  /** Null when the fragment names no position. */
  position: number | null;
}

/** The plan and position a reader URL's search and hash name. */
export function parseReaderLocation(search: string, hash: string): ReaderLocation {
  const planId = new URLSearchParams(search).get('plan');
  const pos = new URLSearchParams(hash.replace(/^#/, '')).get('pos');
  const n = pos !== null && /^\d{1,9}$/.test(pos) ? Number(pos) : null;
  return { planId: planId ? planId : null, position: n };
}

/**
 * The index of the paragraph holding character `position` of the text `paragraphs.join('\n')`
 * (a position on a joining '\n' belongs to the paragraph it ends); the last one past the end.
 */
export function paragraphAt(paragraphs: readonly string[], position: number): number {
  if (paragraphs.length === 0) return -1;
  let start = 0;
  for (const [i, p] of paragraphs.entries()) {
    const end = start + p.length;
    if (position <= end) return i;
    start = end + 1;
  }
  return paragraphs.length - 1;
}

/** Where paragraph `index` starts in the joined text (the inverse of paragraphAt). */
export function paragraphStart(paragraphs: readonly string[], index: number): number {
  let start = 0;
  for (let i = 0; i < index && i < paragraphs.length; i++) start += paragraphs[i].length + 1;
  return start;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);

/** [start, end) of the sentence of `text` around `offset`, its ending punctuation included. */
export function sentenceBounds(text: string, offset: number): [number, number] {
  const at = Math.min(Math.max(offset, 0), text.length);
  let start = at;
  while (start > 0 && !SENTENCE_END.has(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.has(text[end])) end++;
  if (end < text.length) end++;
  return [start, end];
}
