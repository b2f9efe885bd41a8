// Hand-made extractor output for the database tests (not a test file itself).
// Indicator keys come from the registry (resolveIndicator), like the real extractor's.
import { resolveIndicator } from '../../lib/indicators';
import type { Block, ExtractedNotice, ExtractedTarget, PlanKind, TargetValue } from '../../lib/types';
import { openDatabase, type PassageRecord, type PlanLensDB, type TermRecord } from '../../lib/db/schema';
import { passagePagePrefix, passagesOfPage, termsOfVocab } from '../../lib/db/indexing';

let counter = 0;
/** A fresh database per test: no state leaks between tests. */
export function freshDb(prefix = 'test') {
  return openDatabase(`${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`);
}

export interface Row {
  name: string;
  text: string;
  value?: TargetValue;
  role?: 'target' | 'actual';
  origin?: 'table' | 'body';
  indicator?: string;
  category?: string | null;
}

/** A notice whose blocks are a title paragraph, one paragraph per body row, and one table row per table row. */
export function notice(region: string, year: number, rows: Row[], options: { kind?: PlanKind; title?: string; extra?: string[]; url?: string | null } = {}): ExtractedNotice {
  const kind = options.kind ?? 'annual-plan';
  const title = options.title ?? `${region}人民政府关于下达${year}年${region}国民经济和社会发展计划的通知`;
  const blocks: Block[] = [{ type: 'paragraph', text: title }];
  for (const p of options.extra ?? []) blocks.push({ type: 'paragraph', text: p });
  const targets: ExtractedTarget[] = [];
  for (const r of rows) {
    const origin = r.origin ?? 'table';
    const quote = origin === 'table' ? `${r.name}\t${r.text}` : `${r.name}${r.text}。`;
    const position = blocks.reduce((n, b) => n + b.text.length + 1, 0);
    blocks.push(origin === 'table' ? { type: 'row', text: quote, cells: [r.name, r.text] } : { type: 'paragraph', text: quote });
    targets.push({
      indicator: r.indicator ?? resolveIndicator(r.name),
      name: r.name,
      category: r.category ?? null,
      text: r.text,
      value: r.value ?? { metric: 'growth', number: 6, unit: '%', bound: 'about' },
      origin,
      role: r.role ?? 'target',
      quote,
      position,
      year,
      region,
    });
  }
  return { plan: { id: `${region}/${year}/${kind}`, region, year, kind, title, issued: `${year}-02-08`, url: options.url ?? null }, targets, blocks };
}

export const JX2022: Row[] = [
  { name: '地区生产总值', text: '增长6.5%左右', value: { metric: 'growth', number: 6.5, unit: '%', bound: 'about' } },
  { name: '固定资产投资', text: '增长8%以上', value: { metric: 'growth', number: 8, unit: '%', bound: 'at-least' } },
  { name: '城镇调查失业率', text: '控制在5.5%以内', value: { metric: 'level', number: 5.5, unit: '%', bound: 'at-most' } },
  { name: '城镇新增就业人数', text: '11万人', value: { metric: 'count', number: 110000, unit: '人' } },
  { name: '城镇居民人均可支配收入', text: '增长6.5%', value: { metric: 'growth', number: 6.5, unit: '%', bound: 'exact' } },
  { name: '农村居民人均可支配收入', text: '增长7%', value: { metric: 'growth', number: 7, unit: '%', bound: 'exact' } },
  { name: '民间投资占固定资产投资比重', text: '稳步提升', value: { metric: 'qualitative' } },
];

export const JX2024: Row[] = [
  { name: '地区生产总值', text: '增长6%左右', value: { metric: 'growth', number: 6, unit: '%', bound: 'about' } },
  { name: '固定资产投资', text: '增长6%以上', value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' } },
  { name: '城镇调查失业率', text: '控制在5%以内', value: { metric: 'level', number: 5, unit: '%', bound: 'at-most' } },
  { name: '城镇新增就业人数', text: '10万人', value: { metric: 'count', number: 100000, unit: '人' } },
  { name: '居民人均可支配收入', text: '增长6%', value: { metric: 'growth', number: 6, unit: '%', bound: 'exact' } },
  { name: '规上工业增加值', text: '增长6%以上', value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' }, origin: 'body' },
];

/** Every stored passage (schema v6 keeps them in pages), optionally of one plan, in id order of pages. */
export async function storedPassages(db: PlanLensDB, planId?: string): Promise<PassageRecord[]> {
  const pages = planId ? await db.passagePages.where(':id').startsWith(passagePagePrefix(planId)).toArray() : await db.passagePages.toArray();
  return pages.flatMap(passagesOfPage);
}

/** Every stored vocabulary row (schema v6 keeps them per plan), distinct across plans. */
export async function storedTerms(db: PlanLensDB): Promise<TermRecord[]> {
  const rows = new Map<string, TermRecord>();
  for (const v of await db.vocab.toArray()) for (const t of termsOfVocab(v)) rows.set(t.id, t);
  return [...rows.values()];
}
