import type { Collection, Table } from 'dexie';
import { type QueryTerm, tokensMatch } from '../search/tokenize';

/**
 * Candidate search over a table with a multiEntry `*tokens` index. The rarest query term
 * (counted on the index, no records read) picks the candidates; records are then loaded in
 * small batches and must contain every term (and pass `accept`) until `enough` are found.
 * Never a table scan: the work is bounded by the rarest term's posting list.
 */
export interface TokenQueryOptions<T> {
  /** Reorders candidate primary keys before loading (e.g. preferred region first). */
  order?: (keys: string[]) => string[];
  accept?: (row: T) => boolean;
  /** Stop after this many accepted rows. */
  enough: number;
  batch?: number;
}

function termCollection<T extends { tokens: string[] }>(table: Table<T, string>, term: QueryTerm): Collection<T, string> {
  return term.prefix ? table.where('tokens').startsWith(term.token) : table.where('tokens').equals(term.token);
}

export async function queryByTokens<T extends { tokens: string[] }>(
  table: Table<T, string>,
  terms: readonly QueryTerm[],
  options: TokenQueryOptions<T>,
): Promise<T[]> {
  if (terms.length === 0) return [];
  const counts = await Promise.all(terms.map((t) => termCollection(table, t).count()));
  let rarest = 0;
  counts.forEach((c, i) => {
    if (c < counts[rarest]) rarest = i;
  });
  if (counts[rarest] === 0) return [];
  let keys = [...new Set((await termCollection(table, terms[rarest]).primaryKeys()) as string[])];
  if (options.order) keys = options.order(keys);
  const out: T[] = [];
  const batch = options.batch ?? 64;
  for (let i = 0; i < keys.length && out.length < options.enough; i += batch) {
    const rows = await table.bulkGet(keys.slice(i, i + batch));
    for (const row of rows) {
      if (!row || !tokensMatch(row.tokens, terms)) continue;
      if (options.accept && !options.accept(row)) continue;
      out.push(row);
      if (out.length >= options.enough) break;
    }
  }
  return out;
}
