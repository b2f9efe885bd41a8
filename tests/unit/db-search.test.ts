import { describe, expect, it } from 'vitest';
import { capturePlan } from '../../lib/db/capture';
import { saveHighlight } from '../../lib/db/highlights';
import { canon, locate, search } from '../../lib/db/search';
import { resolveIndicator } from '../../lib/indicators';
import { JX2022, JX2024, freshDb, notice } from './db-fixtures';

const PARA_2024 = '稳步扩大有效投资。加快沪乍杭铁路等项目前期，实现固定资产投资增长6%以上。全力激发民间投资活力。';
const PARA_2022 = '扩大有效投资，力争固定资产投资增长8%以上，其中制造业投资增长10%。';

async function small() {
  const db = freshDb();
  await capturePlan(db, notice('嘉兴市', 2022, JX2022, { extra: [PARA_2022] }), { url: 'https://www.jiaxing.gov.cn/a.html' });
  await capturePlan(db, notice('嘉兴市', 2024, [...JX2024, { name: '高校毕业生就业见习岗位', text: '3000个', value: { metric: 'count', number: 3000, unit: '个' } }], { extra: [PARA_2024] }), {
    url: 'https://www.jiaxing.gov.cn/b.html',
  });
  await capturePlan(db, notice('湖州市', 2024, JX2024), { url: 'https://www.huzhou.gov.cn/c.html' });
  await saveHighlight(db, {
    url: 'https://www.jiaxing.gov.cn/b.html',
    planId: '嘉兴市/2024/annual-plan',
    selectors: [{ type: 'TextPositionSelector', start: 0, end: 6 }],
    exact: '固定资产投资增长6%以上',
    note: '比2022年的8%低，GDP目标也降了',
    tags: ['投资', '对比'],
  });
  return db;
}

const top = (r: Awaited<ReturnType<typeof search>>) => r.indicators.map((g) => `${g.indicator}@${g.region}`);

describe('search', () => {
  it('固定资产投资: the indicator first, preferred region first, every year, then passages and highlights', async () => {
    const db = await small();
    const r = await search(db, '固定资产投资', { region: '嘉兴市' });
    expect(top(r).slice(0, 2)).toEqual(['fixed-asset-investment@嘉兴市', 'fixed-asset-investment@湖州市']);
    expect(r.indicators[0]).toMatchObject({ name: '固定资产投资', en: expect.stringMatching(/fixed.asset/i), match: 'exact' });
    expect(r.indicators[0].entries.map((e) => [e.year, e.text])).toEqual([
      [2022, '增长8%以上'],
      [2024, '增长6%以上'],
    ]);
    // Paragraphs before table rows within a year; the preferred region first.
    expect(r.passages.map((p) => [p.region, p.year, p.text])).toEqual([
      ['嘉兴市', 2024, PARA_2024],
      ['嘉兴市', 2024, '固定资产投资\t增长6%以上'],
      ['嘉兴市', 2022, PARA_2022],
      ['嘉兴市', 2022, '固定资产投资\t增长8%以上'],
      ['嘉兴市', 2022, '民间投资占固定资产投资比重\t稳步提升'],
      ['湖州市', 2024, '固定资产投资\t增长6%以上'],
    ]);
    expect(r.passages.every((p) => p.text.slice(p.offset, p.offset + p.length) === '固定资产投资')).toBe(true);
    expect(r.passages[0]).toMatchObject({ planId: '嘉兴市/2024/annual-plan', region: '嘉兴市', url: 'https://www.jiaxing.gov.cn/b.html', offset: PARA_2024.indexOf('固定资产投资') });
    expect(r.highlights.map((h) => [h.exact, h.field])).toEqual([['固定资产投资增长6%以上', 'exact']]);
    expect(r.highlights[0]).not.toHaveProperty('tokens');
  });

  it('固投 → 固定资产投资 first (registry alias)', async () => {
    const db = await small();
    const r = await search(db, '固投');
    expect(r.indicators[0]).toMatchObject({ indicator: 'fixed-asset-investment', name: '固定资产投资', match: 'exact' });
  });

  it('GDP → 地区生产总值 first', async () => {
    const db = await small();
    const r = await search(db, 'GDP', { region: '嘉兴市' });
    expect(top(r)[0]).toBe('gdp@嘉兴市');
    expect(r.indicators[0].name).toBe('地区生产总值');
    expect(r.indicators[0].entries.map((e) => e.text)).toEqual(['增长6.5%左右', '增长6%左右']);
    // The highlight whose note mentions GDP is found too.
    expect(r.highlights.map((h) => h.field)).toEqual(['note']);
  });

  it('就业 → 城镇新增就业人数 and 城镇调查失业率 (registry topics) before other names containing 就业', async () => {
    const db = await small();
    const r = await search(db, '就业', { region: '嘉兴市' });
    const keys = [...new Set(r.indicators.map((g) => g.indicator))];
    expect(keys.slice(0, 2).sort()).toEqual(['urban-new-jobs', 'urban-surveyed-unemployment-rate']);
    expect(keys).toContain(resolveIndicator('高校毕业生就业见习岗位'));
  });

  it('strong matches region by region: both 就业 indicators of a region before other regions; GDP everywhere before weak matches', async () => {
    const db = await small();
    const jobs = await search(db, '就业');
    expect(jobs.indicators.slice(0, 4).map((g) => g.region)).toEqual(['湖州市', '湖州市', '嘉兴市', '嘉兴市']);
    expect(new Set(jobs.indicators.slice(0, 2).map((g) => g.indicator))).toEqual(new Set(['urban-new-jobs', 'urban-surveyed-unemployment-rate']));
    const gdp = await search(db, 'GDP');
    expect(top(gdp).slice(0, 2)).toEqual(['gdp@湖州市', 'gdp@嘉兴市']);
  });

  it("'fixed asset' → 固定资产投资 first", async () => {
    const db = await small();
    const r = await search(db, 'fixed asset');
    expect(r.indicators[0].indicator).toBe('fixed-asset-investment');
  });

  it('finds indicators outside the registry by the names as written', async () => {
    const db = await small();
    const r = await search(db, '见习岗位');
    expect(r.indicators.map((g) => [g.indicator.startsWith('x-'), g.name, g.match])).toEqual([[true, '高校毕业生就业见习岗位', 'contains']]);
  });

  it('one-character queries and empty queries', async () => {
    const db = await small();
    expect((await search(db, '   ')).indicators).toEqual([]);
    const r = await search(db, '投', { limit: 3 });
    expect(r.indicators.length).toBeLessThanOrEqual(3);
    expect(r.passages.length).toBe(3);
    expect(r.passages[0].text).toBe(PARA_2024);
    expect(r.passages.every((p) => p.year === 2024 && p.text[p.offset] === '投' && p.length === 1)).toBe(true);
  });

  it('no match → empty sections', async () => {
    const db = await small();
    expect(await search(db, '航天发射')).toEqual({ query: '航天发射', indicators: [], passages: [], highlights: [] });
  });
});

describe('search helpers', () => {
  it.each([
    ['Fixed-asset  investment', 'fixed asset investment'],
    ['ＧＤＰ', 'gdp'],
    [' 固定资产投资 ', '固定资产投资'],
  ])('canon(%j) = %j', (input, expected) => expect(canon(input)).toBe(expected));

  it.each([
    ['实现固定资产投资增长6%以上', '固定资产', { offset: 2, length: 4 }],
    ['Fixed asset investment grew', 'ASSET', { offset: 6, length: 5 }],
    ['固定资产投资，民间投资', '民间 固定', { offset: 7, length: 2 }],
    ['固定资产投资', '消费', null],
  ])('locate(%j, %j)', (text, q, expected) => expect(locate(text, q)).toEqual(expected));
});
