import type { PlanRecord, TargetRecord } from '../types';

export interface BundledPlan {
  plan: PlanRecord;
  targets: TargetRecord[];
}
export interface BundledData {
  /** Changes whenever the bundled plans' content changes (a hash of it). */
  version: string;
  plans: BundledPlan[];
}

/** seeds/*.txt → bundled plans, by the same extractor the content script uses. STUB. */
export function buildBundledData(_seeds: { file: string; text: string }[]): BundledData {
  return { version: '0', plans: [] };
}
