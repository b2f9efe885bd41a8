import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { passageRank, passagesInOrder } from '../../lib/db/passage-order';

/** The order as search defined it before selection: region first, newest year, first paragraphs, then id. */
function sortedAll(ids: string[], region: string | null): string[] {
  const parse = (id: string) => {
    const hash = id.lastIndexOf('#p');
    const parts = id.slice(0, hash).split('/');
    return { region: parts[0], year: Number(parts[1]) || 0, index: Number(id.slice(hash + 2)) || 0 };
  };
  return [...ids].sort((a, b) => {
    const p = parse(a);
    const q = parse(b);
    return Number(q.region === region) - Number(p.region === region) || q.year - p.year || p.index - q.index || (a < b ? -1 : a > b ? 1 : 0);
  });
}

describe('passage candidates in display order', () => {
  it.each([
    ['the preferred region before a newer year elsewhere', ['杭州市/2025/work-report#p1', '嘉兴市/2022/annual-plan#p9'], '嘉兴市', ['嘉兴市/2022/annual-plan#p9', '杭州市/2025/work-report#p1']],
    ['a newer year before an earlier paragraph', ['嘉兴市/2022/annual-plan#p0', '嘉兴市/2024/annual-plan#p40'], null, ['嘉兴市/2024/annual-plan#p40', '嘉兴市/2022/annual-plan#p0']],
    ['an earlier paragraph first (numbers, not strings)', ['嘉兴市/2024/annual-plan#p10', '嘉兴市/2024/annual-plan#p9'], null, ['嘉兴市/2024/annual-plan#p9', '嘉兴市/2024/annual-plan#p10']],
    ['ties by id', ['嘉兴市/2024/work-report#p3', '嘉兴市/2024/annual-plan#p3'], null, ['嘉兴市/2024/annual-plan#p3', '嘉兴市/2024/work-report#p3']],
  ])('%s', (_what, ids, region, expected) => {
    expect([...passagesInOrder(ids, region)]).toEqual(expected);
    expect(passageRank(expected[0], region)).toBeGreaterThanOrEqual(passageRank(expected[1], region));
  });

  it('picks the first ones without sorting the rest, and gives the rest in order when asked (any `first`)', () => {
    const id = fc
      .tuple(fc.constantFrom('嘉兴市', '湖州市', '杭州市'), fc.integer({ min: 2015, max: 2030 }), fc.constantFrom('annual-plan', 'work-report'), fc.integer({ min: 0, max: 3000 }))
      .map(([r, y, k, i]) => `${r}/${y}/${k}#p${i}`);
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 300 }), fc.constantFrom(null, '嘉兴市'), fc.integer({ min: 1, max: 50 }), (ids, region, first) => {
        const all = [...passagesInOrder(ids, region, first)];
        expect(all).toEqual(sortedAll(ids, region));
      }),
      { numRuns: 300 },
    );
  });

  it('does not sort all candidates for the first ones', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `嘉兴市/${2000 + (i % 25)}/annual-plan#p${i}`);
    const sort = vi.spyOn(Array.prototype, 'sort');
    let firstFive: string[];
    try {
      const it = passagesInOrder(ids, null, 5);
      firstFive = Array.from({ length: 5 }, () => it.next().value as string);
      expect(Math.max(0, ...sort.mock.contexts.map((a) => (a as unknown[]).length))).toBeLessThan(100);
    } finally {
      sort.mockRestore();
    }
    expect(firstFive).toEqual(sortedAll(ids, null).slice(0, 5));
  });
});
