import { describe, expect, it } from 'vitest';
import {
  encodeFragmentTerm,
  formatNumber,
  fragmentTerms,
  numericValue,
  parseTags,
  formatTags,
  snippet,
  textFragmentUrl,
} from '@/lib/format';

const URL = 'https://www.jiaxing.gov.cn/art/2024/3/1/art_1229_5.html';

describe('formatNumber', () => {
  it('groups thousands only in English and drops float noise', () => {
    expect(formatNumber(2000, 'zh')).toBe('2000');
    expect(formatNumber(2000, 'en')).toBe('2,000');
    expect(formatNumber(0.1 + 0.2, 'zh')).toBe('0.3');
    expect(formatNumber(-0.012, 'en')).toBe('-0.012');
  });
});

describe('numericValue', () => {
  it.each([
    [{ metric: 'growth', number: 6, unit: '%', bound: 'about' }, 6],
    [{ metric: 'growth', min: 7, max: 7.5, unit: '%' }, 7.25],
    [{ metric: 'level', min: 94, unit: '%' }, 94],
    [{ metric: 'qualitative' }, null],
    [{ metric: 'deferred' }, null],
  ] as const)('%j → %s', (value, expected) => {
    expect(numericValue(value)).toBe(expected);
  });
});

describe('textFragmentUrl', () => {
  it('encodes Chinese and % and needs no end for a short quote', () => {
    expect(textFragmentUrl(URL, '固定资产投资增长8%以上')).toBe(
      URL + '#:~:text=%E5%9B%BA%E5%AE%9A%E8%B5%84%E4%BA%A7%E6%8A%95%E8%B5%84%E5%A2%9E%E9%95%BF8%25%E4%BB%A5%E4%B8%8A',
    );
  });

  it('encodes dashes, commas and ampersands, which are directive syntax', () => {
    expect(encodeFragmentTerm('10-50万元')).toBe('10%2D50%E4%B8%87%E5%85%83');
    expect(encodeFragmentTerm('a,b&c')).toBe('a%2Cb%26c');
    expect(encodeFragmentTerm('R&D—投入')).toBe('R%26D%E2%80%94%E6%8A%95%E5%85%A5');
    const url = textFragmentUrl(URL, 'GDP 7-7.5%, R&D');
    expect(url).toBe(URL + '#:~:text=GDP%207%2D7.5%25%2C%20R%26D');
    // Exactly one unencoded directive separator and no raw dash or comma after it.
    expect(url.split('#:~:text=')[1]).not.toMatch(/[-,&]/);
  });

  it('uses the first and last clause of a long sentence as start and end', () => {
    const quote = '全年固定资产投资增长6%以上，其中制造业投资增长8%以上，新开工、竣工亿元以上产业项目各400个。';
    expect(fragmentTerms(quote)).toEqual({ start: '全年固定资产投资增长6%以上', end: '竣工亿元以上产业项目各400个' });
    expect(textFragmentUrl(URL, quote)).toBe(
      URL +
        '#:~:text=' +
        encodeFragmentTerm('全年固定资产投资增长6%以上') +
        ',' +
        encodeFragmentTerm('竣工亿元以上产业项目各400个'),
    );
  });

  it('cuts one long clause at word boundaries, never more than 24 code units a side', () => {
    const quote = '坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动高质量发展统筹发展和安全';
    const { start, end } = fragmentTerms(quote);
    expect(start.length).toBeLessThanOrEqual(24);
    expect(end.length).toBeLessThanOrEqual(24);
    expect(quote.startsWith(start)).toBe(true);
    expect(quote.endsWith(end)).toBe(true);
    expect(start.length + end.length).toBeLessThanOrEqual(quote.length);
  });

  it('reads a table row quote from its first cell with letters, whitespace collapsed', () => {
    expect(fragmentTerms('1\t地区生产总值\t增长6%左右')).toEqual({ start: '地区生产总值', end: '' });
    expect(fragmentTerms('  城镇调查\u00a0失业率 \n控制在5%以内')).toEqual({ start: '城镇调查 失业率', end: '' });
  });

  it('keeps an existing fragment and replaces an existing directive', () => {
    expect(textFragmentUrl('https://a.gov.cn/#/art/1', '失业率')).toBe('https://a.gov.cn/#/art/1:~:text=%E5%A4%B1%E4%B8%9A%E7%8E%87');
    expect(textFragmentUrl('https://a.gov.cn/p.html#:~:text=old', '失业率')).toBe('https://a.gov.cn/p.html#:~:text=%E5%A4%B1%E4%B8%9A%E7%8E%87');
    expect(textFragmentUrl(URL, '   ')).toBe(URL);
  });
});

describe('tags', () => {
  it.each([
    ['投资, 就业', ['投资', '就业']],
    ['投资，就业、民生;投资', ['投资', '就业', '民生']],
    [' , ,', []],
    ['R&D spending', ['R&D spending']],
  ] as const)('%s → %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
  it('formats back with ", "', () => expect(formatTags(['投资', '就业'])).toBe('投资, 就业'));
});

describe('snippet', () => {
  const text = '全年固定资产投资增长6%以上，其中制造业投资增长8%以上，新开工、竣工亿元以上产业项目各400个。';
  it('windows around the first hit and marks every hit inside it', () => {
    expect(snippet(text, '投资', 4)).toEqual([
      { text: '…', hit: false },
      { text: '固定资产', hit: false },
      { text: '投资', hit: true },
      { text: '增长6%以上', hit: false },
      { text: '…', hit: false },
    ]);
  });
  it('uses a located hit when the search gives one', () => {
    expect(snippet('ＧＤＰ增长6%左右', 'gdp', 40, { offset: 0, length: 3 })).toEqual([
      { text: 'ＧＤＰ', hit: true },
      { text: '增长6%左右', hit: false },
    ]);
  });
  it('is case-insensitive for Latin text and returns the text whole when nothing matches', () => {
    expect(snippet('PM2.5平均浓度', 'pm2.5')).toEqual([
      { text: 'PM2.5', hit: true },
      { text: '平均浓度', hit: false },
    ]);
    expect(snippet('新增光伏装机', '就业')).toEqual([{ text: '新增光伏装机', hit: false }]);
  });
});
