// @vitest-environment happy-dom
/**
 * The fixture portal's renderer: seed text form → a government CMS page whose #zoom carries every
 * paragraph and cell of the seed exactly, under realistic noise (spans, &nbsp;, <br>).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cellText,
  COMPOSED_COMMENT,
  escapeHtml,
  parseSeed,
  renderNews,
  renderNotice,
  type SeedItem,
} from '../../scripts/portal/render.mjs';
import { fixtureHtml, fixtureSource, loadManifest, renderFixtureEntry } from '../../scripts/portal/fixtures.mjs';

const root = join(__dirname, '../..');
const seed = (year: number) => readFileSync(join(root, `seeds/jiaxing-${year}-plan.txt`), 'utf8');

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** &nbsp; is how the page writes a space; the comparison treats them alike. */
const text = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');
const squeeze = (s: string) => s.replace(/[\s\u00a0]+/g, '');

/** A <p>'s text, one entry per line (split where the page has <br>). */
function linesOf(p: Element): string[] {
  const lines = [''];
  const walk = (node: Node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === 3) lines[lines.length - 1] += text(child.textContent);
      else if ((child as Element).tagName === 'BR') lines.push('');
      else walk(child);
    });
  };
  walk(p);
  return lines;
}

/** #zoom's block children in order, in the shape parseSeed returns. */
function zoomItems(doc: Document) {
  const zoom = doc.getElementById('zoom');
  if (!zoom) throw new Error('no #zoom');
  return [...zoom.children]
    .filter((el) => el.tagName === 'P' || el.tagName === 'TABLE')
    .map((el) =>
      el.tagName === 'P'
        ? { type: 'paragraph', lines: linesOf(el) }
        : { type: 'table', rows: [...el.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td.textContent))) },
    );
}

function expectedItems(items: SeedItem[]) {
  return items.map((item) =>
    item.type === 'paragraph' ? { type: 'paragraph', lines: item.lines } : { type: 'table', rows: item.rows.map((r) => r.map(cellText)) },
  );
}

const meta = (doc: Document, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

describe('escapeHtml', () => {
  it.each([
    ['<a href="x">&</a>', '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'],
    ['增长6%以上', '增长6%以上'],
    ["it's", "it's"],
    ['&amp;', '&amp;amp;'],
  ])('%s → %s', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});

describe('parseSeed', () => {
  const cells = (items: SeedItem[]) => items.map((i) => (i.type === 'table' ? i.rows.map((r) => r.map(cellText)) : i.lines));

  it.each<[string, string, unknown[]]>([
    ['paragraphs, one per line', 'A\nB\n\nC', [['A'], ['B'], ['C']]],
    ['indented lines join the paragraph above (signature block)', '附件：表\n        嘉兴市人民政府\n  2024年2月8日\nX', [['附件：表', '        嘉兴市人民政府', '  2024年2月8日'], ['X']]],
    ['an indented line after a blank line is its own paragraph', 'A\n\n   B', [['A'], ['   B']]],
    ['rows split by one blank line, category row has one cell', '\t指标名称\n\t2024年目标\n\n\t一、经济发展\n\n\t1.地区生产总值\n\t增长6%左右', [[['指标名称', '2024年目标'], ['一、经济发展'], ['1.地区生产总值', '增长6%左右']]]],
    ['a cell continues on untabbed lines', '\t所属板块\n\n（或行政区域）\n\t所属地块', [[['所属板块（或行政区域）', '所属地块']]]],
    ['two blank lines end a table', '\ta\n\tb\n\n\n注：说明。', [[['a', 'b']], ['注：说明。']]],
    ['two blank lines between tabbed lines start a new table', '\ta\n\n\n\tb', [[['a']], [['b']]]],
    ['empty cells are kept', '\t\n\t抄送\n\t', [[['', '抄送', '']]]],
    ['CRLF line ends', 'A\r\n\r\n\tx\r\n\ty', [['A'], [['x', 'y']]]],
  ])('%s', (_name, input, expected) => {
    expect(cells(parseSeed(input))).toEqual(expected);
  });

  it('records the gap before a cell continuation', () => {
    const [table] = parseSeed('\t旧城区\n\n改建\n建设');
    expect(table.type === 'table' && table.rows[0][0].parts).toEqual([
      { text: '旧城区', gap: 0 },
      { text: '改建', gap: 1 },
      { text: '建设', gap: 0 },
    ]);
  });

  it('finds the seeds’ tables: 2024 has the targets table and the 抄送 table, 2022 three', () => {
    const tables = (year: number) => parseSeed(seed(year)).filter((i) => i.type === 'table');
    expect(tables(2024).map((t) => (t.type === 'table' ? t.rows.length : 0))).toEqual([29, 2]);
    expect(tables(2022).map((t) => (t.type === 'table' ? t.rows.length : 0))).toEqual([34, 15, 3]);
  });
});

describe.each([2024, 2022])('renderNotice on the %i seed', (year) => {
  const source = seed(year);
  const html = renderNotice(source, { title: `T${year}`, pubDate: `${year}-02-08 16:30`, source: '市政府办公室', indexNo: 'IDX-1', url: 'http://www.jiaxing.gov.cn/a.html' });
  const doc = parse(html);

  it('keeps every paragraph line and every cell, in order, exactly', () => {
    expect(zoomItems(doc)).toEqual(expectedItems(parseSeed(source)));
  });

  it('keeps all the text: #zoom without whitespace equals the seed without whitespace', () => {
    expect(squeeze(doc.getElementById('zoom')?.textContent ?? '')).toBe(squeeze(source));
  });

  it('serves the CMS head metas, breadcrumb, index block, title line and footer', () => {
    expect(doc.title).toBe(`T${year}`);
    expect(meta(doc, 'ArticleTitle')).toBe(`T${year}`);
    expect(meta(doc, 'PubDate')).toBe(`${year}-02-08 16:30`);
    expect(meta(doc, 'ContentSource')).toBe('市政府办公室');
    expect(meta(doc, 'SiteName')).toBe('嘉兴市人民政府');
    expect(text(doc.querySelector('.crumb')?.textContent)).toBe('当前位置：首页 > 政务公开 > 政府信息公开 > 政策文件 > 市政府文件');
    const index = [...doc.querySelectorAll('table.xxgk td')].map((td) => td.textContent);
    expect(index).toEqual(['索引号', 'IDX-1', '公开方式', '主动公开', '发布机构', '市政府办公室', '成文日期', `${year}-02-08`, '主题分类', '国民经济发展规划、计划', '发文文号', '']);
    expect(doc.querySelector('h1.title')?.textContent).toBe(`T${year}`);
    expect(doc.querySelector('.info')?.textContent).toContain(`发布日期：${year}-02-08 16:30`);
    expect(doc.querySelector('.info')?.textContent).toContain('信息来源：市政府办公室');
    expect(doc.querySelector('.footer')?.textContent).toContain('主办单位：嘉兴市人民政府办公室');
    // Page chrome stays outside the article body.
    expect(doc.getElementById('zoom')?.textContent).not.toContain('主办单位');
  });

  it('adds noise: nested inline-styled spans splitting words, &nbsp; for spaces, <br> only at line breaks', () => {
    const zoom = doc.getElementById('zoom')!;
    const paragraphs = [...zoom.querySelectorAll(':scope > p')];
    expect(zoom.querySelectorAll('span[style]').length).toBeGreaterThan(paragraphs.length * 2);
    expect(zoom.querySelectorAll('span[style] > span[style]').length).toBeGreaterThan(10);
    // The signature line's leading spaces are written as &nbsp;.
    expect(html).toMatch(/(&nbsp;){20,}嘉兴市人民政府/);
    const breaks = parseSeed(source).reduce((n, item) => n + (item.type === 'paragraph' ? item.lines.length - 1 : 0), 0);
    expect(paragraphs.reduce((n, p) => n + p.querySelectorAll('br').length, 0)).toBe(breaks);
    // 2024: the attachment line, signature, date and 此件公开发布 sit on one <p>, joined by <br>.
    expect(breaks).toBe(year === 2024 ? 3 : 0);
  });

  it('renders the same bytes every time', () => {
    expect(renderNotice(source, { title: `T${year}`, pubDate: `${year}-02-08 16:30`, source: '市政府办公室', indexNo: 'IDX-1', url: 'http://www.jiaxing.gov.cn/a.html' })).toBe(html);
  });
});

describe('the rendered targets table', () => {
  const doc24 = parse(renderNotice(seed(2024), { pubDate: '2024-02-08 16:30' }));
  const doc22 = parse(renderNotice(seed(2022), { pubDate: '2022-05-14 17:05' }));
  const rows = (doc: Document, t: number) =>
    [...doc.querySelectorAll('#zoom table')[t].querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')]);

  it('has a header row, category rows spanning both columns, data rows with two cells', () => {
    const r = rows(doc24, 0);
    expect(r.map((cells) => cells.map((c) => text(c.textContent)))[0]).toEqual(['指标名称', '2024年目标']);
    const category = r.find((cells) => cells[0].textContent === '一、经济发展')!;
    expect(category).toHaveLength(1);
    expect(category[0].getAttribute('colspan')).toBe('2');
    expect(r.find((cells) => cells[0].textContent === '4.固定资产投资')!.map((c) => c.textContent)).toEqual(['4.固定资产投资', '增长6%以上']);
    expect(r.find((cells) => cells[0].textContent === '10—50万元群体比例')!.map((c) => c.textContent)).toEqual(['10—50万元群体比例', '稳步提高']);
    expect(r.find((cells) => cells[0].textContent === '19.家庭可支配收入（按三口之家计算）')!.map((c) => c.textContent)).toEqual(['19.家庭可支配收入（按三口之家计算）', '']);
  });

  it('titles the page from the document’s own title lines by default', () => {
    expect(doc24.title).toBe('嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知');
  });

  it('renders the 2022 second attachment with cells of several paragraphs', () => {
    const header = rows(doc22, 1)[0];
    expect(header.map((c) => c.textContent)).toEqual(['序号', '所属板块（或行政区域）', '所属地块', '四至范围（具体由人民政府依法确定征收范围）', '土地面积（亩）', '公共利益类型', '建设活动组织实施单位']);
    expect(header[1].querySelectorAll('p')).toHaveLength(2);
    const total = rows(doc22, 1).at(-1)!;
    expect(total.map((c) => text(c.textContent))).toEqual(['总  计', '253.68', '', '']);
    expect(total[3].getAttribute('colspan')).toBe('4');
  });
});

describe('escaping page text', () => {
  const hostile = '<script>window.pwned=1</script> & "q" 增长6%\n\n\t<b>指标</b>\n\t<img src=x onerror=alert(1)>';
  const doc = parse(renderNotice(hostile, { title: '<i>T</i>', pubDate: '2024-01-01 00:00', source: '"S"' }));

  it('renders text as text: no element comes from the notice', () => {
    const zoom = doc.getElementById('zoom')!;
    expect(zoom.querySelector('script, b, img, i')).toBeNull();
    expect(zoomItems(doc)).toEqual([
      { type: 'paragraph', lines: ['<script>window.pwned=1</script> & "q" 增长6%'] },
      { type: 'table', rows: [['<b>指标</b>', '<img src=x onerror=alert(1)>']] },
    ]);
    expect(doc.title).toBe('<i>T</i>');
    expect(meta(doc, 'ContentSource')).toBe('"S"');
  });
});

describe('renderNews', () => {
  const doc = parse(renderNews({ title: '全市经济运行分析会召开', paragraphs: ['会议指出，固定资产投资增长6%以上。', '第二段。'], pubDate: '2024-04-18 07:45', source: '嘉兴日报', editor: '王晓' }));

  it('is an article page without the 信息公开 index block', () => {
    expect(doc.querySelector('table.xxgk')).toBeNull();
    expect(doc.querySelector('h1.title')?.textContent).toBe('全市经济运行分析会召开');
    expect(zoomItems(doc)).toEqual([
      { type: 'paragraph', lines: ['会议指出，固定资产投资增长6%以上。'] },
      { type: 'paragraph', lines: ['第二段。'] },
    ]);
    expect(text(doc.querySelector('.crumb')?.textContent)).toBe('当前位置：首页 > 新闻动态 > 嘉兴要闻');
    expect(doc.body.textContent).toContain('责任编辑：王晓');
  });
});

describe('fixture pages (tests/fixtures/pages)', () => {
  const manifest = loadManifest();

  it('lists the composed and real-text fixture pages', () => {
    expect(manifest.map((e) => e.name)).toEqual(['news', 'jiaxing-2023-plan', 'huzhou-2024-tasks', 'hangzhou-2019-execution', 'shaoxing-2022-plan', 'jiaxing-2025-govreport', 'yuhang-2023-execution']);
  });

  describe.each(manifest.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const html = fixtureHtml(entry);
    const doc = parse(html);

    it('is up to date with its source (node scripts/portal/make-fixtures.mjs)', () => {
      expect(html).toBe(renderFixtureEntry(entry));
    });

    it('says it is a composed fixture, lives at a CMS article path and carries its text exactly', () => {
      expect(html).toContain(COMPOSED_COMMENT);
      expect(entry.path).toMatch(/^\/art\/\d{4}\/\d{1,2}\/\d{1,2}\/art_\d+_\d+\.html$/);
      expect(entry.host).toMatch(/\.gov\.cn$/);
      expect(doc.title).toBe(entry.title);
      expect(meta(doc, 'PubDate')).toBe(entry.pubDate);
      expect(squeeze(doc.getElementById('zoom')?.textContent ?? '')).toBe(squeeze(fixtureSource(entry)));
      if (entry.render === 'notice') expect(zoomItems(doc)).toEqual(expectedItems(parseSeed(fixtureSource(entry))));
    });
  });

  it('gives the composed 2023 Jiaxing plan values between the 2022 and 2024 seeds', () => {
    const entry = manifest.find((e) => e.name === 'jiaxing-2023-plan')!;
    const doc = parse(fixtureHtml(entry));
    const row = (name: string) =>
      [...doc.querySelectorAll('#zoom tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)).find((r) => r[0] === name);
    expect(row('4.固定资产投资')).toEqual(['4.固定资产投资', '增长7%以上']);
    expect(row('16.城镇调查失业率')).toEqual(['16.城镇调查失业率', '5%以内']);
    expect(row('1.地区生产总值（注）')).toEqual(['1.地区生产总值（注）', '增长6%左右']);
    expect(html2023Comment(fixtureHtml(entry))).toMatch(/NOT a real government document/);
  });

  it('keeps the plan-family wording out of the news page’s title and lead', () => {
    const entry = manifest.find((e) => e.name === 'news')!;
    const doc = parse(fixtureHtml(entry));
    const lead = (doc.body.textContent ?? '').slice(0, 700);
    expect(lead).not.toMatch(/国民经济和社会发展|政府工作报告|计划执行情况/);
    expect(doc.body.textContent).toContain('固定资产投资增长6%以上');
  });
});

function html2023Comment(html: string): string {
  return /<!--([^>]*?)-->/.exec(html)?.[1] ?? '';
}
