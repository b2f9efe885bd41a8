import Dexie from 'dexie';
import { PostingIndex, type PostingSnapshot } from '../search/engine';
import { type QueryTerm, tokenize } from '../search/tokenize';
import type { PlanKind, TargetRecord } from '../types';
import type { HistorySource } from './history';
import { passagesOfPage, termsOfVocab } from './indexing';
import { forEachPage } from './paging';
import type { PlanLensDB, PlanRow, TermRecord } from './schema';

/**
 * The search index in the background's memory (issue 13): the vocabulary of target names (each plan's `vocab` row),
 * plan passages and highlights as posting lists (lib/search/engine.ts, FlexSearch), plus which
 * regions hold each indicator. Passage and highlight text is never kept here: search loads the
 * few candidates it shows from IndexedDB (passage pages, highlight rows), which stays the source of truth.
 *
 * Lifecycle, per database:
 * - every write that changes a search row records a change inside its transaction
 *   (`recordSearchChange`) and stamps `meta.dataStamp`; when the transaction commits, the changes
 *   are applied here in one batch in the next task (the writer answers first) or by the next
 *   reader, whichever comes first, and the index takes the new stamp;
 * - a query first compares the index's stamp with the database's (one read): a database written
 *   by someone else (an older build, the benchmark filling it from a page) is indexed again;
 * - after writes settle, a compact snapshot (postings + document table) is saved in the
 *   `searchIndex` table with the stamp it reflects; a restarted worker loads it instead of
 *   reading every row, or rebuilds when it is missing, of another format or stale.
 */

export const DATA_STAMP_KEY = 'dataStamp';
export const SNAPSHOT_ID = 'snapshot';
/** Bump when the snapshot's shape or the tokenizer changes: older snapshots are then rebuilt. */
export const SNAPSHOT_FORMAT = 3;

/** What a search result shows of a plan (held for every plan: a few hundred bytes each, 10,000 plans at a million targets). */
export type PlanCard = Pick<PlanRow, 'id' | 'title' | 'url' | 'region' | 'year' | 'kind'>;

export const planCard = (p: PlanCard): PlanCard => ({ id: p.id, title: p.title, url: p.url, region: p.region, year: p.year, kind: p.kind });

/**
 * Target rows of (region, indicator) pairs that search has read, kept for the next queries (the
 * popup asks again as the user types: 固, 固定, 固定资产…). Bounded by rows; least recently used
 * pairs go first. Any committed write drops the pairs it touched.
 */
export const PAIR_CACHE_ROWS = 20_000;

/**
 * The document tables of a snapshot (saved as one JSON string: a structured clone of one string is
 * a copy, of 100,000 small arrays it is not). Format 3: the vocabulary is one document per distinct
 * name (format 2 had one per indicator × region × name: 44,620 at 100,000 targets).
 */
interface SnapshotTables {
  /** Distinct indicators and regions of the vocabulary; `pairs` points into them. */
  indicators: string[];
  regions: string[];
  /** [doc, name] of every live name. */
  names: [number, string][];
  /** [region index, indicator index, ...name docs]: the vocabulary rows of each (region, indicator) pair. */
  pairs: number[][];
  /** [doc, passage id, plan id] */
  passages: [number, string, string][];
  /** [doc, highlight id] */
  highlights: [number, string][];
  /** [id, title, url, region, year, kind] */
  plans: [string, string, string | null, string, number, PlanKind][];
}

export interface SearchIndexSnapshot {
  id: typeof SNAPSHOT_ID;
  format: number;
  stamp: string | null;
  nextDoc: number;
  /** SnapshotTables as JSON. */
  tables: string;
  postings: { terms: PostingSnapshot; passages: PostingSnapshot; highlights: PostingSnapshot };
  counts: { terms: number; passages: number; highlights: number };
  savedAt: number;
}

/** A vocabulary row as search uses it: a name as written and an indicator it stands for. */
export interface TermDoc {
  indicator: string;
  name: string;
}

/** What a committed write changed in the search rows; applied in order. */
export interface SearchChange {
  /** Everything gone (a wipe, an import in 'replace' mode). */
  cleared?: boolean;
  /** Plans whose passages are all replaced (or removed: `card` null, empty `passages`); the index tokenizes the text. */
  plans?: { planId: string; card: PlanCard | null; passages: readonly { id: string; text: string }[] }[];
  /** (region, indicator) pairs whose targets changed (held target rows of these are dropped). */
  pairsTouched?: readonly [region: string, indicator: string][];
  /** Vocabulary rows (tokenized here when their name is new to the index). */
  termsPut?: readonly TermRecord[];
  /** (region, indicator) pairs whose vocabulary rows were all deleted. */
  pairsDeleted?: readonly [region: string, indicator: string][];
  highlightsPut?: readonly { id: string; tokens: string[] }[];
  highlightsDeleted?: readonly string[];
}

const pairKey = (region: string, indicator: string) => `${region}\n${indicator}`;

export class SearchIndex implements HistorySource {
  stamp: string | null = null;
  /** Changes whenever a committed write is applied (HistorySource). */
  generation = 0;
  private plans = new Map<string, PlanCard>();
  /** Held target rows by pair key, in least-recently-used order (Map iteration order). */
  private pairRows = new Map<string, readonly TargetRecord[]>();
  private pairRowCount = 0;
  private nextDoc = 1;
  private terms = new PostingIndex();
  private passages = new PostingIndex();
  private highlights = new PostingIndex();
  /** The vocabulary: one document per distinct name (a name shared by many regions is indexed once). */
  private nameOf = new Map<number, string>();
  private nameDoc = new Map<string, number>();
  /** name doc → indicator → how many (region, indicator) pairs have this name. */
  private nameUses = new Map<number, Map<string, number>>();
  /** pair key → name docs of its vocabulary rows. */
  private termsByPair = new Map<string, Set<number>>();
  /** indicator → region → live vocabulary rows. */
  private regions = new Map<string, Map<string, number>>();
  private passageDocs = new Map<number, string>();
  private passagesByPlan = new Map<string, number[]>();
  private highlightDocs = new Map<number, string>();
  private highlightByKey = new Map<string, number>();
  /** Documents still in the postings but no longer live: rebuilt away when they outnumber live ones. */
  dead = 0;

  get size() {
    return {
      terms: this.nameOf.size,
      passages: this.passageDocs.size,
      highlights: this.highlightDocs.size,
      plans: this.plans.size,
      postings: this.terms.postings + this.passages.postings + this.highlights.postings,
      dead: this.dead,
      heldTargets: this.pairRowCount,
    };
  }

  plan(id: string): PlanCard | undefined {
    return this.plans.get(id);
  }

  putPlan(card: PlanCard): void {
    this.plans.set(card.id, card);
  }

  cachedTargets(region: string, indicator: string): readonly TargetRecord[] | undefined {
    const key = pairKey(region, indicator);
    const rows = this.pairRows.get(key);
    if (rows) {
      this.pairRows.delete(key); // most recently used goes last
      this.pairRows.set(key, rows);
    }
    return rows;
  }

  cacheTargets(region: string, indicator: string, rows: readonly TargetRecord[], generation: number): void {
    // Read while a write was being applied: those rows may be older than the index.
    if (generation !== this.generation || rows.length > PAIR_CACHE_ROWS / 4) return;
    const key = pairKey(region, indicator);
    this.forgetPair(key);
    this.pairRows.set(key, rows);
    this.pairRowCount += rows.length;
    for (const [old, list] of this.pairRows) {
      if (this.pairRowCount <= PAIR_CACHE_ROWS) break;
      this.pairRows.delete(old);
      this.pairRowCount -= list.length;
    }
  }

  private forgetPair(key: string): void {
    const rows = this.pairRows.get(key);
    if (!rows) return;
    this.pairRows.delete(key);
    this.pairRowCount -= rows.length;
  }

  addTerm(t: TermDoc & { region: string; tokens?: readonly string[] }): void {
    let doc = this.nameDoc.get(t.name);
    if (doc === undefined) {
      // A new name: indexed once, whatever the regions and indicators that use it.
      doc = this.nextDoc++;
      this.nameOf.set(doc, t.name);
      this.nameDoc.set(t.name, doc);
      this.terms.add(doc, t.tokens ?? tokenize(t.name));
    }
    this.useName(doc, t.region, t.indicator);
  }

  /** One vocabulary row (region, indicator, name doc); a row already known changes nothing. */
  private useName(doc: number, region: string, indicator: string): void {
    const pk = pairKey(region, indicator);
    let pair = this.termsByPair.get(pk);
    if (!pair) this.termsByPair.set(pk, (pair = new Set()));
    if (pair.has(doc)) return;
    pair.add(doc);
    let uses = this.nameUses.get(doc);
    if (!uses) this.nameUses.set(doc, (uses = new Map()));
    uses.set(indicator, (uses.get(indicator) ?? 0) + 1);
    let regions = this.regions.get(indicator);
    if (!regions) this.regions.set(indicator, (regions = new Map()));
    regions.set(region, (regions.get(region) ?? 0) + 1);
  }

  private deletePair(region: string, indicator: string): void {
    const pk = pairKey(region, indicator);
    const docs = this.termsByPair.get(pk);
    if (!docs) return;
    for (const doc of docs) {
      const uses = this.nameUses.get(doc)!;
      const n = (uses.get(indicator) ?? 0) - 1;
      if (n > 0) uses.set(indicator, n);
      else uses.delete(indicator);
      if (uses.size > 0) continue;
      // No row uses the name any more: its document is dead (a later row indexes it again).
      this.nameUses.delete(doc);
      this.nameDoc.delete(this.nameOf.get(doc)!);
      this.nameOf.delete(doc);
      this.dead++;
    }
    this.termsByPair.delete(pk);
    this.regions.get(indicator)?.delete(region);
  }

  addPassage(planId: string, p: { id: string; tokens: readonly string[] }): void {
    const doc = this.nextDoc++;
    this.passageDocs.set(doc, p.id);
    const list = this.passagesByPlan.get(planId);
    if (list) list.push(doc);
    else this.passagesByPlan.set(planId, [doc]);
    this.passages.add(doc, p.tokens);
  }

  private dropPlanPassages(planId: string): void {
    for (const doc of this.passagesByPlan.get(planId) ?? []) {
      if (this.passageDocs.delete(doc)) this.dead++;
    }
    this.passagesByPlan.delete(planId);
  }

  putHighlight(id: string, tokens: readonly string[]): void {
    this.deleteHighlight(id);
    const doc = this.nextDoc++;
    this.highlightDocs.set(doc, id);
    this.highlightByKey.set(id, doc);
    this.highlights.add(doc, tokens);
  }

  private deleteHighlight(id: string): void {
    const doc = this.highlightByKey.get(id);
    if (doc === undefined) return;
    this.highlightByKey.delete(id);
    this.highlightDocs.delete(doc);
    this.dead++;
  }

  apply(change: SearchChange): void {
    this.generation++;
    if (change.cleared) this.clear();
    for (const { planId, card, passages } of change.plans ?? []) {
      this.dropPlanPassages(planId);
      for (const p of passages) this.addPassage(planId, { id: p.id, tokens: tokenize(p.text) });
      if (card) this.plans.set(planId, card);
      else this.plans.delete(planId);
    }
    for (const [region, indicator] of change.pairsTouched ?? []) this.forgetPair(pairKey(region, indicator));
    for (const [region, indicator] of change.pairsDeleted ?? []) this.deletePair(region, indicator);
    for (const t of change.termsPut ?? []) this.addTerm(t);
    for (const id of change.highlightsDeleted ?? []) this.deleteHighlight(id);
    for (const h of change.highlightsPut ?? []) this.putHighlight(h.id, h.tokens);
  }

  private clear(): void {
    const fresh = new SearchIndex();
    Object.assign(this, fresh, { stamp: this.stamp, generation: this.generation });
  }

  /** (indicator, name) of the vocabulary rows whose name holds every query term. */
  findTerms(terms: readonly QueryTerm[]): TermDoc[] {
    const out: TermDoc[] = [];
    for (const doc of this.terms.query(terms)) {
      const name = this.nameOf.get(doc);
      if (name === undefined) continue;
      for (const indicator of this.nameUses.get(doc)?.keys() ?? []) out.push({ indicator, name });
    }
    return out;
  }

  /** Passage ids holding every query term. */
  findPassages(terms: readonly QueryTerm[]): string[] {
    const out: string[] = [];
    for (const doc of this.passages.query(terms)) {
      const id = this.passageDocs.get(doc);
      if (id !== undefined) out.push(id);
    }
    return out;
  }

  findHighlights(terms: readonly QueryTerm[]): string[] {
    const out: string[] = [];
    for (const doc of this.highlights.query(terms)) {
      const id = this.highlightDocs.get(doc);
      if (id !== undefined) out.push(id);
    }
    return out;
  }

  /** Regions whose vocabulary has this indicator. */
  regionsOf(indicator: string): string[] {
    return [...(this.regions.get(indicator)?.keys() ?? [])];
  }

  /**
   * The snapshot row. Exports yield between parts, so messages arriving meanwhile are answered in
   * between; `keepGoing` is asked after each part (null: given up, the index changed or work came in).
   */
  async toSnapshot(keepGoing: () => boolean = () => true): Promise<SearchIndexSnapshot | null> {
    const stamp = this.stamp;
    const current = () => this.stamp === stamp && keepGoing();
    const terms = await this.terms.export();
    if (!current()) return null;
    const passages = await this.passages.export();
    if (!current()) return null;
    const highlights = await this.highlights.export();
    if (!current()) return null;
    const planOf = new Map<number, string>();
    for (const [planId, docs] of this.passagesByPlan) for (const d of docs) planOf.set(d, planId);
    const indicators = new Map<string, number>();
    const regions = new Map<string, number>();
    const at = (m: Map<string, number>, k: string) => {
      let i = m.get(k);
      if (i === undefined) m.set(k, (i = m.size));
      return i;
    };
    const pairs: number[][] = [];
    for (const [pk, docs] of this.termsByPair) {
      const [region, indicator] = pk.split('\n');
      pairs.push([at(regions, region), at(indicators, indicator), ...docs]);
    }
    const tables: SnapshotTables = {
      indicators: [...indicators.keys()],
      regions: [...regions.keys()],
      names: [...this.nameOf],
      pairs,
      passages: [...this.passageDocs].map(([doc, id]) => [doc, id, planOf.get(doc) ?? '']),
      highlights: [...this.highlightDocs],
      plans: [...this.plans.values()].map((p) => [p.id, p.title, p.url, p.region, p.year, p.kind]),
    };
    return {
      id: SNAPSHOT_ID,
      format: SNAPSHOT_FORMAT,
      stamp,
      nextDoc: this.nextDoc,
      tables: JSON.stringify(tables),
      postings: { terms, passages, highlights },
      counts: { terms: this.terms.postings, passages: this.passages.postings, highlights: this.highlights.postings },
      savedAt: Date.now(),
    };
  }

  static fromSnapshot(s: SearchIndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.stamp = s.stamp;
    index.nextDoc = s.nextDoc;
    index.terms = PostingIndex.fromSnapshot(s.postings.terms, s.counts.terms);
    index.passages = PostingIndex.fromSnapshot(s.postings.passages, s.counts.passages);
    index.highlights = PostingIndex.fromSnapshot(s.postings.highlights, s.counts.highlights);
    const tables = JSON.parse(s.tables) as SnapshotTables;
    for (const [doc, name] of tables.names) {
      index.nameOf.set(doc, name);
      index.nameDoc.set(name, doc);
    }
    // What useName does row by row, pair by pair (44,620 rows at 100,000 targets: this runs on every restart).
    for (const pair of tables.pairs) {
      const region = tables.regions[pair[0]];
      const indicator = tables.indicators[pair[1]];
      const docs = new Set<number>();
      for (let k = 2; k < pair.length; k++) {
        const doc = pair[k];
        if (docs.has(doc)) continue;
        docs.add(doc);
        let uses = index.nameUses.get(doc);
        if (!uses) index.nameUses.set(doc, (uses = new Map()));
        uses.set(indicator, (uses.get(indicator) ?? 0) + 1);
      }
      if (docs.size === 0) continue;
      index.termsByPair.set(pairKey(region, indicator), docs);
      let regions = index.regions.get(indicator);
      if (!regions) index.regions.set(indicator, (regions = new Map()));
      regions.set(region, (regions.get(region) ?? 0) + docs.size);
    }
    for (const [doc, id, planId] of tables.passages) {
      index.passageDocs.set(doc, id);
      const list = index.passagesByPlan.get(planId);
      if (list) list.push(doc);
      else index.passagesByPlan.set(planId, [doc]);
    }
    for (const [doc, id] of tables.highlights) {
      index.highlightDocs.set(doc, id);
      index.highlightByKey.set(id, doc);
    }
    for (const [id, title, url, region, year, kind] of tables.plans) index.plans.set(id, { id, title, url, region, year, kind });
    return index;
  }

  /** Every search row of the database, read in pages (a million targets never sit in memory at once). */
  static async build(db: PlanLensDB, page = 200): Promise<SearchIndex> {
    const index = new SearchIndex();
    return db.transaction('r', [db.plans, db.vocab, db.passagePages, db.highlights, db.meta], async () => {
      index.stamp = ((await db.meta.get(DATA_STAMP_KEY))?.value as string | undefined) ?? null;
      for (const p of await db.plans.toArray()) index.plans.set(p.id, planCard(p));
      await forEachPage(db.vocab, page, (rows) => {
        for (const row of rows) for (const t of termsOfVocab(row)) index.addTerm(t);
      });
      await forEachPage(db.passagePages, page, (rows) => {
        for (const p of rows) for (const passage of passagesOfPage(p)) index.addPassage(p.planId, { id: passage.id, tokens: tokenize(passage.text) });
      });
      for (const h of await db.highlights.toArray()) index.putHighlight(h.id, h.tokens ?? []);
      return index;
    });
  }
}

// ---- per-database state: the live index, pending changes of open transactions, snapshot saving ----

interface State {
  index: SearchIndex | null;
  loading: Promise<SearchIndex> | null;
  saveTimer: ReturnType<typeof setTimeout> | null;
  saving: Promise<void> | null;
  /** How the current index came to be (for the benchmark and stats). */
  source: 'built' | 'snapshot' | null;
  loadMs: number;
  /** Write transactions with recorded changes that have not ended yet. */
  inflight: number;
  /** When search last asked for the index (performance.now()): the snapshot waits for a quiet moment. */
  lastUse: number;
  /** Committed changes not yet in the index: applied right after the writer has its answer, or by the next reader. */
  unapplied: { changes: SearchChange[]; stamp: string }[];
  applyTimer: ReturnType<typeof setTimeout> | null;
}

const states = new WeakMap<PlanLensDB, State>();
const pending = new WeakMap<IDBTransaction, { changes: SearchChange[]; stamp: string }>();

function stateOf(db: PlanLensDB): State {
  let s = states.get(db);
  if (!s) states.set(db, (s = { index: null, loading: null, saveTimer: null, saving: null, source: null, loadMs: 0, inflight: 0, lastUse: 0, unapplied: [], applyTimer: null }));
  return s;
}

/**
 * Milliseconds of quiet after the last write, and after the last query, before the snapshot is
 * saved (0: never saved automatically). Saving exports every posting list (hundreds of ms at
 * 100,000 targets on a slow machine): it must not land between a capture and the popup's
 * queries. A worker stopped before then starts from the tables (or an older snapshot it
 * recognises as stale): slower, never wrong.
 */
export const DEFAULT_SNAPSHOT_DELAY = 2500;
let snapshotDelay = DEFAULT_SNAPSHOT_DELAY;
export function setSnapshotDelay(ms: number): void {
  snapshotDelay = ms;
}

function newStamp(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Inside a 'rw' transaction that includes `db.meta`: notes what the write changes in the search
 * rows and stamps the database. The in-memory index takes the change only once the transaction
 * commits (an aborted write changes nothing there either).
 */
export function recordSearchChange(db: PlanLensDB, change: SearchChange): void {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('recordSearchChange must run inside a transaction');
  const idb = tx.idbtrans;
  let entry = pending.get(idb);
  if (!entry) {
    entry = { changes: [], stamp: newStamp() };
    pending.set(idb, entry);
    const state = stateOf(db);
    state.inflight++;
    state.lastUse = performance.now();
    db.meta.put({ key: DATA_STAMP_KEY, value: entry.stamp }).catch(() => undefined); // a failure aborts the transaction
    const end = (ok: boolean) => () => {
      const done = pending.get(idb);
      if (!done) return;
      pending.delete(idb);
      state.inflight--;
      if (ok) committed(db, done.changes, done.stamp);
    };
    idb.addEventListener('complete', end(true));
    idb.addEventListener('abort', end(false));
  }
  entry.changes.push(change);
}

/**
 * A write committed: its changes wait for the next task (a 1,500-paragraph capture takes ~100 ms to
 * tokenize and index), so the writer's answer goes out first. Every reader of the index applies
 * what is waiting before it looks (settle), so no query sees the index without a committed write.
 */
function committed(db: PlanLensDB, changes: SearchChange[], stamp: string): void {
  const state = stateOf(db);
  // An index still loading was read before this write: it will see a stamp that differs and rebuild.
  if (!state.index) return;
  state.unapplied.push({ changes, stamp });
  state.applyTimer ??= setTimeout(() => settle(db), 0);
}

/** Applies the committed changes still waiting, in commit order. */
function settle(db: PlanLensDB): void {
  const state = stateOf(db);
  if (state.applyTimer) clearTimeout(state.applyTimer);
  state.applyTimer = null;
  const waiting = state.unapplied;
  if (waiting.length === 0) return;
  state.unapplied = [];
  if (!state.index) return;
  for (const { changes, stamp } of waiting) {
    for (const c of changes) state.index.apply(c);
    state.index.stamp = stamp;
  }
  scheduleSnapshot(db);
}

function scheduleSnapshot(db: PlanLensDB, delay = snapshotDelay): void {
  const state = stateOf(db);
  if (snapshotDelay <= 0) return;
  if (state.saveTimer) clearTimeout(state.saveTimer);
  state.saveTimer = setTimeout(() => {
    state.saveTimer = null;
    // Queries or writes are going on: wait until it has been quiet as long.
    const quiet = performance.now() - state.lastUse;
    if (state.inflight > 0) return scheduleSnapshot(db, snapshotDelay);
    if (quiet < snapshotDelay) return scheduleSnapshot(db, snapshotDelay - quiet);
    void saveSnapshot(db).catch(() => undefined);
  }, delay);
}

/** Writes the current index as the snapshot, unless the database moved on meanwhile (then a later save or a rebuild handles it). */
export async function saveSnapshot(db: PlanLensDB): Promise<boolean> {
  const state = stateOf(db);
  settle(db);
  const index = state.index;
  if (!index) return false;
  if (index.size.dead > Math.max(1000, index.size.terms + index.size.passages + index.size.highlights)) {
    // More dead documents than live ones: a fresh build is smaller and as fast to save.
    state.index = null;
    await searchIndexFor(db);
    return saveSnapshot(db);
  }
  // Given up when a write or a query comes in meanwhile (the next quiet moment saves it).
  const since = state.lastUse;
  const snapshot = await index.toSnapshot(() => state.lastUse === since && state.index === index);
  if (!snapshot) {
    scheduleSnapshot(db);
    return false;
  }
  return db.transaction('rw', db.searchIndex, db.meta, async () => {
    const stamp = ((await db.meta.get(DATA_STAMP_KEY))?.value as string | undefined) ?? null;
    if (stamp !== snapshot.stamp) return false;
    await db.searchIndex.put(snapshot);
    return true;
  });
}

async function load(db: PlanLensDB, state: State): Promise<SearchIndex> {
  const t = performance.now();
  const [stampRow, snapshot] = await db.transaction('r', db.meta, db.searchIndex, () => Promise.all([db.meta.get(DATA_STAMP_KEY), db.searchIndex.get(SNAPSHOT_ID)]));
  const stamp = (stampRow?.value as string | undefined) ?? null;
  let index: SearchIndex | null = null;
  if (snapshot && snapshot.format === SNAPSHOT_FORMAT && snapshot.stamp === stamp) {
    try {
      index = SearchIndex.fromSnapshot(snapshot);
      state.source = 'snapshot';
    } catch {
      index = null; // an unreadable snapshot is rebuilt like a missing one
    }
  }
  if (!index) {
    index = await SearchIndex.build(db);
    state.source = 'built';
    scheduleSnapshot(db);
  }
  state.loadMs = performance.now() - t;
  return index;
}

/**
 * The database's search index, ready to query: the live one when its stamp is the database's,
 * else the snapshot when it is current, else a fresh build from the tables.
 */
export async function searchIndexFor(db: PlanLensDB): Promise<SearchIndex> {
  const state = stateOf(db);
  state.lastUse = performance.now();
  if (state.index) {
    settle(db);
    const stamp = ((await db.meta.get(DATA_STAMP_KEY))?.value as string | undefined) ?? null;
    if (stamp === state.index.stamp) return state.index;
    // Our own write may have committed with its 'complete' listener not yet run: let it run first.
    if (state.inflight > 0) {
      await new Promise((r) => setTimeout(r, 0));
      settle(db);
      if (state.index && stamp === state.index.stamp) return state.index;
    }
    state.index = null;
  }
  if (!state.loading) {
    state.loading = load(db, state).then(
      (index) => {
        state.index = index;
        state.loading = null;
        return index;
      },
      (err: unknown) => {
        state.loading = null;
        throw err;
      },
    );
  }
  return state.loading;
}

/**
 * Tells the snapshot that work is going on (the background calls it for every message): a save
 * waits for 2.5 s without any, and one in progress gives up at its next part. A capture's rows are
 * written before its transaction records its change: without this the save could start between.
 */
export function noteActivity(db: PlanLensDB): void {
  stateOf(db).lastUse = performance.now();
}

/** The index in memory as it is, without comparing stamps (search checks it alongside: searchIndexFor). */
export function liveSearchIndex(db: PlanLensDB): SearchIndex | null {
  if (!states.has(db)) return null;
  settle(db);
  return states.get(db)?.index ?? null;
}

/** How the index was obtained, for the benchmark: 'snapshot' or 'built', and the milliseconds it took. */
export function searchIndexInfo(db: PlanLensDB): { source: State['source']; loadMs: number; size: SearchIndex['size'] | null } {
  settle(db);
  const s = stateOf(db);
  return { source: s.source, loadMs: s.loadMs, size: s.index?.size ?? null };
}

/** Forgets the in-memory index (tests: a worker restart). */
export function dropSearchIndex(db: PlanLensDB): void {
  const s = stateOf(db);
  if (s.saveTimer) clearTimeout(s.saveTimer);
  if (s.applyTimer) clearTimeout(s.applyTimer);
  states.delete(db);
}
