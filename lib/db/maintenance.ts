import type { PlanSource } from '../types';
import type { PlanLensDB } from './schema';
import { dataTables } from './schema';
import { recordSearchChange, searchIndexFor } from './search-index';

export interface DbStats {
  plans: Record<PlanSource, number>;
  targets: number;
  passages: number;
  highlights: number;
  /** navigator.storage.estimate() where the context has it (bytes), else null. */
  storage: { usage: number; quota: number } | null;
  /** Version of the bundled plans this build ships (set by the background handler). */
  bundledVersion?: string;
}

export async function stats(db: PlanLensDB): Promise<DbStats> {
  const [bundled, captured, imported, targets, passages, highlights] = await Promise.all([
    db.plans.where('source').equals('bundled').count(),
    db.plans.where('source').equals('captured').count(),
    db.plans.where('source').equals('imported').count(),
    db.targets.count(),
    // Paragraphs are stored in pages (schema v6): the index in memory knows how many there are.
    searchIndexFor(db).then((index) => index.size.passages),
    db.highlights.count(),
  ]);
  let storage: DbStats['storage'] = null;
  try {
    const est = typeof navigator !== 'undefined' ? await navigator.storage?.estimate?.() : undefined;
    if (est && typeof est.usage === 'number' && typeof est.quota === 'number') storage = { usage: est.usage, quota: est.quota };
  } catch {
    storage = null;
  }
  return { plans: { bundled, captured, imported }, targets, passages, highlights, storage };
}

/**
 * Wipes everything (plans, highlights, notes, meta) in one transaction. The caller must pass
 * the explicit confirmation; the background re-seeds the bundled plans afterwards.
 */
export async function clearAll(db: PlanLensDB, confirm: true): Promise<{ plans: number; highlights: number }> {
  if (confirm !== true) throw new Error('clearAll needs explicit confirmation');
  return db.transaction('rw', dataTables(db), async () => {
    const counts = { plans: await db.plans.count(), highlights: await db.highlights.count() };
    await Promise.all(dataTables(db).map((t) => t.clear()));
    recordSearchChange(db, { cleared: true });
    return counts;
  });
}
