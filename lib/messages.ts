import * as v from 'valibot';
import type { PROTOCOL } from './db/wire';
import type { ExtractedTarget, HighlightRecord, IndicatorHistory, PlanMeta, PlanRecord, TargetRecord } from './types';
import type { ImportResult } from './db/backup';
import type { CaptureResult } from './db/capture';
import type { DbStats } from './db/maintenance';
import type { PlanSummary } from './db/plans';
import type { SearchResults } from './db/search';
import { type StoredTabState, TabStateSchema } from './db/tab-state';
import { ExtractedNoticeSchema, HighlightInputSchema, HighlightPatchSchema, PageReadingSchema, SelectorSchema } from './db/validate';

/**
 * The typed protocol between contexts (design.md §1, §8). Every request has a valibot schema
 * here; the background validates each incoming message against it before doing anything.
 * Request types are inferred from the schemas, response types are declared beside them.
 */

export { PROTOCOL, type WireResponse, isWireRequest, isWireResponse } from './db/wire';

const id = v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(500));
const url = v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(8000));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const none = v.object({});

export const requestSchemas = {
  /** Detection and extraction over what the content script read (keeps the extractor out of every page). */
  extractNotice: v.object({ reading: PageReadingSchema, url: v.nullable(url) }),
  capturePlan: v.object({ notice: ExtractedNoticeSchema, url: v.nullable(url), paragraphs: v.optional(v.array(v.string())) }),
  historyForKeys: v.object({ region: id, keys: v.pipe(v.array(id), v.maxLength(1000)) }),
  search: v.object({
    query: v.pipe(v.string(), v.maxLength(200)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
    region: v.optional(v.nullable(v.string())),
  }),
  getPlan: v.object({ id }),
  /** A plan's own targets in notice order (the side panel's rows). */
  planTargets: v.object({ planId: id }),
  /** Open the reader page of a bundled plan (a web page may not open extension pages itself). */
  openReader: v.object({ planId: id, position: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  listPlans: none,
  deletePlan: v.object({ id }),
  saveHighlight: v.object({ highlight: HighlightInputSchema }),
  updateHighlight: v.object({ id, patch: HighlightPatchSchema }),
  deleteHighlight: v.object({ id }),
  /** The user confirmed a fuzzily placed highlight: its selectors re-recorded from the page as it is now (issue 14). */
  confirmHighlight: v.object({
    id,
    selectors: v.pipe(v.array(SelectorSchema), v.minLength(1, 'a highlight needs at least one selector'), v.maxLength(8)),
    exact: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  }),
  listHighlights: v.object({ url }),
  listAllHighlights: none,
  exportBackup: none,
  exportJson: none,
  exportCsv: v.object({ region: id }),
  importBackup: v.object({ text: v.string(), mode: v.optional(v.picklist(['merge', 'replace'])) }),
  stats: none,
  clearAll: v.object({ confirm: v.literal(true, 'clearing everything needs { confirm: true }') }),
  getTabState: v.object({ tabId }),
  /** A content script reports its own tab (tabId comes from the sender); an extension page names the tab. */
  setTabState: v.object({ state: TabStateSchema, tabId: v.optional(tabId) }),
} as const;

export type MessageType = keyof typeof requestSchemas;
/** What a caller sends (defaults not yet applied). */
export type Requests = { [K in MessageType]: v.InferInput<(typeof requestSchemas)[K]> };
/** What a handler receives after validation. */
export type ValidRequests = { [K in MessageType]: v.InferOutput<(typeof requestSchemas)[K]> };

/** A file produced for download by an extension page (messages carry JSON, not Blobs). */
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export interface Responses {
  extractNotice: { plan: PlanMeta; targets: ExtractedTarget[] } | null;
  capturePlan: CaptureResult;
  historyForKeys: IndicatorHistory[];
  search: SearchResults;
  getPlan: PlanRecord;
  planTargets: TargetRecord[];
  openReader: { opened: true };
  listPlans: PlanSummary[];
  deletePlan: { planId: string; deletedTargets: number };
  saveHighlight: HighlightRecord;
  updateHighlight: HighlightRecord;
  deleteHighlight: { id: string };
  confirmHighlight: HighlightRecord;
  listHighlights: HighlightRecord[];
  listAllHighlights: HighlightRecord[];
  exportBackup: ExportFile;
  exportJson: ExportFile;
  exportCsv: ExportFile;
  importBackup: ImportResult;
  stats: DbStats;
  clearAll: { plans: number; highlights: number };
  getTabState: StoredTabState | null;
  setTabState: StoredTabState;
}

/**
 * What content scripts (page contexts) may ask; everything else — export, import, clear,
 * delete, search, tab state reads — is for extension pages only. The router also checks that a
 * content script acts on its own tab's URL.
 */
export const CONTENT_SCRIPT_OPERATIONS: ReadonlySet<MessageType> = new Set<MessageType>([
  'extractNotice',
  'capturePlan',
  'historyForKeys',
  'saveHighlight',
  'updateHighlight',
  'deleteHighlight',
  'confirmHighlight',
  'listHighlights',
  'setTabState',
  'openReader',
]);

export interface WireRequest<K extends MessageType = MessageType> {
  protocol: typeof PROTOCOL;
  type: K;
  payload: Requests[K];
}

/** Sent by the background to a tab's content script (context menu / keyboard command). */
export const SAVE_SELECTION_MESSAGE = { type: 'planlens:save-selection' } as const;
