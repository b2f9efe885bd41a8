import type { ExtractedNotice } from '../types';
import type { TargetInput } from './records';
import { PlanLensError } from './errors';
import { toPlanRecord, toTargetRecords } from './records';
import type { PlanLensDB } from './schema';
import { ExtractedNoticeSchema, parseOrThrow } from './validate';
import { planTables, replacePlanContent } from './write';

export interface CaptureOptions {
  url: string | null;
  /** The notice text as the reader page should show it; defaults to every block's text. */
  paragraphs?: string[];
  /** Clock, for tests. */
  now?: number;
}

export type CaptureStatus = 'created' | 'updated' | 'unchanged';

export interface CaptureResult {
  planId: string;
  status: CaptureStatus;
  targets: number;
}

/**
 * Stores a notice read from its portal page (design.md §4). The plan id is the identity: a
 * bundled or imported copy of the same plan is updated in place (source becomes 'captured'),
 * never duplicated. A notice whose normalized text hash is unchanged causes no write.
 */
/** A notice as sent: figures from older writers may lack their own year and region. */
export type NoticeInput = Omit<ExtractedNotice, 'targets'> & { targets: TargetInput[] };

export async function capturePlan(db: PlanLensDB, notice: NoticeInput, options: CaptureOptions): Promise<CaptureResult> {
  const n = parseOrThrow(ExtractedNoticeSchema, notice, 'notice');
  const expectedId = `${n.plan.region}/${n.plan.year}/${n.plan.kind}`;
  if (n.plan.id !== expectedId) {
    throw new PlanLensError('invalid', `notice.plan.id: expected "${expectedId}" (region/year/kind), got "${n.plan.id}"`);
  }
  const url = options.url ?? n.plan.url;
  const plan = toPlanRecord({ ...n.plan, url }, n.blocks, 'captured', options.now ?? Date.now(), options.paragraphs);
  const targets = toTargetRecords(plan, n.targets);

  return db.transaction('rw', planTables(db), async () => {
    const existing = await db.plans.get(plan.id);
    // Same text already captured: keep it as is (a known url is not replaced by a mirror's).
    if (existing && existing.source === 'captured' && existing.hash === plan.hash && (existing.url !== null || url === null)) {
      return { planId: plan.id, status: 'unchanged' as const, targets: await db.targets.where('planId').equals(plan.id).count() };
    }
    if (existing && existing.source === 'captured' && existing.hash === plan.hash) plan.capturedAt = existing.capturedAt;
    await replacePlanContent(db, plan, targets);
    return { planId: plan.id, status: existing ? ('updated' as const) : ('created' as const), targets: targets.length };
  });
}
