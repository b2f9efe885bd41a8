import { describe, expect, it } from 'vitest';
import { foldText, queryTerms, tokenize, tokensMatch } from '../../lib/search/tokenize';

describe('tokenize', () => {
  it.each([
    ['固定资产投资', ['固定', '定资', '资产', '产投', '投资', '资']],
    ['GDP', ['gd', 'gdp']],
    ['就', ['就']],
    ['Fixed asset', ['fi', 'fix', 'fixe', 'fixed', 'as', 'ass', 'asse', 'asset']],
    ['ＧＤＰ增长', ['gd', 'gdp', '增长', '长']],
    ['5G基站', ['5g', '基站', '站']],
  ])('%s → %j', (text, expected) => {
    expect(tokenize(text).sort()).toEqual([...expected].sort());
  });

  it('keeps joined forms, squashed forms and parts of PM2.5 and R&D', () => {
    const pm = tokenize('PM2.5浓度');
    expect(pm).toEqual(expect.arrayContaining(['pm2.5', 'pm25', 'pm2', '浓度', '度']));
    const rd = tokenize('R&D经费');
    expect(rd).toEqual(expect.arrayContaining(['r&d', 'rd', '经费', '费']));
    expect(rd).not.toContain('r');
  });

  it('does not join across separators or punctuation', () => {
    expect(tokenize('投资，消费')).not.toContain('资消');
    expect(tokenize('增长6%以上')).toEqual(expect.arrayContaining(['增长', '6', '以上']));
  });
});

describe('queryTerms', () => {
  it.each([
    ['固投', [{ token: '固投', prefix: false }]],
    ['就', [{ token: '就', prefix: true }]],
    ['fixed asset', [{ token: 'fixed', prefix: false }, { token: 'asset', prefix: false }]],
    ['GDP', [{ token: 'gdp', prefix: false }]],
    ['PM2.5', [{ token: 'pm2.5', prefix: false }]],
    ['  ', []],
  ])('%s → %j', (q, expected) => {
    expect(queryTerms(q)).toEqual(expected);
  });

  it('a query matches the tokens of a text that contains it', () => {
    const cases: [string, string, boolean][] = [
      ['全年固定资产投资增长6%以上', '固定资产', true],
      ['全年固定资产投资增长6%以上', '资', true],
      ['全年固定资产投资增长6%以上', '消费', false],
      ['Fixed-asset investment', 'fix inv', true],
      ['R&D经费支出', 'r&d', true],
      ['R&D经费支出', 'rd', true],
      ['设区城市PM2.5平均浓度', 'pm2.5', true],
    ];
    for (const [text, q, expected] of cases) expect([text, q, tokensMatch(tokenize(text), queryTerms(q))]).toEqual([text, q, expected]);
  });
});

describe('foldText', () => {
  it('keeps length so offsets stay valid', () => {
    const s = 'ＧＤＰ　增长 Ab';
    expect(foldText(s)).toBe('gdp 增长 ab');
    expect(foldText(s).length).toBe(s.length);
  });
});
