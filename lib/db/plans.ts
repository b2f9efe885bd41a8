import type { PlanRecord } from '../types';
import { PlanLensError } from './errors';
import type { PlanLensDB } from './schema';
import { planTables, readPlan, removePlanContent } from './write';

export type PlanSummary = Omit<PlanRecord, 'paragraphs' | 'hash'> & { targets: number };

/** Every stored plan with its number of targets (outcomes included), newest year first. */
export async function listPlans(db: PlanLensDB): Promise<PlanSummary[]> {
  return db.transaction('r', db.plans, db.targets, async () => {
    const plans = await db.plans.toArray();
    // Index keys only: counting 100,000 targets this way never loads a target record.
    const counts = new Map<string, number>();
    for (const planId of (await db.targets.orderBy('planId').keys()) as string[]) counts.set(planId, (counts.get(planId) ?? 0) + 1);
    return plans
      .map(({ hash: _h, ...rest }) => ({ ...rest, targets: counts.get(rest.id) ?? 0 }))
      .sort((a, b) => b.year - a.year || a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind));
  });
}

/** One plan with its text (the reader page), or not-found. */
export async function getPlan(db: PlanLensDB, id: string): Promise<PlanRecord> {
  const plan = await db.transaction('r', db.plans, db.texts, () => readPlan(db, id));
  if (!plan) throw new PlanLensError('not-found', `No stored plan has the id "${id}".`);
  return plan;
}

/**
 * Deletes a captured or imported plan with its targets. Bundled plans ship with the extension
 * and cannot be deleted; a captured copy of a bundled plan can, and the caller re-seeds the
 * bundled version afterwards (background.ts).
 */
export async function deletePlan(db: PlanLensDB, id: string): Promise<{ planId: string; deletedTargets: number }> {
  return db.transaction('rw', planTables(db), async () => {
    const plan = await db.plans.get(id);
    if (!plan) throw new PlanLensError('not-found', `No stored plan has the id "${id}".`);
    if (plan.source === 'bundled') throw new PlanLensError('invalid', `"${plan.title || id}" comes with PlanLens and cannot be deleted.`);
    const deletedTargets = await db.targets.where('planId').equals(id).count();
    await removePlanContent(db, id);
    return { planId: id, deletedTargets };
  });
}
