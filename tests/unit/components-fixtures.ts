/**
 * Test data for the component tests, taken from the hand-checked Jiaxing gold
 * (tests/fixtures/gold/jiaxing-gold.json) plus a few other-document entries to exercise the layout.
 */
import type { ComparableTarget } from '@/lib/compare';
import type { Comparison, HistoryEntry, IndicatorHistory, PlanKind, TargetValue } from '@/lib/types';

export const P2022 = '嘉兴市/2022/annual-plan';
export const P2024 = '嘉兴市/2024/annual-plan';
export const T2022 = '嘉兴市人民政府关于下达2022年嘉兴市国民经济和社会发展计划的通知';
export const T2024 = '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知';

export function entry(over: Partial<HistoryEntry> & { year: number; text: string; value: TargetValue; name: string }): HistoryEntry {
  const kind: PlanKind = over.kind ?? 'annual-plan';
  return {
    planId: `嘉兴市/${over.year}/${kind}`,
    planTitle: over.year === 2022 ? T2022 : over.year === 2024 ? T2024 : `${over.year}年文件`,
    url: null,
    role: 'target',
    quote: `${over.name}\t${over.text}`,
    position: 1000 + over.year,
    kind,
    ...over,
  };
}

/** 固定资产投资: 2022 增长8%以上 → 2024 增长6%以上 (gold: lowered, less). */
export const fai: IndicatorHistory = {
  indicator: 'fixed-asset-investment',
  region: '嘉兴市',
  entries: [
    entry({ year: 2022, name: '固定资产投资', text: '增长8%以上', value: { metric: 'growth', number: 8, unit: '%', bound: 'at-least' } }),
    entry({ year: 2024, name: '固定资产投资', text: '增长6%以上', value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' } }),
  ],
};

/** 城镇调查失业率: 控制在5.5%以内 → 5%以内 (gold: lowered, more: lower is better). */
export const unemployment: IndicatorHistory = {
  indicator: 'urban-surveyed-unemployment-rate',
  region: '嘉兴市',
  entries: [
    entry({ year: 2022, name: '城镇调查失业率', text: '控制在5.5%以内', value: { metric: 'level', number: 5.5, unit: '%', bound: 'at-most' } }),
    entry({ year: 2024, name: '城镇调查失业率', text: '5%以内', value: { metric: 'level', number: 5, unit: '%', bound: 'at-most' } }),
  ],
};

/** 居民人均可支配收入 with the 2022 urban and rural rows linked in (gold: rebased). */
const sync: TargetValue = { metric: 'qualitative' };
export const income: IndicatorHistory = {
  indicator: 'per-capita-disposable-income',
  region: '嘉兴市',
  entries: [
    entry({ year: 2022, name: '城镇居民人均可支配收入', text: '与经济增长同步', value: sync, position: 2001, indicator: 'urban-per-capita-disposable-income' }),
    entry({ year: 2022, name: '农村居民人均可支配收入', text: '与经济增长同步', value: sync, position: 2002, indicator: 'rural-per-capita-disposable-income' }),
    entry({ year: 2024, name: '居民人均可支配收入', text: '与经济增长同步', value: sync }),
  ],
};

/** 城镇新增就业人数 10万人 → 11万人 (gold: raised, more), with a 2023 work report and an outcome. */
export const newJobs: IndicatorHistory = {
  indicator: 'urban-new-jobs',
  region: '嘉兴市',
  entries: [
    entry({ year: 2022, name: '城镇新增就业人数', text: '10万人', value: { metric: 'count', number: 100000, unit: '人' } }),
    entry({
      year: 2022,
      kind: 'plan-execution',
      role: 'actual',
      name: '城镇新增就业人数',
      text: '12.3万人',
      value: { metric: 'count', number: 123000, unit: '人' },
      url: 'https://www.jiaxing.gov.cn/art/2023/1/10/art_1_2.html',
      quote: '城镇新增就业12.3万人，完成年度目标的123%',
    }),
    entry({
      year: 2024,
      kind: 'work-report',
      name: '城镇新增就业',
      text: '11万人',
      value: { metric: 'count', number: 110000, unit: '人' },
      url: 'https://www.jiaxing.gov.cn/art/2024/1/20/art_3_4.html',
      quote: '城镇新增就业11万人，城镇调查失业率控制在5%以内。',
    }),
    entry({ year: 2024, name: '城镇新增就业人数', text: '11万人', value: { metric: 'count', number: 110000, unit: '人' } }),
  ],
};

/** Only this notice's year known: 规上工业增加值, a 2024 body target. */
export const onlyCurrent: IndicatorHistory = {
  indicator: 'x-gsgyzjz',
  region: '嘉兴市',
  entries: [entry({ year: 2024, name: '规上工业增加值', text: '增长6%以上', value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' } })],
};

/** 常住人口城镇化率: only in 2022 (gold: dropped in 2024). */
export const urbanization: IndicatorHistory = {
  indicator: 'urbanization-rate',
  region: '嘉兴市',
  entries: [entry({ year: 2022, name: '常住人口城镇化率', text: '73%左右', value: { metric: 'level', number: 73, unit: '%', bound: 'about' } })],
};

/**
 * The gold's answers for these pairs. The components take the comparer as a prop, so their DOM
 * contract is tested without depending on lib/compare.ts; an unknown pair fails the test.
 */
const GOLD: Record<string, Comparison> = {
  '增长8%以上→增长6%以上': { change: 'lowered', ambition: 'less', delta: { value: -2, unit: 'pp' } },
  '控制在5.5%以内→5%以内': { change: 'lowered', ambition: 'more', delta: { value: -0.5, unit: 'pp' } },
  '与经济增长同步→与经济增长同步': { change: 'rebased', ambition: null, delta: null },
  '10万人→11万人': { change: 'raised', ambition: 'more', delta: { value: 1, unit: '万人' } },
};

export const calls: Array<[string | null, string | null, string | undefined]> = [];

export function goldCompare(from: ComparableTarget | null, to: ComparableTarget | null): Comparison {
  calls.push([from?.text ?? null, to?.text ?? null, (to as { name?: string } | null)?.name]);
  const c = GOLD[`${from?.text}→${to?.text}`];
  if (!c) throw new Error(`no gold comparison for ${from?.text} → ${to?.text}`);
  return c;
}

export const readerUrl = (planId: string, position: number) => `reader.html?plan=${encodeURIComponent(planId)}#pos=${position}`;
