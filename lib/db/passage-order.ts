/**
 * The order search shows passage candidates in: the preferred region's first, then newest plan
 * year, then earliest paragraph; ties by id (a total order, so the same ids always come out the
 * same way). Ids are `${region}/${year}/${kind}#p${index}` (indexing.ts passageId).
 *
 * A common word matches tens of thousands of passages in a million-target database and a query
 * shows at most a few dozen: sorting every candidate was 4.7 % of the background's time in the
 * search profile at 1M (docs/profile-search.md). So the best `first` are picked in one pass, and the
 * rest are sorted only if the caller reads past them (candidates whose text no longer holds the
 * query are skipped by search).
 */

/** Higher is better: region match, then year, then a lower paragraph index. */
export function passageRank(id: string, region: string | null): number {
  const slash = id.indexOf('/');
  const hash = id.lastIndexOf('#p');
  const year = slash >= 0 ? Number(id.slice(slash + 1, id.indexOf('/', slash + 1))) : NaN;
  const index = hash >= 0 ? Number.parseInt(id.slice(hash + 2), 10) : NaN;
  const inRegion = region !== null && slash >= 0 && id.slice(0, slash) === region;
  // year < 10^4 and index < 10^7 (a paragraph number): the three fields never overlap.
  return (inRegion ? 1e12 : 0) + (Number.isInteger(year) && year > 0 && year < 1e4 ? year : 0) * 1e7 - Math.min(Number.isFinite(index) ? index : 0, 1e7 - 1);
}

interface Ranked {
  id: string;
  rank: number;
}

const before = (a: Ranked, b: Ranked) => a.rank > b.rank || (a.rank === b.rank && a.id < b.id);
const compare = (a: Ranked, b: Ranked) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);

/** Passage ids in display order, the first `first` chosen without sorting the rest. */
export function* passagesInOrder(ids: readonly string[], region: string | null, first = 128): Generator<string> {
  const ranked = ids.map((id): Ranked => ({ id, rank: passageRank(id, region) }));
  if (ranked.length <= first) {
    for (const r of ranked.sort(compare)) yield r.id;
    return;
  }
  // The best `first`, kept sorted; most candidates lose to the worst of them in one comparison.
  const best: Ranked[] = [];
  for (const r of ranked) {
    if (best.length === first && !before(r, best[first - 1])) continue;
    let at = best.length;
    while (at > 0 && before(r, best[at - 1])) at--;
    best.splice(at, 0, r);
    if (best.length > first) best.pop();
  }
  for (const r of best) yield r.id;
  const worst = best[best.length - 1];
  yield* ranked
    .filter((r) => before(worst, r))
    .sort(compare)
    .map((r) => r.id);
}
