import { searchTermsOf } from '@/lib/indicators/search-terms';
import { describe, expect, test } from 'vitest';
import {
  allIndicators,
  areRelated,
  findIndicators,
  fnv1a36,
  getIndicator,
  normalizeIndicatorName,
  normalizedAliases,
  polarityOf,
  relatedIndicators,
  resolveIndicator,
} from '@/lib/indicators';

describe('registry', () => {
  const all = allIndicators();
  test('has at least 40 indicators with English names and topics', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const i of all) {
      expect(i.en, i.key).toMatch(/[A-Za-z]/);
      const { topics } = searchTermsOf(i.key);
      expect(topics.some((w) => /[\u4e00-\u9fff]/.test(w)), i.key).toBe(true);
      expect(topics.some((w) => /[A-Za-z]/.test(w)), i.key).toBe(true);
      expect(['higher', 'lower', 'neutral']).toContain(i.polarity);
    }
  });

  test('every indicator has its search words, and no search words lack an indicator', async () => {
    const { SEARCH_TERMS } = await import('@/lib/indicators/search-terms');
    expect(Object.keys(SEARCH_TERMS).sort()).toEqual(all.map((i) => i.key).sort());
  });
  test('keys are unique lower-case ASCII kebab-case (design.md §6) and never x-', () => {
    const keys = all.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) {
      expect(k).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(k.startsWith('x-')).toBe(false);
    }
  });
  test('no normalized alias belongs to two indicators', () => {
    const owner = new Map<string, string>();
    for (const i of all) {
      for (const a of normalizedAliases(i)) {
        expect(owner.get(a) ?? i.key, `${a}: ${owner.get(a)} and ${i.key}`).toBe(i.key);
        owner.set(a, i.key);
      }
    }
  });
  test('every name of an indicator resolves to it', () => {
    for (const i of all) for (const name of [i.zh, ...i.aliases]) expect(resolveIndicator(name), name).toBe(i.key);
  });
  test('links point at indicators that exist', () => {
    for (const i of all) {
      if (i.partOf) expect(getIndicator(i.partOf), i.key).toBeDefined();
      if (i.successorOf) expect(getIndicator(i.successorOf), i.key).toBeDefined();
    }
  });
  test('published keys stay', () => {
    for (const key of ['gdp', 'fixed-asset-investment', 'urban-surveyed-unemployment-rate', 'cpi', 'pm25', 'rd-intensity', 'urban-new-jobs', 'per-capita-disposable-income']) {
      expect(getIndicator(key)?.key).toBe(key);
    }
  });
});

describe('normalizeIndicatorName', () => {
  test.each([
    ['1.地区生产总值（注）', '地区生产总值'],
    ['9.实际利用外资（部口径）', '实际利用外资'],
    ['家庭可支配收入（按三口之家计算）10—50万元群体比例', '家庭可支配收入10-50万元群体比例'],
    ['家庭年可支配收入20万至60万群体比例', '家庭年可支配收入20-60万群体比例'],
    ['地表水市控断面Ⅲ类及以上水体比例', '地表水市控断面三类及以上水质比例'],
    ['设区城市PM2.5年均浓度', '设区城市pm2.5平均浓度'],
    ['新增光伏并网容量', '光伏装机'],
    ['新增专精特新“小巨人”企业', '专精特新小巨人企业'],
    ['全年新增城镇就业', '城镇就业'],
    ['新引进大学生', '大学生'],
    ['规模以上工业增加值', '规上工业增加值'],
    ['  城镇 调查失业率 ', '城镇调查失业率'],
    ['一、经济发展', '经济发展'],
    ['新型城镇化', '新型城镇化'],
    ['5G基站', '5g基站'],
  ])('%s → %s', (name, expected) => expect(normalizeIndicatorName(name)).toBe(expected));
});

describe('resolveIndicator', () => {
  test.each([
    ['地区生产总值', 'gdp'],
    ['GDP', 'gdp'],
    ['全市生产总值', 'gdp'],
    ['地区生产总值增速', 'gdp'],
    ['人均地区生产总值', 'per-capita-gdp'],
    ['全社会固定资产投资', 'fixed-asset-investment'],
    ['固投', 'fixed-asset-investment'],
    ['社零', 'retail-sales'],
    ['R&D经费支出占GDP比重', 'rd-intensity'],
    ['研究与试验发展经费支出占地区生产总值比重', 'rd-intensity'],
    ['研发投入强度', 'rd-intensity'],
    ['调查失业率', 'urban-surveyed-unemployment-rate'],
    ['新增城镇就业', 'urban-new-jobs'],
    ['城镇新增就业', 'urban-new-jobs'],
    ['居民消费价格总水平涨幅', 'cpi'],
    ['CPI', 'cpi'],
    // coverage qualifiers are different indicators, not containment matches
    ['货物出口总额', 'goods-exports'],
    ['货物进出口总额', 'goods-trade'],
    ['进出口总额', 'foreign-trade'],
    ['服务贸易出口总额', 'x-' + fnv1a36('服务贸易出口总额')],
    ['城镇居民人均可支配收入', 'urban-per-capita-disposable-income'],
    ['农村居民人均可支配收入', 'rural-per-capita-disposable-income'],
    ['居民人均可支配收入', 'per-capita-disposable-income'],
    ['全体居民人均可支配收入', 'per-capita-disposable-income'],
    ['城乡居民人均可支配收入', 'x-' + fnv1a36('城乡居民人均可支配收入')],
    ['民间投资占固定资产投资比重', 'x-' + fnv1a36('民间投资占固定资产投资比重')],
    ['数字经济核心产业增加值', 'digital-economy-core-industry'],
    ['数字经济核心制造业增加值', 'digital-economy-core-manufacturing'],
    // wording variants between years
    ['设区城市PM2.5平均浓度', 'pm25'],
    ['设区城市PM2.5年均浓度', 'pm25'],
    ['细颗粒物（PM2.5）平均浓度', 'pm25'],
    ['地表水市控断面Ⅲ类及以上水体比例', 'surface-water-quality'],
    ['市控断面三类及以上水质比例', 'surface-water-quality'],
    ['地表水省控断面达到或好于Ⅲ类水质比例', 'surface-water-quality'],
    ['家庭可支配收入（按三口之家计算）10-50万元群体比例', 'household-income-10-50'],
    ['家庭可支配收入（按三口之家计算）10—50万元群体比例', 'household-income-10-50'],
    ['家庭年可支配收入20万至60万群体比例', 'household-income-20-60'],
    ['实际利用外资（部口径）', 'fdi'],
    ['实际使用外资', 'fdi'],
    ['新增光伏并网容量', 'solar-capacity'],
    ['新增光伏装机', 'solar-capacity'],
    ['新增国家高新技术企业', 'high-tech-enterprises'],
    ['亿元GDP生产安全事故死亡率', 'work-safety-death-rate'],
    ['亿元GDP安全生产事故死亡率', 'work-safety-death-rate'],
    ['单位地区生产总值综合能耗', 'energy-intensity'],
    ['单位GDP能耗', 'energy-intensity'],
    ['单位工业增加值能耗', 'x-' + fnv1a36('单位工业增加值能耗')],
    ['单位地区生产总值用水量', 'water-intensity'],
    ['万元工业增加值用水量', 'x-' + fnv1a36('万元工业增加值用水量')],
    ['环境空气质量优良天数比例', 'air-quality-good-days'],
    ['新增学位', 'school-places'],
    ['增加学位', 'school-places'],
    ['政府专项债资金', 'special-bonds'],
    ['新增专项债', 'special-bonds'],
    ['完成制造业投资', 'manufacturing-investment'],
    ['规上工业增加值', 'industrial-value-added'],
    ['规模以上工业增加值', 'industrial-value-added'],
    ['5G基站', '5g-base-stations'],
    ['新开通5G基站', '5g-base-stations'],
  ])('%s → %s', (name, key) => expect(resolveIndicator(name)).toBe(key));

  test('outside the registry: x- and a stable hash of the normalized name', () => {
    const key = resolveIndicator('新增省级美丽乡村特色精品村');
    expect(key).toBe('x-' + fnv1a36('省级美丽乡村特色精品村'));
    expect(key).toMatch(/^x-[0-9a-z]{1,7}$/);
    expect(resolveIndicator('省级美丽乡村特色精品村')).toBe(key);
    expect(resolveIndicator('腾退低效用地')).not.toBe(resolveIndicator('整治高耗低效企业'));
  });
  test('FNV-1a is the published function (changing it changes every x- key)', () => {
    expect(fnv1a36('')).toBe((0x811c9dc5).toString(36));
    expect(fnv1a36('a')).toBe((0xe40c292c).toString(36));
  });
});

describe('relatedIndicators', () => {
  test('urban and rural income are parts of all residents’ income', () => {
    expect(relatedIndicators('urban-per-capita-disposable-income')).toEqual([{ key: 'per-capita-disposable-income', relation: 'part-of' }]);
    expect(relatedIndicators('per-capita-disposable-income')).toEqual([
      { key: 'urban-per-capita-disposable-income', relation: 'has-part' },
      { key: 'rural-per-capita-disposable-income', relation: 'has-part' },
    ]);
    expect(areRelated('rural-per-capita-disposable-income', 'per-capita-disposable-income')).toBe(true);
    expect(areRelated('urban-per-capita-disposable-income', 'rural-per-capita-disposable-income')).toBe(false);
  });
  test('successors', () => {
    expect(relatedIndicators('urban-surveyed-unemployment-rate')).toEqual([{ key: 'urban-registered-unemployment-rate', relation: 'successor-of' }]);
    expect(relatedIndicators('urban-registered-unemployment-rate')).toEqual([{ key: 'urban-surveyed-unemployment-rate', relation: 'predecessor-of' }]);
  });
  test('unknown keys have no links', () => expect(relatedIndicators('x-abc')).toEqual([]));
});

describe('findIndicators', () => {
  const keys = (q: string) => findIndicators(q).map((i) => i.key);
  test('就业 finds both the unemployment rate and new jobs first', () => {
    expect(keys('就业').slice(0, 3).sort()).toEqual(['urban-new-jobs', 'urban-registered-unemployment-rate', 'urban-surveyed-unemployment-rate']);
  });
  test.each([
    ['fixed asset', 'fixed-asset-investment'],
    ['GDP', 'gdp'],
    ['gdp', 'gdp'],
    ['固投', 'fixed-asset-investment'],
    ['固定资产', 'fixed-asset-investment'],
    ['FAI', 'fixed-asset-investment'],
    ['CPI', 'cpi'],
    ['inflation', 'cpi'],
    ['R&D', 'rd-intensity'],
    ['PM2.5', 'pm25'],
    ['unemployment', 'urban-surveyed-unemployment-rate'],
    ['失业率', 'urban-surveyed-unemployment-rate'],
    ['城镇居民人均可支配收入', 'urban-per-capita-disposable-income'],
    ['income', 'per-capita-disposable-income'],
    ['全市固定资产投资增速', 'fixed-asset-investment'],
  ])('%s → %s first', (q, key) => expect(keys(q)[0]).toBe(key));
  test('employment (English topic) finds both', () => {
    expect(keys('employment')).toEqual(expect.arrayContaining(['urban-new-jobs', 'urban-surveyed-unemployment-rate']));
  });
  test('nothing for an empty or unrelated query', () => {
    expect(findIndicators('  ')).toEqual([]);
    expect(findIndicators('zebra')).toEqual([]);
  });
});

describe('polarityOf', () => {
  test.each([
    ['cpi', undefined, 'lower'],
    ['gdp', undefined, 'higher'],
    ['land-supply', undefined, 'neutral'],
    ['x-1', '单位工业增加值能耗', 'lower'],
    ['x-2', '劣V类水质断面比例', 'lower'],
    ['x-3', '省级美丽乡村特色精品村', 'higher'],
    ['x-4', undefined, 'higher'],
  ])('%s %s → %s', (key, name, expected) => expect(polarityOf(key, name)).toBe(expected));
});
