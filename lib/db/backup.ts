import './node-shims';
import { exportDB } from 'dexie-export-import';
import * as v from 'valibot';
import type { HighlightRecord, PlanRecord, TargetRecord } from '../types';
import { PlanLensError } from './errors';
import { MAX_IMPORT_BYTES } from './limits';
import { highlightTokens } from './indexing';
import type { PlanLensDB, StoredHighlight } from './schema';
import { HighlightRecordSchema, PlanRecordSchema, TargetRecordSchema, describeIssue } from './validate';
import { recordSearchChange } from './search-index';
import { planTables, replacePlans } from './write';

/**
 * Backups (design.md §8: imports are validated before anything is written, and atomic).
 *
 * Two file kinds are read and written:
 * - JSON export, documented format:
 *     { "format": "planlens-backup", "version": 1, "exportedAt": ISO date,
 *       "plans": PlanRecord[], "targets": TargetRecord[], "highlights": HighlightRecord[] }
 *   (shapes of lib/types.ts; every target's planId names a plan of the same file).
 * - Full backup: dexie-export-import's `exportDB` format ({ formatName: "dexie", … }) of
 *   every table except the derived search tables (passagePages, vocab, searchIndex), which import rebuilds;
 *   plan rows and their text (`texts`) are joined back into PlanRecords on import.
 *
 * Import never uses dexie-export-import's importInto: it clears tables outside its own
 * transaction, so a failure halfway would leave a half-restored database. Instead the whole
 * file is parsed and validated first, then written in one transaction.
 */

export const BACKUP_FORMAT = 'planlens-backup';
export const BACKUP_VERSION = 1;
export { MAX_IMPORT_BYTES };
const DERIVED_TABLES = ['passagePages', 'vocab', 'searchIndex'];

const BackupBodySchema = v.object({
  plans: v.array(PlanRecordSchema),
  targets: v.array(TargetRecordSchema),
  highlights: v.array(HighlightRecordSchema),
});

const PlanLensFileSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION, `this PlanLens reads backup versions up to ${BACKUP_VERSION}`)),
  exportedAt: v.optional(v.string()),
  ...BackupBodySchema.entries,
});

const DexieFileSchema = v.object({
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.object({
    databaseName: v.string(),
    databaseVersion: v.number(),
    data: v.array(v.object({ tableName: v.string(), inbound: v.literal(true, 'tables must store their keys inline'), rows: v.array(v.unknown()) })),
  }),
});

export interface BackupContent {
  plans: PlanRecord[];
  targets: TargetRecord[];
  highlights: HighlightRecord[];
}

export interface ImportResult {
  format: 'planlens-backup' | 'dexie';
  mode: 'merge' | 'replace';
  plans: number;
  targets: number;
  highlights: number;
}

function stripTokens(h: StoredHighlight): HighlightRecord {
  const { tokens: _tokens, ...rest } = h;
  return rest;
}

async function readContent(db: PlanLensDB): Promise<BackupContent> {
  return db.transaction('r', [db.plans, db.texts, db.targets, db.highlights], async () => {
    const texts = new Map((await db.texts.toArray()).map((t) => [t.id, t.paragraphs]));
    return {
      plans: (await db.plans.toArray()).map((p) => ({ ...p, paragraphs: texts.get(p.id) ?? [] })),
      targets: await db.targets.toArray(),
      highlights: (await db.highlights.toArray()).map(stripTokens),
    };
  });
}

/** JSON export of plans, targets and highlights (the documented `planlens-backup` format). */
export async function exportJson(db: PlanLensDB, now = new Date()): Promise<string> {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...(await readContent(db)) });
}

/** Full backup through dexie-export-import (works in node over fake-indexeddb and in a service worker: Blob only, no DOM). */
export async function exportBackup(db: PlanLensDB): Promise<string> {
  const blob = await exportDB(db, { skipTables: DERIVED_TABLES });
  return blob.text();
}

/** One line, at most 300 characters: no control characters from a binary file reach the user's screen. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

function fail(message: string): never {
  throw new PlanLensError('invalid', `The backup was not imported, nothing was changed: ${oneLine(message)}`);
}

/** First issue → "targets[3] (id …): value.metric: Invalid option…", naming the record by its id. */
function reasonFor(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], raw: unknown): string {
  const issue = issues[0];
  const path = issue.path ?? [];
  const [table, index] = [path[0]?.key, path[1]?.key];
  const base = describeIssue('', issue).replace(/^\./, '');
  if (typeof table === 'string' && typeof index === 'number' && raw && typeof raw === 'object') {
    const row = (raw as Record<string, unknown[]>)[table]?.[index] as { id?: unknown } | undefined;
    if (row && typeof row.id === 'string') return `${base} (record id "${row.id}")`;
  }
  return base || issue.message;
}

/** A full backup stores plan rows and their text apart (schema.ts): put them back together before validating. */
function joinTexts(plans: unknown[], texts: unknown[]): unknown[] {
  const byId = new Map<unknown, unknown>();
  for (const t of texts) if (t && typeof t === 'object') byId.set((t as { id?: unknown }).id, (t as { paragraphs?: unknown }).paragraphs);
  return plans.map((p) => (p && typeof p === 'object' ? { ...p, paragraphs: byId.get((p as { id?: unknown }).id) ?? [] } : p));
}

function parseBody(raw: unknown): BackupContent {
  const result = v.safeParse(BackupBodySchema, raw);
  if (!result.success) fail(reasonFor(result.issues, raw));
  return result.output;
}

/** Whole-file checks beyond each record's shape: unique ids, every target's plan present and consistent. */
function checkConsistency(content: BackupContent): void {
  const unique = (rows: { id: string }[], table: string) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) fail(`${table}[${i}].id: "${r.id}" appears twice`);
      seen.add(r.id);
    });
  };
  unique(content.plans, 'plans');
  unique(content.targets, 'targets');
  unique(content.highlights, 'highlights');
  const plans = new Map(content.plans.map((p) => [p.id, p]));
  content.targets.forEach((t, i) => {
    const plan = plans.get(t.planId);
    if (!plan) fail(`targets[${i}].planId: no plan "${t.planId}" in this file (record id "${t.id}")`);
    // A figure's own year and region may differ from its plan's (a review of last year, a
    // district's figure); the plan year it was stated in and the kind may not.
    if ((t.planYear ?? t.year) !== plan.year || plan.kind !== t.kind) {
      fail(`targets[${i}]: plan year/kind differ from its plan "${plan.id}" (record id "${t.id}")`);
    }
  });
}

/** Any supported file text → validated content, or PlanLensError('invalid') with the reason. Writes nothing. */
export function parseBackup(text: string): { format: ImportResult['format']; content: BackupContent } {
  let raw: unknown;
  if (text.length > MAX_IMPORT_BYTES) fail(`the file is larger than ${MAX_IMPORT_BYTES / 1048576} MB`);
  if (text.trim() === '') fail('the file is empty');
  // NUL (or U+FFFD from undecodable bytes) never occurs in a backup PlanLens wrote: a binary file.
  if (/\ufffd/.test(text.slice(0, 8192)) || text.slice(0, 8192).includes('\u0000')) fail('a binary file, not a PlanLens backup');
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    fail(`the file is not JSON (${(err as Error).message})`);
  }
  const kind = raw && typeof raw === 'object' ? raw : {};
  if ('formatName' in kind) {
    const dexie = v.safeParse(DexieFileSchema, raw);
    if (!dexie.success) fail(describeIssue('file', dexie.issues[0]));
    const tables: Record<string, unknown[]> = { plans: [], texts: [], targets: [], highlights: [] };
    for (const t of dexie.output.data.data) if (t.tableName in tables) tables[t.tableName] = t.rows;
    const content = parseBody({ plans: joinTexts(tables.plans, tables.texts), targets: tables.targets, highlights: tables.highlights });
    checkConsistency(content);
    return { format: 'dexie', content };
  }
  if (!('format' in kind) || (kind as { format: unknown }).format !== BACKUP_FORMAT) {
    fail(`not a PlanLens backup (expected "format": "${BACKUP_FORMAT}" or a full backup)`);
  }
  const file = v.safeParse(PlanLensFileSchema, raw);
  if (!file.success) fail(reasonFor(file.issues, raw));
  const content = { plans: file.output.plans, targets: file.output.targets, highlights: file.output.highlights };
  checkConsistency(content);
  return { format: 'planlens-backup', content };
}

/**
 * Imports a backup. 'merge' (default) puts the file's plans (replacing a stored plan of the
 * same id with its targets) and highlights beside what is stored; 'replace' first removes
 * every plan and highlight. One transaction: a bad file or a failed write changes nothing.
 */
export async function importBackup(db: PlanLensDB, text: string, options: { mode?: 'merge' | 'replace' } = {}): Promise<ImportResult> {
  const mode = options.mode ?? 'merge';
  const { format, content } = parseBackup(text);
  const byPlan = new Map<string, TargetRecord[]>(content.plans.map((p) => [p.id, []]));
  for (const t of content.targets) byPlan.get(t.planId)!.push(t);
  await db.transaction('rw', [...planTables(db), db.highlights], async () => {
    if (mode === 'replace') {
      await Promise.all([db.plans, db.texts, db.targets, db.passagePages, db.vocab, db.highlights].map((t) => t.clear()));
      recordSearchChange(db, { cleared: true });
    }
    // Every plan in one round of bulk writes; the search index takes them in one batch at commit.
    await replacePlans(
      db,
      content.plans.map((plan) => ({ plan, targets: byPlan.get(plan.id)! })),
    );
    const highlights = content.highlights.map((h) => ({ ...h, tokens: highlightTokens(h) }));
    await db.highlights.bulkPut(highlights);
    recordSearchChange(db, { highlightsPut: highlights.map((h) => ({ id: h.id, tokens: h.tokens })) });
  });
  return { format, mode, plans: content.plans.length, targets: content.targets.length, highlights: content.highlights.length };
}
