import { describe, expect, it } from 'vitest';
import { categoryHeading, cleanRowName, hasRowNumber, normalizeText } from '@/lib/notice/normalize';

describe('normalizeText', () => {
  it.each([
    ['国民\n经济', '国民经济'],
    ['增长\u00a06%', '增长6%'],
    ['总\u3000\u3000计', '总计'],
    ['  嘉兴市人民政府  ', '嘉兴市人民政府'],
    ['RCEP  new\tdeal', 'RCEP new deal'],
    ['GDP 增长', 'GDP增长'],
    ['2018年 2月5日', '2018年2月5日'],
    ['国\u200b民', '国民'],
    // Visible characters survive exactly: full-width punctuation, em dash, （注）.
    ['10—50万元群体比例（注）：，。', '10—50万元群体比例（注）：，。'],
    ['\n\t ', ''],
  ])('%j → %j', (raw, text) => {
    expect(normalizeText(raw)).toBe(text);
  });
});

describe('table row names', () => {
  it.each([
    ['1.地区生产总值（注）', '地区生产总值'],
    ['1.地区生产总值(注)', '地区生产总值'],
    ['12．数字经济核心制造业增加值', '数字经济核心制造业增加值'],
    ['（3）城镇调查失业率', '城镇调查失业率'],
    ['10—50万元群体比例', '10—50万元群体比例'],
    ['10.实际利用外资（部口径）', '实际利用外资（部口径）'],
    ['20.亿元GDP生产安全事故死亡率', '亿元GDP生产安全事故死亡率'],
  ])('%s → %s', (raw, name) => {
    expect(cleanRowName(raw)).toBe(name);
  });

  it('tells numbered rows from unnumbered ones and from ranges', () => {
    expect([hasRowNumber('19.家庭可支配收入'), hasRowNumber('货物出口总额'), hasRowNumber('10-50万元群体比例'), hasRowNumber('1.5级')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it.each([
    ['一、经济发展', '经济发展'],
    ['（二）科技创新', '科技创新'],
    ['1.地区生产总值', null],
    ['一般公共预算收入', null],
  ])('category %s → %s', (raw, category) => {
    expect(categoryHeading(raw)).toBe(category);
  });
});
