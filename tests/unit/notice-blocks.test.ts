// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockOffsets, blocksFromDom, blocksFromText, findArticleRoot, noticeText } from '@/lib/notice/blocks';
import { renderNotice } from '@/scripts/portal/render.mjs';

const root = join(__dirname, '../..');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const domBlocks = (bodyHtml: string) => blocksFromDom(parse(`<div id="zoom">${bodyHtml}</div>`).querySelector('#zoom')!);
const texts = (blocks: { text: string }[]) => blocks.map((b) => b.text);

describe('blocksFromText (seed text form)', () => {
  it('reads paragraphs, rows separated by blank lines, and cells continued on untabbed lines', () => {
    const seed = [
      ' 标题第一行',
      '',
      '正文一段。',
      '\t指标名称',
      '\t2024年目标',
      '',
      '\t1.地区生产总值（注）',
      '\t增长6%左右',
      '',
      '\t所属板块',
      '',
      '（或行政区域）',
      '\t旧城区',
      '改建',
      '',
      '',
      '注：按可比价格计算。',
    ].join('\n');
    expect(blocksFromText(seed)).toEqual([
      { type: 'paragraph', text: '标题第一行' },
      { type: 'paragraph', text: '正文一段。' },
      { type: 'row', text: '指标名称\t2024年目标', cells: ['指标名称', '2024年目标'] },
      { type: 'row', text: '1.地区生产总值（注）\t增长6%左右', cells: ['1.地区生产总值（注）', '增长6%左右'] },
      { type: 'row', text: '所属板块（或行政区域）\t旧城区改建', cells: ['所属板块（或行政区域）', '旧城区改建'] },
      { type: 'paragraph', text: '注：按可比价格计算。' },
    ]);
  });

  it('keeps empty cells, drops all-empty rows and handles CRLF', () => {
    expect(blocksFromText('\t\r\n\t抄送：市委各部门\r\n\t\r\n\r\n\t\r\n\t\r\n')).toEqual([
      { type: 'row', text: '\t抄送：市委各部门\t', cells: ['', '抄送：市委各部门', ''] },
    ]);
  });

  it('counts positions in the blocks joined by newlines', () => {
    const blocks = blocksFromText('甲乙\n\t丙\n\t丁\n\n\n戊');
    expect(noticeText(blocks)).toBe('甲乙\n丙\t丁\n戊');
    expect(blockOffsets(blocks)).toEqual([0, 3, 7]);
  });
});

describe('blocksFromDom', () => {
  it('joins text split across spans, drops &nbsp; and line breaks inside words', () => {
    expect(texts(domBlocks('<p><span>国民</span><span style="x">经济和</span>&nbsp;社会\n发展<br>计划</p><div>第二段</div>'))).toEqual([
      '国民经济和社会发展计划',
      '第二段',
    ]);
  });

  it('ends a line at <br> after a sentence or before an indented line', () => {
    expect(texts(domBlocks('<p>附件：主要目标<br>&nbsp;&nbsp;嘉兴市人民政府<br>\u3000\u30002024年2月8日</p><p>一句。<br>又一句。</p>'))).toEqual([
      '附件：主要目标',
      '嘉兴市人民政府',
      '2024年2月8日',
      '一句。',
      '又一句。',
    ]);
  });

  it('skips scripts, styles, hidden elements and PlanLens’s own elements', () => {
    const html = '<p>正文<script>var a = "增长6%";</script><style>p{}</style><planlens-card>卡片</planlens-card></p><p hidden>隐藏</p><noscript>无</noscript>';
    expect(texts(domBlocks(html))).toEqual(['正文']);
  });

  it('repeats merged cells in the grid while the row text has each cell once', () => {
    const html = `<table><tbody>
      <tr><td>指标名称</td><td>2024年目标</td><td>备注</td></tr>
      <tr><td colspan="3">一、经济发展</td></tr>
      <tr><td rowspan="2">地区<br>生产总值</td><td>增长6%</td><td>甲</td></tr>
      <tr><td>左右</td><td>乙</td></tr>
    </tbody></table>`;
    expect(domBlocks(html)).toEqual([
      { type: 'row', text: '指标名称\t2024年目标\t备注', cells: ['指标名称', '2024年目标', '备注'] },
      { type: 'row', text: '一、经济发展', cells: ['一、经济发展', '一、经济发展', '一、经济发展'] },
      { type: 'row', text: '地区生产总值\t增长6%\t甲', cells: ['地区生产总值', '增长6%', '甲'] },
      { type: 'row', text: '左右\t乙', cells: ['地区生产总值', '左右', '乙'] },
    ]);
  });

  it('reads a layout table holding a data table as containers, without repeating text', () => {
    const html = '<table><tr><td><p>说明。</p><table><tr><td>指标名称</td><td>目标</td></tr></table></td></tr></table><p>后文</p>';
    expect(texts(domBlocks(html))).toEqual(['说明。', '指标名称\t目标', '后文']);
  });

  it('survives deep nesting', () => {
    const html = '<div>'.repeat(2000) + '深处' + '</div>'.repeat(2000);
    expect(texts(domBlocks(html))).toEqual(['深处']);
  });
});

describe('superscripts in table cells', () => {
  it.each([
    ['增长6%以上<sup>1</sup>', '增长6%以上'],
    ['增长5.5%以上<sup>（注）</sup>', '增长5.5%以上'],
    ['3.5%<sup>*</sup>', '3.5%'],
    // A unit's power is part of the unit, not a footnote.
    ['5万平方米<sup>2</sup>', '5万平方米2'],
    ['26微克/米<sup>3</sup>', '26微克/米3'],
  ])('%s → %s', (cell, text) => {
    const [row] = domBlocks(`<table><tr><td>指标</td><td>${cell}</td></tr></table>`);
    expect(row.cells?.[1]).toBe(text);
  });
});

describe('findArticleRoot', () => {
  it.each([
    ['#zoom', '<div id="zoom"><p>正文</p></div>'],
    ['div.content-text', '<div class="content-text"><p>正文</p></div>'],
    ['#ftcg', '<div id="ftcg"><p>正文</p></div>'],
    ['div.article-content-box', '<div class="article-content-box"><p>正文</p></div>'],
    ['#mainText', '<div id="mainText"><p>正文</p></div>'],
  ])('finds %s', (_name, article) => {
    const doc = parse(`<body><div class="nav"><p>首页 政务公开 政策文件 很长的导航文字很长的导航文字</p></div>${article}</body>`);
    expect(findArticleRoot(doc).textContent).toBe('正文');
  });

  it('else takes the element with the most paragraph text', () => {
    const long = '这是一段足够长的正文文字，用来让评分选中它。'.repeat(5);
    const doc = parse(`<body><div id="menu"><p>首页</p><p>政务公开</p></div><div id="body"><p>${long}</p><p>${long}</p></div><div id="footer"><p>版权所有</p></div></body>`);
    expect(findArticleRoot(doc).getAttribute('id')).toBe('body');
  });
});

describe('a page and its text form give the same blocks', () => {
  const seeds = ['seeds/jiaxing-2022-plan.txt', 'seeds/jiaxing-2024-plan.txt', 'tests/fixtures/pages/src/jiaxing-2023-plan.txt', 'tests/fixtures/pages/src/huzhou-2024-tasks.txt', 'tests/fixtures/pages/src/shaoxing-2022-plan.txt', 'tests/fixtures/pages/src/hangzhou-2019-execution.txt'];
  it.each(seeds)('%s', (file) => {
    const seed = readFileSync(join(root, file), 'utf8');
    const fromText = blocksFromText(seed);
    const fromPage = blocksFromDom(findArticleRoot(parse(renderNotice(seed, { pubDate: '2024-02-08 10:00' }))));
    expect(texts(fromPage)).toEqual(texts(fromText));
    expect(fromText.filter((b) => b.type === 'row').length).toBeGreaterThan(5);
  });
});
