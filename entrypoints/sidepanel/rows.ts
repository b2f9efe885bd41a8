/**
 * The side panel's table rows (pure): one row per indicator of the current plan, in the plan's
 * own order, with that indicator's history in the plan's region.
 */
import type { ComparisonRow } from '@/components/comparisonRows';
import { getIndicator } from '@/lib/indicators';
import type { IndicatorHistory, TargetRecord } from '@/lib/types';

function rowFor(indicator: string, name: string, category: string | null, history: IndicatorHistory): ComparisonRow {
  const info = getIndicator(indicator);
  return { indicator, zhName: info?.zh ?? name, ...(info ? { enName: info.en } : {}), category, history };
}

/** The keys to ask historyForKeys for: the plan's indicators in notice order. */
export function planKeys(targets: readonly TargetRecord[]): string[] {
  return [...new Set([...targets].sort((a, b) => a.position - b.position).map((t) => t.indicator))];
}

/** Rows from the plan's own targets (names and categories as the notice writes them) and their histories. */
export function rowsFromTargets(targets: readonly TargetRecord[], histories: readonly IndicatorHistory[]): ComparisonRow[] {
  const byKey = new Map(histories.map((h) => [h.indicator, h]));
  const rows = new Map<string, ComparisonRow>();
  for (const t of [...targets].sort((a, b) => a.position - b.position)) {
    const row = rows.get(t.indicator);
    if (row) {
      row.category ??= t.category;
      continue;
    }
    const history = byKey.get(t.indicator) ?? { indicator: t.indicator, region: t.region, entries: [] };
    rows.set(t.indicator, rowFor(t.indicator, t.name, t.category, history));
  }
  return [...rows.values()];
}

/**
 * Rows when the plan's targets cannot be listed: the histories (of every registry key) that hold
 * an entry of this plan under their own key (a linked entry filling another key's year is not
 * this plan's indicator). Categories are unknown this way.
 */
export function rowsFromHistories(planId: string, histories: readonly IndicatorHistory[]): ComparisonRow[] {
  const found: { row: ComparisonRow; position: number }[] = [];
  for (const h of histories) {
    const own = h.entries.filter((e) => e.planId === planId && (e.indicator ?? h.indicator) === h.indicator);
    if (own.length === 0) continue;
    const first = own.reduce((a, b) => (b.position < a.position ? b : a));
    found.push({ row: rowFor(h.indicator, first.name, null, h), position: first.position });
  }
  return found.sort((a, b) => a.position - b.position).map((f) => f.row);
}
