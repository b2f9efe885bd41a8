import type { HighlightRecord, TargetRecord } from '../types';
import { tokenize } from '../search/tokenize';
import type { PassagePage, PassageRecord, TermRecord, VocabRecord } from './schema';

/**
 * Derived search rows. They are rebuilt from plans, targets and highlights whenever those
 * change, so backups never need to carry them (import recomputes them).
 */

export function passageId(planId: string, index: number): string {
  return `${planId}#p${index}`;
}

/** Paragraphs per passage page (schema v6): ~50 rows for a 1,500-paragraph report; search reads a few pages per query. */
export const PASSAGE_PAGE = 32;

export function passagePageId(planId: string, page: number): string {
  return `${planId}#g${page}`;
}

/** Every page id of a plan starts with this (plan ids are region/year/kind: no '#'). */
export function passagePagePrefix(planId: string): string {
  return `${planId}#g`;
}

/** A plan's paragraphs → passage rows (empty paragraphs are skipped). */
export function passagesFor(planId: string, paragraphs: readonly string[]): PassageRecord[] {
  const out: PassageRecord[] = [];
  paragraphs.forEach((text, index) => {
    if (text.trim().length === 0) return;
    out.push({ id: passageId(planId, index), planId, index, text });
  });
  return out;
}

/** A plan's paragraphs → its passage pages (a plan without any text has none). */
export function passagePagesFor(planId: string, paragraphs: readonly string[]): PassagePage[] {
  const out: PassagePage[] = [];
  for (let from = 0; from < paragraphs.length; from += PASSAGE_PAGE) {
    const texts = paragraphs.slice(from, from + PASSAGE_PAGE);
    if (texts.every((t) => t.trim().length === 0)) continue;
    out.push({ id: passagePageId(planId, from / PASSAGE_PAGE), planId, from, texts });
  }
  return out;
}

/** The passages of a stored page, as passagesFor gives them. */
export function passagesOfPage(page: PassagePage): PassageRecord[] {
  const out: PassageRecord[] = [];
  page.texts.forEach((text, i) => {
    if (text.trim().length > 0) out.push({ id: passageId(page.planId, page.from + i), planId: page.planId, index: page.from + i, text });
  });
  return out;
}

/** Where a passage id's text is stored: its page and its place there (null: not a passage id). */
export function passageLocation(id: string): { pageId: string; planId: string; index: number; slot: number } | null {
  const at = id.lastIndexOf('#p');
  const index = Number(id.slice(at + 2));
  if (at <= 0 || !Number.isInteger(index) || index < 0) return null;
  const planId = id.slice(0, at);
  return { pageId: passagePageId(planId, Math.floor(index / PASSAGE_PAGE)), planId, index, slot: index % PASSAGE_PAGE };
}

const SEP = '\n';

export function termId(indicator: string, region: string, name: string): string {
  return indicator + SEP + region + SEP + name;
}

/**
 * Distinct (indicator, region, name) triples of some targets → vocabulary rows. 100,000
 * targets share a few thousand of them: searching names here instead of a token index on
 * every target gives the same intersection over a far smaller index, and tells search which
 * regions have an indicator without loading any target.
 */
export function termsFor(targets: readonly Pick<TargetRecord, 'indicator' | 'region' | 'name'>[]): TermRecord[] {
  const seen = new Map<string, TermRecord>();
  for (const t of targets) {
    const id = termId(t.indicator, t.region, t.name);
    if (!seen.has(id)) seen.set(id, { id, indicator: t.indicator, region: t.region, name: t.name });
  }
  return [...seen.values()];
}

/** A plan's vocabulary row (schema v6): its targets' distinct triples, without tokens (the index tokenizes names). */
export function vocabFor(planId: string, targets: readonly Pick<TargetRecord, 'indicator' | 'region' | 'name'>[]): VocabRecord {
  return { id: planId, terms: termsFor(targets).map((t) => [t.indicator, t.region, t.name]) };
}

/** The vocabulary rows of a stored plan's row. */
export function termsOfVocab(row: VocabRecord): TermRecord[] {
  return row.terms.map(([indicator, region, name]) => ({ id: termId(indicator, region, name), indicator, region, name }));
}

/** What a highlight is found by: its text, note and tags. */
export function highlightTokens(h: Pick<HighlightRecord, 'exact' | 'note' | 'tags'>): string[] {
  return tokenize([h.exact, h.note, ...h.tags].join(' '));
}
