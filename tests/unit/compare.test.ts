import { describe, expect, test } from 'vitest';
import { compareTargets, describeDelta, type ComparableTarget } from '@/lib/compare';
import { parseValue } from '@/lib/notice/value';
import type { Comparison, TargetValue } from '@/lib/types';

function t(indicator: string, text: string, name?: string, value?: TargetValue): ComparableTarget {
  return { indicator, text, value: value ?? parseValue(text), name };
}

// [label, from, to, expected]
const CASES: [string, ComparableTarget | null, ComparableTarget | null, Comparison][] = [
  ['bound 以上 → 左右 asks for less', t('gdp', '增长6%以上'), t('gdp', '增长6%左右'), { change: 'reworded', ambition: 'less', delta: { value: 0, unit: 'pp' } }],
  ['bound 左右 → 以上 asks for more', t('gdp', '增长6%左右'), t('gdp', '增长6%以上'), { change: 'reworded', ambition: 'more', delta: { value: 0, unit: 'pp' } }],
  ['exact → about is the same ask', t('gdp', '增长6%'), t('gdp', '增长6%左右'), { change: 'reworded', ambition: 'same', delta: { value: 0, unit: 'pp' } }],
  ['lower-is-better: 以内 → 左右 asks for less', t('urban-surveyed-unemployment-rate', '5.5%以内'), t('urban-surveyed-unemployment-rate', '5.5%左右'), { change: 'reworded', ambition: 'less', delta: { value: 0, unit: 'pp' } }],
  ['growth lowered', t('fixed-asset-investment', '增长8%以上'), t('fixed-asset-investment', '增长6%以上'), { change: 'lowered', ambition: 'less', delta: { value: -2, unit: 'pp' } }],
  ['growth raised', t('retail-sales', '增长5.5%以上'), t('retail-sales', '增长6%以上'), { change: 'raised', ambition: 'more', delta: { value: 0.5, unit: 'pp' } }],
  ['unemployment lowered asks for more', t('urban-surveyed-unemployment-rate', '控制在5.5%以内'), t('urban-surveyed-unemployment-rate', '5%以内'), { change: 'lowered', ambition: 'more', delta: { value: -0.5, unit: 'pp' } }],
  ['unemployment raised asks for less', t('urban-surveyed-unemployment-rate', '5%以内'), t('urban-surveyed-unemployment-rate', '5.5%以内'), { change: 'raised', ambition: 'less', delta: { value: 0.5, unit: 'pp' } }],
  ['death rate per 亿元 lowered asks for more', t('work-safety-death-rate', '低于0.012人/亿元'), t('work-safety-death-rate', '低于0.01人/亿元'), { change: 'lowered', ambition: 'more', delta: { value: -0.002, unit: '人/亿元' } }],
  ['share raised in pp', t('rd-intensity', '3.48%', undefined, { metric: 'share', number: 3.48, unit: '%', bound: 'exact' }), t('rd-intensity', '3.55%', undefined, { metric: 'share', number: 3.55, unit: '%', bound: 'exact' }), { change: 'raised', ambition: 'more', delta: { value: 0.07, unit: 'pp' } }],
  ['share vs level of one indicator still compare', t('rd-intensity', '3.48%'), t('rd-intensity', '3.55%', undefined, { metric: 'share', number: 3.55, unit: '%', bound: 'exact' }), { change: 'raised', ambition: 'more', delta: { value: 0.07, unit: 'pp' } }],
  ['people in 万人', t('urban-new-jobs', '10万人'), t('urban-new-jobs', '11万人'), { change: 'raised', ambition: 'more', delta: { value: 1, unit: '万人' } }],
  ['名 and 人 are one unit', t('x-a', '12万名'), t('x-a', '10万人'), { change: 'lowered', ambition: 'less', delta: { value: -2, unit: '万人' } }],
  ['money in 亿元', t('special-bonds', '200亿元以上'), t('special-bonds', '320亿元'), { change: 'raised', ambition: 'more', delta: { value: 120, unit: '亿元' } }],
  ['small counts in their own unit', t('x-b', '15家'), t('x-b', '50家以上'), { change: 'raised', ambition: 'more', delta: { value: 35, unit: '家' } }],
  ['1.5万个 → 5800个 lowered in 万个', t('school-places', '1.5万个'), t('school-places', '5800个'), { change: 'lowered', ambition: 'less', delta: { value: -0.92, unit: '万个' } }],
  ['same text unchanged', t('goods-exports', '占全国份额保持稳定'), t('goods-exports', '占全国份额保持稳定'), { change: 'unchanged', ambition: 'same', delta: null }],
  ['same number unchanged', t('fdi', '30亿美元'), t('fdi', '30亿美元'), { change: 'unchanged', ambition: 'same', delta: { value: 0, unit: '亿美元' } }],
  ['same value, other wording: unchanged', t('urban-surveyed-unemployment-rate', '控制在5%以内'), t('urban-surveyed-unemployment-rate', '5%以内'), { change: 'unchanged', ambition: 'same', delta: { value: 0, unit: 'pp' } }],
  ['deferred both years', t('energy-intensity', '按省下达目标安排'), t('energy-intensity', '完成省下达任务'), { change: 'unchanged', ambition: 'same', delta: null }],
  ['other qualitative wording', t('labour-productivity', '稳步增长'), t('labour-productivity', '稳步提高'), { change: 'reworded', ambition: null, delta: null }],
  ['number → qualitative', t('labour-productivity', '增长7%以上'), t('labour-productivity', '稳步增长'), { change: 'dequantified', ambition: null, delta: null }],
  ['number → deferred', t('pm25', '控制在26微克/立方米及以下'), t('pm25', '按省下达目标安排'), { change: 'dequantified', ambition: null, delta: null }],
  ['qualitative → number', t('services-trade', '正增长'), t('services-trade', '增长5%'), { change: 'quantified', ambition: null, delta: null }],
  ['level vs increment', t('talent-total', '135万人'), t('talent-total', '增加3万人左右'), { change: 'rebased', ambition: null, delta: null }],
  ['growth vs level', t('special-bonds', '增长20%以上'), t('special-bonds', '300亿元以上'), { change: 'rebased', ambition: null, delta: null }],
  ['base year differs', t('water-intensity', '降低2.4%'), t('water-intensity', '较2020年下降13%'), { change: 'rebased', ambition: null, delta: null }],
  ['running total vs the year’s own', t('x-c', '累计400名以上'), t('x-c', '50名'), { change: 'rebased', ambition: null, delta: null }],
  ['units differ', t('x-d', '30亿美元'), t('x-d', '200亿元'), { change: 'rebased', ambition: null, delta: null }],
  ['linked coverage: urban → all residents', t('urban-per-capita-disposable-income', '与经济增长同步'), t('per-capita-disposable-income', '与经济增长同步'), { change: 'rebased', ambition: null, delta: null }],
  ['linked names under one key (a history grouped under the wider indicator)', t('per-capita-disposable-income', '增长7%', '城镇居民人均可支配收入'), t('per-capita-disposable-income', '增长6%', '居民人均可支配收入'), { change: 'rebased', ambition: null, delta: null }],
  ['same subject written two ways under one key', t('solar-capacity', '40万千瓦以上', '新增光伏并网容量'), t('solar-capacity', '60万千瓦以上', '新增光伏装机'), { change: 'raised', ambition: 'more', delta: { value: 20, unit: '万千瓦' } }],
  ['a bigger reduction of a lower-is-better indicator asks for more', t('water-intensity', '降低2.4%'), t('water-intensity', '降低3%'), { change: 'lowered', ambition: 'more', delta: { value: -0.6, unit: 'pp' } }],
  ['neutral polarity: no ambition', t('land-supply', '4万亩'), t('land-supply', '3.5万亩'), { change: 'lowered', ambition: null, delta: { value: -0.5, unit: '万亩' } }],
  ['outside the registry, a lower-is-better name flips ambition', t('x-e', '下降5%', '单位工业增加值能耗'), t('x-e', '下降3%', '单位工业增加值能耗'), { change: 'raised', ambition: 'less', delta: { value: 2, unit: 'pp' } }],
  ['ranges compare by midpoint', t('gdp', '增长7-7.5%'), t('gdp', '增长7.5%左右'), { change: 'raised', ambition: 'more', delta: { value: 0.25, unit: 'pp' } }],
  ['new', null, t('gdp', '增长6%'), { change: 'new', ambition: null, delta: null }],
  ['dropped', t('urbanization-rate', '73%左右'), null, { change: 'dropped', ambition: null, delta: null }],
];

describe('compareTargets', () => {
  test.each(CASES)('%s', (_label, from, to, expected) => {
    expect(compareTargets(from, to)).toEqual(expected);
  });
});

describe('describeDelta', () => {
  test.each<[{ value: number; unit: string } | null, 'zh' | 'en', string]>([
    [{ value: -0.5, unit: 'pp' }, 'zh', '−0.5个百分点'],
    [{ value: -0.5, unit: 'pp' }, 'en', '−0.5 pp'],
    [{ value: 1, unit: '万人' }, 'zh', '+1万人'],
    [{ value: 1, unit: '万人' }, 'en', '+10,000 people'],
    [{ value: 120, unit: '亿元' }, 'zh', '+120亿元'],
    [{ value: 120, unit: '亿元' }, 'en', '+12 billion yuan'],
    [{ value: -0.002, unit: '人/亿元' }, 'zh', '−0.002人/亿元'],
    [{ value: 35, unit: '家' }, 'en', '+35 家'],
    [{ value: 0, unit: 'pp' }, 'zh', '±0个百分点'],
    [null, 'zh', ''],
  ])('%o %s → %s', (delta, lang, expected) => {
    expect(describeDelta(delta, lang)).toBe(expected);
  });
});
