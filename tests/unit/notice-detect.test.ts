import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanMeta } from '@/lib/types';
import { detectNotice, headingFromText, type DetectInput } from '@/lib/notice/detect';
import { looksLikePlanFamily } from '@/lib/notice/gate';
import { regionFromText, regionFromUrl } from '@/lib/notice/regions';
import { blocksFromText, noticeText } from '@/lib/notice/blocks';

const root = join(__dirname, '../..');
const seedText = (file: string) => noticeText(blocksFromText(readFileSync(join(root, 'seeds', file), 'utf8')));
const brief = (m: PlanMeta | null) => (m ? [m.id, m.title, m.issued] : null);

// Beginnings of real pages (tests/corpus/docs (real page excerpts)), as their text reads.
const LISHUI = `當前位置:首頁
>> 政務公開 >> 市政府信息公開 >> 政策文件 >> 其他文件 >> 市政府文件
索引號 113325000026455663/2020-28215 文號 麗政發〔2020〕9號
組配分類 市政府文件 發布機構 市政府
成文日期 2020-05-18 公開方式 主動公開
麗水市人民政府關于下達2020年麗水市國民經濟和社會發展計劃的通知
發布時間:2020-05-18 00:00 瀏覽次數: 信息來源: 市府辦
各縣(市、區)人民政府,市政府直屬各單位:
2020年麗水市國民經濟和社會發展計劃已經市四屆人大五次會議審議批準,現印發給你們,請認真組織實施。`;

const TAIZHOU = `当前位置:首页
 > 专题专栏  > 重要专题  > 市政府重点工作信息公开  > 工作报告  > 2018年政府工作报告
索引号: 002668661/2018-96290 公开方式: 主动公开
发布机构: 市政府办公室 成文日期: 2018-02-09
台州市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知
信息来源: 市府办 发布时间: 2022-06-21 17: 28 浏览次数:
各县(市、区)人民政府,市政府直属各单位:
《政府工作报告》2018年目标任务责任分解已经市政府第21次常务会议研究同意,现印发给你们,请认真贯彻执行。`;

const HANGZHOU_EXECUTION = `关于杭州市2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告(书面)
发布时间: 2020-05-29 11:10:41
来源: 杭州市发展和改革委员会
各位代表:
受市人民政府委托,向大会报告关于杭州市2019年国民经济和社会发展计划执行情况与2020年计划草案,请予审议。`;

const ZHEJIANG_BULLETIN = `2023年浙江省国民经济和社会发展统计公报
来源:     时间:2024-03-04
浙江省统计局 国家统计局浙江调查总队
2023年,浙江坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。`;

const XIANYANG = `咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知
文章正文
发布时间:2023-12-10 06:53
咸政发〔2023〕8号
县市区人民政府,市人民政府各工作部门、派出机构、直属事业机构:
《咸阳市2023年国民经济和社会发展计划》已经市九届人大三次会议审议通过,现印发给你们,请认真组织实施。
咸阳市人民政府         
2023年2月21日        
咸阳市2023年国民经济和社会发展计划`;

const SHAOXING_TASKS = `当前位置:首页
> 政务公开 > 工作报告
市政府2020年重点工作(预下达)一季度进展情况表
发布日期:2020-05-14 09:44 浏览次数: 字体:[ ]
序号
内容与要求`;

describe('detectNotice on the bundled seeds', () => {
  it.each([
    ['jiaxing-2022-plan.txt', ['嘉兴市/2022/annual-plan', '嘉兴市人民政府关于下达2022年嘉兴市国民经济和社会发展计划的通知', '2022-05-14']],
    ['jiaxing-2024-plan.txt', ['嘉兴市/2024/annual-plan', '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知', '2024-02-08']],
  ])('%s', (file, expected) => {
    const meta = detectNotice({ text: seedText(file) });
    expect(brief(meta)).toEqual(expected);
    expect(meta?.url).toBeNull();
  });
});

describe('detectNotice on real pages of other cities and kinds', () => {
  const cases: Array<[string, DetectInput, (string | null)[]]> = [
    ['lishui mirror, Traditional script', { text: LISHUI, url: 'http://www.luntanhao.com/art/2020/5/18/art_1229283449_2200564.html' }, ['丽水市/2020/annual-plan', '麗水市人民政府關于下達2020年麗水市國民經濟和社會發展計劃的通知', '2020-05-18']],
    ['taizhou task breakdown', { text: TAIZHOU, url: 'https://www.zjtz.gov.cn/art/2022/6/21/art_1229658132_59059890.html' }, ['台州市/2018/work-report-tasks', '台州市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知', '2018-02-09']],
    ['hangzhou execution report', { text: HANGZHOU_EXECUTION }, ['杭州市/2020/plan-execution', '关于杭州市2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告(书面)', '2020-05-29']],
    ['zhejiang statistical bulletin', { text: ZHEJIANG_BULLETIN }, ['浙江省/2023/statistical-bulletin', '2023年浙江省国民经济和社会发展统计公报', '2024-03-04']],
    ['xianyang, another province', { text: XIANYANG }, ['咸阳市/2023/annual-plan', '咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知', '2023-02-21']],
    ['shaoxing task progress, region from host', { text: SHAOXING_TASKS, url: 'http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html' }, ['绍兴市/2020/work-report-tasks', '市政府2020年重点工作(预下达)一季度进展情况表', '2020-05-14']],
    ['a page title names the document', { title: '2022年杭州市政府工作报告 - 杭州市人民政府门户网站', text: '2022年主要预期目标\n全市生产总值增长6.5%以上' }, ['杭州市/2022/work-report', '2022年杭州市政府工作报告', null]],
    ['five-year plan', { title: '嘉兴市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', text: '第一章' }, ['嘉兴市/2021/five-year-plan', '嘉兴市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', null]],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(brief(detectNotice(input))).toEqual(expected);
  });
});

describe('what wins', () => {
  const body = '各县（市、区）人民政府：\n现印发给你们。\n2024年2月8日';
  it('ArticleTitle and PubDate metas win over the page title and the signature date', () => {
    const meta = detectNotice({
      title: '首页',
      metas: { ArticleTitle: '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知', PubDate: '2024-02-09 10:00' },
      text: body,
    });
    expect(brief(meta)).toEqual(['嘉兴市/2024/annual-plan', '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知', '2024-02-09']);
  });

  it('成文日期 wins over the signature date, which wins over the URL', () => {
    const title = '关于下达2024年国民经济和社会发展计划的通知';
    const url = 'https://www.jiaxing.gov.cn/art/2024/2/20/art_1_2.html';
    expect(detectNotice({ title, url, text: body, headerText: '索引号 1 成文日期 2024-02-07 发布机构 市政府' })?.issued).toBe('2024-02-07');
    expect(detectNotice({ title, url, text: body })?.issued).toBe('2024-02-08');
    expect(detectNotice({ title, url, text: '各县（市、区）人民政府：' })?.issued).toBe('2024-02-20');
  });

  it('the page’s own naming wins over its host; the host (or its parent) names the rest', () => {
    const text = '各县（市、区）人民政府：';
    expect(detectNotice({ title: '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知', url: 'https://www.hangzhou.gov.cn/art/2024/1/1/a.html', text })?.region).toBe('嘉兴市');
    expect(detectNotice({ title: '关于下达2024年国民经济和社会发展计划的通知', url: 'http://wzfgw.wenzhou.gov.cn/art/2024/1/1/a.html', text })?.region).toBe('温州市');
    expect(detectNotice({ title: '关于下达2024年国民经济和社会发展计划的通知', metas: { ContentSource: '嘉善县人民政府办公室' }, url: 'https://www.jiaxing.gov.cn/a.html', text })?.region).toBe('嘉善县');
    expect(detectNotice({ title: '关于下达2024年国民经济和社会发展计划的通知', url: 'https://example.com/a.html', text })).toBeNull();
  });
});

describe('pages that are not notices', () => {
  it.each([
    ['a news page quoting targets', { title: '嘉兴市召开会议 部署2024年固定资产投资增长6%以上', text: '会议要求，固定资产投资增长6%以上。' }],
    ['news about the plan', { title: '市政府常务会议审议2024年国民经济和社会发展计划', text: '会议指出……' }],
    ['an unrelated government page', { title: '嘉兴市人民政府 政务服务', text: '办事指南。' }],
    ['empty', { text: '' }],
  ] as Array<[string, DetectInput]>)('%s → null', (_name, input) => {
    expect(detectNotice(input)).toBeNull();
  });
});

describe('the cheap gate agrees with detection', () => {
  it('passes every page detection accepts', () => {
    const inputs: DetectInput[] = [
      { text: seedText('jiaxing-2024-plan.txt') },
      { text: LISHUI },
      { text: TAIZHOU },
      { text: HANGZHOU_EXECUTION },
      { text: ZHEJIANG_BULLETIN },
      { text: XIANYANG },
      { text: SHAOXING_TASKS, url: 'http://www.sx.gov.cn/a' },
      { title: '2022年杭州市政府工作报告', text: '全市生产总值增长6.5%以上' },
    ];
    for (const input of inputs) {
      expect(detectNotice(input)).not.toBeNull();
      expect(looksLikePlanFamily(input.title ?? '', input.text)).toBe(true);
    }
  });

  it('stops ordinary pages', () => {
    expect(looksLikePlanFamily('全市经济运行分析会召开 坚定信心真抓实干', '4月17日下午，全市经济运行分析会召开。')).toBe(false);
    expect(looksLikePlanFamily('嘉兴市人民政府', '首页 政务公开 办事服务')).toBe(false);
  });

  it('reads the meta title when the page title says nothing', () => {
    expect(looksLikePlanFamily('嘉兴市人民政府', '', '2024年嘉兴市国民经济和社会发展计划')).toBe(true);
  });
});

describe('regions and headings', () => {
  it.each([
    ['https://www.jiaxing.gov.cn/art/2024/2/8/a.html', '嘉兴市'],
    ['http://wzfgw.wenzhou.gov.cn/x', '温州市'],
    ['https://www.tx.gov.cn/', '桐乡市'],
    ['https://www.zj.gov.cn/', '浙江省'],
    ['https://notjiaxing.gov.cn/', null],
    ['not a url', null],
  ])('host of %s → %s', (url, region) => {
    expect(regionFromUrl(url)).toBe(region);
  });

  it.each([
    ['嘉兴市南湖区人民政府关于下达2024年国民经济和社会发展计划的通知', '南湖区'],
    ['向大会报告苏州市2023年国民经济和社会发展计划执行情况', '苏州市'],
    ['关于印发《政府工作报告》的通知', null],
  ])('region named in %s → %s', (text, region) => {
    expect(regionFromText(text)).toBe(region);
  });

  it('joins a title printed on two lines, but not a label line with the title after it', () => {
    expect(headingFromText('嘉兴市人民政府关于下达2024年嘉兴市\n国民经济和社会发展计划的通知\n各县：')).toBe('嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知');
    expect(headingFromText('成文日期 2020-05-18\n丽水市人民政府关于下达2020年丽水市国民经济和社会发展计划的通知')).toBe('丽水市人民政府关于下达2020年丽水市国民经济和社会发展计划的通知');
  });
});
