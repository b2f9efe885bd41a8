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

/** What a history entry needs of its plan. */
export type PlanTitle = Pick<PlanRow, 'title' | 'url'>;

/**
 * Where historyForPairs may find rows without reading them (the search index in the background's
 * memory, search-index.ts): plan titles, and target rows of (region, indicator) pairs read
 * before. `generation` changes whenever a committed write changes what is held, so rows read
 * while a write was committing are not kept.
 */
export interface HistorySource {
  plan(id: string): PlanTitle | undefined;
  cachedTargets(region: string, indicator: string): readonly TargetRecord[] | undefined;
  cacheTargets(region: string, indicator: string, rows: readonly TargetRecord[], generation: number): void;
  readonly generation: number;
}

/** historyForKeys for several regions at once, in one transaction (search shows many groups). */
export async function historyForPairs(db: PlanLensDB, pairs: readonly { region: string; indicator: string }[], source?: HistorySource): Promise<IndicatorHistory[]> {
  const linked = new Map<string, string[]>();
  for (const { indicator } of pairs) if (!linked.has(indicator)) linked.set(indicator, relatedIndicatorKeys(indicator));
  const wanted = new Map<string, [string, string]>();
  for (const { region, indicator } of pairs) {
    for (const k of [indicator, ...linked.get(indicator)!]) wanted.set(`${region}\n${k}`, [region, k]);
  }
  const byPair = new Map<string, readonly TargetRecord[]>();
  const missing: [string, string][] = [];
  for (const [id, pair] of wanted) {
    const held = source?.cachedTargets(pair[0], pair[1]);
    if (held) byPair.set(id, held);
    else missing.push(pair);
  }
  const generation = source?.generation ?? 0;
  const plans = new Map<string, PlanTitle>();
  if (missing.length > 0 || !source) {
    await db.transaction('r', db.targets, db.plans, async () => {
      // One equality range per pair (getAll on the index): anyOf's cursor jumping is slower.
      const lists = await Promise.all(missing.map((pair) => db.targets.where('[region+indicator]').equals(pair).toArray()));
      missing.forEach((pair, i) => {
        byPair.set(`${pair[0]}\n${pair[1]}`, lists[i]);
        source?.cacheTargets(pair[0], pair[1], lists[i], generation);
      });
      if (source) return;
      // Titles and urls of every entry's plan (a figure's region may differ from its plan's).
      const ids = [...new Set([...byPair.values()].flatMap((list) => list.map((t) => t.planId)))];
      (await db.plans.bulkGet(ids)).forEach((p) => p && plans.set(p.id, p));
    });
  }
  const planOf = (id: string) => (source ? source.plan(id) : plans.get(id));
  return pairs.map(({ region, indicator }) => {
    const own = byPair.get(`${region}\n${indicator}`) ?? [];
    const years = new Set(own.map((t) => t.year));
    const fill = linked.get(indicator)!.flatMap((k) => (byPair.get(`${region}\n${k}`) ?? []).filter((t) => !years.has(t.year)));
    return {
      indicator,
      region,
      entries: withoutRepeats([...own, ...fill].map((t) => toHistoryEntry(t, planOf(t.planId))).sort(compareEntries)),
    };
  });
}
