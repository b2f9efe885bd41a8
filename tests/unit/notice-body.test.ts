import { describe, expect, it } from 'vitest';
import { cleanSubject, targetsFromProse } from '@/lib/notice/body';
import { maskQuoted, scanQuantities } from '@/lib/notice/quantity';

const pairs = (text: string) => targetsFromProse(text).map((t) => [t.name, t.text]);

describe('targetsFromProse: subjects and values as written', () => {
  const cases: Array<[string, string[][]]> = [
    ['实现固定资产投资增长6%以上。', [['固定资产投资', '增长6%以上']]],
    ['新增国家高新技术企业500家、省科技型中小企业1200家，支持科技领军企业。', [['新增国家高新技术企业', '500家'], ['省科技型中小企业', '1200家']]],
    ['列入国家102工程项目超15个。', [['列入国家102工程项目', '超15个']]],
    ['确保全年城镇调查失业率控制在5.5%以内，城镇新增就业人数10万人。', [['城镇调查失业率', '控制在5.5%以内'], ['城镇新增就业人数', '10万人']]],
    ['单位地区生产总值用水量较2020年下降13%。', [['单位地区生产总值用水量', '较2020年下降13%']]],
    ['地区生产总值增长7-7.5%。', [['地区生产总值', '增长7-7.5%']]],
    ['家庭年可支配收入10—50万元群体比例提高2个百分点。', [['家庭年可支配收入10—50万元群体比例', '提高2个百分点']]],
    ['确保市控断面三类及以上水质比例稳定在95%以上，饮用水源地水质达标率保持100%。', [['市控断面三类及以上水质比例', '稳定在95%以上'], ['饮用水源地水质达标率', '保持100%']]],
    ['全年举办境内投资促进活动不少于100场。', [['举办境内投资促进活动', '不少于100场']]],
    ['亿元GDP安全生产事故死亡率低于0.012人/亿元。', [['亿元GDP安全生产事故死亡率', '低于0.012人/亿元']]],
    ['设区城市PM2.5平均浓度控制在26微克/立方米及以下。', [['设区城市PM2.5平均浓度', '控制在26微克/立方米及以下']]],
    ['引进超亿美元项目50个以上，实际利用外资30亿美元。', [['引进超亿美元项目', '50个以上'], ['实际利用外资', '30亿美元']]],
    ['新增光伏装机60万千瓦以上、储能装机25.5万千瓦以上。', [['新增光伏装机', '60万千瓦以上'], ['储能装机', '25.5万千瓦以上']]],
    ['落实保障性租赁用房5.28万套（间），推动房地产市场平稳健康发展。', [['落实保障性租赁用房', '5.28万套（间）']]],
    ['力争2024年非金融企业直接融资1000亿元以上。', [['非金融企业直接融资', '1000亿元以上']]],
    ['新开工、竣工亿元以上产业项目各400个。', [['竣工亿元以上产业项目', '各400个']]],
    // A list of names sharing one value is one name (shaoxing-2020 progress cell); a 、 after a figure still ends a clause.
    ['生态环保、城市更新和水利设施投资增长12.5%。', [['生态环保、城市更新和水利设施投资', '增长12.5%']]],
    ['固定资产投资增长5%、工业投资和民间投资增长3%。', [['固定资产投资', '增长5%'], ['工业投资和民间投资', '增长3%']]],
    // …but a list of measures (lexicon MEASURE_HEADS) before one value gives each of them (hubei-2026 work report).
    ['学前教育毛入园率、高中毛入学率超过93%。', [['学前教育毛入园率', '超过93%'], ['高中毛入学率', '超过93%']]],
    ['规上工业增加值、固定资产投资增长6%。', [['规上工业增加值', '增长6%'], ['固定资产投资', '增长6%']]],
    // As many names as values, without 分别: each its own, in order (tianjin-2026, jiaxing-2019, hangzhou-2018
    // work reports); a level alone (国家级、省级众创空间) shares the last item's noun.
    ['出口、进口增长5.2%、3.1%。', [['出口', '增长5.2%'], ['进口', '3.1%']]],
    ['全年粮食产量、生猪出栏量达到120万吨、80万头。', [['粮食产量', '达到120万吨'], ['生猪出栏量', '80万头']]],
    ['新增国家级、省级众创空间20家和57家。', [['国家级众创空间', '20家'], ['省级众创空间', '57家']]],
    ['地区生产总值增长6%、7%。', [['地区生产总值', '增长6%'], ['地区生产总值', '7%']]],
    // A comparison where the subject would be is the previous subject's gap to a benchmark.
    ['全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点。', [['固定资产投资', '同比下降12.7%'], ['固定资产投资', '高于全省平均水平1.7个百分点']]],
    // A collective name spread over its values (lexicon COLLECTIVES): urban, then rural.
    ['城乡居民人均可支配收入分别增长7%、8%左右。', [['城镇居民人均可支配收入', '增长7%'], ['农村居民人均可支配收入', '8%左右']]],
    ['三次产业分别增长1.9%、5.0%和8.0%。', [['第一产业', '增长1.9%'], ['第二产业', '5.0%'], ['第三产业', '8.0%']]],
    ['新增“隐形冠军”企业5家和单项冠军企业2家。', [['新增“隐形冠军”企业', '5家'], ['单项冠军企业', '2家']]],
    ['1. 生产总值增长7.5%以上。', [['生产总值', '增长7.5%以上']]],
    ['2019年，全市地区生产总值15373亿元，增长6.8%。', [['地区生产总值', '15373亿元'], ['地区生产总值', '增长6.8%']]],
    ['战略性新兴产业增加值占规上工业比重提高到42%。', [['战略性新兴产业增加值占规上工业比重', '提高到42%']]],
    ['惠及市场主体8万家次以上。', [['惠及市场主体', '8万家次以上']]],
    // Real excerpts: another province's targets in prose, and a mirror's sentence as the reader
    // receives it (Traditional script is simplified before reading: extract.ts, notice-shapes.test.ts).
    ['城乡居民人均可支配收入分别增长7%、8%左右；居民消费价格涨幅3%左右；粮食产量保持在180万吨以上。', [['城镇居民人均可支配收入', '增长7%'], ['农村居民人均可支配收入', '8%左右'], ['居民消费价格涨幅', '3%左右'], ['粮食产量', '保持在180万吨以上']]],
    ['地区生产总值力争增长7.5%左右;民间项目投资均增长12%以上。', [['地区生产总值', '增长7.5%左右'], ['民间项目投资', '增长12%以上']]],
    // A list of modifiers is one subject, not a target: 10-50万元 describes the 群体.
    ['确保家庭可支配收入10-50万元、20-60万元的群体比例分别提高3个百分点。', [['家庭可支配收入10-50万元、20-60万元的群体比例', '提高3个百分点']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });
});

describe('targetsFromProse: numbers that are not targets', () => {
  const cases: string[] = [
    '2024年是中华人民共和国成立75周年，是实施“十四五”规划关键一年。',
    '统筹推进三个“一号工程”，大力实施“十项重大工程”。',
    '推进“1+8+X”大救助体系建设。',
    '推进15分钟便民生活圈试点建设。',
    '加快16家省级服务业创新发展区建设。',
    '培育产值10亿元以上“腰部”企业。',
    '不折不扣实施“三个70%”、招投标“七个不准”等要求。',
    '出台优化营商环境便利化行动4.0版。',
    '整合集聚G60科创走廊创新资源，新开通5G基站。',
    '举办第2届沪嘉科技创新大会。',
    '2024年2月8日',
    '实施8项集成改革和8大标志性工程。',
    '加快建设嘉兴至枫南（城北路592号）市域铁路。',
    '深入推进“上市100”专项行动。',
  ];
  it.each(cases)('%s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });
});

describe('quotes and positions', () => {
  it('quotes the sentence and gives its offset in the input', () => {
    const text = '稳步扩大有效投资。实现固定资产投资增长6%以上，优化结构。下一句。';
    const [t] = targetsFromProse(text);
    expect(t.quote).toBe('实现固定资产投资增长6%以上，优化结构。');
    expect(text.slice(t.quoteStart, t.quoteStart + t.quote.length)).toBe(t.quote);
  });

  it('scans a quantity’s span exactly', () => {
    const s = '政务服务事项“一网通办”率达到90%以上。';
    const [q] = scanQuantities(s, maskQuoted(s));
    expect(s.slice(q.start, q.end)).toBe('达到90%以上');
    expect(q.hasLead).toBe(true);
  });

  it('masks text inside quotation marks and brackets only', () => {
    const mask = maskQuoted('甲“乙丙”丁（戊）');
    expect(Array.from(mask)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  });
});

describe('cleanSubject', () => {
  it.each([
    ['确保全年城镇调查失业率', '城镇调查失业率'],
    ['力争2024年非金融企业直接融资', '非金融企业直接融资'],
    ['其中制造业中长期贷款', '制造业中长期贷款'],
    ['城乡居民人均可支配收入分别', '城乡居民人均可支配收入'],
    ['（一）新增托位', '新增托位'],
    ['123', ''],
  ])('%s → %s', (raw, name) => {
    expect(cleanSubject(raw)).toBe(name);
  });
});
