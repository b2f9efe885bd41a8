import type { Block, ExtractedTarget, PlanMeta, PlanRecord, PlanSource, TargetRecord } from '../types';
import { hashBlocks } from './hash';

/**
 * Pure conversions from extractor output to stored records. No Dexie here: this also runs at
 * build time in node (lib/db/bundled.ts).
 */

/**
 * Stable target ids: the same notice always yields the same ids, so re-capturing replaces
 * rows instead of adding new ones. Two targets with the same origin, role, position and
 * indicator (rare: one row naming two years) get `~2`, `~3`… in order of appearance.
 */
/** A figure as stored or sent by older writers: year and region may be missing (they were the plan's). */
export type TargetInput = Omit<ExtractedTarget, 'year' | 'region' | 'trace'> & Partial<Pick<ExtractedTarget, 'year' | 'region'>>;

export function toTargetRecords(plan: PlanMeta, targets: readonly TargetInput[]): TargetRecord[] {
  const used = new Map<string, number>();
  return targets.map((t) => {
    const base = `${plan.id}#${t.origin}-${t.role}-${t.position}-${t.indicator}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return {
      id: n === 1 ? base : `${base}~${n}`,
      planId: plan.id,
      // The figure's own year and region, never the plan's (a 2026 report's review is about 2025).
      region: t.region ?? plan.region,
      year: t.year ?? plan.year,
      planYear: plan.year,
      ...(t.period ? { period: { from: t.period.from, to: t.period.to }, horizon: 'multi-year' as const } : {}),
      kind: plan.kind,
      indicator: t.indicator,
      name: t.name,
      category: t.category,
      text: t.text,
      value: t.value,
      origin: t.origin,
      role: t.role,
      quote: t.quote,
      position: t.position,
    };
  });
}

/**
 * The reader page shows a plan's text and target positions are offsets into the blocks joined
 * by '\n' (lib/types.ts ExtractedTarget.position), so the stored paragraphs are every block's
 * text, table rows included, in order.
 */
export function paragraphsOf(blocks: readonly Block[]): string[] {
  return blocks.map((b) => b.text);
}

export function toPlanRecord(
  meta: PlanMeta,
  blocks: readonly Block[],
  source: PlanSource,
  capturedAt: number,
  paragraphs: readonly string[] = paragraphsOf(blocks),
): PlanRecord {
  return {
    id: meta.id,
    region: meta.region,
    year: meta.year,
    kind: meta.kind,
    title: meta.title,
    issued: meta.issued,
    url: meta.url,
    source,
    capturedAt,
    hash: hashBlocks(blocks),
    paragraphs: [...paragraphs],
  };
}
