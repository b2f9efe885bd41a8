import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatcher, findAll, type MatchPattern } from '@/lib/annotate/matcher';

const tuples = (ms: { start: number; end: number; key: string }[]) => ms.map((m) => [m.start, m.end, m.key]);

/** Reference: at each position try every pattern, take the longest, jump past it. */
function naive(patterns: MatchPattern[], text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  const uniq: MatchPattern[] = [];
  for (const p of patterns) if (p.text && !uniq.some((u) => u.text === p.text)) uniq.push(p);
  for (let i = 0; i < text.length; ) {
    let best: MatchPattern | null = null;
    for (const p of uniq) if (text.startsWith(p.text, i) && (!best || p.text.length > best.text.length)) best = p;
    if (best) {
      out.push([i, i + best.text.length, best.key]);
      i += best.text.length;
    } else i++;
  }
  return out;
}

describe('buildMatcher', () => {
  const cases: { name: string; patterns: [string, string][]; text: string; want: [number, number, string][] }[] = [
    { name: 'longest of nested names wins', patterns: [['生产总值', 'x'], ['地区生产总值', 'gdp'], ['总值', 'y']], text: '全市地区生产总值增长6%', want: [[2, 8, 'gdp']] },
    { name: 'leftmost beats a longer later match', patterns: [['abc', 'p'], ['bcdef', 'q']], text: 'abcdef', want: [[0, 3, 'p']] },
    { name: 'non-overlapping after a match', patterns: [['ab', 'p'], ['bcd', 'q'], ['cd', 'r']], text: 'abcd', want: [[0, 2, 'p'], [2, 4, 'r']] },
    { name: 'every occurrence', patterns: [['失业率', 'u']], text: '失业率；城镇调查失业率5%', want: [[0, 3, 'u'], [8, 11, 'u']] },
    { name: 'ASCII case and full width folded', patterns: [['GDP', 'gdp']], text: '亿元ｇｄｐ与GdP', want: [[2, 5, 'gdp'], [6, 9, 'gdp']] },
    { name: 'full-width parentheses equal half-width', patterns: [['实际利用外资(部口径)', 'fdi']], text: '10.实际利用外资（部口径）', want: [[3, 14, 'fdi']] },
    { name: 'whitespace inside a pattern is ignored', patterns: [['地区 生产总值', 'gdp']], text: '地区生产总值', want: [[0, 6, 'gdp']] },
    { name: 'first pattern of equal text wins', patterns: [['投资', 'a'], ['投资', 'b']], text: '有效投资', want: [[2, 4, 'a']] },
    { name: 'failure links across a partial match', patterns: [['增加值', 'v'], ['加工', 'w']], text: '增加工业增加值', want: [[1, 3, 'w'], [4, 7, 'v']] },
    { name: 'no patterns', patterns: [], text: 'abc', want: [] },
    { name: 'empty and blank patterns ignored', patterns: [['', 'e'], [' \u3000', 's'], ['b', 'b']], text: 'abc', want: [[1, 2, 'b']] },
    { name: 'surrogate pairs are two code units', patterns: [['𠀀区', 'r']], text: 'a𠀀区', want: [[1, 4, 'r']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const m = buildMatcher(c.patterns.map(([text, key]) => ({ text, key })));
      expect(tuples(findAll(m, c.text))).toEqual(c.want);
    });
  }

  it('reports the pattern as given', () => {
    const m = buildMatcher([{ text: '实际利用外资（部口径）', key: 'fdi' }]);
    expect(findAll(m, '实际利用外资(部口径)')).toEqual([{ start: 0, end: 11, key: 'fdi', pattern: '实际利用外资（部口径）' }]);
    expect(m.size).toBe(1);
  });

  it('agrees with the naive leftmost-longest reference (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 60 }), (words, text) => {
        const patterns = words.map((w, i) => ({ text: w, key: 'k' + i }));
        expect(tuples(findAll(buildMatcher(patterns), text))).toEqual(naive(patterns, text));
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on adversarial input (a…a with many nested patterns)', () => {
    const patterns = Array.from({ length: 60 }, (_, i) => ({ text: 'a'.repeat(i + 1) + 'b', key: 'k' + i }));
    const text = 'a'.repeat(1_000_000);
    const t0 = performance.now();
    expect(findAll(buildMatcher(patterns), text)).toEqual([]);
    // A quadratic scan would take seconds; linear is well under this generous bound.
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
