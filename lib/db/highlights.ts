import type { HighlightRecord, Selector } from '../types';
import { PlanLensError } from './errors';
import { highlightTokens } from './indexing';
import type { PlanLensDB, StoredHighlight } from './schema';
import { recordSearchChange } from './search-index';
import { pageUrl } from './url';
import { type HighlightInput, HighlightInputSchema, type HighlightPatch, HighlightPatchSchema, HighlightRecordSchema, parseOrThrow } from './validate';

export type { HighlightInput, HighlightPatch };

function strip(h: StoredHighlight): HighlightRecord {
  const { tokens: _tokens, ...rest } = h;
  return rest;
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `h-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function saveHighlight(db: PlanLensDB, input: HighlightInput, now = Date.now()): Promise<HighlightRecord> {
  const h = parseOrThrow(HighlightInputSchema, input, 'highlight');
  const record = parseOrThrow(
    HighlightRecordSchema,
    { ...h, id: h.id ?? newId(), url: pageUrl(h.url), tags: cleanTags(h.tags), createdAt: now, updatedAt: now },
    'highlight',
  );
  return db.transaction('rw', db.highlights, db.meta, async () => {
    const existing = await db.highlights.get(record.id);
    // Saving the same id again (a retry) keeps the original creation time.
    if (existing) record.createdAt = existing.createdAt;
    const tokens = highlightTokens(record);
    await db.highlights.put({ ...record, tokens });
    recordSearchChange(db, { highlightsPut: [{ id: record.id, tokens }] });
    return record;
  });
}

export async function getHighlight(db: PlanLensDB, id: string): Promise<HighlightRecord> {
  const h = await db.highlights.get(id);
  if (!h) throw new PlanLensError('not-found', `No highlight has the id "${id}" (it may have been deleted).`);
  return strip(h);
}

export async function updateHighlight(db: PlanLensDB, id: string, patch: HighlightPatch, now = Date.now()): Promise<HighlightRecord> {
  const p = parseOrThrow(HighlightPatchSchema, patch, 'patch');
  return db.transaction('rw', db.highlights, db.meta, async () => {
    const h = await db.highlights.get(id);
    if (!h) throw new PlanLensError('not-found', `No highlight has the id "${id}" (it may have been deleted).`);
    const next = strip(h);
    if (p.note !== undefined) next.note = p.note;
    if (p.tags !== undefined) next.tags = cleanTags(p.tags);
    if (p.color !== undefined) next.color = p.color;
    next.updatedAt = now;
    const tokens = highlightTokens(next);
    await db.highlights.put({ ...next, tokens });
    recordSearchChange(db, { highlightsPut: [{ id, tokens }] });
    return next;
  });
}

/**
 * Re-records a highlight's selectors and text from the page as it is now (the user confirmed a
 * fuzzy placement, issue 14). Note, tags and colour stay; the search tokens follow the new text.
 */
export async function confirmHighlight(db: PlanLensDB, id: string, selectors: Selector[], exact: string, now = Date.now()): Promise<HighlightRecord> {
  return db.transaction('rw', db.highlights, db.meta, async () => {
    const h = await db.highlights.get(id);
    if (!h) throw new PlanLensError('not-found', `No highlight has the id "${id}" (it may have been deleted).`);
    const next = parseOrThrow(HighlightRecordSchema, { ...strip(h), selectors, exact, updatedAt: now }, 'highlight');
    const tokens = highlightTokens(next);
    await db.highlights.put({ ...next, tokens });
    // The quote may have changed: the search index follows it.
    recordSearchChange(db, { highlightsPut: [{ id, tokens }] });
    return next;
  });
}

export async function deleteHighlight(db: PlanLensDB, id: string): Promise<{ id: string }> {
  return db.transaction('rw', db.highlights, db.meta, async () => {
    if (!(await db.highlights.get(id))) throw new PlanLensError('not-found', `No highlight has the id "${id}" (it may have been deleted).`);
    await db.highlights.delete(id);
    recordSearchChange(db, { highlightsDeleted: [id] });
    return { id };
  });
}

/** A page's highlights in the order they were made. */
export async function listHighlights(db: PlanLensDB, url: string): Promise<HighlightRecord[]> {
  const rows = await db.highlights.where('url').equals(pageUrl(url)).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt).map(strip);
}

/** Every highlight, most recently edited first. */
export async function listAllHighlights(db: PlanLensDB): Promise<HighlightRecord[]> {
  return (await db.highlights.orderBy('updatedAt').reverse().toArray()).map(strip);
}
