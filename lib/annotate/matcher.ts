/**
 * Multi-pattern matcher (Aho–Corasick) for indicator names and aliases.
 *
 * Semantics: leftmost-longest, non-overlapping — the same answer as trying every
 * pattern at each position from the left and taking the longest, but in time linear
 * in the text (plus the patterns). How: one backward pass over the text with an
 * automaton of the *reversed* patterns gives, for every start position, the longest
 * pattern starting there (the longest output of a state is O(1) to look up); a forward
 * greedy jump over those starts then picks the leftmost-longest matches.
 *
 * Matching is on UTF-16 code units, case-insensitive for ASCII and folding full-width
 * ASCII (ＧＤＰ, （）) to half-width; folding is one code unit for one, so offsets are
 * unchanged. Whitespace is removed from patterns. `findAll` treats whitespace in the text
 * as a separator; `scanStarts` (page text, wrap.ts) skips it, so a name broken by a line
 * break or &nbsp; still matches without building a whitespace-free copy of the page.
 */

export interface MatchPattern {
  /** The name or alias as written. */
  text: string;
  /** Indicator key (design.md §6). */
  key: string;
}

export interface Match {
  /** Offsets in the searched string, end exclusive. */
  start: number;
  end: number;
  key: string;
  /** The pattern's text as given to buildMatcher. */
  pattern: string;
}

/** The automaton over a list of names (buildMatcher): its distinct patterns and its scan. */
export interface Matcher extends PatternTable {
  /** Number of distinct (folded) patterns. */
  readonly size: number;
  /** Backward scan; see scanStarts (skipSpaces) and findAll (whitespace ends a match). */
  scan(chunks: readonly string[], breaks: Uint8Array | null, skipSpaces: boolean): StartHits;
}

/** Case- and width-folding of one UTF-16 code unit. */
export function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

/** Characters the matching view leaves out (design: names split by line breaks, &nbsp;, U+3000). */
export function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff;
}

/** Alphabet symbol of whitespace. Pattern symbols stay below it: patterns hold no whitespace. */
const SPACE = 0xffff;

/**
 * Pattern starts found by a backward scan, in DESCENDING position order (last chunk, last
 * offset first): chunk index, offset in the chunk, pattern index.
 */
export interface StartHits {
  chunk: number[];
  offset: number[];
  pattern: number[];
}

/** The distinct patterns: length in non-whitespace code units, key, text as given. */
export interface PatternTable {
  lengths: readonly number[];
  keys: readonly string[];
  texts: readonly string[];
}

/**
 * Where patterns start in text given as chunks (e.g. the Text nodes of a page, in order),
 * read as one string without whitespace; a chunk with `breaks[i] === 1` begins a new run
 * (a block boundary: no match spans into it from the chunk before).
 */
export function scanStarts(matcher: Matcher, chunks: readonly string[], breaks: Uint8Array | null): StartHits {
  return matcher.scan(chunks, breaks, true);
}

/**
 * Every match in `text`, leftmost-longest and non-overlapping; whitespace in the text ends a
 * match (the page scan, mentions.ts, reads across it instead).
 */
export function findAll(matcher: Matcher, text: string): Match[] {
  const out: Match[] = [];
  const { offset, pattern } = matcher.scan([text], null, false);
  // Forward greedy over the starts: leftmost, then longest, never overlapping.
  let free = 0;
  for (let j = offset.length - 1; j >= 0; j--) {
    const i = offset[j];
    if (i < free) continue;
    const p = pattern[j];
    free = i + matcher.lengths[p];
    out.push({ start: i, end: free, key: matcher.keys[p], pattern: matcher.texts[p] });
  }
  return out;
}

// Code units that foldCode() changes or isSpaceCode() drops, as one class (no quantifier: ReDoS-safe).
// eslint-disable-next-line no-control-regex -- C0 controls count as whitespace, as in isSpaceCode.
const NEEDS_FOLD = /[\u0000-\u0020A-Z\u00a0\u3000\u200b\ufeff\uff01-\uff5e]/;

/** The pattern as matched: whitespace removed, case and width folded (most names are already). */
function foldPattern(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  const folded: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) folded.push(foldCode(c));
  }
  return String.fromCharCode(...folded);
}

/**
 * Runs once per page, in code the browser has not compiled yet (a content script's first run), so
 * it is written as a few flat loops over typed arrays: no per-state arrays, no sorting, no
 * callbacks (the seed notice's 210 names: 1.3–1.7 → 0.9–1.0 ms main-thread CPU, docs/profile-annotate.md).
 */
export function buildMatcher(patterns: readonly MatchPattern[]): Matcher {
  // Folded pattern texts; the first pattern with a given folded text wins.
  const seen = new Set<string>();
  const folded: string[] = [];
  const keys: string[] = [];
  const texts: string[] = [];
  for (const p of patterns) {
    const id = foldPattern(p.text);
    if (id.length === 0 || seen.has(id)) continue;
    seen.add(id);
    folded.push(id);
    keys.push(p.key);
    texts.push(p.text);
  }

  // Alphabet compression: 0 = "in no pattern", so most page characters cost one table read.
  // Each folded code also gets the codes that fold to it (A-Z, full-width forms).
  const table = new Uint16Array(0x10000);
  let width = 1;
  let total = 0;
  for (const id of folded) {
    total += id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (table[c] !== 0) continue;
      const sym = width++;
      table[c] = sym;
      if (c >= 0x61 && c <= 0x7a) table[c - 0x20] = table[c - 0x20 + 0xfee0] = sym;
      if (c >= 0x21 && c <= 0x7e) table[c + 0xfee0] = sym;
    }
  }
  for (let c = 0; c <= 0x20; c++) table[c] = SPACE;
  table[0xa0] = table[0x3000] = table[0x200b] = table[0xfeff] = SPACE;

  // Trie of reversed patterns: every state but the root has one incoming edge (parent, symbol),
  // found again through a map while inserting.
  const parent = new Int32Array(total + 1);
  const symOf = new Uint16Array(total + 1);
  const terminal = new Int32Array(total + 1); // pattern index + 1, or 0
  const edges = new Map<number, number>();
  let states = 1;
  for (let p = 0; p < folded.length; p++) {
    const id = folded[p];
    let s = 0;
    for (let i = id.length - 1; i >= 0; i--) {
      const sym = table[id.charCodeAt(i)];
      const k = s * width + sym;
      let t = edges.get(k);
      if (t === undefined) {
        t = states++;
        parent[t] = s;
        symOf[t] = sym;
        edges.set(k, t);
      }
      s = t;
    }
    if (terminal[s] === 0) terminal[s] = p + 1;
  }

  // Children as flat lists (a counting sort by parent; states are numbered after their parent),
  // plus a dense row for the root, hit on most characters.
  const rootRow = new Int32Array(width);
  const childStart = new Int32Array(states + 1);
  for (let t = 1; t < states; t++) childStart[parent[t] + 1]++;
  for (let s = 0; s < states; s++) childStart[s + 1] += childStart[s];
  const fill = childStart.slice(0, states);
  const childSym = new Uint16Array(states);
  const childTo = new Int32Array(states);
  for (let t = 1; t < states; t++) {
    const j = fill[parent[t]]++;
    childSym[j] = symOf[t];
    childTo[j] = t;
    if (parent[t] === 0) rootRow[symOf[t]] = t;
  }

  /** Transition of the automaton with failure links resolved. */
  const fail = new Int32Array(states);
  const step = (from: number, sym: number): number => {
    for (let s = from; ; s = fail[s]) {
      if (s === 0) return rootRow[sym];
      for (let j = childStart[s], e = childStart[s + 1]; j < e; j++) if (childSym[j] === sym) return childTo[j];
    }
  };

  // Failure links (breadth first) and, per state, the longest pattern among its outputs.
  const best = new Int32Array(states); // pattern index + 1 of the longest output
  const queue = new Int32Array(states);
  for (let qi = 0, qe = 1; qi < qe; qi++) {
    const s = queue[qi];
    for (let j = childStart[s], e = childStart[s + 1]; j < e; j++) {
      const t = childTo[j];
      fail[t] = s === 0 ? 0 : step(fail[s], childSym[j]);
      // The state's own pattern is longer than any proper suffix's.
      best[t] = terminal[t] !== 0 ? terminal[t] : best[fail[t]];
      queue[qe++] = t;
    }
  }

  // The one hot loop: each code unit costs a table read and, if it is in some pattern, a step.
  function scan(chunks: readonly string[], breaks: Uint8Array | null, skipSpaces: boolean): StartHits {
    const hits: StartHits = { chunk: [], offset: [], pattern: [] };
    if (folded.length === 0) return hits;
    let s = 0;
    for (let c = chunks.length - 1; c >= 0; c--) {
      const d = chunks[c];
      for (let i = d.length - 1; i >= 0; i--) {
        const sym = table[d.charCodeAt(i)];
        if (sym === 0 || sym === SPACE) {
          if (sym === 0 || !skipSpaces) s = 0;
          continue;
        }
        s = s === 0 ? rootRow[sym] : step(s, sym);
        if (best[s] !== 0) {
          hits.chunk.push(c);
          hits.offset.push(i);
          hits.pattern.push(best[s] - 1);
        }
      }
      if (breaks !== null && breaks[c] === 1) s = 0;
    }
    return hits;
  }

  return { size: folded.length, lengths: folded.map((id) => id.length), keys, texts, scan };
}
