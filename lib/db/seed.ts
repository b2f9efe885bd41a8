import type { BundledData } from './bundled';
import type { PlanLensDB } from './schema';
import { type PlanContent, planTables, removePlanContent, replacePlans } from './write';

export const BUNDLED_VERSION_KEY = 'bundledVersion';

export interface SeedResult {
  version: string;
  /** Bundled plans written (0 when this version was already seeded). */
  written: number;
  /** Bundled plans left alone because the user has since captured or imported them. */
  kept: number;
  /** Plans of an earlier bundle that this bundle no longer has. */
  removed: number;
}

/**
 * Writes the bundled plans (install and update). Idempotent: records the bundled data version
 * in meta and does nothing when that version is already there unless `force`. Never touches
 * captured or imported plans (the portal copy of a bundled plan wins) nor highlights.
 */
export async function seedBundled(db: PlanLensDB, data: BundledData, options: { force?: boolean } = {}): Promise<SeedResult> {
  return db.transaction('rw', planTables(db), async () => {
    const seeded = await db.meta.get(BUNDLED_VERSION_KEY);
    const result: SeedResult = { version: data.version, written: 0, kept: 0, removed: 0 };
    if (seeded?.value === data.version && !options.force) return result;

    const ids = new Set(data.plans.map((p) => p.plan.id));
    const existing = await db.plans.bulkGet([...ids]);
    const writes: PlanContent[] = [];
    data.plans.forEach(({ plan, targets }, i) => {
      const found = existing[i];
      if (found && found.source !== 'bundled') result.kept++;
      else writes.push({ plan: { ...plan, source: 'bundled' }, targets });
    });
    await replacePlans(db, writes);
    result.written = writes.length;
    const stale = await db.plans.where('source').equals('bundled').primaryKeys();
    for (const id of stale) {
      if (ids.has(id)) continue;
      await removePlanContent(db, id);
      result.removed++;
    }
    await db.meta.put({ key: BUNDLED_VERSION_KEY, value: data.version });
    return result;
  });
}

/** For the background's first message after a restart: seeds only if the stored version differs. */
export async function ensureSeeded(db: PlanLensDB, data: BundledData): Promise<SeedResult | null> {
  const seeded = await db.meta.get(BUNDLED_VERSION_KEY);
  if (seeded?.value === data.version) return null;
  return seedBundled(db, data);
}
