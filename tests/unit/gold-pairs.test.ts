import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTargets } from '@/lib/compare';
import { areRelated, resolveIndicator } from '@/lib/indicators';
import { parseTargetValue, parseValue, splitTargetText } from '@/lib/notice/value';
import type { Ambition, ChangeKind } from '@/lib/types';

interface GoldPair {
  indicator: string;
  fromName?: string;
  toName?: string;
  from: string | null;
  to: string | null;
  change: ChangeKind;
  ambition?: Ambition;
}
interface GoldBodyPair {
  thing: string;
  fromQuote: string;
  toQuote: string;
  change: ChangeKind;
}
const gold = JSON.parse(readFileSync(join(__dirname, '../fixtures/gold/jiaxing-gold.json'), 'utf8')) as {
  pairs: GoldPair[];
  bodyPairs: GoldBodyPair[];
};

function side(name: string, text: string | null) {
  return text === null ? null : { indicator: resolveIndicator(name), text, value: parseTargetValue(text, name), name };
}

describe('gold table pairs (27)', () => {
  test('there are 27', () => expect(gold.pairs.length).toBe(27));

  test.each(gold.pairs.map((p) => [`${p.indicator}: ${p.from} → ${p.to}`, p] as const))('%s', (_label, p) => {
    const got = compareTargets(side(p.fromName ?? p.indicator, p.from), side(p.toName ?? p.indicator, p.to));
    expect({ change: got.change, ambition: got.ambition }).toEqual({ change: p.change, ambition: p.ambition ?? null });
  });

  test('names that differ between the years resolve to one key, or to linked keys (urban/rural → all residents)', () => {
    const differing = gold.pairs.filter((p) => p.fromName && p.toName && p.fromName !== p.toName);
    expect(differing.length).toBe(6);
    for (const p of differing) {
      const a = resolveIndicator(p.fromName!);
      const b = resolveIndicator(p.toName!);
      if (/城镇居民|农村居民/.test(p.fromName!)) {
        expect(a).not.toBe(b);
        expect(areRelated(a, b), `${p.fromName} ~ ${p.toName}`).toBe(true);
      } else expect(a, `${p.fromName} / ${p.toName}`).toBe(b);
    }
  });

  test('score', () => {
    let ok = 0;
    for (const p of gold.pairs) {
      const got = compareTargets(side(p.fromName ?? p.indicator, p.from), side(p.toName ?? p.indicator, p.to));
      if (got.change === p.change && got.ambition === (p.ambition ?? null)) ok++;
    }
    console.log(`gold table pairs: ${ok}/${gold.pairs.length}`);
    expect(ok).toBe(27);
  });
});

describe('gold body pairs (18)', () => {
  const rows = gold.bodyPairs.map((p) => {
    const from = splitTargetText(p.fromQuote)!;
    const to = splitTargetText(p.toQuote)!;
    // The pair is given as one subject: compare the values under one key.
    const key = resolveIndicator(p.thing);
    const got = compareTargets(
      { indicator: key, text: from.text, value: parseValue(from.text), name: p.thing },
      { indicator: key, text: to.text, value: parseValue(to.text), name: p.thing },
    );
    const paired = resolveIndicator(from.name) === resolveIndicator(to.name);
    return { p, from, to, got, paired };
  });

  test('every quote splits into a name and a value part', () => {
    expect(rows.map((r) => [r.from.text, r.to.text])).toEqual([
      ['700家', '500家'],
      ['1500家', '1200家'],
      ['300亿元以上', '230亿元以上'],
      ['200亿元以上', '320亿元'],
      ['2万亩', '1万亩'],
      ['4万亩', '3.5万亩'],
      ['40万千瓦以上', '60万千瓦以上'],
      ['15家', '50家以上'],
      ['12万名', '10万名'],
      ['1.5万个', '5800个'],
      ['增长8%以上', '增长6%以上'],
      ['增长6%以上', '增长5.5%以上'],
      ['30亿美元', '30亿美元'],
      ['稳定在94%以上', '稳定在95%以上'],
      ['10万人', '11万人'],
      ['80个以上', '50个以上'],
      ['增长20%以上', '300亿元以上'],
      ['累计400名以上', '50名'],
    ]);
  });

  test('change kinds: at least 17 of 18 (the 超亿美元项目 pair is rebased only because its 2022 name lists more kinds of project)', () => {
    const ok = rows.filter((r) => r.got.change === r.p.change);
    const misses = rows.filter((r) => r.got.change !== r.p.change).map((r) => `${r.p.thing}: ${r.got.change} ≠ ${r.p.change}`);
    console.log(`gold body pairs: ${ok.length}/${rows.length}; misses: ${misses.join('; ')}`);
    expect(misses).toEqual(['超亿美元项目: lowered ≠ rebased']);
  });

  test('which body pairs the names alone would pair (resolveIndicator of each year’s name part)', () => {
    const paired = rows.filter((r) => r.paired).map((r) => r.p.thing);
    const unpaired = rows.filter((r) => !r.paired).map((r) => `${r.from.name} / ${r.to.name}`);
    console.log(`body names paired: ${paired.length}/${rows.length}; not paired: ${unpaired.join('; ')}`);
    expect(unpaired).toEqual([
      '引进世界500强、跨国公司功能机构、全球行业龙头企业和超亿美元项目 / 引进超亿美元项目',
      '在职省级以上高层次人才 / 新增省级以上高层次人才',
    ]);
  });
});
