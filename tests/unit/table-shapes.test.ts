/**
 * Table shapes real pages use (issue 11), rendered as portal-like pages and read as the content
 * script reads them: two-level headers, a parent name merged over its sub-rows, a header wider
 * than its rows, unit / year / remark / progress columns. Each shape once, with the figures it holds.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractFromDocument } from '@/lib/notice/extract';

function page(title: string, table: string, before = ''): Document {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta name="ArticleTitle" content="${title}"></head>
<body><div class="main"><h1>${title}</h1><div id="zoom"><p>${before}</p>${table}</div></div></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

const read = (doc: Document, url = 'https://www.hangzhou.gov.cn/art/2025/2/1/art_1.html') =>
  extractFromDocument(doc, { url })!.targets.map((t) => [t.name, t.text, t.role, t.year]);

describe('table shapes', () => {
  it('a statistical table (指 标 | 单位 | 绝对数 | 比上年增长(%)): outcomes of the bulletin’s year, the growth in %', () => {
    // tests/corpus/docs/china-2024-bulletin-national.seed.txt, 表5 (two rows).
    const doc = page(
      '中华人民共和国2024年国民经济和社会发展统计公报',
      `<table><tr><td>指 标</td><td>单位</td><td>绝对数</td><td>比上年增长（%）</td></tr>
<tr><td>货物运输总量</td><td>亿吨</td><td>578.3</td><td>3.8</td></tr>
<tr><td>铁路</td><td>亿吨</td><td>51.7</td><td>2.8</td></tr></table>`,
      '表5　2024年各种运输方式完成货物运输量及其增长速度',
    );
    const notice = extractFromDocument(doc, { url: 'https://www.stats.gov.cn/sj/zxfb/202502/t20250228_1958817.html' })!;
    expect(notice.targets.map((t) => [t.name, t.text, t.role, t.year, t.value.metric, t.value.number, t.value.unit])).toEqual([
      ['货物运输总量', '578.3', 'actual', 2024, 'level', 57830000000, '吨'],
      ['货物运输总量', '3.8', 'actual', 2024, 'growth', 3.8, '%'],
      ['铁路', '51.7', 'actual', 2024, 'level', 5170000000, '吨'],
      ['铁路', '2.8', 'actual', 2024, 'growth', 2.8, '%'],
    ]);
  });

  it('two-level header: 实绩 split into 绝对值 | 增速(%), the header row never a figure', () => {
    const doc = page(
      '关于杭州市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
      `<table><tr><td rowspan="2">指标名称</td><td colspan="2">2024年实绩</td><td colspan="2">2025年目标</td></tr>
<tr><td>绝对值</td><td>增速(%)</td><td>绝对值</td><td>增速(%)</td></tr>
<tr><td>地区生产总值</td><td>21860亿元</td><td>4.7</td><td>—</td><td>5左右</td></tr>
<tr><td>一般公共预算收入</td><td>2700亿元</td><td>2.5</td><td>—</td><td>3左右</td></tr></table>`,
    );
    expect(read(doc)).toEqual([
      ['地区生产总值', '5左右', 'target', 2025],
      ['地区生产总值', '21860亿元', 'actual', 2024],
      ['地区生产总值', '4.7', 'actual', 2024],
      ['一般公共预算收入', '3左右', 'target', 2025],
      ['一般公共预算收入', '2700亿元', 'actual', 2024],
      ['一般公共预算收入', '2.5', 'actual', 2024],
    ]);
  });

  it('a parent name merged down over its sub-indicators: each row its own name', () => {
    const doc = page(
      '关于下达2025年杭州市国民经济和社会发展计划的通知',
      `<table><tr><td colspan="2">指标名称</td><td>2025年目标</td></tr>
<tr><td rowspan="3">固定资产投资</td><td>总量</td><td>增长3%左右</td></tr>
<tr><td>交通投资</td><td>增长5%</td></tr>
<tr><td>民间投资</td><td>增长2%</td></tr></table>`,
    );
    expect(read(doc)).toEqual([
      ['固定资产投资总量', '增长3%左右', 'target', 2025],
      ['交通投资', '增长5%', 'target', 2025],
      ['民间投资', '增长2%', 'target', 2025],
    ]);
  });

  it('a header wider than its rows (a block label merged down the table) keeps the rows', () => {
    const doc = page(
      '杭州市人民政府办公厅关于印发2025年《政府工作报告》重点工作任务责任分解的通知',
      `<table><tr><td>板块</td><td>序号</td><td>主要工作任务</td><td>责任单位</td></tr>
<tr><td rowspan="9">经济</td><td>1</td><td>地区生产总值增长5.5%左右。</td><td>市发改委</td></tr>
<tr><td>2</td><td>城镇新增就业20万人。</td><td>市人社局</td></tr></table>`,
    );
    expect(read(doc)).toEqual([
      ['地区生产总值', '增长5.5%左右', 'target', 2025],
      ['城镇新增就业', '20万人', 'target', 2025],
    ]);
  });

  it('unit, remark and progress columns', () => {
    const doc = page(
      '关于下达2025年杭州市国民经济和社会发展计划的通知',
      `<table><tr><td>指标名称</td><td>单位</td><td>2025年目标</td><td>一季度完成</td><td>备注</td></tr>
<tr><td>地区生产总值增长</td><td>%</td><td>5.5左右</td><td>5.8</td><td>总量达到2.3万亿元</td></tr></table>`,
    );
    expect(read(doc)).toEqual([
      ['地区生产总值增长', '5.5左右', 'target', 2025],
      ['地区生产总值增长', '5.8', 'actual', 2025],
      ['地区生产总值总量', '达到2.3万亿元', 'target', 2025],
    ]);
  });
});
