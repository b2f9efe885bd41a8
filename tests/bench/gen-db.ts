/**
 * Synthetic research-scale database for the search benchmark (design.md §7: 1,000 plans,
 * 100,000 targets). Pure and deterministic (seeded PRNG): `generateDatabase()` returns records,
 * `loadInto(db, data)` writes them with the same derived search rows the product builds. No
 * node or browser APIs, so the lead can bundle it (esbuild) into an extension page and measure
 * the same data in Chromium.
 *
 * Names come from the indicator registry (Chinese names and aliases, as documents write
 * them) plus names outside it (x- keys); regions from the host registry; years 2000–2025.
 */
import { allIndicators, resolveIndicator } from '../../lib/indicators';
import { HOST_REGIONS } from '../../lib/notice/regions';
import { allRegions } from '../../lib/regions';
import { DATA_STAMP_KEY } from '../../lib/db/search-index';
import { highlightTokens, passagePagesFor, vocabFor } from '../../lib/db/indexing';
import { toTargetRecords } from '../../lib/db/records';
import type { PlanLensDB } from '../../lib/db/schema';
import type { ExtractedTarget, HighlightRecord, PlanKind, PlanRecord, TargetRecord, TargetValue } from '../../lib/types';

export interface GenerateOptions {
  plans?: number;
  targetsPerPlan?: number;
  paragraphsPerPlan?: number;
  highlights?: number;
  seed?: number;
  /** Only plans [from, to) of the `plans` (each plan's content has its own seeded generator, so slices of one database can be written one after another). */
  from?: number;
  to?: number;
}

export interface GeneratedData {
  plans: PlanRecord[];
  targets: TargetRecord[];
  highlights: HighlightRecord[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: PlanKind[] = ['annual-plan', 'work-report', 'work-report-tasks', 'plan-execution', 'statistical-bulletin', 'five-year-plan'];
const TITLES: Record<PlanKind, (r: string, y: number) => string> = {
  'annual-plan': (r, y) => `${r}人民政府关于下达${y}年${r}国民经济和社会发展计划的通知`,
  'work-report': (r, y) => `${y}年${r}政府工作报告`,
  'work-report-tasks': (r, y) => `${r}人民政府关于印发${y}年政府工作报告重点工作任务责任分解的通知`,
  'plan-execution': (r, y) => `关于${r}${y - 1}年国民经济和社会发展计划执行情况与${y}年计划草案的报告`,
  'statistical-bulletin': (r, y) => `${y}年${r}国民经济和社会发展统计公报`,
  'five-year-plan': (r, y) => `${r}国民经济和社会发展第十四个五年规划和${y + 10}年远景目标纲要`,
};
/** Names outside the registry: the long tail every real notice has (they get x- keys). */
const EXTRA_SUBJECTS = ['省级专精特新企业', '高标准农田', '城市更新项目', '未来社区', '美丽乡村示范村', '跨境电商进出口额', '省级研发中心', '技能人才', '保障性租赁住房', '公共充电桩', '污水管网', '普惠性幼儿园', '养老机构床位', '文化礼堂', '重大项目', '农村公路', '数字化改造项目', '企业研究院', '工业上楼项目', '商贸流通企业'];
const EXTRA_VERBS = ['新增', '建成', '完成', '培育', '新建', '改造提升', '创建', '认定'];
const CATEGORIES = ['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障', '改革开放'];
const SENTENCES = [
  '坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，统筹推进高质量发展。',
  '深入实施创新驱动发展战略，加快建设现代化产业体系，推动经济实现质的有效提升和量的合理增长。',
  '持续优化营商环境，全面落实各项惠企政策，切实减轻企业负担，激发市场主体活力。',
  '扎实推进共同富裕，着力保障和改善民生，加快补齐教育、医疗、养老等公共服务短板。',
  '深入打好污染防治攻坚战，协同推进降碳、减污、扩绿、增长，建设人与自然和谐共生的现代化。',
];

function valueText(rand: () => number): { text: string; value: TargetValue } {
  const r = rand();
  const n = Math.round((3 + rand() * 7) * 2) / 2;
  if (r < 0.45) return { text: `增长${n}%${rand() < 0.5 ? '以上' : '左右'}`, value: { metric: 'growth', number: n, unit: '%', bound: rand() < 0.5 ? 'at-least' : 'about' } };
  if (r < 0.6) return { text: `控制在${n}%以内`, value: { metric: 'level', number: n, unit: '%', bound: 'at-most' } };
  if (r < 0.8) {
    const count = Math.round(rand() * 500) * 10;
    return { text: `${count}个`, value: { metric: 'count', number: count, unit: '个' } };
  }
  if (r < 0.9) return { text: '稳步提升', value: { metric: 'qualitative' } };
  return { text: '完成省下达目标', value: { metric: 'deferred' } };
}

/**
 * The regions of one province (the researcher's case): the hosts' regions, then every other unit
 * of Zhejiang (GB/T 2260 codes 33…), so a million targets (10,000 plans) still fit 26 years × 6 kinds.
 */
function provinceRegions(): string[] {
  return [...new Set([...HOST_REGIONS.map(([, r]) => r), ...allRegions().filter((r) => r.code.startsWith('33') && r.level !== 'province').map((r) => r.name)])];
}

/** Distinct (region, year, kind) plans; the annual plan is the most common kind, as on the portals. */
function pickPlans(rand: () => number, count: number): { region: string; year: number; kind: PlanKind }[] {
  const regions = provinceRegions();
  const seen = new Set<string>();
  const out: { region: string; year: number; kind: PlanKind }[] = [];
  const capacity = regions.length * 26 * KINDS.length;
  while (out.length < Math.min(count, capacity)) {
    const region = regions[Math.floor(rand() * regions.length)];
    const year = 2000 + Math.floor(rand() * 26);
    const kind = rand() < 0.5 ? 'annual-plan' : KINDS[Math.floor(rand() * KINDS.length)];
    const id = `${region}/${year}/${kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ region, year, kind });
  }
  return out;
}

export function generateDatabase(options: GenerateOptions = {}): GeneratedData {
  const { plans: planCount = 1000, targetsPerPlan = 100, paragraphsPerPlan = 6, highlights: highlightCount = 200, seed = 20240208 } = options;
  const from = options.from ?? 0;
  const to = Math.min(options.to ?? planCount, planCount);
  let rand = mulberry32(seed);
  const picked = pickPlans(rand, planCount);
  // Per indicator, the names documents use for it (the canonical name twice as likely as each alias).
  const registry = allIndicators().map((i) => [i.zh, i.zh, ...i.aliases]);
  const extraNames = EXTRA_SUBJECTS.flatMap((s) => EXTRA_VERBS.map((v) => `${v}${s}`));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const shuffled = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  /** A plan's target names: each registry indicator at most once (as a notice has it), the rest from the long tail. */
  const namesForPlan = (count: number): string[] => {
    const fromRegistry = Math.min(registry.length, Math.round(count * 0.6));
    const names = shuffled(registry).slice(0, fromRegistry).map(pick);
    const tail = shuffled(extraNames);
    for (let i = 0; names.length < count; i++) names.push(i < tail.length ? tail[i] : `${pick(EXTRA_VERBS)}${pick(EXTRA_SUBJECTS)}（${i}）`);
    return names;
  };
  const keyCache = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keyCache.get(name);
    if (key === undefined) keyCache.set(name, (key = resolveIndicator(name)));
    return key;
  };

  const plans: PlanRecord[] = [];
  const targets: TargetRecord[] = [];
  for (let n = from; n < to; n++) {
    const { region, year, kind } = picked[n];
    rand = mulberry32(seed + 7919 * (n + 1));
    const id = `${region}/${year}/${kind}`;
    const paragraphs: string[] = [TITLES[kind](region, year)];
    const extracted: ExtractedTarget[] = [];
    let position = paragraphs[0].length + 1;
    for (const name of namesForPlan(targetsPerPlan)) {
      const { text, value } = valueText(rand);
      const body = rand() < 0.3;
      const quote = body ? `力争${name}${text}。` : `${name}\t${text}`;
      extracted.push({
        indicator: keyOf(name),
        name,
        category: body ? null : pick(CATEGORIES),
        text,
        value,
        origin: body ? 'body' : 'table',
        role: kind === 'statistical-bulletin' || (kind === 'plan-execution' && rand() < 0.5) ? 'actual' : 'target',
        quote,
        position,
        year,
        region,
      });
      position += quote.length + 1;
    }
    // Paragraphs: policy prose with some of the body targets' sentences woven in.
    for (let p = 0; p < paragraphsPerPlan; p++) {
      const quotes = extracted.filter((t) => t.origin === 'body').slice(p * 3, p * 3 + 3).map((t) => t.quote);
      paragraphs.push(SENTENCES[Math.floor(rand() * SENTENCES.length)] + quotes.join(''));
    }
    const plan: PlanRecord = {
      id,
      region,
      year,
      kind,
      title: paragraphs[0],
      issued: `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`,
      url: `https://www.example.gov.cn/art/${year}/2/8/art_${n}.html`,
      source: 'imported',
      capturedAt: 0,
      hash: id,
      paragraphs,
    };
    plans.push(plan);
    targets.push(...toTargetRecords(plan, extracted));
  }

  const highlights: HighlightRecord[] = [];
  rand = mulberry32(seed + 1);
  for (let i = 0; i < (from === 0 ? highlightCount : 0) && plans.length > 0; i++) {
    const plan = plans[Math.floor(rand() * plans.length)];
    const text = plan.paragraphs[1 + Math.floor(rand() * (plan.paragraphs.length - 1))] ?? plan.title;
    const start = Math.floor(rand() * Math.max(1, text.length - 12));
    const exact = text.slice(start, start + 12) || plan.title;
    highlights.push({
      id: `h-${i}`,
      url: plan.url!,
      planId: plan.id,
      selectors: [{ type: 'TextPositionSelector', start, end: start + exact.length }],
      exact,
      note: rand() < 0.5 ? `关注${exact.slice(0, 4)}的变化` : '',
      tags: rand() < 0.3 ? ['重点'] : [],
      color: 'yellow',
      createdAt: i,
      updatedAt: i,
    });
  }
  return { plans, targets, highlights };
}

/**
 * Writes generated data with its derived search rows (passage pages, vocabulary, highlight tokens), in chunks
 * of one transaction each, straight into the tables (not through write.ts): the data stamp is
 * changed at the end, so the background's in-memory search index sees a database it must index again.
 */
export async function loadInto(db: PlanLensDB, data: GeneratedData, chunk = 200): Promise<void> {
  const byPlan = new Map<string, TargetRecord[]>(data.plans.map((p) => [p.id, []]));
  for (const t of data.targets) byPlan.get(t.planId)?.push(t);
  for (let i = 0; i < data.plans.length; i += chunk) {
    const plans = data.plans.slice(i, i + chunk);
    const targets = plans.flatMap((p) => byPlan.get(p.id) ?? []);
    await db.transaction('rw', [db.plans, db.texts, db.targets, db.passagePages, db.vocab], async () => {
      await db.plans.bulkPut(plans.map(({ paragraphs: _p, ...row }) => row));
      await db.targets.bulkPut(targets);
      await db.texts.bulkPut(plans.map((p) => ({ id: p.id, paragraphs: p.paragraphs })));
      await db.passagePages.bulkPut(plans.flatMap((p) => passagePagesFor(p.id, p.paragraphs)));
      await db.vocab.bulkPut(plans.map((p) => vocabFor(p.id, byPlan.get(p.id) ?? [])));
    });
  }
  await db.highlights.bulkPut(data.highlights.map((h) => ({ ...h, tokens: highlightTokens(h) })));
  await db.meta.put({ key: DATA_STAMP_KEY, value: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}` });
}
