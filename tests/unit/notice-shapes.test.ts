/**
 * Shapes of real sentences (tests/corpus/docs) the prose reader must read: 分别 lists, shared
 * values (均), units such as 斤 and 岁, relative targets without a number. [sentence, expected [name, text] pairs].
 */
import { describe, expect, it } from 'vitest';
import { qualitativeTargets, targetsFromProse } from '@/lib/notice/body';

const read = (s: string) => targetsFromProse(s).map((t) => [t.name, t.text]);
const qual = (s: string) => qualitativeTargets(s).map((t) => [t.name, t.text]);

describe('分别 lists: each name its own value, in order', () => {
  it.each([
    ['制造业、普惠小微贷款余额分别增长10.7%、13.3%。', [['制造业', '增长10.7%'], ['普惠小微贷款余额', '13.3%']]],
    ['工业投资、制造业投资、高新技术产业投资分别增长46.3%、60.3%和116.4%。', [['工业投资', '增长46.3%'], ['制造业投资', '60.3%'], ['高新技术产业投资', '116.4%']]],
    // One value after 分别 is not a list (the 、 before a digit joins modifiers of one name).
    ['确保家庭可支配收入10-50万元、20-60万元的群体比例分别提高3个百分点。', [['家庭可支配收入10-50万元、20-60万元的群体比例', '提高3个百分点']]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('a value shared by a list (均)', () => {
  it('gives every name the value (a 和 inside an earlier item stays in its name)', () => {
    expect(read('确保交通投资、生态环境和公共设施投资、高新技术产业投资、民间投资均增长10%以上。')).toEqual([
      ['交通投资', '增长10%以上'],
      ['生态环境和公共设施投资', '增长10%以上'],
      ['高新技术产业投资', '增长10%以上'],
      ['民间投资', '增长10%以上'],
    ]);
  });
});

describe('units of real targets', () => {
  it.each([
    ['粮食产量615亿斤左右。', [['粮食产量', '615亿斤左右']]],
    ['人均预期寿命提高到80岁以上。', [['人均预期寿命', '提高到80岁以上']]],
    ['全员劳动生产率达到25万元/人。', [['全员劳动生产率', '达到25万元/人']]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('relative targets without a number (qualitative)', () => {
  it.each([
    ['居民收入增长与经济增长同步。', [['居民收入', '与经济增长同步']]],
    ['城镇常住居民人均可支配收入增速高于全国平均水平、高于城镇居民收入增速。', [['城镇常住居民人均可支配收入', '高于全国平均水平'], ['城镇常住居民人均可支配收入', '高于城镇居民收入增速']]],
    ['固定资产投资实现正增长。', [['固定资产投资', '实现正增长']]],
    ['城乡居民收入倍差进一步缩小。', [['城乡居民收入倍差', '进一步缩小']]],
    // A list of measures before one relation: each of them (zhoushan-2021, taizhou-2018 work reports);
    // a list item with a figure of its own ends the list.
    ['一般公共预算收入、城乡居民人均可支配收入与经济增长基本同步。', [['一般公共预算收入', '与经济增长基本同步'], ['城乡居民人均可支配收入', '与经济增长基本同步']]],
    ['一般公共预算收入增长、城乡居民收入增长与经济增长基本同步。', [['一般公共预算收入', '与经济增长基本同步'], ['城乡居民收入', '与经济增长基本同步']]],
    ['全市地区生产总值增长6%左右、城乡居民收入增长与经济增长同步。', [['城乡居民收入', '与经济增长同步']]],
    // With a number it is a quantity, read by the quantity scanner instead.
    ['增速高于全省平均水平1.7个百分点。', []],
  ])('%s', (sentence, expected) => {
    expect(qual(sentence)).toEqual(expected);
  });
});

describe('a final 和 joins the last name', () => {
  it('城镇和农村… 分别: the parallel word takes the noun the list shares (lexicon PARALLEL_PREFIXES)', () => {
    expect(read('城镇和农村居民人均可支配收入分别增长4.7%、7.9%。')).toEqual([['城镇居民人均可支配收入', '增长4.7%'], ['农村居民人均可支配收入', '7.9%']]);
    expect(read('城镇、农村常住居民人均可支配收入分别增长4.4%、6.5%。')).toEqual([['城镇常住居民人均可支配收入', '增长4.4%'], ['农村常住居民人均可支配收入', '6.5%']]);
  });

  it('a level and its growth joined by a comma are one subject, not a list without 分别', () => {
    expect(read('批发和零售业增加值137981亿元，比上年增长5.5%。')).toEqual([['批发和零售业增加值', '137981亿元'], ['批发和零售业增加值', '比上年增长5.5%']]);
  });
});

describe('a second 分别 run over the same names', () => {
  it('restarts the names', () => {
    expect(read('香洲、金湾和斗门分别实现地区生产总值863.48亿元、351.2亿元和188.5亿元，分别增长10.8%、14.2%和9.0%。')).toEqual([
      ['香洲', '863.48亿元'], ['金湾', '351.2亿元'], ['斗门', '188.5亿元'],
      ['香洲', '增长10.8%'], ['金湾', '14.2%'], ['斗门', '9.0%'],
    ]);
  });
});

describe('Traditional script on mirror sites', () => {
  it('reads figures in Simplified, quotes them as written, resolves the indicator', async () => {
    const { extractFromBlocks } = await import('@/lib/notice/extract');
    const meta = { id: '丽水市/2020/annual-plan', region: '丽水市', year: 2020, kind: 'annual-plan' as const, title: '麗水市2020年國民經濟和社會發展計劃', issued: null, url: null };
    const n = extractFromBlocks([{ type: 'paragraph', text: '全市地區(qū)生產總值增長6.5%左右，一般公共預算收入增長6%。' }], meta);
    expect(n.targets.map((t) => [t.name, t.text, t.indicator])).toEqual([
      ['地區生產總值', '增長6.5%左右', 'gdp'],
      ['一般公共預算收入', '增長6%', 'general-public-budget-revenue'],
    ]);
    expect(n.targets[0].quote).toBe('全市地區(qū)生產總值增長6.5%左右，一般公共預算收入增長6%。');
  });
});

describe('signs, markers, from–to, ratios and Chinese numerals', () => {
  it.each([
    ['人口自然增长率为-0.5‰。', [['人口自然增长率', '-0.5‰']], -0.5],
    ['地区生产总值[2]82553亿元。', [['地区生产总值', '82553亿元']], 8255300000000],
    ['比上年增长[41]3.1%。', [], null],
    ['城镇新增就业①11万人。', [['城镇新增就业', '11万人']], 110000],
    ['规上工业增加值*增长6%以上。', [['规上工业增加值', '增长6%以上']], 6],
    ['社会物流总费用与GDP的比率从14.7%降至13%左右。', [['社会物流总费用与GDP的比率', '降至13%左右']], 13],
    ['城乡居民收入倍差缩小至1.7以内。', [['城乡居民收入倍差', '缩小至1.7以内']], 1.7],
    ['研发投入强度提高两个百分点。', [['研发投入强度', '提高两个百分点']], 2],
    ['粮食产量730亿斤以上。', [['粮食产量', '730亿斤以上']], 73000000000],
  ])('%s', async (sentence, expected, number) => {
    const { parseValue } = await import('@/lib/notice/value');
    const got = targetsFromProse(sentence);
    expect(got.map((t) => [t.name, t.text])).toEqual(expected);
    if (number !== null) expect(parseValue(got[0].text).number).toBe(number);
  });

  it('a value cell with a footnote marker after it keeps the value', async () => {
    const { targetsFromRows } = await import('@/lib/notice/table');
    const rows = [['指标名称', '2024年目标'], ['地区生产总值[1]', '增长6%以上[1]']].map((c, i) => ({ cells: c, text: c.join('\t'), offset: i * 10 }));
    expect(targetsFromRows(rows).map((t) => [t.name, t.text])).toEqual([['地区生产总值', '增长6%以上']]);
  });
});

describe('counts written before their noun, after an action verb', () => {
  it.each([
    ['新培育10个概念验证中心、20个中试平台。', [['概念验证中心', '10个'], ['中试平台', '20个']]],
    ['加快推动600个以上亿元级工业项目建设。', [['亿元级工业项目', '600个以上']]],
    ['完成500所中小学体育场地升级改造。', [['中小学体育场地升级改造', '500所']]],
    ['推进长江存储三期等1.22万个亿元以上新建续建项目建设。', [['亿元以上新建续建项目', '1.22万个']]],
    // Measures of things built (tianjin-2026-govreport), and nouns that end before 和 / 并 and a verb.
    ['新建提升310公里农村公路，建设47.8万亩高标准农田。', [['农村公路', '310公里'], ['高标准农田', '47.8万亩']]],
    ['建成8座污水厂并投入运行，改造97个老旧小区和12个城中村。', [['污水厂', '8座'], ['老旧小区', '97个'], ['城中村', '12个']]],
    ['创建10个省级和美乡村。', [['省级和美乡村', '10个']]],
    // Without an action verb a count before a noun describes it (16家省级服务业创新发展区): no figure.
    ['全市16家省级服务业创新发展区营收增长。', []],
  ])('%s', async (sentence, expected) => {
    const { countsBeforeNouns } = await import('@/lib/notice/body');
    expect(countsBeforeNouns(sentence).map((t) => [t.name, t.text])).toEqual(expected);
  });
});
