import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  ANNO_CONTEXT,
  escapeMarkdown,
  highlightsBackupText,
  highlightsToJsonLd,
  highlightsToMarkdown,
  jsonLdToHighlights,
} from '@/lib/export-highlights';
import { HighlightRecordSchema } from '@/lib/db/validate';
import { parseBackup } from '@/lib/db/backup';
import type { HighlightRecord } from '@/lib/types';

const URL_2024 = 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_5858.html';

const h1: HighlightRecord = {
  id: 'h1',
  url: URL_2024,
  planId: '嘉兴市/2024/annual-plan',
  selectors: [
    { type: 'TextPositionSelector', start: 120, end: 133 },
    { type: 'TextQuoteSelector', exact: '固定资产投资增长6%以上', prefix: '全年', suffix: '，其中' },
  ],
  exact: '固定资产投资增长6%以上',
  note: '比2022年低两个点\n要追问原因',
  tags: ['投资', '对比'],
  color: 'green',
  createdAt: Date.UTC(2024, 2, 1, 8, 0, 0),
  updatedAt: Date.UTC(2024, 2, 2, 9, 30, 0),
};

const h2: HighlightRecord = {
  id: 'h 2/中',
  url: 'https://example.org/a_(b).html',
  planId: null,
  selectors: [{ type: 'TextQuoteSelector', exact: '*重点* [任务] #1', prefix: '', suffix: '' }],
  exact: '*重点* [任务] #1',
  note: '',
  tags: [],
  color: 'yellow',
  createdAt: Date.UTC(2024, 0, 1),
  updatedAt: Date.UTC(2024, 0, 1),
};

describe('highlightsToMarkdown', () => {
  it('writes quote, note, tags and a text-fragment source link per highlight', () => {
    const md = highlightsToMarkdown([h1, h2], { title: '2024年计划', lang: 'zh' });
    expect(md).toBe(
      [
        '# 2024年计划',
        '',
        '> 固定资产投资增长6%以上',
        '',
        '**笔记：** 比2022年低两个点  ',
        '要追问原因',
        '',
        '**标签：** `投资` `对比`',
        '',
        `[原文](${URL_2024}#:~:text=%E5%9B%BA%E5%AE%9A%E8%B5%84%E4%BA%A7%E6%8A%95%E8%B5%84%E5%A2%9E%E9%95%BF6%25%E4%BB%A5%E4%B8%8A)`,
        '',
        '---',
        '',
        '> \\*重点\\* \\[任务\\] #1',
        '',
        '[原文](https://example.org/a_%28b%29.html#:~:text=*%E9%87%8D%E7%82%B9*%20%5B%E4%BB%BB%E5%8A%A1%5D%20%231)',
        '',
      ].join('\n'),
    );
  });

  it('labels in English and falls back to a default title; an empty list is just the title', () => {
    const md = highlightsToMarkdown([{ ...h1, note: '', tags: ['x`y'] }], { lang: 'en' });
    expect(md.split('\n').slice(0, 5)).toEqual(['# Highlights', '', '> 固定资产投资增长6%以上', '', '**Tags:** `x\'y`']);
    expect(highlightsToMarkdown([], { lang: 'en', title: 'My notes' })).toBe('# My notes\n');
  });

  it.each([
    ['a*b_c', 'a\\*b\\_c'],
    ['# 标题', '\\# 标题'],
    ['- 列表', '\\- 列表'],
    ['1. 第一', '\\1. 第一'],
    ['<script>', '\\<script\\>'],
    ['增长6%以上', '增长6%以上'],
  ])('escapes %j as %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });
});

describe('highlightsToJsonLd', () => {
  it('produces a W3C AnnotationCollection with the exact annotation content', () => {
    const doc = highlightsToJsonLd([h1, h2], { label: '嘉兴2024' });
    expect(doc).toEqual({
      '@context': ANNO_CONTEXT,
      type: 'AnnotationCollection',
      label: '嘉兴2024',
      total: 2,
      first: {
        type: 'AnnotationPage',
        startIndex: 0,
        items: [
          {
            id: 'urn:planlens:highlight:h1',
            type: 'Annotation',
            motivation: 'commenting',
            created: '2024-03-01T08:00:00.000Z',
            modified: '2024-03-02T09:30:00.000Z',
            body: [
              { type: 'TextualBody', value: '比2022年低两个点\n要追问原因', purpose: 'commenting', format: 'text/plain' },
              { type: 'TextualBody', value: '投资', purpose: 'tagging' },
              { type: 'TextualBody', value: '对比', purpose: 'tagging' },
            ],
            target: {
              source: URL_2024,
              selector: [
                { type: 'TextQuoteSelector', exact: '固定资产投资增长6%以上', prefix: '全年', suffix: '，其中' },
                { type: 'TextPositionSelector', start: 120, end: 133 },
              ],
              styleClass: 'green',
              scope: 'urn:planlens:plan:%E5%98%89%E5%85%B4%E5%B8%82%2F2024%2Fannual-plan',
            },
          },
          {
            id: 'urn:planlens:highlight:h%202%2F%E4%B8%AD',
            type: 'Annotation',
            motivation: 'highlighting',
            created: '2024-01-01T00:00:00.000Z',
            modified: '2024-01-01T00:00:00.000Z',
            target: {
              source: 'https://example.org/a_(b).html',
              selector: [{ type: 'TextQuoteSelector', exact: '*重点* [任务] #1', prefix: '', suffix: '' }],
              styleClass: 'yellow',
            },
          },
        ],
      },
    });
    expect(JSON.stringify(doc)).toContain('"@context":"http://www.w3.org/ns/anno.jsonld"');
  });
});

describe('jsonLdToHighlights', () => {
  it('round-trips every field through the JSON text', () => {
    const text = JSON.stringify(highlightsToJsonLd([h1, h2]));
    const back = jsonLdToHighlights(text);
    expect(back).toEqual([
      { ...h1, selectors: [h1.selectors[1], h1.selectors[0]] },
      { ...h2 },
    ]);
  });

  it('reads a bare annotation and an AnnotationPage from other tools, skipping unknown selectors', () => {
    const annotation = {
      '@context': ANNO_CONTEXT,
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      body: { type: 'TextualBody', value: '外部笔记' },
      target: [{ source: 'https://www.huzhou.gov.cn/x.html', selector: [{ type: 'XPathSelector', value: '/p[2]' }, { type: 'TextQuoteSelector', exact: '城镇调查失业率' }] }],
    };
    const [one] = jsonLdToHighlights(annotation);
    expect(one).toEqual({
      id: 'https://hypothes.is/a/abc123',
      url: 'https://www.huzhou.gov.cn/x.html',
      planId: null,
      selectors: [{ type: 'TextQuoteSelector', exact: '城镇调查失业率', prefix: '', suffix: '' }],
      exact: '城镇调查失业率',
      note: '外部笔记',
      tags: [],
      color: 'yellow',
    });
    expect(jsonLdToHighlights({ type: 'AnnotationPage', items: [annotation] })).toEqual([one]);
  });

  it.each([
    ['not JSON', '{oops', /^not JSON \(/],
    ['no annotations', { type: 'AnnotationCollection', first: { items: [] } }, /^the file holds no annotations$/],
    ['another format', { format: 'planlens-backup' }, /^not a Web Annotation file/],
    ['missing target', { type: 'Annotation', body: [] }, /^annotation\.target: Invalid key: Expected "target"/],
    ['bad source', { type: 'Annotation', target: { source: 'not a url', selector: [] } }, /^annotation\.target.*source: must be a URL/],
    ['empty exact', { type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 'https://a.org/', selector: { type: 'TextQuoteSelector', exact: '' } } }] }, /^items\[0\]\.target\.selector\[0\]\.exact: must not be empty$/],
    ['no quote', { type: 'Annotation', target: { source: 'https://a.org/', selector: { type: 'TextPositionSelector', start: 1, end: 2 } } }, /a TextQuoteSelector is needed/],
    ['bare URL target', { type: 'Annotation', target: 'https://a.org/' }, /a bare URL is not a highlight/],
  ])('refuses %s with a clear error', (_name, input, message) => {
    expect(() => jsonLdToHighlights(input)).toThrow(message);
  });

  it('refuses duplicate ids (a file would silently overwrite itself)', () => {
    const doc = highlightsToJsonLd([h1, { ...h2, id: 'h1' }]);
    expect(() => jsonLdToHighlights(doc)).toThrow('first.items[1].id: "h1" appears twice');
  });
});

describe('highlightsBackupText', () => {
  it('is a planlens-backup the database accepts, with the file times kept and fragments dropped', () => {
    const list = jsonLdToHighlights(highlightsToJsonLd([h1]));
    list.push({ ...list[0], id: 'fresh', url: `${URL_2024}#:~:text=x`, createdAt: undefined, updatedAt: undefined });
    const text = highlightsBackupText(list, 1_700_000_000_000);
    const { content } = parseBackup(text);
    expect(content.plans).toEqual([]);
    expect(content.highlights).toHaveLength(2);
    expect(content.highlights[0]).toEqual({ ...h1, selectors: [h1.selectors[1], h1.selectors[0]] });
    expect(content.highlights[1]).toMatchObject({ id: 'fresh', url: URL_2024, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 });
    for (const h of content.highlights) expect(v.is(HighlightRecordSchema, h)).toBe(true);
  });
});
