/**
 * Issue 11: quantities that are NOT target or outcome figures — dates, document numbers, ordinals,
 * phone numbers, years, counts inside programme names, article numbering, versions, percentages
 * inside quoted names. Each case is rendered on a portal page (plan notice, 嘉兴 2025) beside a
 * control sentence that does give a figure, and read through the content script's entry
 * (extractFromDocument), so a case cannot pass by the page extracting nothing.
 * Sentences are quoted from the collected documents (file:line per case); the phone numbers and
 * the 浙政办发[2024]12号 form are the issue brief's own examples (no collected page prints one).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractFromDocument } from '@/lib/notice/extract';
import { renderNotice } from '@/scripts/portal/render.mjs';

const URL = 'http://www.jiaxing.gov.cn/art/2025/2/12/art_1229426397_2.html';
const TITLE = '嘉兴市人民政府关于下达2025年嘉兴市国民经济和社会发展计划的通知';

/** The control: seeds/jiaxing-2024-plan.txt “4.固定资产投资 | 增长6%以上”, as a sentence of the 2025 plan. */
const CONTROL = '全市固定资产投资增长6%以上。';
const CONTROL_FIGURE = ['固定资产投资', '增长6%以上'];

function page(body: string, docNo = '嘉政发〔2025〕3号'): Document {
  const html = renderNotice('正文', {
    title: TITLE,
    host: 'www.jiaxing.gov.cn',
    url: URL,
    pubDate: '2025-02-12 10:00',
    source: '市政府办公室',
    docNo,
    indexNo: '002534013/2025-12345',
    issued: '2025-02-10',
  });
  const marks = /(<meta name="ContentStart">)[\s\S]*?(<meta name="ContentEnd">)/;
  return parseHTML(html.replace(marks, (_m, a: string, b: string) => `${a}\n${body}\n${b}`)).document as unknown as Document;
}

const para = (text: string) => `<p style="text-indent:2em;text-align:justify">${text}</p>`;

/** [name, text] of every figure on a page holding the control and `negative` (HTML of one block). */
function figuresWith(negative: string, docNo?: string): string[][] {
  const body = [para('各县（市、区）人民政府，市政府各部门、各直属单位：'), para(CONTROL), negative].join('\n');
  const notice = extractFromDocument(page(body, docNo), { url: URL });
  if (!notice) throw new Error('the page is not read as a plan notice');
  return notice.targets.map((t) => [t.name, t.text]);
}

/** [what, the block's HTML, figures it may give besides the control ([] = none)]. */
type Case = [what: string, html: string, allowed: string[][]];

const sentences: Case[] = [
  // dates
  ['a date line: 2025年2月10日 (the signature date, as seeds print it)', para('嘉兴市人民政府') + para('2025年2月10日'), []],
  ['a deadline: 10月底前 (wenzhou-2024-govreport:64)', para('确保新建项目10月底前全部实质性开工。'), []],
  ['a deadline: 6月底前 (lishui-2021-govreport:113)', para('6月底前正式上线花园云（城市大脑）。'), []],
  ['a meeting date: 2025年3月5日', para('2025年3月5日，市政府召开全市经济工作会议。'), []],
  // document numbers
  ['a document number in the body: 咸政发〔2023〕8号 (xianyang-2023-plan:8)', para('咸政发〔2023〕8号'), []],
  ['a document number in the body: 金政发〔2021〕3号 (jinxiang-2021-plan:10)', para('金政发〔2021〕3号'), []],
  ['a document number with square brackets: 浙政办发[2024]12号', para('根据《浙江省人民政府办公厅关于进一步扩大有效投资的意见》（浙政办发[2024]12号）精神，制定本计划。'), []],
  // ordinals
  ['第21次常务会议 (taizhou-2018-tasks.seed:15)', para('《政府工作报告》2025年目标任务责任分解已经市政府第21次常务会议研究同意，现印发给你们，请认真贯彻执行。'), []],
  ['第十四届…第四次会议 (wenzhou-2024-govreport:8)', para('2024年1月29日在温州市第十四届人民代表大会第四次会议上'), []],
  ['第11次获评, 第8次荣获 (ningbo-2021-govreport:22)', para('第11次获评中国最具幸福感城市，第8次荣获“全国双拥模范城”称号。'), []],
  // phone numbers
  ['a phone number: 0573-82345678', para('联系人：市发展改革委综合规划处，联系电话：0573-82345678。'), []],
  ['12345热线 (qingdao-2024-govreport:38)', para('12345热线与“青诉即办”平台联动运行。'), []],
  // years
  ['a year as a subject: 2025年是… (fujian-2026-govreport:20)', para('2025年是“十四五”收官之年。'), []],
  ['a year as a period: 2025年度', para('做好2025年度国民经济和社会发展计划执行情况的监测分析。'), []],
  // counts inside programme names
  ['“十大工程” (shandong-2026-govreport:22)', para('推进数字产业化“十大工程”、产业数字化“八大行动”。'), []],
  ['三个“一号工程” (wenzhou-2024-govreport:18)', para('全面落实省委省政府关于三个“一号工程”和“十项重大工程”的决策部署。'), []],
  ['“8+4”经济政策体系 (wenzhou-2024-govreport:22)', para('全面落实“8+4”经济政策体系。'), []],
  ['G60科创走廊 (huzhou-2025-govreport:87)', para('充分发挥上海大都市圈、杭州都市圈以及G60科创走廊等战略叠加优势。'), []],
  ['第二条通道 (zhoushan-2021-govreport:61)', para('全力建设甬舟铁路及甬舟高速公路复线，打通连接大陆的第二条通道。'), []],
  // version numbers
  ['大孵化器集群2.0版 (wenzhou-2024-govreport:54)', para('推进大孵化器集群2.0版建设。'), []],
  // percentages inside quoted names
  ['“4个100%” (zhoushan-2021-govreport:115)', para('全市投资项目审批实现“4个100%”。'), []],
  ['“5个90%” (wenzhou-2026-govreport:82)', para('深化规上制造业企业“六个全覆盖”、企业创新“5个90%”等行动。'), []],
  // article numbering with nothing else
  ['article numbering: （一） and 1.', para('（一）扩大有效投资') + para('1.实施重大项目攻坚。'), []],
  ['article numbering: 第二条', para('第二条 本计划自印发之日起实施。'), []],
];

/** Sentences where a real figure stands beside a number that is only part of a name. */
const mixed: Case[] = [
  ['5G in a name beside a real count (qingdao-2024-govreport:26)', para('5G基站总数超过3.7万个。'), [['5G基站总数', '超过3.7万个']]],
  ['世界500强 in a name beside a real count (hunan-2026-govreport:31)', para('在湘世界500强企业达212家。'), [['在湘世界500强企业', '达212家']]],
  ['a numbered item keeps its figure, not its number (seeds/jiaxing-2024-plan.txt:78)', para('1.地区生产总值增长6%左右。'), [['地区生产总值', '增长6%左右']]],
];

/** Table cells: the same, as the plan tables print them. */
const cells: Case[] = [
  [
    'PM2.5 in an indicator name with a deferred target (seeds/jiaxing-2024-plan.txt:119)',
    `<table border="1"><tbody><tr><td>指标名称</td><td>2025年目标</td></tr><tr><td>13.设区城市PM2.5年均浓度</td><td>按省下达目标安排</td></tr></tbody></table>`,
    [['设区城市PM2.5年均浓度', '按省下达目标安排']],
  ],
  [
    'a 序号 column and a 完成时限 column (2025年12月底前)',
    `<table border="1"><tbody><tr><td>序号</td><td>主要工作任务</td><td>完成时限</td><td>责任单位</td></tr><tr><td>3</td><td>全力建设甬舟铁路及甬舟高速公路复线。</td><td>2025年12月底前</td><td>市发改委</td></tr></tbody></table>`,
    [],
  ],
];

describe('the control sentence gives its figure on its own', () => {
  it(CONTROL, () => {
    expect(figuresWith('')).toEqual([CONTROL_FIGURE]);
  });
});

describe('the header block’s document number (嘉政发〔2025〕3号) and dates give no figure', () => {
  it('索引号 / 发文文号 / 成文日期 in the 信息公开 block', () => {
    expect(figuresWith('', '嘉政发〔2025〕3号')).toEqual([CONTROL_FIGURE]);
  });
});

describe.each([
  ['sentences', sentences],
  ['sentences with a real figure beside a name number', mixed],
  ['table cells', cells],
])('quantities that are not figures: %s', (_kind, cases) => {
  it.each(cases)('%s', (_what, html, allowed) => {
    const figs = figuresWith(html);
    expect(figs).toContainEqual(CONTROL_FIGURE);
    expect(figs.filter((f) => !(f[0] === CONTROL_FIGURE[0] && f[1] === CONTROL_FIGURE[1]))).toEqual(allowed);
  });
});
