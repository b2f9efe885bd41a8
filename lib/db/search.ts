import type { HighlightRecord, HistoryEntry, PlanKind } from '../types';
import { foldText, queryTerms } from '../search/tokenize';
import { historyForPairs } from './history';
import { findIndicatorKeys, getIndicatorInfo } from './registry';
import { passageLocation } from './indexing';
import { passagesInOrder } from './passage-order';
import type { PassageRecord, PlanLensDB, StoredHighlight } from './schema';
import { type SearchIndex, liveSearchIndex, searchIndexFor } from './search-index';

export type MatchKind = 'exact' | 'prefix' | 'topic' | 'contains' | 'registry' | 'tokens';

export interface IndicatorResult {
  indicator: string;
  region: string;
  /** Registry Chinese name, else the latest name as written. */
  name: string;
  /** Registry English name, or null outside the registry. */
  en: string | null;
  match: MatchKind;
  score: number;
  /** Every known year in this region, linked indicators included (see historyForKeys). */
  entries: HistoryEntry[];
}

export interface PassageResult {
  planId: string;
  title: string;
  region: string;
  year: number;
  kind: PlanKind;
  url: string | null;
  /** Paragraph index in PlanRecord.paragraphs. */
  index: number;
  text: string;
  /** Where the query starts in text (UTF-16 code units), and its length there. */
  offset: number;
  length: number;
}

export type HighlightResult = HighlightRecord & { offset: number; field: 'exact' | 'note' | 'tags' };

export interface SearchResults {
  query: string;
  indicators: IndicatorResult[];
  passages: PassageResult[];
  highlights: HighlightResult[];
}

export interface SearchOptions {
  /** Most results per section (default 10). */
  limit?: number;
  /** The region the user is looking at: its groups and passages come first. */
  region?: string | null;
}

const MAX_QUERY = 200;

/** Comparable form of a name or query: folded, joiners and spaces as one space. */
export function canon(s: string): string {
  let out = '';
  for (const c of foldText(s)) {
    const sep = c === ' ' || c === '-' || c === '_' || c === '\t' || c === '\n' || c === '—' || c === '－';
    if (sep) {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
    } else out += c;
  }
  return out.trimEnd();
}

/** a.localeCompare(b, 'zh') with one collator, not one per comparison (same order, a fraction of the time). */
const zhOrder = new Intl.Collator('zh').compare;

const TIER: Record<MatchKind, number> = { exact: 100, prefix: 80, topic: 70, contains: 60, registry: 50, tokens: 30 };

function nameMatch(names: readonly string[], q: string): MatchKind | null {
  let best: MatchKind | null = null;
  for (const name of names) {
    const n = canon(name);
    if (!n) continue;
    if (n === q) return 'exact';
    if (n.startsWith(q)) best = 'prefix';
    else if (best === null && n.includes(q)) best = 'contains';
  }
  return best;
}

interface Candidate {
  key: string;
  match: MatchKind;
  score: number;
  /** Position in the registry's own ranking (ties), Infinity when it did not name the key. */
  registryRank: number;
  name?: string;
}

function better(a: Candidate | undefined, b: Candidate): Candidate {
  if (!a) return b;
  const best = b.score > a.score ? b : a;
  return { ...best, registryRank: Math.min(a.registryRank, b.registryRank), name: best.name ?? a.name ?? b.name };
}

/**
 * Indicator candidates: the registry's answer (names, aliases, English names, topics), scored
 * exact > prefix > topic > contains, plus the vocabulary of stored target names (terms, in the
 * in-memory index) by token intersection, for indicators outside the registry. Registry keys win ties.
 */
function indicatorCandidates(index: SearchIndex, query: string, q: string): Candidate[] {
  const found = new Map<string, Candidate>();
  findIndicatorKeys(query).forEach((key, rank) => {
    const info = getIndicatorInfo(key);
    const byName = info ? nameMatch([info.zh, ...info.aliases, info.en, ...info.enAliases], q) : null;
    const byTopic = info?.topics.some((t) => canon(t) === q) ? 'topic' : null;
    const match: MatchKind = byName && TIER[byName] > TIER.topic ? byName : (byTopic ?? byName ?? 'registry');
    // A topic hit whose own name also contains the query (就业 in 城镇新增就业人数) leads its tier.
    const bonus = match === 'topic' && byName ? 5 : 0;
    found.set(key, better(found.get(key), { key, match, score: TIER[match] + 2 + bonus, registryRank: rank }));
  });
  for (const term of index.findTerms(queryTerms(query))) {
    const match = nameMatch([term.name], q) ?? 'tokens';
    const info = getIndicatorInfo(term.indicator);
    // A name as written that equals the query is as good as a registry alias (+2 keeps registry first on ties).
    const score = TIER[match] + (match === 'exact' ? -5 : 0) + (info ? 2 : 0);
    found.set(term.indicator, better(found.get(term.indicator), { key: term.indicator, match, score, registryRank: Infinity, name: term.name }));
  }
  return [...found.values()].sort((a, b) => b.score - a.score || a.registryRank - b.registryRank || a.key.localeCompare(b.key));
}

/**
 * Groups (indicator × region) in display order. Strong matches (exact, prefix, topic) come
 * before weak ones; within each, region by region (the preferred region first) and, in a
 * region, by candidate rank — so 就业 shows unemployment AND new jobs for a region before the
 * same indicators elsewhere, and GDP shows 地区生产总值 everywhere before names merely containing GDP.
 */
function orderGroups(candidates: { c: Candidate; regions: string[] }[], region: string | null, limit: number): { c: Candidate; region: string }[] {
  const out: { c: Candidate; region: string }[] = [];
  const strong = (c: Candidate) => c.score >= TIER.topic;
  for (const tier of [candidates.filter((x) => strong(x.c)), candidates.filter((x) => !strong(x.c))]) {
    const regions = [...new Set(tier.flatMap((x) => x.regions))].sort((a, b) => Number(b === region) - Number(a === region) || zhOrder(a, b));
    for (const r of regions) {
      for (const x of tier) {
        if (out.length >= limit) return out;
        if (x.regions.includes(r)) out.push({ c: x.c, region: r });
      }
    }
  }
  return out;
}

async function searchIndicators(db: PlanLensDB, index: SearchIndex, query: string, q: string, limit: number, region: string | null): Promise<IndicatorResult[]> {
  const candidates = indicatorCandidates(index, query, q).slice(0, limit * 2);
  // The regions holding an indicator come from the vocabulary in memory: no row is read.
  const withRegions = candidates.map((c) => ({ c, regions: index.regionsOf(c.key) }));
  const chosen = orderGroups(withRegions, region, limit);
  // Plan titles and target rows read by earlier queries come from memory (the index holds them, in step with writes).
  const histories = await historyForPairs(
    db,
    chosen.map((g) => ({ region: g.region, indicator: g.c.key })),
    index,
  );
  return chosen
    .map(({ c, region: r }, i) => {
      const entries = histories[i].entries;
      const info = getIndicatorInfo(c.key);
      const own = entries.filter((e) => e.indicator === c.key);
      return {
        indicator: c.key,
        region: r,
        name: info?.zh ?? own[own.length - 1]?.name ?? c.name ?? c.key,
        en: info?.en || null,
        match: c.match,
        score: c.score,
        entries,
      };
    })
    .filter((g) => g.entries.length > 0);
}

/** Offset of the query in text: the whole query, else its first whitespace-separated piece when every piece occurs. */
export function locate(text: string, query: string): { offset: number; length: number } | null {
  const folded = foldText(text);
  const q = foldText(query).trim();
  if (!q) return null;
  const whole = folded.indexOf(q);
  if (whole >= 0) return { offset: whole, length: q.length };
  const pieces = q.split(' ').filter((p) => p.length > 0);
  if (pieces.length < 2 || !pieces.every((p) => folded.includes(p))) return null;
  return { offset: folded.indexOf(pieces[0]), length: pieces[0].length };
}

/** Table rows (cells joined by tabs) are passages too, but a sentence reads better than a row: paragraphs first. */
const isRow = (text: string) => text.includes('\t');

/**
 * Candidate rows in `order`, loaded in batches and kept while `accept` holds, until `enough`: the
 * index gives ids only; the text of the few rows shown is read from the database. `ids` is read
 * only as far as needed (passagesInOrder sorts the rest only when asked for it).
 */
async function loadAccepted<T>(ids: Iterable<string>, get: (ids: string[]) => Promise<(T | undefined)[]>, accept: (row: T) => boolean, enough: number, batch = 64): Promise<T[]> {
  const out: T[] = [];
  const it = ids[Symbol.iterator]();
  // The first batch is what is needed (rows are rarely refused); later ones are bigger.
  for (let n = Math.min(batch, enough + 2); ; n = batch) {
    const slice: string[] = [];
    while (slice.length < n) {
      const next = it.next();
      if (next.done) break;
      slice.push(next.value);
    }
    if (slice.length === 0) return out;
    for (const row of await get(slice)) {
      if (!row || !accept(row)) continue;
      out.push(row);
      if (out.length >= enough) return out;
    }
    if (slice.length < n) return out;
  }
}

/** Passage rows by id, read from their pages (one read per page, however many of its paragraphs are asked for). */
async function passagesById(db: PlanLensDB, ids: readonly string[]): Promise<(PassageRecord | undefined)[]> {
  const where = ids.map(passageLocation);
  const pageIds = [...new Set(where.flatMap((w) => (w ? [w.pageId] : [])))];
  const pages = new Map((await db.passagePages.bulkGet(pageIds)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return where.map((w, i) => {
    const text = w ? pages.get(w.pageId)?.texts[w.slot] : undefined;
    return w && text ? { id: ids[i], planId: w.planId, index: w.index, text } : undefined;
  });
}

async function searchPassages(db: PlanLensDB, index: SearchIndex, query: string, limit: number, region: string | null): Promise<PassageResult[]> {
  const ids = passagesInOrder(index.findPassages(queryTerms(query)), region);
  const rows = await loadAccepted(ids, (batch) => passagesById(db, batch), (p) => locate(p.text, query) !== null, limit * 3);
  return rows
    .flatMap((row) => {
      const plan = index.plan(row.planId);
      const at = locate(row.text, query);
      if (!plan || !at) return [];
      return [{ planId: plan.id, title: plan.title, region: plan.region, year: plan.year, kind: plan.kind, url: plan.url, index: row.index, text: row.text, ...at }];
    })
    .sort(
      (a, b) =>
        Number(b.region === region) - Number(a.region === region) ||
        b.year - a.year ||
        Number(isRow(a.text)) - Number(isRow(b.text)) ||
        a.planId.localeCompare(b.planId) ||
        a.index - b.index,
    )
    .slice(0, limit);
}

async function searchHighlights(db: PlanLensDB, index: SearchIndex, query: string, limit: number): Promise<HighlightResult[]> {
  const locateIn = (h: StoredHighlight) => {
    const fields = [
      ['exact', h.exact],
      ['note', h.note],
      ['tags', h.tags.join(' ')],
    ] as const;
    for (const [field, text] of fields) {
      const at = locate(text, query);
      if (at) return { field, offset: at.offset };
    }
    return null;
  };
  const rows = await loadAccepted(index.findHighlights(queryTerms(query)).sort(), (batch) => db.highlights.bulkGet(batch), (h) => locateIn(h) !== null, limit * 5);
  return rows
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, limit)
    .map((row) => {
      const { tokens: _tokens, ...h } = row;
      return { ...h, ...locateIn(row)! };
    });
}

/**
 * The popup's search (design.md §6): indicators the user means first (grouped by indicator,
 * then region, each with every year), then plan passages, then the user's highlights.
 */
export async function search(db: PlanLensDB, query: string, options: SearchOptions = {}): Promise<SearchResults> {
  const trimmed = query.trim().slice(0, MAX_QUERY);
  const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
  const region = options.region ?? null;
  const empty: SearchResults = { query: trimmed, indicators: [], passages: [], highlights: [] };
  const q = canon(trimmed);
  if (!q) return empty;
  const run = async (index: SearchIndex): Promise<SearchResults> => {
    const [indicators, passages, highlights] = await Promise.all([
      searchIndicators(db, index, trimmed, q, limit, region),
      searchPassages(db, index, trimmed, limit, region),
      searchHighlights(db, index, trimmed, limit),
    ]);
    return { query: trimmed, indicators, passages, highlights };
  };
  // The index in memory answers while its stamp is compared with the database's (one read less
  // before the first row read); when the database moved on, the answer is dropped and asked again.
  const live = liveSearchIndex(db);
  if (live) {
    const [index, answer] = await Promise.all([searchIndexFor(db), run(live)]);
    if (index === live) return answer;
    return run(index);
  }
  return run(await searchIndexFor(db));
}
