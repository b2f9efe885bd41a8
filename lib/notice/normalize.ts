/**
 * Whitespace normalization for notice text (design.md §3). Portals split words with `&nbsp;`,
 * U+3000 and stray line breaks; this removes such whitespace without touching any visible
 * character, so text "as written" (full-width punctuation, 10—50, （注）) survives exactly.
 */
import { CATEGORY_NUMBERING, FOOTNOTE_MARKER, NUMBERING } from './markers';

/** CJK ideographs, full-width forms and CJK punctuation: text that is written without spaces. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, CJK punctuation (U+3000–303F), kana, ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x2014 || // — (em dash, as in 10—50)
    code === 0x2026 || // …
    (code >= 0x2018 && code <= 0x201d) || // ‘ ’ “ ”
    code === 0x00b7 ||
    (code >= 0x2160 && code <= 0x217f) // Roman numerals such as Ⅲ
  );
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Invisible characters that portals leave inside words. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/**
 * Collapses every run of whitespace (spaces, tabs, line breaks, NBSP, U+3000) to one space,
 * drops it entirely next to CJK text, and trims. Linear time.
 */
export function normalizeText(input: string): string {
  // Built from slices, not character by character: long notices stay cheap to join later.
  const parts: string[] = [];
  let runStart = -1; // start of the current run of visible text
  let pendingSpace = false;
  let lastCode = -1; // last visible character kept
  let changed = false;
  for (let i = 0; i <= input.length; i++) {
    const code = i < input.length ? input.charCodeAt(i) : -1;
    const drop = code >= 0 && (isSpace(code) || isInvisible(code));
    if (code >= 0 && !drop) {
      if (runStart < 0) {
        runStart = i;
        // A space between two Latin/digit runs is a real separator; next to CJK it is noise.
        if (pendingSpace && lastCode >= 0 && !isWide(lastCode) && !isWide(code)) parts.push(' ');
        pendingSpace = false;
      }
      continue;
    }
    if (runStart >= 0) {
      parts.push(input.slice(runStart, i));
      lastCode = input.charCodeAt(i - 1);
      runStart = -1;
    }
    if (drop) {
      changed = true;
      if (isSpace(code)) pendingSpace = true;
    }
  }
  if (!changed) return input;
  return parts.join('');
}

const NOTE_MARK = /[（(]\s*注\s*\d{0,2}\s*[）)]/g;

/** A table row's name as printed, minus its numbering (1. / （1） / 一、) and （注） marks. */
export function cleanRowName(raw: string): string {
  return normalizeText(stripTrailingMarkers(normalizeText(raw).replace(NUMBERING, '').replace(NOTE_MARK, '')));
}

/** Footnote markers a page prints after a name or a value ([2], ①, *, ※), which belong to neither. */
export function stripTrailingMarkers(text: string): string {
  let out = text;
  for (let m = FOOTNOTE_MARKER.exec(out); m; m = FOOTNOTE_MARKER.exec(out)) out = out.slice(0, m.index);
  return out;
}

/** Whether a row name starts with numbering such as `1.` or `（1）`. */
export function hasRowNumber(raw: string): boolean {
  return /^(?:\d{1,3}\s*[.．、](?!\d)|[（(]\s*\d{1,3}\s*[）)])/.test(normalizeText(raw));
}


/** `一、经济发展` → `经济发展`; null when the text is not a Chinese-numbered heading. */
export function categoryHeading(raw: string): string | null {
  const text = normalizeText(raw);
  if (!CATEGORY_NUMBERING.test(text)) return null;
  const rest = text.replace(CATEGORY_NUMBERING, '');
  return rest.length > 0 ? rest : null;
}
