import { describe, expect, test } from 'vitest';
import { parseTargetValue, parseValue, splitTargetText } from '@/lib/notice/value';
import type { TargetValue } from '@/lib/types';

// [text as written, expected value]. Drawn from the Jiaxing seeds and gold, tests/corpus/docs (real page excerpts), and design.md §4.
const CASES: [string, TargetValue][] = [
  // design.md §4, verbatim
  ['增长6%左右', { metric: 'growth', number: 6, unit: '%', bound: 'about' }],
  ['控制在5.5%以内', { metric: 'level', number: 5.5, unit: '%', bound: 'at-most' }],
  ['较2020年下降13%', { metric: 'change', number: -13, unit: '%', bound: 'exact', base: { year: 2020 } }],
  ['提高3个百分点', { metric: 'change', number: 3, unit: 'pp', bound: 'exact' }],
  ['按省下达目标安排', { metric: 'deferred' }],
  ['稳步增长', { metric: 'qualitative' }],
  ['11万人', { metric: 'count', number: 110000, unit: '人', bound: 'exact' }],
  ['30亿美元', { metric: 'level', number: 3e9, unit: '美元', bound: 'exact' }],
  // Jiaxing tables 2022 / 2024
  ['增长6%以上', { metric: 'growth', number: 6, unit: '%', bound: 'at-least' }],
  ['增长6.5%以上', { metric: 'growth', number: 6.5, unit: '%', bound: 'at-least' }],
  ['增长7%以上', { metric: 'growth', number: 7, unit: '%', bound: 'at-least' }],
  ['73%左右', { metric: 'level', number: 73, unit: '%', bound: 'about' }],
  ['低于0.012人/亿元', { metric: 'level', number: 0.012, unit: '人/亿元', bound: 'below' }],
  ['低于0.01人/亿元', { metric: 'level', number: 0.01, unit: '人/亿元', bound: 'below' }],
  ['增长8%以上', { metric: 'growth', number: 8, unit: '%', bound: 'at-least' }],
  ['占全国份额保持稳定', { metric: 'qualitative' }],
  ['正增长', { metric: 'qualitative' }],
  ['3.48%', { metric: 'level', number: 3.48, unit: '%', bound: 'exact' }],
  ['135万人', { metric: 'count', number: 1350000, unit: '人', bound: 'exact' }],
  ['增长16%以上', { metric: 'growth', number: 16, unit: '%', bound: 'at-least' }],
  ['3%左右', { metric: 'level', number: 3, unit: '%', bound: 'about' }],
  ['与经济增长同步', { metric: 'qualitative' }],
  ['10万人', { metric: 'count', number: 100000, unit: '人', bound: 'exact' }],
  ['降低2.4%', { metric: 'change', number: -2.4, unit: '%', bound: 'exact' }],
  ['94%以上', { metric: 'level', number: 94, unit: '%', bound: 'at-least' }],
  ['控制在26微克/立方米及以下', { metric: 'level', number: 26, unit: '微克/立方米', bound: 'at-most' }],
  ['增长5.5%以上', { metric: 'growth', number: 5.5, unit: '%', bound: 'at-least' }],
  ['增加3万人左右', { metric: 'change', number: 30000, unit: '人', bound: 'about' }],
  ['增长7%', { metric: 'growth', number: 7, unit: '%', bound: 'exact' }],
  ['5%以内', { metric: 'level', number: 5, unit: '%', bound: 'at-most' }],
  ['稳步提高', { metric: 'qualitative' }],
  // Jiaxing body targets
  ['300亿元以上', { metric: 'level', number: 3e10, unit: '元', bound: 'at-least' }],
  ['稳定在95%以上', { metric: 'level', number: 95, unit: '%', bound: 'at-least' }],
  ['稳定在94%以上', { metric: 'level', number: 94, unit: '%', bound: 'at-least' }],
  ['新增国家高新技术企业700家', { metric: 'count', number: 700, unit: '家', bound: 'exact' }],
  ['新增光伏并网容量40万千瓦以上', { metric: 'level', number: 400000, unit: '千瓦', bound: 'at-least' }],
  ['1.5万个', { metric: 'count', number: 15000, unit: '个', bound: 'exact' }],
  ['5800个', { metric: 'count', number: 5800, unit: '个', bound: 'exact' }],
  ['12万名', { metric: 'count', number: 120000, unit: '名', bound: 'exact' }],
  ['3.5万亩', { metric: 'level', number: 35000, unit: '亩', bound: 'exact' }],
  ['落实保障性租赁用房5.28万套（间）', { metric: 'count', number: 52800, unit: '套', bound: 'exact' }],
  ['列入国家102工程项目超15个', { metric: 'count', number: 15, unit: '个', bound: 'above' }],
  ['引进世界500强、跨国公司功能机构、全球行业龙头企业和超亿美元项目80个以上', { metric: 'count', number: 80, unit: '个', bound: 'at-least' }],
  ['在职省级以上高层次人才累计400名以上', { metric: 'count', number: 400, unit: '名', bound: 'at-least', cumulative: true }],
  ['政府专项债资金增长20%以上', { metric: 'growth', number: 20, unit: '%', bound: 'at-least' }],
  ['新开通5G基站2000个', { metric: 'count', number: 2000, unit: '个', bound: 'exact' }],
  ['设区城市PM2.5平均浓度控制在26微克/立方米及以下', { metric: 'level', number: 26, unit: '微克/立方米', bound: 'at-most' }],
  ['空气质量优良天数比例达到90%以上', { metric: 'share', number: 90, unit: '%', bound: 'at-least' }],
  ['市控断面三类及以上水体比例稳定在94%以上', { metric: 'share', number: 94, unit: '%', bound: 'at-least' }],
  ['重点建设用地安全利用率达到95%', { metric: 'level', number: 95, unit: '%', bound: 'exact' }],
  ['腾出用能空间40万吨标煤以上', { metric: 'level', number: 400000, unit: '吨标煤', bound: 'at-least' }],
  ['海河联运集装箱吞吐量105万标箱', { metric: 'level', number: 1050000, unit: '标箱', bound: 'exact' }],
  ['举办境内投资促进活动不少于100场', { metric: 'count', number: 100, unit: '场', bound: 'at-least' }],
  ['科创担保余额占比达到25%', { metric: 'share', number: 25, unit: '%', bound: 'exact' }],
  ['饮用水源地水质达标率保持100%', { metric: 'level', number: 100, unit: '%', bound: 'exact' }],
  ['确保家庭可支配收入10-50万元、20-60万元的群体比例分别提高3个百分点', { metric: 'change', number: 3, unit: 'pp', bound: 'exact' }],
  ['确保生产安全事故起数、死亡人数双下降', { metric: 'qualitative' }],
  ['力争民间投资占固定资产投资比重有所提升', { metric: 'qualitative' }],
  ['完成省下达任务', { metric: 'deferred' }],
  // tests/corpus/docs (real page excerpts)
  ['7左右', { metric: 'level', number: 7, bound: 'about' }],
  ['增长5%左右', { metric: 'growth', number: 5, unit: '%', bound: 'about' }],
  ['增长4.6%', { metric: 'growth', number: 4.6, unit: '%', bound: 'exact' }],
  ['2.45万亿元', { metric: 'level', number: 2.45e12, unit: '元', bound: 'exact' }],
  ['69.05亿美元', { metric: 'level', number: 6.905e9, unit: '美元', bound: 'exact' }],
  ['0.5%左右', { metric: 'level', number: 0.5, unit: '%', bound: 'about' }],
  ['增长26万左右,年末户籍人口800万左右', { metric: 'change', number: 260000, bound: 'about' }],
  ['46%以上', { metric: 'level', number: 46, unit: '%', bound: 'at-least' }],
  ['保持基本稳定', { metric: 'qualitative' }],
  ['稳中提质', { metric: 'qualitative' }],
  ['不良贷款率控制在1.3%以内', { metric: 'level', number: 1.3, unit: '%', bound: 'at-most' }],
  ['研究與試驗發展經費投入強度達到2.0%', { metric: 'level', number: 2, unit: '%', bound: 'exact' }],
  ['地区生产总值力争增长7.5%左右', { metric: 'growth', number: 7.5, unit: '%', bound: 'about' }],
  ['粮食产量保持在180万吨以上', { metric: 'level', number: 1800000, unit: '吨', bound: 'at-least' }],
  ['力争规上工业中四大新兴产业增加值占比提升至44%', { metric: 'share', number: 44, unit: '%', bound: 'exact' }],
  ['家庭年可支配收入20万至60万群体比例超过50%', { metric: 'share', number: 50, unit: '%', bound: 'above' }],
  ['城乡居民收入倍差缩小至1.7以内', { metric: 'level', number: 1.7, bound: 'at-most' }],
  ['节能减排完成省定任务', { metric: 'deferred' }],
  ['完成国家和省下达的能源环境指标计划目标', { metric: 'deferred' }],
  ['固定资产投资同比下降12.7%', { metric: 'change', number: -12.7, unit: '%', bound: 'exact' }],
  ['新增高新技术企业370家', { metric: 'count', number: 370, unit: '家', bound: 'exact' }],
  ['实现技术合同交易额120亿元以上', { metric: 'level', number: 1.2e10, unit: '元', bound: 'at-least' }],
  ['增长11.9万人', { metric: 'change', number: 119000, unit: '人', bound: 'exact' }],
  // forms and bounds
  ['7-7.5%', { metric: 'level', min: 7, max: 7.5, unit: '%' }],
  ['增长7～7.5%', { metric: 'growth', min: 7, max: 7.5, unit: '%' }],
  ['增长7%-7.5%', { metric: 'growth', min: 7, max: 7.5, unit: '%' }],
  ['下降3-5%', { metric: 'change', min: -5, max: -3, unit: '%' }],
  ['增长６．５％以上', { metric: 'growth', number: 6.5, unit: '%', bound: 'at-least' }],
  ['不低于90%', { metric: 'level', number: 90, unit: '%', bound: 'at-least' }],
  ['不超过3%', { metric: 'level', number: 3, unit: '%', bound: 'at-most' }],
  ['高于5%', { metric: 'level', number: 5, unit: '%', bound: 'above' }],
  ['超过100万元', { metric: 'level', number: 1e6, unit: '元', bound: 'above' }],
  ['约200亿元', { metric: 'level', number: 2e10, unit: '元', bound: 'about' }],
  ['增长超过5%', { metric: 'growth', number: 5, unit: '%', bound: 'above' }],
  ['下降到5%以下', { metric: 'level', number: 5, unit: '%', bound: 'at-most' }],
  ['降至4.5%', { metric: 'level', number: 4.5, unit: '%', bound: 'exact' }],
  ['下降0.5个百分点', { metric: 'change', number: -0.5, unit: 'pp', bound: 'exact' }],
  ['增速保持在8%以上', { metric: 'growth', number: 8, unit: '%', bound: 'at-least' }],
  ['1,000亿元以上', { metric: 'level', number: 1e11, unit: '元', bound: 'at-least' }],
  ['与2020年相比下降14%', { metric: 'change', number: -14, unit: '%', bound: 'exact', base: { year: 2020 } }],
  ['到2025年累计新增10万人', { metric: 'count', number: 100000, unit: '人', bound: 'exact', cumulative: true }],
];

describe('parseValue', () => {
  test('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  test.each(CASES)('%s', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });
  test('qualitative and deferred values carry no number and no bound', () => {
    for (const [text] of CASES) {
      const v = parseValue(text);
      if (v.metric === 'qualitative' || v.metric === 'deferred') expect(Object.keys(v)).toEqual(['metric']);
    }
  });
});

describe('parseTargetValue', () => {
  test.each<[string, string, TargetValue]>([
    ['3.55%', '全社会研究与试验发展经费支出占生产总值比重', { metric: 'share', number: 3.55, unit: '%', bound: 'exact' }],
    ['95%以上', '地表水市控断面Ⅲ类及以上水质比例', { metric: 'share', number: 95, unit: '%', bound: 'at-least' }],
    ['53%左右', '高新技术产业产值占规模以上工业产值比重', { metric: 'share', number: 53, unit: '%', bound: 'about' }],
    ['5%以内', '城镇调查失业率', { metric: 'level', number: 5, unit: '%', bound: 'at-most' }],
    ['73%左右', '常住人口城镇化率', { metric: 'level', number: 73, unit: '%', bound: 'about' }],
    ['6%左右', '地区生产总值增速', { metric: 'growth', number: 6, unit: '%', bound: 'about' }],
    ['提高3个百分点', '家庭可支配收入（按三口之家计算）10-50万元群体比例', { metric: 'change', number: 3, unit: 'pp', bound: 'exact' }],
    ['占全国份额保持稳定', '货物出口总额', { metric: 'qualitative' }],
    ['30亿美元', '实际利用外资（部口径）', { metric: 'level', number: 3e9, unit: '美元', bound: 'exact' }],
  ])('%s with name %s', (text, name, expected) => {
    expect(parseTargetValue(text, name)).toEqual(expected);
  });
  test('without a name it is parseValue', () => {
    expect(parseTargetValue('3.55%')).toEqual(parseValue('3.55%'));
  });
});

describe('robustness', () => {
  test('any text parses without throwing, and only numbers carry a bound', async () => {
    const fc = await import('fast-check');
    const pieces = fc.constantFrom('增长', '下降', '6', '.', '5', '%', '万', '亿', '人', '以上', '左右', '以内', '-', '～', '较', '2020年', '个百分点', '控制在', '超', '/', '元', '按省下达', ' ', 'PM2.5', '累计');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.string({ maxLength: 8 }), (parts, noise) => {
        const v = parseValue(parts.join('') + noise);
        const hasNumber = v.number !== undefined || (v.min !== undefined && v.max !== undefined);
        if (v.metric === 'qualitative' || v.metric === 'deferred') expect(hasNumber || v.bound !== undefined).toBe(false);
        else expect(hasNumber).toBe(true);
        if (v.number !== undefined) expect(Number.isFinite(v.number)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  test('a long sentence with many numbers stays fast', () => {
    const long = '新增国家高新技术企业700家、'.repeat(2000) + '增长6%以上';
    const t0 = performance.now();
    expect(parseValue(long)).toEqual({ metric: 'growth', number: 6, unit: '%', bound: 'at-least' });
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('splitTargetText', () => {
  test.each([
    ['新增国家高新技术企业700家', { name: '新增国家高新技术企业', text: '700家' }],
    ['全市固定资产投资增长8%以上', { name: '全市固定资产投资', text: '增长8%以上' }],
    ['单位地区生产总值用水量较2020年下降13%', { name: '单位地区生产总值用水量', text: '较2020年下降13%' }],
    ['确保全年城镇调查失业率控制在5.5%以内', { name: '确保全年城镇调查失业率', text: '控制在5.5%以内' }],
    ['在职省级以上高层次人才累计400名以上', { name: '在职省级以上高层次人才', text: '累计400名以上' }],
    ['列入国家102工程项目超15个', { name: '列入国家102工程项目', text: '超15个' }],
    ['全年举办境内投资促进活动不少于100场', { name: '全年举办境内投资促进活动', text: '不少于100场' }],
  ])('%s', (sentence, expected) => expect(splitTargetText(sentence)).toEqual(expected));
  test('null without a number', () => expect(splitTargetText('确保出口占全省份额稳中有增')).toBeNull());
});
