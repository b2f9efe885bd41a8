import * as v from 'valibot';
import { PlanKindSchema } from './validate';

/** Why the content script stepped aside on a page too large to read safely (entrypoints/notice.content/budget.ts). */
export const PageLimitSchema = v.object({
  reason: v.picklist(['characters', 'text-nodes', 'depth']),
  budget: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PageLimit = v.InferOutput<typeof PageLimitSchema>;

/**
 * Per-tab notice state, reported by the content script and read by the popup. Kept in
 * storage.session (in memory, per browser session, survives the service worker stopping),
 * never in worker variables, which vanish whenever the worker is suspended.
 */
export const TabStateSchema = v.object({
  url: v.string(),
  detected: v.boolean(),
  planId: v.nullable(v.string()),
  region: v.nullable(v.string()),
  year: v.nullable(v.pipe(v.number(), v.integer())),
  kind: v.nullable(PlanKindSchema),
  title: v.nullable(v.string()),
  targets: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Indicator mentions annotated on the page. */
  marks: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  captured: v.boolean(),
  captureStatus: v.optional(v.nullable(v.picklist(['created', 'updated', 'unchanged']))),
  error: v.optional(v.nullable(v.string())),
  /** Ids of this page's highlights that could not be placed (listed as orphans, never lost). */
  orphans: v.optional(v.pipe(v.array(v.string()), v.maxLength(10_000))),
  /** Ids of this page's highlights placed fuzzily (the text changed): "placed, please check" (issue 14). Others placed are exact. */
  fuzzy: v.optional(v.pipe(v.array(v.string()), v.maxLength(10_000))),
  /** Set when PlanLens stepped aside on this page (too large, too deep): the popup says so. */
  limit: v.optional(v.nullable(PageLimitSchema)),
});
export type TabState = v.InferOutput<typeof TabStateSchema>;
export type StoredTabState = TabState & { tabId: number; updatedAt: number };

/** The subset of a storage area used here (browser.storage.session in the extension, a fake in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyFor = (tabId: number) => `planlens:tab:${tabId}`;

export async function setTabState(area: SessionArea, tabId: number, state: TabState, now = Date.now()): Promise<StoredTabState> {
  const stored: StoredTabState = { ...state, tabId, updatedAt: now };
  await area.set({ [keyFor(tabId)]: stored });
  return stored;
}

export async function getTabState(area: SessionArea, tabId: number): Promise<StoredTabState | null> {
  const value = (await area.get(keyFor(tabId)))[keyFor(tabId)];
  return value && typeof value === 'object' ? (value as StoredTabState) : null;
}

export async function clearTabState(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(keyFor(tabId));
}
