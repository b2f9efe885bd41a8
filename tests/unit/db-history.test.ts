import { describe, expect, it } from 'vitest';
import { capturePlan } from '../../lib/db/capture';
import { historyForKeys } from '../../lib/db/history';
import { JX2022, JX2024, freshDb, notice } from './db-fixtures';

async function seeded() {
  const db = freshDb();
  await capturePlan(db, notice('嘉兴市', 2022, JX2022), { url: 'https://www.jiaxing.gov.cn/art/2022/5/14/a.html' });
  await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: 'https://www.jiaxing.gov.cn/art/2024/2/8/b.html' });
  // Same year, another kind: the execution report with an outcome.
  await capturePlan(
    db,
    notice('嘉兴市', 2024, [{ name: '地区生产总值', text: '增长6.3%', role: 'actual', value: { metric: 'growth', number: 6.3, unit: '%', bound: 'exact' } }], {
      kind: 'plan-execution',
      title: '关于嘉兴市2024年国民经济和社会发展计划执行情况的报告',
    }),
    { url: 'https://www.jiaxing.gov.cn/art/2025/1/20/c.html' },
  );
  await capturePlan(db, notice('湖州市', 2024, JX2024), { url: 'https://www.huzhou.gov.cn/art/2024/1/1/d.html' });
  return db;
}

describe('historyForKeys', () => {
  it('returns every year and kind of a key in one region, sorted by year then kind, with plan title and url', async () => {
    const db = await seeded();
    const [gdp] = await historyForKeys(db, '嘉兴市', ['gdp']);
    expect(gdp.indicator).toBe('gdp');
    expect(gdp.region).toBe('嘉兴市');
    expect(gdp.entries.map((e) => [e.year, e.kind, e.role, e.text, e.url])).toEqual([
      [2022, 'annual-plan', 'target', '增长6.5%左右', 'https://www.jiaxing.gov.cn/art/2022/5/14/a.html'],
      [2024, 'annual-plan', 'target', '增长6%左右', 'https://www.jiaxing.gov.cn/art/2024/2/8/b.html'],
      [2024, 'plan-execution', 'actual', '增长6.3%', 'https://www.jiaxing.gov.cn/art/2025/1/20/c.html'],
    ]);
    expect(gdp.entries[0].planTitle).toBe('嘉兴市人民政府关于下达2022年嘉兴市国民经济和社会发展计划的通知');
    expect(gdp.entries[0].quote).toBe('地区生产总值\t增长6.5%左右');
  });

  it('mixes in linked indicators both ways: urban and rural income ↔ all residents', async () => {
    const db = await seeded();
    const [all, urban] = await historyForKeys(db, '嘉兴市', ['per-capita-disposable-income', 'urban-per-capita-disposable-income']);
    expect(all.entries.map((e) => [e.year, e.indicator, e.name])).toEqual([
      [2022, 'urban-per-capita-disposable-income', '城镇居民人均可支配收入'],
      [2022, 'rural-per-capita-disposable-income', '农村居民人均可支配收入'],
      [2024, 'per-capita-disposable-income', '居民人均可支配收入'],
    ]);
    expect(urban.entries.map((e) => [e.year, e.indicator])).toEqual([
      [2022, 'urban-per-capita-disposable-income'],
      [2024, 'per-capita-disposable-income'],
    ]);
  });

  it('linked indicators only fill years the key lacks: 制造业投资 never mixes into 固定资产投资 years', async () => {
    const db = await seeded();
    await capturePlan(
      db,
      notice('嘉兴市', 2023, [{ name: '制造业投资', text: '增长10%', value: { metric: 'growth', number: 10, unit: '%', bound: 'exact' } }], { kind: 'work-report', title: '2023年嘉兴市政府工作报告' }),
      { url: null },
    );
    await capturePlan(
      db,
      notice('嘉兴市', 2024, [{ name: '制造业投资', text: '1100亿元以上', value: { metric: 'level', number: 1.1e11, unit: '元', bound: 'at-least' } }], { kind: 'work-report', title: '2024年嘉兴市政府工作报告' }),
      { url: null },
    );
    const [fai, manufacturing] = await historyForKeys(db, '嘉兴市', ['fixed-asset-investment', 'manufacturing-investment']);
    expect(fai.entries.map((e) => [e.year, e.indicator])).toEqual([
      [2022, 'fixed-asset-investment'],
      [2023, 'manufacturing-investment'],
      [2024, 'fixed-asset-investment'],
    ]);
    expect(manufacturing.entries.map((e) => [e.year, e.indicator, e.kind])).toEqual([
      [2022, 'fixed-asset-investment', 'annual-plan'],
      [2023, 'manufacturing-investment', 'work-report'],
      [2024, 'manufacturing-investment', 'work-report'],
    ]);
  });

  it('gives an empty history for unknown keys and never leaks other regions', async () => {
    const db = await seeded();
    const result = await historyForKeys(db, '湖州市', ['x-nothing', 'gdp']);
    expect(result.map((h) => [h.indicator, h.entries.length])).toEqual([
      ['x-nothing', 0],
      ['gdp', 1],
    ]);
    expect(result[1].entries[0].planId).toBe('湖州市/2024/annual-plan');
  });
});
