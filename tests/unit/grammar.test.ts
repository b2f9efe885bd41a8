import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { findQuantities, maskQuoted, scanQuantities } from '@/lib/notice/quantity';
import { parseValue } from '@/lib/notice/value';
import { foldWidth, readQuantities } from '@/lib/notice/grammar';

// One grammar (issue 11): what the finder reads in prose is exactly what the parser reads in the
// figure's text. Sentences from tests/corpus/docs and the seeds.
const SENTENCES = [
  '地区生产总值增长6%左右，一般公共预算收入增长6%。',
  '单位地区生产总值能耗较2020年下降13%以上。',
  '引进高层次人才50位。',
  '人口自然增长率为-0.5‰。',
  '社会物流总费用与GDP的比率从14.7%降至13%左右。',
  '粮食产量730亿斤以上，城乡居民收入倍差缩小至1.7以内。',
  '研发经费投入强度提高两个百分点，能耗下降三成。',
  '全级次国企法人数量压减67.7%，进出口总值五年累计超过3.8万亿元。',
  '研发人员总量年均增长11.2%，技术合同成交额突破1140亿元。',
  '落实保障性租赁用房5.28万套（间），PM2.5平均浓度控制在26微克/立方米及以下。',
  '新增就业1,200人，增长[41]3.1%。',
  '城乡居民人均可支配收入分别增长7%、8%左右。',
];

describe('finding and parsing agree', () => {
  test.each(SENTENCES)('%s', (s) => {
    const found = scanQuantities(s);
    expect(found.length).toBeGreaterThan(0);
    for (const q of found) expect(parseValue(s.slice(q.start, q.end))).toEqual(q.value);
  });

  it('on any text built from the lexicon’s words (fast-check)', () => {
    const words = ['增长', '下降', '提高到', '控制在', '不低于', '超', '较2020年', '累计', '约', '为', '-', '以上', '左右', '以内',
      '%', '个百分点', '万', '亿', '元', '人', '家', '位', '成', '两', '三', '倍', '，', '、', '。', '和', '地区生产总值', '比重', '（间）', '[2]', '①'];
    const number = fc.oneof(fc.integer({ min: 0, max: 9999 }).map(String), fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), number), { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        for (const q of scanQuantities(s)) {
          const text = s.slice(q.start, q.end);
          expect(parseValue(text), `${s} → ${text}`).toEqual(q.value);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the finder’s refiners say why a number is not a figure', () => {
  test.each([
    ['2025年3月5日召开会议。', 'a date, an ordinal, an edition or a code'],
    ['排名比去年同期提升5位。', 'a rank, not a count (提升5位)'],
    ['引进20亿级项目。', 'a grade or a name (20亿级)'],
    ['居全省第6位。', 'part of a code, an ordinal or a version'],
    ['用时6个月。', 'a duration'],
    ['这是3.5的比值。', 'no unit'],
    ['会议于上午9:30开始。', 'a time of day'],
  ])('%s → %s', (s, reason) => {
    const { found, rejected } = findQuantities(s);
    expect(found).toEqual([]);
    expect(rejected.map((r) => r.reason)).toContain(reason);
  });

  it.each([
    ['城乡居民收入比缩小至2.21∶1。', { metric: 'level', number: 2.21, bound: 'exact' }],
    ['城乡居民收入倍差缩小至1.71。', { metric: 'level', number: 1.71, bound: 'exact' }],
    ['三次产业结构由上年的9.4:66.8:23.8调整为8.3:71.1:20.6。', { metric: 'level' }],
    ['粮食增产1.6%。', { metric: 'growth', number: 1.6, unit: '%', bound: 'exact' }],
    ['全年人均地区生产总值为125043元（按年平均汇率折算为17745美元）。', { metric: 'level', number: 125043, unit: '元', bound: 'exact' }],
    ['城乡低保标准提高至842元/月。', { metric: 'level', number: 842, unit: '元/月', bound: 'exact' }],
    ['县域经济总量占全省三分之二以上。', { metric: 'level', number: 66.6666666667, unit: '%', bound: 'at-least' }],
    ['能耗下降百分之五。', { metric: 'change', number: -5, unit: '%', bound: 'exact' }],
  ])('reads ratios and to-verb numbers at a clause end: %s', (s, value) => {
    // Brackets masked as the prose reader masks them (a note's own figures are not read).
    expect(scanQuantities(s, maskQuoted(s)).map((q) => q.value)).toEqual([value]);
  });

  it('a bracket inside a noun phrase does not end the clause (15-59岁（含不满60周岁）人口)', () => {
    const s = '15-59岁（含不满60周岁）人口87557万人。';
    expect(scanQuantities(s, maskQuoted(s)).map((q) => s.slice(q.start, q.end))).toEqual(['87557万人']);
  });

  it('keeps a ratio without a unit after a to-verb and before a bound (倍差缩小至1.7以内)', () => {
    expect(scanQuantities('城乡居民收入倍差缩小至1.7以内。').map((q) => q.value)).toEqual([{ metric: 'level', number: 1.7, bound: 'at-most' }]);
  });
});

describe('readQuantities', () => {
  test.each([
    ['增长7-7.5%', { min: 7, max: 7.5, unit: '%', verb: 'growth' }],
    ['10—50万元', { min: 1e5, max: 5e5, unit: '元' }],
    ['下降三成', { number: 30, unit: '%', numerals: true, verb: 'decrease' }],
    ['1,234家', { number: 1234, unit: '家' }],
    ['较2020年下降13%', { from: 0, number: 13, verb: 'decrease' }],
    ['比上年末上升0.1个百分点', { from: 0, number: 0.1, unit: 'pp' }],
    ['１２％', { number: 12, unit: '%' }],
  ])('%s', (s, expected) => {
    const [r] = readQuantities(foldWidth(s));
    expect(r).toMatchObject(expected);
  });
});
