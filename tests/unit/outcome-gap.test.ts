import { describe, expect, it } from 'vitest';
import { outcomeGap } from '@/lib/outcome-gap';
import { parseTargetValue } from '@/lib/notice/value';
import { resolveIndicator } from '@/lib/indicators';

const side = (name: string, text: string) => ({ indicator: resolveIndicator(name), name, text, value: parseTargetValue(text, name) });

describe('an outcome against its year’s target', () => {
  it.each([
    // [indicator, target, outcome, status, delta]
    ['地区生产总值', '增长5%左右', '增长5.5%', 'met', '0.5 pp'],
    ['地区生产总值', '增长7%左右', '增长6.8%', 'near', '-0.2 pp'],
    ['地区生产总值', '增长7%左右', '增长6%', 'missed', '-1 pp'],
    ['地区生产总值', '增长5%—5.5%', '增长5.2%', 'met', '0 pp'],
    ['地区生产总值', '增长5%—5.5%', '增长4.8%', 'missed', '-0.2 pp'],
    ['城镇调查失业率', '控制在5.5%以内', '5.1%', 'met', '-0.4 pp'],
    ['城镇登记失业率', '控制在3.5%以内', '1.68%', 'met', '-1.82 pp'],
    ['居民消费价格涨幅', '3%左右', '0.5%', 'met', '-2.5 pp'],
    ['固定资产投资', '增长6%以上', '增长5.9%', 'missed', '-0.1 pp'],
  ])('%s: target %s, outcome %s → %s (%s)', (name, target, actual, status, delta) => {
    const gap = outcomeGap(side(name, target), side(name, actual));
    expect(gap && [gap.status, `${gap.delta.value} ${gap.delta.unit}`]).toEqual([status, delta]);
  });

  it('says nothing when the two are not the same kind of number', () => {
    expect(outcomeGap(side('地区生产总值', '增长6%左右'), side('地区生产总值', '5.3万亿元'))).toBeNull();
    expect(outcomeGap(side('城镇居民人均可支配收入', '与经济增长同步'), side('城镇居民人均可支配收入', '增长6%'))).toBeNull();
  });
});
