import type { PlanRecord, TargetRecord } from '../types';
import { passagesFor, termsFor } from './indexing';
import type { PlanLensDB } from './schema';

/** Tables a plan write touches; callers open one 'rw' transaction over these. */
export function planTables(db: PlanLensDB) {
  return [db.plans, db.texts, db.targets, db.passages, db.terms];
}

type Pair = [region: string, indicator: string];
const pairsOf = (targets: readonly Pick<TargetRecord, 'region' | 'indicator'>[]) => new Map(targets.map((t): [string, Pair] => [`${t.region}\n${t.indicator}`, [t.region, t.indicator]]));

/**
 * Replaces a plan and everything derived from it (text, targets, passages, terms). Must run
 * inside a 'rw' transaction over planTables(db) so a failure leaves the old plan intact.
 */
export async function replacePlanContent(db: PlanLensDB, plan: PlanRecord, targets: readonly TargetRecord[]): Promise<void> {
  const old = pairsOf(await db.targets.where('planId').equals(plan.id).toArray());
  await db.targets.where('planId').equals(plan.id).delete();
  await db.passages.where('planId').equals(plan.id).delete();
  const { paragraphs, ...row } = plan;
  await db.plans.put(row);
  await db.texts.put({ id: plan.id, paragraphs });
  await db.targets.bulkPut([...targets]);
  await db.passages.bulkPut(passagesFor(plan.id, paragraphs));
  await db.terms.bulkPut(termsFor(targets));
  for (const key of pairsOf(targets).keys()) old.delete(key);
  await pruneTerms(db, old.values());
}

/** Removes a plan and its derived rows (same transaction rule as replacePlanContent). */
export async function removePlanContent(db: PlanLensDB, planId: string): Promise<void> {
  const old = pairsOf(await db.targets.where('planId').equals(planId).toArray());
  await db.targets.where('planId').equals(planId).delete();
  await db.passages.where('planId').equals(planId).delete();
  await db.plans.delete(planId);
  await db.texts.delete(planId);
  await pruneTerms(db, old.values());
}

/** Vocabulary of an indicator in a region no target has any more would only produce empty search groups. */
async function pruneTerms(db: PlanLensDB, pairs: Iterable<Pair>): Promise<void> {
  for (const pair of pairs) {
    if ((await db.targets.where('[region+indicator]').equals(pair).count()) === 0) await db.terms.where('[region+indicator]').equals(pair).delete();
  }
}

/** A stored plan with its text, as PlanRecord (lib/types.ts). */
export async function readPlan(db: PlanLensDB, id: string): Promise<PlanRecord | undefined> {
  const [row, text] = await Promise.all([db.plans.get(id), db.texts.get(id)]);
  return row ? { ...row, paragraphs: text?.paragraphs ?? [] } : undefined;
}
