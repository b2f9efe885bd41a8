import { extractFromText } from '../notice/extract';
import type { PlanRecord, TargetRecord } from '../types';
import { hashString } from './hash';
import { toPlanRecord, toTargetRecords } from './records';

export interface BundledPlan {
  plan: PlanRecord;
  targets: TargetRecord[];
}
export interface BundledData {
  /** Changes whenever the bundled plans' content changes (a hash of it). */
  version: string;
  plans: BundledPlan[];
}

/**
 * seeds/*.txt → bundled plans, by the same extractor the content script uses (build time, in
 * node). Deterministic: capturedAt is 0 and the version is a hash of the content, so an
 * unchanged bundle never re-seeds and any extractor improvement does.
 */
export function buildBundledData(seeds: { file: string; text: string }[]): BundledData {
  const plans: BundledPlan[] = [];
  for (const seed of [...seeds].sort((a, b) => a.file.localeCompare(b.file))) {
    const notice = extractFromText(seed.text, { url: null });
    if (!notice) {
      console.warn(`planlens: ${seed.file} is not recognised as a notice; not bundled`);
      continue;
    }
    // The bundled notices' original URLs are unknown (design.md §3).
    const plan = toPlanRecord({ ...notice.plan, url: null }, notice.blocks, 'bundled', 0);
    plans.push({ plan, targets: toTargetRecords(plan, notice.targets) });
  }
  if (new Set(plans.map((p) => p.plan.id)).size !== plans.length) {
    throw new Error(`planlens: two bundled seeds have the same plan id (${plans.map((p) => p.plan.id).join(', ')})`);
  }
  return { version: hashString(JSON.stringify(plans)), plans };
}
