/**
 * Search tokens for IndexedDB multiEntry indexes (design.md §4).
 *
 * - Han text is indexed as character bigrams, plus the last character of each run as a
 *   unigram, so a one-character query can be answered by a prefix range over the index
 *   (`startsWith(ch)` finds every bigram beginning with ch and the run-final unigram).
 * - Latin/digit words are lower-cased and indexed with all their prefixes of ≥ 2 characters,
 *   so typing "fix" already finds "fixed". Joiners inside a word (PM2.5, R&D, 10-50) are kept
 *   in one form and squashed in another ("pm2.5" and "pm25", "r&d" and "rd").
 *
 * All scanning is done character by character: no regular expressions, nothing to backtrack.
 */

/** Folds one UTF-16 unit without changing string length, so offsets stay valid: full-width ASCII → ASCII, upper → lower, ideographic space → space. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000 || code === 0xa0) return ' ';
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return c;
}

/** Length-preserving fold of a whole string (see foldChar): indexOf on folded text gives offsets in the original. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

const JOINERS = new Set(['.', '&', '+', '_', '-']);

function isHan(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff)
  );
}

/** Latin letters, digits and letters of other alphabets (not Han): they form words. */
function isWordChar(c: string): boolean {
  const code = c.codePointAt(0)!;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  if (isHan(c)) return false;
  return c.toLowerCase() !== c.toUpperCase() || (code >= 0x00c0 && code <= 0x024f);
}

type Run = { kind: 'han' | 'word'; text: string };

/** Splits folded text into Han runs and word runs; everything else separates runs. */
function runs(text: string): Run[] {
  const out: Run[] = [];
  const chars = Array.from(foldText(text));
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    if (isHan(c)) {
      let j = i;
      while (j < chars.length && isHan(chars[j])) j++;
      out.push({ kind: 'han', text: chars.slice(i, j).join('') });
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      // A joiner stays inside the word only when a word character follows it.
      while (j < chars.length && (isWordChar(chars[j]) || (JOINERS.has(chars[j]) && j + 1 < chars.length && isWordChar(chars[j + 1])))) j++;
      out.push({ kind: 'word', text: chars.slice(i, j).join('') });
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

function squash(word: string): string {
  let out = '';
  for (const c of word) if (!JOINERS.has(c)) out += c;
  return out;
}

function addPrefixes(word: string, into: Set<string>): void {
  const chars = Array.from(word);
  for (let n = 2; n <= chars.length; n++) into.add(chars.slice(0, n).join(''));
}

function wordForms(word: string): string[] {
  const forms = [word];
  const squashed = squash(word);
  if (squashed !== word) forms.push(squashed);
  let part = '';
  for (const c of word + '.') {
    if (JOINERS.has(c)) {
      if (part.length >= 2 && part !== word) forms.push(part);
      part = '';
    } else part += c;
  }
  return forms;
}

/** Index tokens of a text (deduplicated). */
export function tokenize(text: string): string[] {
  const out = new Set<string>();
  for (const run of runs(text)) {
    if (run.kind === 'han') {
      const chars = Array.from(run.text);
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
      out.add(chars[chars.length - 1]);
    } else {
      for (const form of wordForms(run.text)) {
        if (Array.from(form).length === 1) out.add(form);
        else addPrefixes(form, out);
      }
    }
  }
  return [...out];
}

export interface QueryTerm {
  token: string;
  /** True for one-character terms: matched by a prefix range over the index, not by equality. */
  prefix: boolean;
}

/** Query → the terms every matching document must contain (intersection). */
export function queryTerms(query: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const run of runs(query)) {
    const chars = Array.from(run.text);
    if (chars.length === 1) {
      terms.set(run.text, { token: run.text, prefix: true });
    } else if (run.kind === 'han') {
      for (let i = 0; i + 1 < chars.length; i++) terms.set(chars[i] + chars[i + 1], { token: chars[i] + chars[i + 1], prefix: false });
    } else {
      terms.set(run.text, { token: run.text, prefix: false });
    }
  }
  return [...terms.values()];
}

/** Does this token list satisfy every query term? (Used to verify candidates without another index read.) */
export function tokensMatch(tokens: readonly string[], terms: readonly QueryTerm[]): boolean {
  const set = new Set(tokens);
  return terms.every((t) => (t.prefix ? tokens.some((k) => k.startsWith(t.token)) : set.has(t.token)));
}
