import type { TargetRecord } from '../types';
import { PlanLensError } from './errors';
import type { PlanLensDB } from './schema';

/**
 * One plan's own targets and outcomes in notice order (the side panel's rows: which indicators
 * this notice has, under which names and categories). Not-found for an unknown plan.
 */
export async function planTargets(db: PlanLensDB, planId: string): Promise<TargetRecord[]> {
  return db.transaction('r', db.plans, db.targets, async () => {
    if (!(await db.plans.get(planId))) throw new PlanLensError('not-found', `No stored plan has the id "${planId}".`);
    const rows = await db.targets.where('planId').equals(planId).toArray();
    return rows.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  });
}
