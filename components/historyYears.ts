/**
 * An indicator's history arranged for display: one group per year, one document per plan,
 * and each year's comparison with the nearest earlier year that set a target. Pure.
 */
import type { ComparableTarget } from '@/lib/compare';
import type { Comparison, HistoryEntry, IndicatorHistory, PlanKind } from '@/lib/types';
import { numericValue } from '@/lib/format';

/** Same shape as `compareTargets` (lib/compare.ts); injectable so callers and tests can pass their own. */
export type CompareFn = (from: ComparableTarget | null, to: ComparableTarget | null) => Comparison;

export interface YearDoc {
  planId: string;
  kind: PlanKind;
  planTitle: string;
  /** Targets first, then outcomes, each in notice order. */
  entries: HistoryEntry[];
}

export interface YearGroup {
  year: number;
  docs: YearDoc[];
  /** The target this year is compared by: from the most authoritative document. Null when the year only has outcomes. */
  primary: HistoryEntry | null;
  /** Comparison with `comparedYear`'s primary target, or null for the first target year. */
  comparison: Comparison | null;
  comparedYear: number | null;
}

/** Which document speaks for a year when several set the same target: the plan itself first. */
const KIND_RANK: Record<PlanKind, number> = {
  'annual-plan': 0,
  'work-report': 1,
  'work-report-tasks': 2,
  'five-year-plan': 3,
  'plan-execution': 4,
  'statistical-bulletin': 5,
};

function byDocument(a: HistoryEntry, b: HistoryEntry): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0);
}

function byRoleThenPosition(a: HistoryEntry, b: HistoryEntry): number {
  return (a.role === 'actual' ? 1 : 0) - (b.role === 'actual' ? 1 : 0) || a.position - b.position;
}

/**
 * What compareTargets needs from an entry. A linked entry keeps its own key and name, so the
 * comparer sees the coverage change (城镇居民 → 居民) instead of a like-for-like pair.
 */
export function comparable(indicator: string, e: HistoryEntry): ComparableTarget {
  return { indicator: e.indicator ?? indicator, text: e.text, value: e.value, name: e.name };
}

/** Groups a history by year (ascending or newest first) with each year's comparison. */
export function buildYears(history: IndicatorHistory, compare: CompareFn, order: 'asc' | 'desc' = 'asc'): YearGroup[] {
  const years = new Map<number, HistoryEntry[]>();
  for (const e of history.entries) {
    const list = years.get(e.year);
    if (list) list.push(e);
    else years.set(e.year, [e]);
  }
  const groups: YearGroup[] = [...years.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const entries = [...years.get(year)!].sort(byDocument);
      const docs: YearDoc[] = [];
      for (const e of entries) {
        const last = docs[docs.length - 1];
        if (last && last.planId === e.planId) last.entries.push(e);
        else docs.push({ planId: e.planId, kind: e.kind, planTitle: e.planTitle, entries: [e] });
      }
      for (const d of docs) d.entries.sort(byRoleThenPosition);
      const primary = docs.flatMap((d) => d.entries).find((e) => e.role === 'target') ?? null;
      return { year, docs, primary, comparison: null, comparedYear: null };
    });

  let previous: YearGroup | null = null;
  for (const g of groups) {
    if (!g.primary) continue;
    if (previous?.primary) {
      g.comparison = compare(comparable(history.indicator, previous.primary), comparable(history.indicator, g.primary));
      g.comparedYear = previous.year;
    }
    previous = g;
  }
  return order === 'desc' ? groups.reverse() : groups;
}

export interface SparkPoint {
  year: number;
  value: number;
}

/**
 * Points worth drawing: each year's primary number, keeping only those with the same metric and
 * unit as the latest numeric year (a growth rate and a level on one line would mislead).
 */
export function sparkPoints(groups: readonly YearGroup[]): SparkPoint[] {
  const numeric = groups
    .filter((g) => g.primary && numericValue(g.primary.value) !== null)
    .sort((a, b) => a.year - b.year);
  const latest = numeric[numeric.length - 1]?.primary;
  if (!latest) return [];
  return numeric
    .filter((g) => g.primary!.value.metric === latest.value.metric && g.primary!.value.unit === latest.value.unit)
    .map((g) => ({ year: g.year, value: numericValue(g.primary!.value)! }));
}
