import type { Table } from 'dexie';

/**
 * Every row of `table` in key order, `size` rows at a time, so a million rows never sit in memory
 * at once. `each` may write (only IndexedDB work) inside the caller's transaction.
 */
export async function forEachPage<T extends { id: string }>(table: Table<T, string>, size: number, each: (rows: T[]) => void | Promise<void>): Promise<void> {
  for (let after: string | null = null; ; ) {
    const rows: T[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray();
    if (rows.length > 0) await each(rows);
    if (rows.length < size) return;
    after = rows[rows.length - 1].id;
  }
}
