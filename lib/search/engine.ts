import { Index } from 'flexsearch';
import type { QueryTerm } from './tokenize';

/**
 * An inverted index of token lists (lib/search/tokenize.ts) held in memory: FlexSearch's `Index`
 * with our own tokens (character bigrams, run-final singles, Latin words and their prefixes) and
 * `tokenize: 'forward'`, so every indexed token is also found by its prefixes — a one-character
 * query (投) finds 投资 as the IndexedDB `startsWith` range did. Documents are numbers, never reused
 * (the caller keeps what a number stands for and drops dead numbers: FlexSearch's removal without
 * `fastupdate` scans the whole index, and its export cannot be re-imported with `fastupdate`).
 *
 * Queries are answered term by term (one map lookup each) and intersected here, smallest posting
 * list first: FlexSearch's own multi-term intersection was several times slower on this workload.
 */
const SPLIT = ' ';

function newIndex(): Index {
  return new Index({ tokenize: 'forward', encode: (s: string) => (s.length === 0 ? [] : s.split(SPLIT)), resolution: 1, cache: false });
}

/**
 * A posting index as saved in the snapshot. FlexSearch's own export is JSON (posting lists as
 * decimal numbers inside a two-byte string when any token is Chinese: ~8 MB for the passages at
 * 100,000 targets, parsed again on load); here the tokens are one string and every document list
 * one byte array of zigzag-delta varints, handed to FlexSearch's `import` already parsed.
 */
export interface PostingSnapshot {
  /** The tokens of the map, in order, joined by '\n' (tokens never hold whitespace). */
  tokens: string;
  /** Per token: slot count, then per slot its length + 1 (0: empty slot) and its documents; then the register. */
  docs: Uint8Array;
  /** Parts of the export other than `reg` and `map`, as FlexSearch wrote them (none with this configuration). */
  other: [key: string, data: string][];
}

/** Growable byte buffer of unsigned LEB128 varints. */
class Varints {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  push(n: number): void {
    if (this.length + 8 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (n >= 0x80) {
      this.bytes[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.bytes[this.length++] = n;
  }
  list(docs: readonly number[]): void {
    this.push(docs.length);
    let prev = 0;
    for (const d of docs) {
      const delta = d - prev;
      prev = d;
      this.push(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    }
  }
}

class VarintReader {
  at = 0;
  constructor(private bytes: Uint8Array) {}
  next(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.at++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }
  list(): number[] {
    const out = new Array<number>(this.next());
    let prev = 0;
    for (let i = 0; i < out.length; i++) {
      const z = this.next();
      prev += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      out[i] = prev;
    }
    return out;
  }
}

type MapEntry = [token: string, slots: (number[] | null | undefined)[]];

function encodeExport(parts: [key: string, data: string][]): PostingSnapshot {
  const tokens: string[] = [];
  const out = new Varints();
  const reg: number[] = [];
  const other: [string, string][] = [];
  for (const [key, data] of parts) {
    const kind = key.split('.').filter((k) => k !== 'json').pop();
    if (kind === 'reg') reg.push(...(JSON.parse(data) as number[]));
    else if (kind === 'map') {
      for (const [token, slots] of JSON.parse(data) as MapEntry[]) {
        if (token.includes('\n')) throw new Error('token with a line break');
        tokens.push(token);
        out.push(slots.length);
        for (const slot of slots) {
          if (!slot) out.push(0);
          else {
            out.push(slot.length + 1);
            let prev = 0;
            for (const d of slot) {
              const delta = d - prev;
              prev = d;
              out.push(delta >= 0 ? delta * 2 : -delta * 2 - 1);
            }
          }
        }
      }
    } else other.push([key, data]);
  }
  out.list(reg);
  return { tokens: tokens.join('\n'), docs: out.bytes.slice(0, out.length), other };
}

function decodeInto(index: Index, s: PostingSnapshot): void {
  const read = new VarintReader(s.docs);
  const tokens = s.tokens.length > 0 ? s.tokens.split('\n') : [];
  const map: MapEntry[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const slots: (number[] | undefined)[] = new Array(read.next());
    for (let j = 0; j < slots.length; j++) {
      const n = read.next();
      if (n === 0) continue;
      const docs = new Array<number>(n - 1);
      let prev = 0;
      for (let k = 0; k < docs.length; k++) {
        const z = read.next();
        prev += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
        docs[k] = prev;
      }
      slots[j] = docs;
    }
    map[i] = [tokens[i], slots];
  }
  const reg = read.list();
  // FlexSearch's import takes parsed data as well as JSON strings (src/serialize.js).
  const load = index.import.bind(index) as unknown as (key: string, data: unknown) => void;
  if (reg.length > 0) load('reg', reg);
  if (map.length > 0) load('map', map);
  for (const [key, data] of s.other) index.import(key, data);
}

export class PostingIndex {
  private index = newIndex();
  /** Postings added (forward prefixes not counted): what memory grows with. */
  postings = 0;

  add(doc: number, tokens: readonly string[]): void {
    // Tokens never contain a space (tokenize splits on it), so joining is lossless.
    if (tokens.length === 0) return;
    this.index.add(doc, tokens.join(SPLIT));
    this.postings += tokens.length;
  }

  /** Documents holding one token (or, being forward-indexed, a token it is a prefix of). */
  private lookup(token: string): number[] {
    return this.index.search(token, { limit: Number.MAX_SAFE_INTEGER }) as number[];
  }

  /** Documents that satisfy every query term (tokensMatch semantics), in no particular order. */
  query(terms: readonly QueryTerm[]): number[] {
    if (terms.length === 0) return [];
    const lists = terms.map((t) => this.lookup(t.token)).sort((a, b) => a.length - b.length);
    let out = lists[0];
    for (let i = 1; i < lists.length && out.length > 0; i++) {
      const has = new Set(lists[i]);
      out = out.filter((d) => has.has(d));
    }
    return [...new Set(out)];
  }

  /** FlexSearch's export, part by part (the callback's promise lets other work run between parts), in the compact form. */
  async export(): Promise<PostingSnapshot> {
    const parts: [string, string][] = [];
    await this.index.export((key: string, data: string) => {
      if (data !== undefined && data !== null) parts.push([key, data]);
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    });
    return encodeExport(parts);
  }

  static fromSnapshot(snapshot: PostingSnapshot, postings: number): PostingIndex {
    const out = new PostingIndex();
    decodeInto(out.index, snapshot);
    out.postings = postings;
    return out;
  }
}
