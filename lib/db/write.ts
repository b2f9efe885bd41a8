import type { PlanRecord, TargetRecord } from '../types';
import { passagePagePrefix, passagePagesFor, passagesFor, termsOfVocab, vocabFor } from './indexing';
import type { PlanLensDB } from './schema';
import { planCard, recordSearchChange } from './search-index';

/** Tables a plan write touches (meta: the data stamp the search index follows); callers open one 'rw' transaction over these. */
export function planTables(db: PlanLensDB) {
  return [db.plans, db.texts, db.targets, db.passagePages, db.vocab, db.meta];
}

/** Keys of a plan's passage pages (by id prefix: the table has no other index). */
function pageKeysOf(db: PlanLensDB, planId: string): Promise<string[]> {
  return db.passagePages.where(':id').startsWith(passagePagePrefix(planId)).primaryKeys();
}

type Pair = [region: string, indicator: string];
const pairsOf = (targets: readonly Pick<TargetRecord, 'region' | 'indicator'>[]) => new Map(targets.map((t): [string, Pair] => [`${t.region}\n${t.indicator}`, [t.region, t.indicator]]));

export interface PlanContent {
  plan: PlanRecord;
  targets: readonly TargetRecord[];
}

/**
 * Replaces plans and everything derived from them (text, targets, passage pages, vocabulary), and
 * tells the in-memory search index (applied after the transaction commits, in one batch). Must run
 * inside a 'rw' transaction over planTables(db) so a failure leaves the old plans intact.
 *
 * Three rounds of requests whatever the number of plans: what the plans had (target rows, page
 * keys), then every delete and bulkPut at once (a transaction runs its requests in order: awaiting
 * each one only added round trips), then counting the (region, indicator) pairs the plans no
 * longer have. Rows whose id comes back are overwritten, not deleted first. Besides the targets a
 * plan is a handful of rows (plan, text, ~1 passage page per 32 paragraphs, vocabulary): IndexedDB
 * charges per row.
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
  const [oldTargets, oldPages] = await Promise.all([
    Promise.all(ids.map((id) => db.targets.where('planId').equals(id).toArray())),
    Promise.all(ids.map((id) => pageKeysOf(db, id))),
  ]);
  const pages = items.flatMap((i) => passagePagesFor(i.plan.id, i.plan.paragraphs));
  const vocabs = items.map((i) => vocabFor(i.plan.id, i.targets));
  const targetIds = new Set(targets.map((t) => t.id));
  const pageIds = new Set(pages.map((p) => p.id));
  const staleTargets = oldTargets.flat().map((t) => t.id).filter((id) => !targetIds.has(id));
  const stalePages = oldPages.flat().filter((id) => !pageIds.has(id));
  await Promise.all([
    staleTargets.length > 0 ? db.targets.bulkDelete(staleTargets) : null,
    stalePages.length > 0 ? db.passagePages.bulkDelete(stalePages) : null,
    db.plans.bulkPut(items.map(({ plan: { paragraphs: _p, ...row } }) => row)),
    db.texts.bulkPut(items.map(({ plan }) => ({ id: plan.id, paragraphs: plan.paragraphs }))),
    targets.length > 0 ? db.targets.bulkPut([...targets]) : null,
    pages.length > 0 ? db.passagePages.bulkPut(pages) : null,
    db.vocab.bulkPut(vocabs),
  ]);
  const old = pairsOf(oldTargets.flat());
  const now = pairsOf(targets);
  const touched = new Map([...old, ...now]);
  for (const key of now.keys()) old.delete(key);
  const gone = await pairsWithoutTargets(db, [...old.values()]);
  recordSearchChange(db, {
    // Passages and names go as text: the index tokenizes them after the commit, off the writer's path.
    plans: items.map((i) => ({ planId: i.plan.id, card: planCard(i.plan), passages: passagesFor(i.plan.id, i.plan.paragraphs) })),
    pairsDeleted: gone,
    pairsTouched: [...touched.values()],
    termsPut: vocabs.flatMap(termsOfVocab), // all of them: the index skips the rows it knows (and a row it lacks is added)
  });
}

/** Replaces one plan (see replacePlans). */
export function replacePlanContent(db: PlanLensDB, plan: PlanRecord, targets: readonly TargetRecord[]): Promise<void> {
  return replacePlans(db, [{ plan, targets }]);
}

/** Removes a plan and its derived rows (same transaction rule as replacePlans). */
export async function removePlanContent(db: PlanLensDB, planId: string): Promise<void> {
  const [old, pages] = await Promise.all([db.targets.where('planId').equals(planId).toArray(), pageKeysOf(db, planId)]);
  await Promise.all([
    db.targets.bulkDelete(old.map((t) => t.id)),
    db.passagePages.bulkDelete(pages),
    db.vocab.delete(planId),
    db.plans.delete(planId),
    db.texts.delete(planId),
  ]);
  const pairs = [...pairsOf(old).values()];
  const gone = await pairsWithoutTargets(db, pairs);
  recordSearchChange(db, { plans: [{ planId, card: null, passages: [] }], pairsDeleted: gone, pairsTouched: pairs });
}

/**
 * Of these (region, indicator) pairs, the ones no stored target has any more: the index drops
 * their vocabulary (it would only produce empty search groups). No vocabulary row lists them any
 * more: each plan's row is written from its current targets.
 */
async function pairsWithoutTargets(db: PlanLensDB, pairs: readonly Pair[]): Promise<Pair[]> {
  const counts = await Promise.all(pairs.map((pair) => db.targets.where('[region+indicator]').equals(pair).count()));
  return pairs.filter((_, i) => counts[i] === 0);
}

/** A stored plan with its text, as PlanRecord (lib/types.ts). */
export async function readPlan(db: PlanLensDB, id: string): Promise<PlanRecord | undefined> {
  const [row, text] = await Promise.all([db.plans.get(id), db.texts.get(id)]);
  return row ? { ...row, paragraphs: text?.paragraphs ?? [] } : undefined;
}
