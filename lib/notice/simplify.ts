/**
 * Traditional → Simplified script for reading (mirror sites republish notices in Traditional
 * script: 地區生產總值…億元). OpenCC's t2cn tables (opencc-js), applied so that the result has the
 * same length as the input: every position in the simplified text is the same position in the
 * text as written, so figures are read on the simplified text and quoted as written.
 * Background and CLI only: the content script keeps lib/notice/fold.ts's small table.
 */
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((s: string) => string) | null = null;

function converter(): (s: string) => string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert;
}

/** Any character outside ASCII that may be Traditional: a cheap test before converting. */
const MAYBE_TRADITIONAL = /[\u3400-\u9fff\uf900-\ufaff]/;

export function toSimplified(text: string): string {
  if (!MAYBE_TRADITIONAL.test(text)) return text;
  const whole = converter()(text);
  if (whole.length === text.length) return whole;
  // A phrase conversion changed the length: convert character by character, which keeps it.
  let out = '';
  for (const ch of text) {
    const c = converter()(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

export { dropPinyinDebris } from './fold';

/** The text as written at the place where `found` stands in `simplified` (same length as `written`). */
export function asWritten(found: string, simplified: string, written: string, from = 0): string {
  if (simplified === written) return found;
  const at = simplified.indexOf(found, from);
  return at >= 0 ? written.slice(at, at + found.length) : found;
}
