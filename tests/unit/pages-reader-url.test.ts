import { describe, expect, it } from 'vitest';
import { paragraphAt, paragraphStart, parseReaderLocation, readerHref, sentenceBounds } from '@/lib/reader-url';
import { tabIdFromSearch, httpHost } from '@/lib/active-tab';

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

describe('reader URL', () => {
  it('names the plan and position, and reads them back', () => {
    const href = readerHref(BASE, '嘉兴市/2024/annual-plan', 1234);
    expect(href).toBe(`${BASE}reader.html?plan=%E5%98%89%E5%85%B4%E5%B8%82%2F2024%2Fannual-plan#pos=1234`);
    const u = new URL(href);
    expect(parseReaderLocation(u.search, u.hash)).toEqual({ planId: '嘉兴市/2024/annual-plan', position: 1234 });
  });

  it.each([
    ['?plan=a', '', { planId: 'a', position: null }],
    ['?plan=a&tabId=3', '#pos=0', { planId: 'a', position: 0 }],
    ['', '#pos=12', { planId: null, position: 12 }],
    ['?plan=', '#pos=-5', { planId: null, position: null }],
    ['?plan=a', '#pos=1e3', { planId: 'a', position: null }],
  ])('parses %s %s', (search, hash, expected) => {
    expect(parseReaderLocation(search, hash)).toEqual(expected);
  });

  it('clamps a bad position to the start', () => {
    expect(readerHref(BASE, 'p', -3)).toBe(`${BASE}reader.html?plan=p#pos=0`);
    expect(readerHref(BASE, 'p', Number.NaN)).toBe(`${BASE}reader.html?plan=p#pos=0`);
  });
});

describe('paragraphAt / paragraphStart', () => {
  // Joined: "标题\n第一段。\n第二段" → 标题 0-1, \n 2, 第一段。 3-6, \n 7, 第二段 8-10.
  const paragraphs = ['标题', '第一段。', '第二段'];
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 1],
    [7, 1],
    [8, 2],
    [10, 2],
    [999, 2],
  ])('position %i is in paragraph %i', (pos, index) => {
    expect(paragraphAt(paragraphs, pos)).toBe(index);
  });

  it('inverts: each paragraph starts where paragraphAt says it does', () => {
    expect(paragraphs.map((_, i) => paragraphStart(paragraphs, i))).toEqual([0, 3, 8]);
    for (const [i] of paragraphs.entries()) expect(paragraphAt(paragraphs, paragraphStart(paragraphs, i))).toBe(i);
    expect(paragraphAt([], 3)).toBe(-1);
  });
});

describe('active tab helpers', () => {
  it.each([
    ['?tabId=42', 42],
    ['?q=1&tabId=7', 7],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=4x', null],
    ['', null],
  ])('tabIdFromSearch(%s) = %s', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });

  it.each([
    ['http://www.Jiaxing.gov.cn/art/2024/2/8/a.html', 'www.jiaxing.gov.cn'],
    ['https://example.org:8443/x', 'example.org'],
    ['chrome://extensions', null],
    ['not a url', null],
    [null, null],
  ])('httpHost(%s) = %s', (url, host) => {
    expect(httpHost(url)).toBe(host);
  });
});

describe('sentenceBounds', () => {
  it.each([
    ['总体要求。全年增长6%左右；其他。', 7, [5, 14]],
    ['总体要求。全年增长6%左右；其他。', 0, [0, 5]],
    ['总体要求。全年增长6%左右；其他。', 16, [14, 17]],
    ['no end', 3, [0, 6]],
  ] as const)('%s at %i → %j', (text, offset, bounds) => {
    expect(sentenceBounds(text, offset)).toEqual(bounds);
  });
});
