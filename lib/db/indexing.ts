import type { HighlightRecord, TargetRecord } from '../types';
import { tokenize } from '../search/tokenize';
import type { PassageRecord, TermRecord } from './schema';

/**
 * Derived search rows. They are rebuilt from plans, targets and highlights whenever those
 * change, so backups never need to carry them (import recomputes them).
 */

export function passageId(planId: string, index: number): string {
  return `${planId}#p${index}`;
}

/** A plan's paragraphs → passage rows with bigram tokens (empty paragraphs are skipped). */
export function passagesFor(planId: string, paragraphs: readonly string[]): (PassageRecord & { tokens: string[] })[] {
  const out: (PassageRecord & { tokens: string[] })[] = [];
  paragraphs.forEach((text, index) => {
    if (text.trim().length === 0) return;
    out.push({ id: passageId(planId, index), planId, index, text, tokens: tokenize(text) });
  });
  return out;
}

/** A passage row as stored: without its tokens (the in-memory index gets them from the write itself). */
export function storedPassage({ tokens: _tokens, ...row }: PassageRecord): PassageRecord {
  return row;
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
    if (!seen.has(id)) seen.set(id, { id, indicator: t.indicator, region: t.region, name: t.name, tokens: tokenize(t.name) });
  }
  return [...seen.values()];
}

/** What a highlight is found by: its text, note and tags. */
export function highlightTokens(h: Pick<HighlightRecord, 'exact' | 'note' | 'tags'>): string[] {
  return tokenize([h.exact, h.note, ...h.tags].join(' '));
}
