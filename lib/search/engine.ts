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

export type PostingSnapshot = [key: string, data: string][];

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

  /** FlexSearch's export, part by part; the callback's promise lets other work run between parts. */
  async export(): Promise<PostingSnapshot> {
    const parts: PostingSnapshot = [];
    await this.index.export((key: string, data: string) => {
      if (data !== undefined && data !== null) parts.push([key, data]);
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    });
    return parts;
  }

  static fromSnapshot(parts: PostingSnapshot, postings: number): PostingIndex {
    const out = new PostingIndex();
    for (const [key, data] of parts) out.index.import(key, data);
    out.postings = postings;
    return out;
  }
}
