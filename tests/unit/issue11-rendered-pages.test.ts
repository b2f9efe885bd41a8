/**
 * Issue 11, test side: every bullet of the issue on a realistic rendered portal page (site header,
 * menu, breadcrumb, 信息公开 index block, title, 发布日期 line, #zoom article, footer), read through
 * the content script's own entry (extractFromDocument = readPage + extractFromReading) on linkedom.
 * Each page is built from text that occurs in the collected documents (source cited per case).
 *
 * ON 1ee8b9a (the main the issue was filed against; a worktree, this file run with plain `it`):
 * 22 of 24 fail, 2 pass.
 *  1 two-level header: FAILS — only the 目标 column is read; 15373亿元 | 6.8 and 1965.97亿元 | 7.7 lost.
 *  2 merged cells: FAILS — every sub-row named 固定资产投资 (交通投资, 高新技术产业投资, 民间项目投资, 总额 lost).
 *  3a header wider, block label rowspan on the header cell: PASSES on 1ee8b9a (kept as a guard; not a proof).
 *  3b header wider, block label column lost (rows one cell short): FAILS — the table is dropped (no figure).
 *  4a unit column (宁波 2026, 亿元 | 增长5%—5.5%, 万人 | 20以上): PASSES on 1ee8b9a — old code read unit
 *     columns in every variant tried (单位/计量单位, before/after the target, with a category column);
 *     the issue's `亿元 | 增长7%左右` is proved in 4b, where it stands beside year columns.
 *  4b year columns 单位 | 2024年目标 | 2024年完成 | 2025年目标: FAILS — only the 2025 targets are read.
 *  4c progress column 上半年完成: FAILS — 增长6.5% (actual) lost.
 *  4d remark column 备注: FAILS — the remark 4213.4亿元 lost.
 *  4e 一季度进展情况 table: FAILS — the 进展情况 column is not read (no 12.7% figure).
 *  5a 分别, two names: FAILS — both values named 普惠小微贷款余额, role target/2026 (a 2025 review).
 *  5b 分别, three names: FAILS — all three named 高新技术产业投资, role target/2023.
 *  6a 为-0.86‰: FAILS — ['自然增长率为-', '0.86‰'], value +0.86.
 *  6b [2] / [7]: FAILS — the national 统计公报 page is not detected as plan-family at all (so the markers
 *     are not reached; 6c is the marker proof).
 *  6c ① and *: FAILS — names '地区生产总值①', '人才资源总量*'.
 *  7a 从14.7%降至13%左右: FAILS — name '社会物流总费用与GDP的比率从14.7%', role target/2026.
 *  7b two from–to clauses: FAILS — names '常住人口城镇化率从56.4%', '城乡居民收入倍差从2.19倍', target/2021.
 *  8a Traditional plan mirror: FAILS — 增長 not read as growth (every figure metric level).
 *  8b Traditional bulletin 地區生產總值…億元: FAILS — no figure at all.
 *  9a 斤 + 高于经济增速: FAILS — 粮食产量615亿斤左右 and the qualitative 居民收入 target missing.
 *  9b 三成: FAILS — no figure.
 *  9c 两个百分点: FAILS — no figure.
 *  9d 倍差缩小至1.7以内: FAILS — the ratio is missing; 2.5万亿元 given year 2022 instead of 2026.
 *  9e qualitative relative targets: FAILS — none of the four is emitted.
 *  10 增长6%以上<sup>1</sup>: FAILS — texts '增长6%以上1', '增长5.5%以上（注）'.
 *
 * ON THE CURRENT TREE every case above passes. One further `it.fails` case holds a known miss beyond
 * the bullets (5a: the first name of 制造业、普惠小微贷款余额 lacks the shared 贷款余额). Fixed since the
 * file was written: 1, 4b, 4d, 4e's names and its comparison (高于全省平均水平 is a gap, not a name), 5b,
 * 9b, 10. When a fix lands the case turns red (`it.fails` fails on a
 * passing body): drop `.fails` then.
 *
 * Old code omitted `year` when a figure was for the plan's own year (its types say so); the
 * projection below reads that as the plan's year, so every failure listed is a difference of
 * substance, never a missing field.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractFromDocument } from '@/lib/notice/extract';
import { renderNotice } from '@/scripts/portal/render.mjs';
import type { ExtractedNotice, TargetValue } from '@/lib/types';

interface PortalPage {
  title: string;
  host: string;
  url: string;
  pubDate: string;
  source: string;
  docNo?: string;
  indexNo?: string;
  column?: string;
  /** The article body (inner HTML of #zoom). */
  body: string;
}

/**
 * A whole government portal page around `body`: the portal renderer's chrome (it renders seed
 * text), with the article between its ContentStart/ContentEnd marks replaced by hand-written HTML
 * (rowspan, colspan, <sup> cannot be written in seed text).
 */
function portal(p: PortalPage): Document {
  const html = renderNotice('正文', {
    title: p.title,
    host: p.host,
    url: p.url,
    pubDate: p.pubDate,
    source: p.source,
    docNo: p.docNo ?? '',
    indexNo: p.indexNo ?? '',
    column: p.column ?? '市政府文件',
  });
  const marks = /(<meta name="ContentStart">)[\s\S]*?(<meta name="ContentEnd">)/;
  if (!marks.test(html)) throw new Error('the portal page has no ContentStart/ContentEnd marks');
  return parseHTML(html.replace(marks, (_m, a: string, b: string) => `${a}\n${p.body}\n${b}`)).document as unknown as Document;
}

/** `growth 6% at-least`, `level 1537300000000元 exact` (numbers in the unit the value keeps), `qualitative`. */
function valueText(v: TargetValue): string {
  if (v.metric === 'qualitative' || v.metric === 'deferred') return v.metric;
  const num = (x: number | undefined) => (x === undefined ? '' : String(Number(x.toPrecision(12))));
  const n = v.number !== undefined ? num(v.number) : v.min !== undefined || v.max !== undefined ? `${num(v.min)}–${num(v.max)}` : '?';
  return [v.metric, `${n}${v.unit ?? ''}`, v.bound ?? ''].filter(Boolean).join(' ');
}

type Fig = [name: string, text: string, role: string, year: number, value: string];

function read(p: PortalPage): { notice: ExtractedNotice; figs: Fig[] } {
  const notice = extractFromDocument(portal(p), { url: p.url });
  if (!notice) throw new Error(`not read as a plan-family notice: ${p.title}`);
  // Old code left `year` out for the plan's own year: read it as the plan's year.
  const figs = notice.targets.map((t): Fig => [t.name, t.text, t.role, t.year ?? notice.plan.year, valueText(t.value)]);
  return { notice, figs };
}

const sorted = (figs: Fig[]) => [...figs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const p = (text: string) => `<p style="text-indent:2em;text-align:justify">${text}</p>`;
const table = (rows: string) => `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"><tbody>\n${rows}\n</tbody></table>`;

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 1: two-level headers', () => {
  // tests/corpus/docs/hangzhou-2019-execution-2020-draft(.seed).txt: 表1 “2019年国民经济和社会发展主要
  // 预期目标完成情况” (地区生产总值 7左右 | 6.8; 一般公共预算收入 7.5 | 7.7) and its text “2019年,全市地区生产
  // 总值15373亿元,增长6.8%。…实现一般公共预算收入1965.97亿元,增长7.7%” — the 实绩 column split in two.
  const page: PortalPage = {
    title: '关于杭州市2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告',
    host: 'drc.hangzhou.gov.cn',
    url: 'http://drc.hangzhou.gov.cn/art/2020/5/29/art_1568489_43925323.html',
    pubDate: '2020-05-29 11:10',
    source: '杭州市发展和改革委员会',
    column: '计划执行',
    body: [
      p('各位代表:'),
      p('受市人民政府委托,向大会报告关于杭州市2019年国民经济和社会发展计划执行情况与2020年计划草案,请予审议,并请各位政协委员和其他列席人员提出意见'),
      p('表1:2019年国民经济和社会发展主要预期目标完成情况'),
      table(`<tr><td rowspan="2">指标名称</td><td rowspan="2">2019年目标增长(%)</td><td colspan="2">2019年实绩</td><td rowspan="2">指标属性</td></tr>
<tr><td>绝对值</td><td>增速(%)</td></tr>
<tr><td>地区生产总值</td><td>7左右</td><td>15373亿元</td><td>6.8</td><td>预期性</td></tr>
<tr><td>一般公共预算收入</td><td>7.5</td><td>1965.97亿元</td><td>7.7</td><td>预期性</td></tr>`),
    ].join('\n'),
  };

  // Was a miss: a second header row whose rowspan cells repeat the first looked like a new table.
  it('keeps both columns of the 实绩 group (level and growth), the target column, and never the header row', () => {
    const { figs } = read(page);
    expect(figs.some(([name, text]) => /绝对值|增速|指标名称/.test(name + text))).toBe(false);
    expect(sorted(figs)).toEqual(
      sorted([
        ['地区生产总值', '7左右', 'target', 2019, 'growth 7% about'],
        ['地区生产总值', '15373亿元', 'actual', 2019, 'level 1537300000000元 exact'],
        ['地区生产总值', '6.8', 'actual', 2019, 'growth 6.8% exact'],
        ['一般公共预算收入', '7.5', 'target', 2019, 'growth 7.5% exact'],
        ['一般公共预算收入', '1965.97亿元', 'actual', 2019, 'level 196597000000元 exact'],
        ['一般公共预算收入', '7.7', 'actual', 2019, 'growth 7.7% exact'],
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 2: merged cells (a category spanning rows, a parent name spanning sub-rows)', () => {
  // tests/corpus/docs/lishui-2020-plan.txt (Simplified as the city's own site prints it): “地区生产总值
  // 力争增长7.5%左右;规模以上工业增加值增长8%以上;…固定资产投资增长10%以上,其中交通投资,…高新技术产业
  // 投资,民间项目投资均增长12%以上;社会消费品零售总额增长8.5%” — laid out as an indicator table.
  const page: PortalPage = {
    title: '丽水市人民政府关于下达2020年丽水市国民经济和社会发展计划的通知',
    host: 'www.lishui.gov.cn',
    url: 'http://www.lishui.gov.cn/art/2020/5/18/art_1229283449_2200564.html',
    pubDate: '2020-05-18 00:00',
    source: '市府办',
    docNo: '丽政发〔2020〕9号',
    indexNo: '113325000026455663/2020-28215',
    body: [
      p('各县(市、区)人民政府,市政府直属各单位:'),
      p('2020年丽水市国民经济和社会发展计划已经市四届人大五次会议审议批准,现印发给你们,请认真组织实施。'),
      p('2020年丽水市国民经济和社会发展主要指标'),
      table(`<tr><td>类别</td><td colspan="2">指标名称</td><td>2020年目标</td></tr>
<tr><td rowspan="7">经济发展</td><td colspan="2">地区生产总值</td><td>增长7.5%左右</td></tr>
<tr><td colspan="2">规模以上工业增加值</td><td>增长8%以上</td></tr>
<tr><td rowspan="4">固定资产投资</td><td>总额</td><td>增长10%以上</td></tr>
<tr><td>交通投资</td><td>增长12%以上</td></tr>
<tr><td>高新技术产业投资</td><td>增长12%以上</td></tr>
<tr><td>民间项目投资</td><td>增长12%以上</td></tr>
<tr><td colspan="2">社会消费品零售总额</td><td>增长8.5%</td></tr>`),
    ].join('\n'),
  };

  it('each sub-row keeps its own name; the category cell is a category, never a name', () => {
    const { notice, figs } = read(page);
    expect(sorted(figs)).toEqual(
      sorted([
        ['地区生产总值', '增长7.5%左右', 'target', 2020, 'growth 7.5% about'],
        ['规模以上工业增加值', '增长8%以上', 'target', 2020, 'growth 8% at-least'],
        ['固定资产投资总额', '增长10%以上', 'target', 2020, 'growth 10% at-least'],
        ['交通投资', '增长12%以上', 'target', 2020, 'growth 12% at-least'],
        ['高新技术产业投资', '增长12%以上', 'target', 2020, 'growth 12% at-least'],
        ['民间项目投资', '增长12%以上', 'target', 2020, 'growth 12% at-least'],
        ['社会消费品零售总额', '增长8.5%', 'target', 2020, 'growth 8.5% exact'],
      ]),
    );
    expect(new Set(notice.targets.map((t) => t.category))).toEqual(new Set(['经济发展']));
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 3: a header wider than its rows', () => {
  // tests/corpus/docs/taizhou-2018-tasks(.seed).txt: “《政府工作报告》2018年目标任务责任分解”,
  // columns 目标任务 | 责任领导 | 责任单位, block 一、主要预期指标, rows “1. 生产总值增长7.5%以上。 | 董贵波 |
  // 市发改委、…” and “2. 一般公共预算收入增长、城乡居民收入增长与经济增长基本同步,城乡居民收入比缩小。”
  const base = {
    title: '台州市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知',
    host: 'www.zjtz.gov.cn',
    url: 'http://www.zjtz.gov.cn/art/2018/2/9/art_1229194584_58939478.html',
    pubDate: '2018-02-09 17:28',
    source: '市府办',
    indexNo: '002668661/2018-96290',
  };
  const intro = [
    p('各县(市、区)人民政府,市政府直属各单位:'),
    p('《政府工作报告》2018年目标任务责任分解已经市政府第21次常务会议研究同意,现印发给你们,请认真贯彻执行。'),
    p('《政府工作报告》2018年目标任务责任分解'),
  ].join('\n');
  const row1 = '<td>1. 生产总值增长7.5%以上。</td><td>董贵波</td><td>市发改委、市经信委、市建设局(市规划局)、市农业局、市商务局</td>';
  const row2 = '<td>2. 一般公共预算收入增长、城乡居民收入增长与经济增长基本同步,城乡居民收入比缩小。</td><td>董贵波<br>郑敏强</td><td>市发改委、市农办、市财政局(市地税局)</td>';
  const expected: Fig[] = [['生产总值', '增长7.5%以上', 'target', 2018, 'growth 7.5% at-least']];

  it('the block label merged down from the header row (rowspan on the header cell)', () => {
    const body = `${intro}\n${table(`<tr><td rowspan="3">一、主要预期指标</td><td>目标任务</td><td>责任领导</td><td>责任单位</td></tr>\n<tr>${row1}</tr>\n<tr>${row2}</tr>`)}`;
    const { figs } = read({ ...base, body });
    expect(figs.filter(([, , , , v]) => v !== 'qualitative')).toEqual(expected);
  });

  it('the block label column lost by the CMS: every row one cell fewer than the header', () => {
    const body = `${intro}\n${table(`<tr><td>板块</td><td>目标任务</td><td>责任领导</td><td>责任单位</td></tr>\n<tr>${row1}</tr>\n<tr>${row2}</tr>`)}`;
    const { figs } = read({ ...base, body });
    expect(figs.filter(([, , , , v]) => v !== 'qualitative')).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 4: unit, year, remark and progress columns', () => {
  // Figures: tests/corpus/docs/huzhou-2025-govreport.txt (“预计地区生产总值达到4213.4亿元，增长5.8%”,
  // “全年固定资产投资增长2.6%”, 2025: “地区生产总值增长6%左右，规上工业增加值增长6.5%以上，固定资产投资增长
  // 3%以上”) and the brief's shared/examples/huzhou-2024-tasks-progress.txt (2024: “地区生产总值增长6%左右”,
  // “固定资产投资增长7%左右”; “上半年,全市GDP增长6.5%”).
  const huzhou = {
    host: 'www.huzhou.gov.cn',
    pubDate: '2025-02-20 09:00',
    source: '市发展改革委',
  };

  it('a unit column: 亿元 beside a growth target, and the unit of bare numbers (宁波 2026)', () => {
    // tests/corpus/docs/ningbo-2026-govreport.txt line 90: “地区生产总值增长5%—5.5%…；城镇新增就业20万人以上，
    // 城镇登记失业率3.5%以内；居民消费价格涨幅2%左右” — as a plan table with a 单位 column.
    const { figs } = read({
      title: '宁波市人民政府关于下达2026年宁波市国民经济和社会发展计划的通知',
      host: 'www.ningbo.gov.cn',
      url: 'http://www.ningbo.gov.cn/art/2026/2/10/art_1229095999_59412345.html',
      pubDate: '2026-02-10 09:00',
      source: '市发改委',
      docNo: '甬政发〔2026〕5号',
      body: [
        p('2026年宁波市国民经济和社会发展计划已经市十六届人大六次会议审议批准,现印发给你们,请认真组织实施。'),
        table(`<tr><td>指标名称</td><td>单位</td><td>2026年目标</td></tr>
<tr><td>地区生产总值</td><td>亿元</td><td>增长5%—5.5%</td></tr>
<tr><td>城镇新增就业</td><td>万人</td><td>20以上</td></tr>
<tr><td>城镇登记失业率</td><td>%</td><td>3.5以内</td></tr>
<tr><td>居民消费价格涨幅</td><td>%</td><td>2左右</td></tr>`),
      ].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['地区生产总值', '增长5%—5.5%', 'target', 2026, 'growth 5–5.5%'],
        ['城镇新增就业', '20以上', 'target', 2026, 'count 200000人 at-least'],
        ['城镇登记失业率', '3.5以内', 'target', 2026, 'level 3.5% at-most'],
        ['居民消费价格涨幅', '2左右', 'target', 2026, 'level 2% about'],
      ]),
    );
  });

  // Was a miss: 完成 alone was not an outcome header.
  it('year columns 单位 | 2024年目标 | 2024年完成 | 2025年目标 (the issue’s 亿元 | 增长7%左右): role and year from each column', () => {
    const { figs } = read({
      ...huzhou,
      title: '关于湖州市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
      url: 'https://www.huzhou.gov.cn/art/2025/2/20/art_1229213482_59074112.html',
      body: [
        p('各位代表:'),
        p('表1 湖州市2024年主要指标完成情况及2025年主要预期目标'),
        table(`<tr><td>指标名称</td><td>单位</td><td>2024年目标</td><td>2024年完成</td><td>2025年目标</td></tr>
<tr><td>地区生产总值</td><td>亿元</td><td>增长6%左右</td><td>增长5.8%</td><td>增长6%左右</td></tr>
<tr><td>固定资产投资</td><td>亿元</td><td>增长7%左右</td><td>增长2.6%</td><td>增长3%以上</td></tr>`),
      ].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['地区生产总值', '增长6%左右', 'target', 2024, 'growth 6% about'],
        ['地区生产总值', '增长5.8%', 'actual', 2024, 'growth 5.8% exact'],
        ['地区生产总值', '增长6%左右', 'target', 2025, 'growth 6% about'],
        ['固定资产投资', '增长7%左右', 'target', 2024, 'growth 7% about'],
        ['固定资产投资', '增长2.6%', 'actual', 2024, 'growth 2.6% exact'],
        ['固定资产投资', '增长3%以上', 'target', 2025, 'growth 3% at-least'],
      ]),
    );
  });

  it('a progress column (上半年完成) gives the year’s outcome so far', () => {
    const { figs } = read({
      ...huzhou,
      pubDate: '2024-07-25 16:00',
      title: '湖州市人民政府办公室关于2024年政府工作报告主要预期目标上半年完成情况的通报',
      url: 'https://www.huzhou.gov.cn/art/2024/7/25/art_1229213482_59074113.html',
      body: [
        p('各区县人民政府,市政府直属各单位:'),
        table(`<tr><td>指标名称</td><td>2024年目标</td><td>上半年完成</td></tr>
<tr><td>地区生产总值</td><td>增长6%左右</td><td>增长6.5%</td></tr>`),
      ].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['地区生产总值', '增长6%左右', 'target', 2024, 'growth 6% about'],
        ['地区生产总值', '增长6.5%', 'actual', 2024, 'growth 6.5% exact'],
      ]),
    );
  });

  // Was a miss: the remark's year and 预计 went into the name (target 2025).
  it('a remark column (备注) holding the base year’s absolute value', () => {
    // The 2024 level “预计地区生产总值达到4213.4亿元” (huzhou-2025-govreport line 17) as a 2025 plan's remark.
    const { figs } = read({
      ...huzhou,
      title: '湖州市人民政府关于下达2025年湖州市国民经济和社会发展计划的通知',
      url: 'https://www.huzhou.gov.cn/art/2025/2/20/art_1229213482_59074114.html',
      body: [
        p('2025年湖州市国民经济和社会发展计划已经市九届人大五次会议审议批准,现印发给你们,请认真组织实施。'),
        table(`<tr><td>指标名称</td><td>2025年目标</td><td>备注</td></tr>
<tr><td>地区生产总值</td><td>增长6%左右</td><td>2024年预计4213.4亿元</td></tr>`),
      ].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['地区生产总值', '增长6%左右', 'target', 2025, 'growth 6% about'],
        ['地区生产总值', '4213.4亿元', 'actual', 2024, 'level 421340000000元 exact'],
      ]),
    );
  });

  /** The page around shaoxing-2020-tasks-q1-progress (tests/corpus/docs). */
  const SHAOXING_Q1 = {
    title: '绍兴市人民政府办公室关于市政府2020年重点工作(预下达)一季度进展情况的通报',
    host: 'www.sx.gov.cn',
    url: 'http://www.sx.gov.cn/art/2020/4/10/art_1229265357_58928713.html',
    pubDate: '2020-04-10 10:00',
    source: '市政府办公室',
  };

  it('a 一季度进展情况 table: the progress column gives outcomes, never targets', () => {
    // tests/corpus/docs/shaoxing-2020-tasks-q1-progress.seed.txt, row 2 as printed (progress cut after
    // its third sentence).
    const { figs } = read({
      ...SHAOXING_Q1,
      body: [
        p('市政府2020年重点工作(预下达)一季度进展情况表'),
        table(`<tr><td>序号</td><td>内容与要求</td><td>进展情况</td><td>责任单位</td></tr>
<tr><td>2</td><td>持续推进重大项目攻坚,确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。</td><td>1-2月,全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点,居全省第6位,比去年同期提升5位。4个结构性指标中,生态环保、城市更新和水利设施投资增长12.5%,为全省唯一个该指标实现10%以上增长的地市;民间项目投资同比下降26.8%、交通投资同比下降4.8%、高新技术产业投资同比下降2.0%。</td><td>市发改委</td></tr>`),
      ].join('\n'),
    });
    const progress = ['12.7', '12.5', '26.8', '4.8', '2.0'];
    for (const n of progress) {
      const hit = figs.filter(([, text]) => text.includes(n));
      expect(hit.length, `a figure with ${n}`).toBeGreaterThan(0);
      for (const f of hit) expect([f[2], f[3]], `${f[0]} ${f[1]}`).toEqual(['actual', 2020]);
    }
    expect(figs).toEqual(expect.arrayContaining([['市县长项目落地率', '50%以上', 'target', 2020, 'level 50% at-least'] as Fig]));
    // Names as the labels (tests/corpus/labels/shaoxing-2020-tasks-q1-progress.json) give them.
    expect(figs.find(([, text]) => text.includes('12.5'))?.[0]).toBe('生态环保、城市更新和水利设施投资');
  });

  // Was a miss beyond the bullet: 高于全省平均水平1.7个百分点 is 固定资产投资's gap to the provincial average.
  it('a comparison phrase is never a name (高于全省平均水平1.7个百分点)', () => {
    const { figs } = read({
      ...SHAOXING_Q1,
      body: table(`<tr><td>序号</td><td>内容与要求</td><td>进展情况</td><td>责任单位</td></tr>
<tr><td>2</td><td>市县长项目落地率50%以上。</td><td>1-2月,全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点。</td><td>市发改委</td></tr>`),
    });
    expect(figs.filter(([name]) => /^高于|平均水平$/.test(name))).toEqual([]);
    expect(figs.find(([, text]) => text.includes('1.7'))?.slice(0, 4)).toEqual(['固定资产投资', '高于全省平均水平1.7个百分点', 'actual', 2020]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 5: 分别 lists', () => {
  const anhui = {
    title: '2026年安徽省政府工作报告',
    host: 'www.ah.gov.cn',
    url: 'https://www.ah.gov.cn/zwyw/jryw/565355231.html',
    pubDate: '2026-02-11 08:00',
    source: '安徽日报',
    column: '政府工作报告',
  };

  const twoNames = () => {
    const { figs } = read({
      ...anhui,
      body: [
        p('一、2025年工作和“十四五”发展回顾'),
        p('一年来，主要做了以下工作。'),
        p('（一）精准施策稳经济，回升向好态势巩固拓展。制造业、普惠小微贷款余额分别增长10.7%、13.3%。'),
      ].join('\n'),
    });
    return figs;
  };

  it('two names (anhui-2026-govreport: 制造业、普惠小微贷款余额分别增长10.7%、13.3%): each its own value, in order', () => {
    // the brief's shared/corpus/anhui-2026-govreport.txt lines 19, 22 (the review of 2025).
    expect(twoNames()).toEqual([
      ['制造业', '增长10.7%', 'actual', 2025, 'growth 10.7% exact'],
      ['普惠小微贷款余额', '13.3%', 'actual', 2025, 'growth 13.3% exact'],
    ]);
  });

  // KNOWN MISS (beyond the bullet): the first name does not take the list's shared head noun 贷款余额.
  it.fails('two names: the first takes the shared head noun (制造业贷款余额)', () => {
    expect(twoNames()[0][0]).toBe('制造业贷款余额');
  });

  it('three names (quzhou-2023-govreport: 工业投资、制造业投资、高新技术产业投资分别增长46.3%、60.3%和116.4%)', () => {
    // the brief's shared/corpus/municipal/quzhou-2023-govreport.txt line 23 (the review of 2022).
    const { figs } = read({
      title: '2023年衢州市政府工作报告',
      host: 'www.qz.gov.cn',
      url: 'http://www.qz.gov.cn/art/2023/2/13/art_1229027039_59050551.html',
      pubDate: '2023-02-13 09:00',
      source: '衢州日报',
      column: '政府工作报告',
      body: [
        p('一、2022年工作回顾'),
        p('工业投资、制造业投资、高新技术产业投资分别增长46.3%、60.3%和116.4%，增速均列全省第一。'),
      ].join('\n'),
    });
    expect(figs).toEqual([
      ['工业投资', '增长46.3%', 'actual', 2022, 'growth 46.3% exact'],
      ['制造业投资', '60.3%', 'actual', 2022, 'growth 60.3% exact'],
      ['高新技术产业投资', '116.4%', 'actual', 2022, 'growth 116.4% exact'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 6: signs and footnote markers', () => {
  it('a negative rate 为-0.86‰ keeps its minus and the name no 为- (zhejiang-2023-bulletin)', () => {
    // the brief's shared/examples/zhejiang-2023-bulletin.txt line 19.
    const { figs } = read({
      title: '2023年浙江省国民经济和社会发展统计公报',
      host: 'tjj.zj.gov.cn',
      url: 'http://tjj.zj.gov.cn/art/2024/3/4/art_1229129205_5271123.html',
      pubDate: '2024-03-04 15:00',
      source: '浙江省统计局',
      column: '统计公报',
      body: [p('一、综合'), p('全年出生人口38.3万人,出生率为5.80‰;死亡人口44.0万人,死亡率为6.66‰;自然增长率为-0.86‰。')].join('\n'),
    });
    expect(figs.find(([name]) => name.includes('自然增长率'))).toEqual(['自然增长率', '-0.86‰', 'actual', 2023, 'level -0.86‰ exact']);
    expect(figs.some(([name]) => /为-?$/.test(name))).toBe(false);
  });

  it('[2] and [7] after a name (china-2024-bulletin-national)', () => {
    // tests/corpus/docs/china-2024-bulletin-national.txt lines 18, 43.
    const { figs } = read({
      title: '中华人民共和国2024年国民经济和社会发展统计公报',
      host: 'www.stats.gov.cn',
      url: 'https://www.stats.gov.cn/sj/zxfb/202502/t20250228_1958817.html',
      pubDate: '2025-02-28 09:30',
      source: '国家统计局',
      column: '统计公报',
      body: [p('一、综合'), p('初步核算，全年国内生产总值[2]1349084亿元，比上年增长5.0%。'), p('全年全国城镇新增就业[7]1256万人。')].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['国内生产总值', '1349084亿元', 'actual', 2024, 'level 134908400000000元 exact'],
        ['国内生产总值', '比上年增长5.0%', 'actual', 2024, 'growth 5% exact'],
        ['全国城镇新增就业', '1256万人', 'actual', 2024, 'count 12560000人 exact'],
      ]),
    );
  });

  it('① and * after a name in a table cell (seeds/jiaxing-2024-plan.txt, its （注） written as markers)', () => {
    // seeds/jiaxing-2024-plan.txt: “1.地区生产总值（注） | 增长6%左右”, “7.人才资源总量 | 增加3万人左右”,
    // “注：地区生产总值增长率按可比价格计算。” — the markers as other pages print them.
    const { figs } = read({
      title: '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知',
      host: 'www.jiaxing.gov.cn',
      url: 'http://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_1.html',
      pubDate: '2024-02-08 10:00',
      source: '市政府办公室',
      docNo: '嘉政发〔2024〕3号',
      body: [
        p('2024年嘉兴市国民经济和社会发展主要目标'),
        table(`<tr><td>指标名称</td><td>2024年目标</td></tr>
<tr><td colspan="2">一、经济发展</td></tr>
<tr><td>1.地区生产总值①</td><td>增长6%左右</td></tr>
<tr><td>3.一般公共预算收入</td><td>增长6%左右</td></tr>
<tr><td colspan="2">二、科技创新</td></tr>
<tr><td>7.人才资源总量*</td><td>增加3万人左右</td></tr>`),
        p('注：①地区生产总值增长率按可比价格计算。*人才资源总量为年度新增数。'),
      ].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['地区生产总值', '增长6%左右', 'target', 2024, 'growth 6% about'],
        ['一般公共预算收入', '增长6%左右', 'target', 2024, 'growth 6% about'],
        ['人才资源总量', '增加3万人左右', 'target', 2024, 'change 30000人 about'],
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 7: from–to statements', () => {
  it('比率从14.7%降至13%左右: the name stops before 从, the figure is the end value (anhui-2026-govreport)', () => {
    // the brief's shared/corpus/anhui-2026-govreport.txt lines 19, 31, 32 (the 十四五 review).
    const { notice, figs } = read({
      title: '2026年安徽省政府工作报告',
      host: 'www.ah.gov.cn',
      url: 'https://www.ah.gov.cn/zwyw/jryw/565355231.html',
      pubDate: '2026-02-11 08:00',
      source: '安徽日报',
      column: '政府工作报告',
      body: [
        p('一、2025年工作和“十四五”发展回顾'),
        p('2025年是“十四五”收官之年。'),
        p('社会物流总费用与GDP的比率从14.7%降至13%左右、优于全国约1个百分点。'),
      ].join('\n'),
    });
    expect(figs.filter(([name]) => name.startsWith('社会物流'))).toEqual([['社会物流总费用与GDP的比率', '降至13%左右', 'actual', 2025, 'level 13% about']]);
    expect(figs.some(([name]) => name.includes('从'))).toBe(false);
    const t = notice.targets.find((x) => x.name === '社会物流总费用与GDP的比率');
    expect(t?.period).toEqual({ from: 2021, to: 2025 });
  });

  it('two from–to clauses in one sentence (lishui-2021-govreport, the 十三五 review)', () => {
    // tests/corpus/docs/lishui-2021-govreport.txt line 45.
    const { figs } = read({
      title: '2021年丽水市政府工作报告',
      host: 'www.lishui.gov.cn',
      url: 'http://www.lishui.gov.cn/art/2021/3/1/art_1229218389_57326112.html',
      pubDate: '2021-03-01 09:00',
      source: '丽水日报',
      column: '政府工作报告',
      body: [p('一、“十三五”时期发展成就'), p('常住人口城镇化率从56.4%提高到65%，城乡居民收入倍差从2.19倍缩小至2.05倍。')].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['常住人口城镇化率', '提高到65%', 'actual', 2020, 'level 65% exact'],
        ['城乡居民收入倍差', '缩小至2.05倍', 'actual', 2020, 'level 2.05倍 exact'],
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 8: Traditional script on mirror pages', () => {
  it('a plan notice on a Traditional mirror (lishui-2020-plan): figures read, names as written', () => {
    // tests/corpus/docs/lishui-2020-plan.txt (www.luntanhao.com mirror), lines 8, 13, 18 (cut after 均增長12%以上).
    const { notice, figs } = read({
      title: '麗水市人民政府關于下達2020年麗水市國民經濟和社會發展計劃的通知',
      host: 'www.luntanhao.com',
      url: 'http://www.luntanhao.com/art/2020/5/18/art_1229283449_2200564.html',
      pubDate: '2020-05-18 00:00',
      source: '市府辦',
      docNo: '麗政發〔2020〕9號',
      body: [
        p('各縣(市、區)人民政府,市政府直屬各單位:'),
        p('2020年麗水市國民經濟和社會發展計劃已經市四屆人大五次會議審議批準,現印發給你們,請認真組織實施。'),
        p('——關于經濟發展類目標(13個)。地區生產總值力爭增長7.5%左右;規模以上工業增加值增長8%以上;服務業增加值增長8%;一般公共預算收入增長7.5%。'),
      ].join('\n'),
    });
    expect(notice.plan.region).toBe('丽水市');
    expect(notice.plan.year).toBe(2020);
    expect(sorted(figs)).toEqual(
      sorted([
        ['地區生產總值', '增長7.5%左右', 'target', 2020, 'growth 7.5% about'],
        ['規模以上工業增加值', '增長8%以上', 'target', 2020, 'growth 8% at-least'],
        ['服務業增加值', '增長8%', 'target', 2020, 'growth 8% exact'],
        ['一般公共預算收入', '增長7.5%', 'target', 2020, 'growth 7.5% exact'],
      ]),
    );
  });

  it('地區生產總值…億元 in a Traditional bulletin mirror (zhuhai-2011-bulletin, its 實現(xiàn) marks kept)', () => {
    // tests/corpus/docs/zhuhai-2011-bulletin.txt line 8 (first sentence).
    const { figs } = read({
      title: '2011年珠海市國民經濟和社會發展統計公報',
      host: 'xiaomonv0755.com',
      url: 'http://xiaomonv0755.com/tjgb/19gd/24000.html',
      pubDate: '2012-03-19 10:00',
      source: '珠海市統計局',
      column: '統計公報',
      body: [p('一、綜合'), p('初步核算,2011年全市實現(xiàn)地區(qū)生產總值(GDP)1403.24億元,比上年增長11.3%。')].join('\n'),
    });
    expect(figs.map(([, text, role, year, value]) => [text, role, year, value])).toEqual(
      expect.arrayContaining([
        ['1403.24億元', 'actual', 2011, 'level 140324000000元 exact'],
        ['比上年增長11.3%', 'actual', 2011, 'growth 11.3% exact'],
      ]),
    );
    expect(figs.every(([name]) => name.startsWith('地區') && !/年年|\(xiàn\)/.test(name))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 9: units and quantities still missed', () => {
  it('斤 and a qualitative 居民收入增速高于经济增速 in a target list (hunan-2026-govreport)', () => {
    // the brief's shared/corpus/hunan-2026-govreport.txt line 57 (cut after 粮食产量615亿斤左右).
    const { figs } = read({
      title: '2026年湖南省政府工作报告',
      host: 'www.hunan.gov.cn',
      url: 'https://www.hunan.gov.cn/hnszf/szf/zfgzbg/202602/t20260210_33812345.html',
      pubDate: '2026-02-10 09:00',
      source: '湖南日报',
      column: '政府工作报告',
      body: [p('二、2026年工作安排'), p('今年主要预期目标是：城镇新增就业70万人；居民收入增速高于经济增速；居民消费价格涨幅2%左右；粮食产量615亿斤左右。')].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['城镇新增就业', '70万人', 'target', 2026, 'count 700000人 exact'],
        ['居民收入', '高于经济增速', 'target', 2026, 'qualitative'],
        ['居民消费价格涨幅', '2%左右', 'target', 2026, 'level 2% about'],
        ['粮食产量', '615亿斤左右', 'target', 2026, 'level 61500000000斤 about'],
      ]),
    );
  });

  it('三成 (fujian-2026-govreport: 已建在建入级电动船舶数量占全国三成以上)', () => {
    // the brief's shared/corpus/fujian-2026-govreport.txt line 23.
    const { figs } = read({
      title: '2026年福建省政府工作报告',
      host: 'www.fujian.gov.cn',
      url: 'https://www.fujian.gov.cn/zwgk/ghxx/zfgzbg/202602/t20260205_7012345.htm',
      pubDate: '2026-02-05 09:00',
      source: '福建日报',
      column: '政府工作报告',
      body: [
        p('一、一年接着一年干，新福建建设持续取得新进展新成效'),
        p('2025年是“十四五”收官之年。'),
        p('新兴产业加快培育壮大，发布低空经济九大场景典型案例，已建在建入级电动船舶数量占全国三成以上，2款一类创新药集中获批上市。'),
      ].join('\n'),
    });
    // 占全国 stays with the name, as 占规上工业比重 does in every other share the corpus writes.
    expect(figs).toEqual([['已建在建入级电动船舶数量占全国', '三成以上', 'actual', 2025, 'level 30% at-least']]);
  });

  it('两个百分点 (the issue’s wording; the corpus writes such points with digits)', () => {
    // No page in the brief's shared folder or tests/corpus writes 两个百分点; the sentence is qingdao-2024-govreport's
    // “存贷比达到111%、提高4个百分点” with the issue's 两个 — kept to pin the Chinese numeral.
    const { figs } = read({
      title: '2025年青岛市政府工作报告',
      host: 'www.qingdao.gov.cn',
      url: 'http://www.qingdao.gov.cn/zwgk/zdgk/gzbg/szfgzbg/202501/t20250120_1234567.shtml',
      pubDate: '2025-01-20 09:00',
      source: '青岛日报',
      column: '政府工作报告',
      body: [p('二、2025年工作总体要求和主要目标'), p('今年主要预期目标是：存贷比提高两个百分点。')].join('\n'),
    });
    expect(figs).toEqual([['存贷比', '提高两个百分点', 'target', 2025, 'change 2pp exact']]);
  });

  it('倍差缩小至1.7以内, a ratio without a unit (hangzhou-2022-govreport-targets, 到2026年)', () => {
    // the brief's shared/examples/hangzhou-2022-govreport-targets.txt line 6.
    const { notice, figs } = read({
      title: '2022年杭州市政府工作报告',
      host: 'www.hangzhou.gov.cn',
      url: 'https://www.hangzhou.gov.cn/art/2022/2/28/art_1229063382_1812345.html',
      pubDate: '2022-02-28 09:00',
      source: '杭州日报',
      column: '政府工作报告',
      body: [p('今后5年发展目标'), p('到2026年,全市生产总值达到2.5万亿元,城乡居民收入倍差缩小至1.7以内。')].join('\n'),
    });
    expect(figs).toEqual([
      ['生产总值', '达到2.5万亿元', 'target', 2026, 'level 2500000000000元 exact'],
      ['城乡居民收入倍差', '缩小至1.7以内', 'target', 2026, 'level 1.7 at-most'],
    ]);
    expect(notice.targets.map((t) => t.period)).toEqual([{ from: 2022, to: 2026 }, { from: 2022, to: 2026 }]);
  });

  it('qualitative relative targets stored as qualitative targets (anhui 增速高于全国平均水平, fujian 与经济增长同步)', () => {
    // the brief's shared/corpus/anhui-2026-govreport.txt line 54; the brief's shared/corpus/fujian-2026-govreport.txt line 79.
    const { figs } = read({
      title: '2026年安徽省政府工作报告',
      host: 'www.ah.gov.cn',
      url: 'https://www.ah.gov.cn/zwyw/jryw/565355231.html',
      pubDate: '2026-02-11 08:00',
      source: '安徽日报',
      column: '政府工作报告',
      body: [
        p('三、2026年重点工作'),
        p('经济社会发展的主要预期目标是：城镇常住居民人均可支配收入增速高于全国平均水平，农村常住居民人均可支配收入增速高于全国平均水平、高于城镇居民收入增速，居民收入增长与经济增长同步。'),
      ].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['城镇常住居民人均可支配收入', '高于全国平均水平', 'target', 2026, 'qualitative'],
        ['农村常住居民人均可支配收入', '高于全国平均水平', 'target', 2026, 'qualitative'],
        ['农村常住居民人均可支配收入', '高于城镇居民收入增速', 'target', 2026, 'qualitative'],
        ['居民收入', '与经济增长同步', 'target', 2026, 'qualitative'],
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('issue 11 bullet 10: a target followed by stray markup text in the same cell', () => {
  // seeds/jiaxing-2024-plan.txt: “4.固定资产投资 | 增长6%以上”, “5.社会消费品零售总额 | 增长5.5%以上”.
  it('增长6%以上<sup>1</sup> and 增长5.5%以上<sup>（注）</sup>', () => {
    const { figs } = read({
      title: '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知',
      host: 'www.jiaxing.gov.cn',
      url: 'http://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_1.html',
      pubDate: '2024-02-08 10:00',
      source: '市政府办公室',
      docNo: '嘉政发〔2024〕3号',
      body: [
        p('2024年嘉兴市国民经济和社会发展主要目标'),
        table(`<tr><td>指标名称</td><td>2024年目标</td></tr>
<tr><td>4.固定资产投资</td><td>增长6%以上<sup>1</sup></td></tr>
<tr><td>5.社会消费品零售总额</td><td>增长5.5%以上<sup>（注）</sup></td></tr>`),
        p('注：1.不含房地产开发投资。'),
      ].join('\n'),
    });
    expect(sorted(figs)).toEqual(
      sorted([
        ['固定资产投资', '增长6%以上', 'target', 2024, 'growth 6% at-least'],
        ['社会消费品零售总额', '增长5.5%以上', 'target', 2024, 'growth 5.5% at-least'],
      ]),
    );
  });
});
