/**
 * `planlens compare a b`: targets of two notices paired by indicator key (design.md §6), each
 * pair judged by compareTargets (design.md §5).
 */
import type { Ambition, ChangeKind, ExtractedNotice, ExtractedTarget } from '../types';
import { compareTargets } from '../compare';
import { planJson } from './output';

export interface ComparedPair {
  indicator: string;
  fromName: string | null;
  toName: string | null;
  from: string | null;
  to: string | null;
  change: ChangeKind;
  ambition: Ambition;
  delta: { value: number; unit: string } | null;
}

/** A notice's targets by indicator, in order of appearance; table rows win over body sentences. */
function byIndicator(notice: ExtractedNotice): Map<string, ExtractedTarget[]> {
  const map = new Map<string, ExtractedTarget[]>();
  for (const t of notice.targets) {
    if (t.role !== 'target' || t.year !== notice.plan.year) continue;
    const list = map.get(t.indicator) ?? [];
    list.push(t);
    map.set(t.indicator, list);
  }
  for (const [key, list] of map) {
    const table = list.filter((t) => t.origin === 'table');
    map.set(key, table.length > 0 ? table : list);
  }
  return map;
}

function pair(indicator: string, from: ExtractedTarget | null, to: ExtractedTarget | null): ComparedPair {
  const c = compareTargets(from, to);
  return {
    indicator,
    fromName: from?.name ?? null,
    toName: to?.name ?? null,
    from: from?.text ?? null,
    to: to?.text ?? null,
    change: c.change,
    ambition: c.ambition,
    delta: c.delta,
  };
}

export function compareNotices(a: ExtractedNotice, b: ExtractedNotice) {
  const from = byIndicator(a);
  const to = byIndicator(b);
  const pairs: ComparedPair[] = [];
  // The later notice's order, then what it dropped in the earlier one's order.
  const keys = [...to.keys(), ...[...from.keys()].filter((k) => !to.has(k))];
  for (const key of keys) {
    const f = from.get(key) ?? [];
    const t = to.get(key) ?? [];
    // Several rows for one key (urban and rural income → all residents): each pairs with the other side's last.
    for (let i = 0; i < Math.max(f.length, t.length); i++) {
      pairs.push(pair(key, f[Math.min(i, f.length - 1)] ?? null, t[Math.min(i, t.length - 1)] ?? null));
    }
  }
  return { from: planJson(a.plan), to: planJson(b.plan), pairs };
}
