import type { PlanRecord, TargetRecord } from '../types';
import { passagesFor, storedPassage, termsFor } from './indexing';
import type { PlanLensDB } from './schema';
import { planCard, recordSearchChange } from './search-index';

/** Tables a plan write touches (meta: the data stamp the search index follows); callers open one 'rw' transaction over these. */
export function planTables(db: PlanLensDB) {
  return [db.plans, db.texts, db.targets, db.passages, db.terms, db.meta];
}

type Pair = [region: string, indicator: string];
const pairsOf = (targets: readonly Pick<TargetRecord, 'region' | 'indicator'>[]) => new Map(targets.map((t): [string, Pair] => [`${t.region}\n${t.indicator}`, [t.region, t.indicator]]));

export interface PlanContent {
  plan: PlanRecord;
  targets: readonly TargetRecord[];
}

/**
 * Replaces plans and everything derived from them (text, targets, passages, terms), and tells the
 * in-memory search index (applied when the transaction commits, in one batch). Must run inside a
 * 'rw' transaction over planTables(db) so a failure leaves the old plans intact.
 *
 * Three rounds of requests whatever the number of plans: what the plans had (keys and pairs), then
 * every delete and bulkPut at once (a transaction runs its requests in order: awaiting each one
 * only added round trips), then the vocabulary pruning. Rows whose id comes back are overwritten,
 * not deleted first.
 */
export async function replacePlans(db: PlanLensDB, items: readonly PlanContent[]): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((i) => i.plan.id);
  if (new Set(ids).size !== ids.length) {
    // The same plan twice: the last one wins, as writing them one after the other would.
    for (const item of items) await replacePlans(db, [item]);
    return;
  }
  const targets = items.flatMap((i) => i.targets);
  const terms = termsFor(targets);
  const [oldTargets, oldPassages, knownTerms] = await Promise.all([
    Promise.all(ids.map((id) => db.targets.where('planId').equals(id).toArray())),
    Promise.all(ids.map((id) => db.passages.where('planId').equals(id).primaryKeys())),
    // Vocabulary rows that exist already (the same name in the same region, another year) are not written again.
    terms.length > 0 ? db.terms.where(':id').anyOf(terms.map((t) => t.id)).primaryKeys() : [],
  ]);
  const known = new Set<string>(knownTerms);
  const newTerms = terms.filter((t) => !known.has(t.id));
  const passages = items.map((i) => passagesFor(i.plan.id, i.plan.paragraphs));
  const targetIds = new Set(targets.map((t) => t.id));
  const passageIds = new Set(passages.flat().map((p) => p.id));
  const staleTargets = oldTargets.flat().map((t) => t.id).filter((id) => !targetIds.has(id));
  const stalePassages = oldPassages.flat().filter((id) => !passageIds.has(id));
  await Promise.all([
    staleTargets.length > 0 ? db.targets.bulkDelete(staleTargets) : null,
    stalePassages.length > 0 ? db.passages.bulkDelete(stalePassages) : null,
    db.plans.bulkPut(items.map(({ plan: { paragraphs: _p, ...row } }) => row)),
    db.texts.bulkPut(items.map(({ plan }) => ({ id: plan.id, paragraphs: plan.paragraphs }))),
    targets.length > 0 ? db.targets.bulkPut([...targets]) : null,
    db.passages.bulkPut(passages.flat().map(storedPassage)),
    newTerms.length > 0 ? db.terms.bulkPut(newTerms) : null,
  ]);
  const old = pairsOf(oldTargets.flat());
  const touched = new Map([...old, ...pairsOf(targets)]);
  for (const key of pairsOf(targets).keys()) old.delete(key);
  const pruned = await pruneTerms(db, [...old.values()]);
  recordSearchChange(db, {
    plans: items.map((i, n) => ({ planId: i.plan.id, card: planCard(i.plan), passages: passages[n] })),
    pairsDeleted: pruned,
    pairsTouched: [...touched.values()],
    termsPut: terms, // all of them: the index skips the rows it knows (and a row it lacks is added)
  });
}

/** Replaces one plan (see replacePlans). */
export function replacePlanContent(db: PlanLensDB, plan: PlanRecord, targets: readonly TargetRecord[]): Promise<void> {
  return replacePlans(db, [{ plan, targets }]);
}

/** Removes a plan and its derived rows (same transaction rule as replacePlans). */
export async function removePlanContent(db: PlanLensDB, planId: string): Promise<void> {
  const [old, passages] = await Promise.all([db.targets.where('planId').equals(planId).toArray(), db.passages.where('planId').equals(planId).primaryKeys()]);
  await Promise.all([db.targets.bulkDelete(old.map((t) => t.id)), db.passages.bulkDelete(passages), db.plans.delete(planId), db.texts.delete(planId)]);
  const pairs = [...pairsOf(old).values()];
  const pruned = await pruneTerms(db, pairs);
  recordSearchChange(db, { plans: [{ planId, card: null, passages: [] }], pairsDeleted: pruned, pairsTouched: pairs });
}

/** Vocabulary of an indicator in a region no target has any more would only produce empty search groups. Returns the pairs pruned. */
async function pruneTerms(db: PlanLensDB, pairs: readonly Pair[]): Promise<Pair[]> {
  const counts = await Promise.all(pairs.map((pair) => db.targets.where('[region+indicator]').equals(pair).count()));
  const gone = pairs.filter((_, i) => counts[i] === 0);
  await Promise.all(gone.map((pair) => db.terms.where('[region+indicator]').equals(pair).delete()));
  return gone;
}

/** A stored plan with its text, as PlanRecord (lib/types.ts). */
export async function readPlan(db: PlanLensDB, id: string): Promise<PlanRecord | undefined> {
  const [row, text] = await Promise.all([db.plans.get(id), db.texts.get(id)]);
  return row ? { ...row, paragraphs: text?.paragraphs ?? [] } : undefined;
}
