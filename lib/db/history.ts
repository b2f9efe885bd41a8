import type { HistoryEntry, IndicatorHistory, PlanKind, PlanRecord, TargetRecord } from '../types';
import { relatedIndicatorKeys } from './registry';
import type { PlanLensDB, PlanRow } from './schema';

/** Order of documents within one year: the plan first, then what reports on it. */
const KIND_ORDER: Record<PlanKind, number> = {
  'five-year-plan': 0,
  'annual-plan': 1,
  'work-report': 2,
  'work-report-tasks': 3,
  'plan-execution': 4,
  'statistical-bulletin': 5,
};

export function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  return (
    a.year - b.year ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.role === b.role ? 0 : a.role === 'target' ? -1 : 1) ||
    a.position - b.position
  );
}

export function toHistoryEntry(t: TargetRecord, plan: Pick<PlanRecord, 'title' | 'url'> | undefined): HistoryEntry {
  return {
    indicator: t.indicator,
    year: t.year,
    kind: t.kind,
    planId: t.planId,
    planTitle: plan?.title ?? '',
    url: plan?.url ?? null,
    name: t.name,
    text: t.text,
    value: t.value,
    role: t.role,
    quote: t.quote,
    position: t.position,
  };
}

/**
 * A notice often states one target twice — in the body and in the attachment table — with the
 * same words: a reader wants it once per document. Different wording in one document is kept.
 */
export function withoutRepeats(entries: HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const id = `${e.planId}\n${e.role}\n${e.indicator ?? ''}\n${e.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Every known year of each indicator in one region (all document kinds, targets and outcomes),
 * sorted by year then kind; one history per requested key, in the order asked, even when empty.
 *
 * Linked indicators (registry successor / part-of links, both ways) fill the years the key
 * itself lacks: the 2024 key 居民人均可支配收入 gets 2022's 城镇居民 and 农村居民 entries (and
 * vice versa), while 固定资产投资 does not get 制造业投资 mixed into years it has its own target.
 * HistoryEntry.indicator tells such entries apart (the comparison is then `rebased`).
 */
export async function historyForKeys(db: PlanLensDB, region: string, keys: readonly string[]): Promise<IndicatorHistory[]> {
  return historyForPairs(
    db,
    [...new Set(keys)].map((indicator) => ({ region, indicator })),
  );
}

/** historyForKeys for several regions at once, in one transaction (search shows many groups). */
export async function historyForPairs(db: PlanLensDB, pairs: readonly { region: string; indicator: string }[]): Promise<IndicatorHistory[]> {
  const linked = new Map<string, string[]>();
  for (const { indicator } of pairs) if (!linked.has(indicator)) linked.set(indicator, relatedIndicatorKeys(indicator));
  const wanted = new Map<string, [string, string]>();
  for (const { region, indicator } of pairs) {
    for (const k of [indicator, ...linked.get(indicator)!]) wanted.set(`${region}\n${k}`, [region, k]);
  }
  return db.transaction('r', db.targets, db.plans, async () => {
    // One equality range per pair (getAll on the index): anyOf's cursor jumping is slower.
    const targets = (await Promise.all([...wanted.values()].map((pair) => db.targets.where('[region+indicator]').equals(pair).toArray()))).flat();
    // Plan rows by region (one index range each) rather than one get per plan: titles and urls for every entry.
    const regions = [...new Set(pairs.map((p) => p.region))];
    const plans = new Map<string, PlanRow>();
    for (const rows of await Promise.all(regions.map((r) => db.plans.where('region').equals(r).toArray()))) for (const p of rows) plans.set(p.id, p);
    const byPair = new Map<string, TargetRecord[]>();
    for (const t of targets) {
      const id = `${t.region}\n${t.indicator}`;
      const list = byPair.get(id);
      if (list) list.push(t);
      else byPair.set(id, [t]);
    }
    return pairs.map(({ region, indicator }) => {
      const own = byPair.get(`${region}\n${indicator}`) ?? [];
      const years = new Set(own.map((t) => t.year));
      const fill = linked.get(indicator)!.flatMap((k) => (byPair.get(`${region}\n${k}`) ?? []).filter((t) => !years.has(t.year)));
      return {
        indicator,
        region,
        entries: withoutRepeats([...own, ...fill].map((t) => toHistoryEntry(t, plans.get(t.planId))).sort(compareEntries)),
      };
    });
  });
}
