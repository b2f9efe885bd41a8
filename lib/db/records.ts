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
export function toTargetRecords(plan: PlanMeta, targets: readonly ExtractedTarget[]): TargetRecord[] {
  const used = new Map<string, number>();
  return targets.map((t) => {
    const base = `${plan.id}#${t.origin}-${t.role}-${t.position}-${t.indicator}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return {
      id: n === 1 ? base : `${base}~${n}`,
      planId: plan.id,
      region: plan.region,
      year: plan.year,
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
