import Dexie, { type Table, type Transaction } from 'dexie';
import type { HighlightRecord, PlanRecord, TargetRecord } from '../types';
import { highlightTokens, passagePagesFor, passagesFor, termsFor, vocabFor } from './indexing';
import { extractFromBlocks } from '../notice/extract';
import { toTargetRecords } from './records';
import { forEachPage } from './paging';
import type { SearchIndexSnapshot } from './search-index';
import type { Block } from '../types';

/**
 * A stored plan without its text. The text lives in `texts`, so listing plans and joining plan
 * titles into search results and histories never deserializes whole notices.
 */
export type PlanRow = Omit<PlanRecord, 'paragraphs'>;

/** A plan's text (PlanRecord.paragraphs), for the reader page, exports and passage rebuilding. */
export interface TextRecord {
  /** The plan id. */
  id: string;
  paragraphs: string[];
}

/**
 * A paragraph of a stored plan, for passage search (derived from the plan's text). Schema v2–v5
 * stored one row per paragraph (the `passages` table); rows of v2–v3 also carry their tokens.
 */
export interface PassageRecord {
  id: string;
  planId: string;
  index: number;
  text: string;
  tokens?: string[];
}

/**
 * Schema v6: consecutive paragraphs of a plan in one row (PASSAGE_PAGE of them, indexing.ts):
 * a 1,500-paragraph report is ~50 rows instead of 1,500, and IndexedDB's cost per row, not per
 * byte, is what a capture waits for. Empty paragraphs are kept as '' so `from + i` is the index.
 */
export interface PassagePage {
  /** `${planId}#g${page}` (indexing.ts passagePageId): a plan's pages share its id as prefix. */
  id: string;
  planId: string;
  from: number;
  texts: string[];
}

/**
 * One distinct (indicator, region, name as written): the vocabulary indicator search
 * intersects, and where it learns which regions have an indicator without touching targets.
 * Stored in v2–v5 as rows of `terms`; since v6 as the plan's VocabRecord, without tokens.
 */
export interface TermRecord {
  id: string;
  indicator: string;
  region: string;
  name: string;
  tokens?: string[];
}

/** Schema v6: a plan's vocabulary (distinct [indicator, region, name] of its targets), one row per plan. */
export interface VocabRecord {
  /** The plan id. */
  id: string;
  terms: [indicator: string, region: string, name: string][];
}

export interface StoredHighlight extends HighlightRecord {
  tokens: string[];
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Version 1 (the first release) stored whole plans (text included), targets, highlights and
 * meta, without any search rows. Kept verbatim: Dexie needs every earlier version to upgrade
 * old databases, and the upgrade test opens a database written with exactly this schema.
 */
export const SCHEMA_V1 = {
  plans: 'id, region, year, kind',
  targets: 'id, planId, indicator, [region+indicator]',
  highlights: 'id, url, planId',
  meta: 'key',
} as const;

/** Version 2: plan text split out, search rows (passages, terms, highlight tokens) and the query indexes. */
export const SCHEMA_V2 = {
  plans: 'id, region, year, kind, source, [region+year]',
  texts: 'id',
  targets: 'id, planId, indicator, year, [region+indicator]',
  passages: 'id, planId, *tokens',
  terms: 'id, indicator, [region+indicator], *tokens',
  highlights: 'id, url, planId, updatedAt, *tokens',
  meta: 'key',
} as const;

/** Version 3: same tables; targets carry their own year, period and region (re-extracted on upgrade). */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4: search runs on the background's in-memory index (search-index.ts), so the
 * `*tokens` multiEntry indexes go (rows keep their `tokens`: rebuilding the index reads them
 * instead of tokenizing again); a passage row cost ~100 index entries to write. `searchIndex`
 * holds the index's snapshot (one row), so a restarted worker answers without reading every row.
 */
export const SCHEMA_V4 = {
  plans: 'id, region, year, kind, source, [region+year]',
  texts: 'id',
  targets: 'id, planId, indicator, year, [region+indicator]',
  passages: 'id, planId',
  terms: 'id, indicator, [region+indicator]',
  highlights: 'id, url, planId, updatedAt',
  meta: 'key',
  searchIndex: 'id',
} as const;

/**
 * Version 5: the indexes nothing queries go (targets by `indicator` and by `year`,
 * vocabulary by `indicator`): history and search use [region+indicator], and every index entry is
 * a write of its own — a 1,500-target capture wrote ~4,400 entries for them.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  targets: 'id, planId, [region+indicator]',
  terms: 'id, [region+indicator]',
} as const;

/**
 * Version 6 (current): the derived search rows become per plan — passages in pages of consecutive
 * paragraphs, the vocabulary as one row per plan — so a capture writes ~50 rows beside its targets
 * instead of ~3,000 (IndexedDB's cost is per row: a 1,500-target capture waited ~0.5 s for them).
 * A plan's pages are found by their id prefix: no secondary index.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  passages: null,
  terms: null,
  passagePages: 'id',
  vocab: 'id',
} as const;

export const SCHEMA_VERSION = 6;

/** A stored plan text back into blocks: table rows were stored as their cells joined by tabs. */
export function blocksOfParagraphs(paragraphs: readonly string[]): Block[] {
  const isRow = (i: number) => (paragraphs[i] ?? '').includes('\t');
  return paragraphs.map((text, i) =>
    // A one-cell row (a category row spanning the table: 一、经济发展) has no tab: it is a row when
    // rows stand on both sides of it.
    isRow(i) || (i > 0 && isRow(i - 1) && paragraphs.slice(i + 1).find((p) => p.length > 0)?.includes('\t'))
      ? { type: 'row', text, cells: text.split('\t') }
      : { type: 'paragraph', text },
  );
}

/**
 * v2 → v3: before v3 every target was filed under its plan's year and role was read without the
 * document's time (a work report's review of last year stored as this year's targets). Each plan is
 * read again from its stored text with the current extractor, so a user's database is corrected,
 * not left wrong. A plan whose text is missing, or now yields fewer figures than were stored, keeps
 * its rows (they gain `planYear`): an upgrade never loses a figure.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const plans = (await tx.table('plans').toArray()) as PlanRow[];
  let corrected = 0;
  for (const plan of plans) {
    const text = (await tx.table('texts').get(plan.id)) as TextRecord | undefined;
    const old = (await tx.table('targets').where('planId').equals(plan.id).toArray()) as TargetRecord[];
    if (!text || text.paragraphs.length === 0) {
      await tx.table('targets').bulkPut(old.map((t) => ({ ...t, planYear: t.planYear ?? plan.year })));
      continue;
    }
    const meta = { id: plan.id, region: plan.region, year: plan.year, kind: plan.kind, title: plan.title, issued: plan.issued, url: plan.url };
    const fresh = toTargetRecords(meta, extractFromBlocks(blocksOfParagraphs(text.paragraphs), meta).targets);
    // Nothing is lost: a text that now yields fewer figures than were stored keeps its rows.
    if (fresh.length < old.length) {
      await tx.table('targets').bulkPut(old.map((t) => ({ ...t, planYear: t.planYear ?? plan.year })));
      continue;
    }
    await tx.table('targets').bulkDelete(old.map((t) => t.id));
    await tx.table('targets').bulkPut(fresh);
    corrected++;
  }
  const targets = (await tx.table('targets').toArray()) as TargetRecord[];
  await tx.table('terms').clear();
  await tx.table('terms').bulkPut(termsFor(targets));
  await tx.table('meta').put({ key: 'schema', value: { version: 3, upgradedFrom: 2, reextracted: corrected, at: Date.now() } });
}

/** v3 → v4: only indexes change; any data stamp is dropped, so the first query builds the in-memory index afresh. */
async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx.table('meta').delete('dataStamp');
}

/**
 * v5 → v6: each plan's passage pages from its text and its vocabulary row from its targets, read in
 * key order a page at a time (a million targets never sit in memory at once). A target's id begins
 * with its plan's id, so a plan's rows come together and its row is written when the next plan's
 * begin; a plan met again (ids from elsewhere) is merged into the row already written. The search
 * index's documents keep their ids, so a saved snapshot stays valid.
 */
async function upgradeToV6(tx: Transaction): Promise<void> {
  await forEachPage<TextRecord>(tx.table('texts'), 10, (texts) => tx.table('passagePages').bulkPut(texts.flatMap((t) => passagePagesFor(t.id, t.paragraphs))));
  const written = new Set<string>();
  let plan: string | null = null;
  let rows: Pick<TargetRecord, 'indicator' | 'region' | 'name'>[] = [];
  const flush = async () => {
    if (plan === null) return;
    const prior = written.has(plan) ? ((await tx.table('vocab').get(plan)) as VocabRecord | undefined) : undefined;
    const more = (prior?.terms ?? []).map(([indicator, region, name]) => ({ indicator, region, name }));
    await tx.table('vocab').put(vocabFor(plan, [...more, ...rows]));
    written.add(plan);
    rows = [];
  };
  await forEachPage<TargetRecord>(tx.table('targets'), 2000, async (page) => {
    for (const t of page) {
      if (t.planId !== plan) {
        await flush();
        plan = t.planId;
      }
      rows.push({ indicator: t.indicator, region: t.region, name: t.name });
    }
  });
  await flush();
}

/** v1 → v2: move each plan's text to `texts` and build the search rows v1 never had. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const plans = (await tx.table('plans').toArray()) as Partial<PlanRecord>[];
  const rows: PlanRow[] = [];
  const texts: TextRecord[] = [];
  for (const { paragraphs, ...row } of plans) {
    rows.push({ ...row, source: row.source ?? 'captured' } as PlanRow);
    texts.push({ id: row.id!, paragraphs: Array.isArray(paragraphs) ? paragraphs : [] });
  }
  await tx.table('plans').bulkPut(rows);
  await tx.table('texts').bulkPut(texts);
  await tx.table('passages').bulkPut(texts.flatMap((t) => passagesFor(t.id, t.paragraphs)));
  const targets = (await tx.table('targets').toArray()) as TargetRecord[];
  await tx.table('terms').bulkPut(termsFor(targets));
  await tx
    .table('highlights')
    .toCollection()
    .modify((h: StoredHighlight) => {
      h.tokens = highlightTokens(h);
    });
  await tx.table('meta').put({ key: 'schema', value: { version: 2, upgradedFrom: 1, at: Date.now() } });
}

export class PlanLensDB extends Dexie {
  plans!: Table<PlanRow, string>;
  texts!: Table<TextRecord, string>;
  targets!: Table<TargetRecord, string>;
  passagePages!: Table<PassagePage, string>;
  vocab!: Table<VocabRecord, string>;
  highlights!: Table<StoredHighlight, string>;
  meta!: Table<MetaRecord, string>;
  searchIndex!: Table<SearchIndexSnapshot, string>;

  constructor(name = 'planlens') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5); // indexes dropped only: rows, data stamp and snapshot stay valid
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  }
}

/** The one way to get the database; tests pass fresh names. Only the background calls this in the extension. */
export function openDatabase(name = 'planlens'): PlanLensDB {
  return new PlanLensDB(name);
}

/** Every table, for transactions that touch everything (wipe). */
export function dataTables(db: PlanLensDB): Table[] {
  return [db.plans, db.texts, db.targets, db.passagePages, db.vocab, db.highlights, db.meta, db.searchIndex];
}
