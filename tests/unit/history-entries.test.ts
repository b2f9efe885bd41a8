import { describe, expect, it } from 'vitest';
import { compareEntries, entriesFromNotice, withNotice, withoutRepeats } from '@/lib/history-entries';
import type { ExtractedNotice, HistoryEntry } from '@/lib/types';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  indicator: 'fixed-asset-investment',
  year: 2022,
  kind: 'annual-plan',
  planId: '嘉兴市/2022/annual-plan',
  planTitle: '',
  url: null,
  name: '固定资产投资',
  text: '增长8%以上',
  value: { metric: 'growth', number: 8, unit: '%', bound: 'at-least' },
  role: 'target',
  quote: '',
  position: 0,
  ...over,
});

const notice: ExtractedNotice = {
  plan: { id: '嘉兴市/2024/annual-plan', region: '嘉兴市', year: 2024, kind: 'annual-plan', title: 'T', issued: null, url: null },
  blocks: [],
  targets: [
    { indicator: 'fixed-asset-investment', name: '固定资产投资', category: null, text: '增长6%以上', value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' }, origin: 'body', role: 'target', quote: 'q1', position: 10, year: 2024, region: '嘉兴市' },
    { indicator: 'fixed-asset-investment', name: '固定资产投资', category: '经济发展', text: '增长6%以上', value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' }, origin: 'table', role: 'target', quote: 'q2', position: 900, year: 2024, region: '嘉兴市' },
    { indicator: 'gdp', name: '地区生产总值', category: '经济发展', text: '增长6%左右', value: { metric: 'growth', number: 6, unit: '%', bound: 'about' }, origin: 'table', role: 'target', quote: 'q3', position: 880, year: 2024, region: '嘉兴市' },
  ],
};

describe('history entries', () => {
  it('orders by year, then document kind, then targets before outcomes, then position', () => {
    const list = [
      entry({ year: 2024, position: 5 }),
      entry({ year: 2023, kind: 'plan-execution' }),
      entry({ year: 2023, role: 'actual' }),
      entry({ year: 2023, position: 3 }),
    ].sort(compareEntries);
    expect(list.map((e) => [e.year, e.kind, e.role, e.position])).toEqual([
      [2023, 'annual-plan', 'target', 3],
      [2023, 'annual-plan', 'actual', 0],
      [2023, 'plan-execution', 'target', 0],
      [2024, 'annual-plan', 'target', 5],
    ]);
  });

  it('keeps one entry per document for the same words, and different words apart', () => {
    const out = withoutRepeats([entry({ position: 1 }), entry({ position: 2 }), entry({ text: '增长7%以上', position: 3 })]);
    expect(out.map((e) => e.position)).toEqual([1, 3]);
  });

  it('turns the notice into entries by key, with the page URL', () => {
    const own = entriesFromNotice(notice, 'http://www.jiaxing.gov.cn/art/x.html');
    expect([...own.keys()]).toEqual(['fixed-asset-investment', 'gdp']);
    expect(own.get('gdp')![0]).toMatchObject({ year: 2024, planId: notice.plan.id, url: 'http://www.jiaxing.gov.cn/art/x.html', text: '增长6%左右' });
  });

  it('puts the notice in place of the database copy of the same plan', () => {
    const db = [entry({}), entry({ year: 2024, planId: notice.plan.id, text: '增长9%以上' })];
    const own = entriesFromNotice(notice, null).get('fixed-asset-investment');
    const merged = withNotice(db, notice.plan.id, own);
    expect(merged.map((e) => [e.year, e.text])).toEqual([
      [2022, '增长8%以上'],
      [2024, '增长6%以上'],
    ]);
    expect(withNotice(db, notice.plan.id, undefined).map((e) => e.year)).toEqual([2022]);
  });
});
