/**
 * Canonical plan indicators (design.md §2, §6). A key is a PUBLIC CONTRACT: lower-case ASCII
 * kebab-case, never renamed once published. Add aliases freely; never reuse or change a key.
 *
 * `aliases` are Chinese names as documents write them; they are compared after
 * normalizeIndicatorName, so numbering, parentheticals, quotes, 新增-style verbs and the listed
 * synonyms (水体/水质, 年均/平均浓度, 规模以上/规上…) need no separate alias.
 * `requires` are word groups for wordings no alias foresees: a name containing every word of
 * one group (after normalization) is this indicator.
 */
export type Polarity = 'higher' | 'lower' | 'neutral';

export interface Indicator {
  key: string;
  zh: string;
  aliases: string[];
  en: string;
  /** The unit its targets are usually stated in. */
  unit: string;
  /** Which direction asks for more: `lower` for unemployment, prices, energy use, pollution, deaths. */
  polarity: Polarity;
  category?: string;
  /** Narrower coverage of another indicator (urban residents' income ⊂ all residents' income). */
  partOf?: string;
  /** Replaced an older indicator that measured the same subject another way. */
  successorOf?: string;
  requires?: string[][];
}


export const INDICATORS: readonly Indicator[] = [
  {
    key: 'gdp', zh: '地区生产总值', aliases: ['生产总值', 'GDP', '国内生产总值', '地区生产总值增长率'],
    en: 'Gross domestic product (GDP)',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'per-capita-gdp', zh: '人均地区生产总值', aliases: ['人均生产总值', '人均GDP'],
    en: 'GDP per capita',
    unit: '元', polarity: 'higher', category: 'economy',
  },
  {
    key: 'general-public-budget-revenue', zh: '一般公共预算收入',
    aliases: ['地方一般公共预算收入', '财政一般公共预算收入', '一般公共预算财政收入'],
    en: 'General public budget revenue',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'tax-revenue', zh: '税收收入', aliases: ['税收'],
    en: 'Tax revenue',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'fixed-asset-investment', zh: '固定资产投资', aliases: ['固投', '全社会固定资产投资', '固定资产投资额'],
    en: 'Fixed asset investment',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'manufacturing-investment', zh: '制造业投资', aliases: ['制造业投资额'],
    en: 'Manufacturing investment',
    unit: '元', polarity: 'higher', category: 'economy',
    partOf: 'fixed-asset-investment',
  },
  {
    key: 'private-investment', zh: '民间投资', aliases: ['民间投资额', '民间项目投资'],
    en: 'Private investment',
    unit: '%', polarity: 'higher', category: 'economy', partOf: 'fixed-asset-investment',
  },
  {
    key: 'high-tech-industry-investment', zh: '高新技术产业投资', aliases: ['高新技术产业投资额'],
    en: 'High-tech industry investment',
    unit: '%', polarity: 'higher', category: 'economy', partOf: 'fixed-asset-investment',
  },
  {
    key: 'retail-sales', zh: '社会消费品零售总额', aliases: ['社零', '社零额', '社会消费品零售额', '社会消费品零售总额增速'],
    en: 'Total retail sales of consumer goods',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'online-retail-sales', zh: '网络零售额', aliases: ['网络零售总额'],
    en: 'Online retail sales',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'industrial-value-added', zh: '规模以上工业增加值', aliases: ['规上工业增加值'],
    en: 'Value added of industry above designated size',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'services-value-added', zh: '服务业增加值', aliases: ['第三产业增加值'],
    en: 'Services value added',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'labour-productivity', zh: '全员劳动生产率', aliases: ['劳动生产率'],
    en: 'Overall labour productivity',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'urbanization-rate', zh: '常住人口城镇化率', aliases: ['城镇化率', '人口城镇化率'],
    en: 'Urbanization rate of the resident population',
    unit: '%', polarity: 'higher', category: 'economy',
  },
  {
    key: 'population', zh: '常住人口', aliases: ['常住人口数', '常住人口总量'],
    en: 'Resident population',
    unit: '人', polarity: 'neutral', category: 'society',
  },
  {
    key: 'goods-trade', zh: '货物进出口总额', aliases: ['货物进出口', '货物贸易进出口', '货物贸易进出口总额', '货物贸易进出口额'],
    en: 'Goods imports and exports',
    unit: '元', polarity: 'higher', category: 'opening', partOf: 'foreign-trade',
  },
  {
    key: 'goods-exports', zh: '货物出口总额', aliases: ['货物出口', '货物出口额', '出口总额', '外贸出口'],
    en: 'Goods exports',
    unit: '元', polarity: 'higher', category: 'opening', partOf: 'goods-trade',
  },
  {
    key: 'foreign-trade', zh: '进出口总额', aliases: ['外贸进出口总额', '对外贸易进出口总额', '外贸进出口', '进出口'],
    en: 'Total imports and exports',
    unit: '元', polarity: 'higher', category: 'opening',
  },
  {
    key: 'services-trade', zh: '服务贸易进出口', aliases: ['服务贸易进出口额', '服务贸易进出口总额', '服务贸易额', '服务贸易'],
    en: 'Trade in services',
    unit: '%', polarity: 'higher', category: 'opening',
  },
  {
    key: 'fdi', zh: '实际利用外资', aliases: ['实际使用外资', '实际利用外资金额', '实际使用外资金额', '实到外资'],
    en: 'Foreign direct investment actually used',
    unit: '美元', polarity: 'higher', category: 'opening',
  },
  {
    key: 'rd-intensity', zh: '全社会研究与试验发展经费支出占生产总值比重',
    aliases: [
      '研究与试验发展经费支出占生产总值比重', '研究与试验发展经费支出占地区生产总值比重', '全社会研究与试验发展经费支出占地区生产总值比重',
      'R&D经费支出占GDP比重', 'R&D经费支出占地区生产总值比重', 'R&D经费投入强度', '研发投入强度', '研发经费投入强度',
      '全社会研发投入强度', '研究与试验发展经费投入强度', '研发经费支出占GDP比重', '研发经费支出占生产总值比重',
    ],
    en: 'R&D spending as a share of GDP',
    unit: '%', polarity: 'higher', category: 'innovation',
    requires: [['研究与试验发展', '比重'], ['研究与试验发展', '强度'], ['研发', '比重'], ['研发', '强度'], ['r&d', '比重'], ['r&d', '强度']],
  },
  {
    key: 'high-tech-enterprises', zh: '国家高新技术企业', aliases: ['高新技术企业', '国家级高新技术企业', '高企'],
    en: 'National high-tech enterprises',
    unit: '家', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'tech-smes', zh: '科技型中小企业', aliases: ['省科技型中小企业', '省级科技型中小企业'],
    en: 'Technology-based SMEs',
    unit: '家', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'little-giant-enterprises', zh: '专精特新“小巨人”企业',
    aliases: ['国家级专精特新“小巨人”企业', '专精特新小巨人企业', '国家专精特新“小巨人”企业'],
    en: '“Little giant” specialised SMEs',
    unit: '家', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'high-value-invention-patents', zh: '每万人高价值发明专利拥有量', aliases: ['每万人口高价值发明专利拥有量'],
    en: 'High-value invention patents per 10,000 people',
    unit: '件', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'digital-economy-core-industry', zh: '数字经济核心产业增加值', aliases: ['数字经济核心产业增加值增速'],
    en: 'Value added of core digital-economy industries',
    unit: '%', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'digital-economy-core-manufacturing', zh: '数字经济核心制造业增加值', aliases: [],
    en: 'Value added of core digital-economy manufacturing',
    unit: '%', polarity: 'higher', category: 'innovation',
    partOf: 'digital-economy-core-industry',
  },
  {
    key: '5g-base-stations', zh: '5G基站', aliases: ['5G基站数', '5G基站数量'],
    en: '5G base stations',
    unit: '个', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'talent-total', zh: '人才资源总量', aliases: ['人才总量', '人才资源总数'],
    en: 'Total talent pool',
    unit: '人', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'college-graduates-attracted', zh: '引进大学生', aliases: ['大学生', '引进高校毕业生'],
    en: 'College graduates attracted',
    unit: '人', polarity: 'higher', category: 'innovation',
  },
  {
    key: 'per-capita-disposable-income', zh: '居民人均可支配收入', aliases: ['全体居民人均可支配收入', '人均可支配收入', '常住居民人均可支配收入'],
    en: 'Per capita disposable income of residents',
    unit: '%', polarity: 'higher', category: 'livelihood',
  },
  {
    key: 'urban-per-capita-disposable-income', zh: '城镇居民人均可支配收入', aliases: ['城镇常住居民人均可支配收入', '城市居民人均可支配收入'],
    en: 'Per capita disposable income of urban residents',
    unit: '%', polarity: 'higher', category: 'livelihood',
    partOf: 'per-capita-disposable-income',
  },
  {
    key: 'rural-per-capita-disposable-income', zh: '农村居民人均可支配收入', aliases: ['农村常住居民人均可支配收入', '农民人均可支配收入'],
    en: 'Per capita disposable income of rural residents',
    unit: '%', polarity: 'higher', category: 'livelihood',
    partOf: 'per-capita-disposable-income', successorOf: 'rural-per-capita-net-income',
  },
  {
    key: 'rural-per-capita-net-income', zh: '农民人均纯收入', aliases: ['农村居民人均纯收入'],
    en: 'Per capita net income of rural residents',
    unit: '%', polarity: 'higher', category: 'livelihood',
  },
  {
    key: 'urban-rural-income-ratio', zh: '城乡居民收入倍差', aliases: ['城乡居民收入比', '城乡收入倍差', '城乡收入比'],
    en: 'Urban–rural income ratio',
    unit: '', polarity: 'lower', category: 'livelihood',
  },
  {
    key: 'household-income-10-50', zh: '家庭可支配收入10-50万元群体比例',
    aliases: ['家庭年可支配收入10-50万元群体比例', '家庭可支配收入10万-50万元群体比例'],
    en: 'Share of households with disposable income of 100–500 thousand yuan',
    unit: '%', polarity: 'higher', category: 'livelihood',
    requires: [['可支配收入', '10-50万', '群体']],
  },
  {
    key: 'household-income-20-60', zh: '家庭可支配收入20-60万元群体比例',
    aliases: ['家庭年可支配收入20-60万元群体比例', '家庭可支配收入20万-60万元群体比例'],
    en: 'Share of households with disposable income of 200–600 thousand yuan',
    unit: '%', polarity: 'higher', category: 'livelihood',
    requires: [['可支配收入', '20-60万', '群体']],
  },
  {
    key: 'urban-surveyed-unemployment-rate', zh: '城镇调查失业率', aliases: ['调查失业率', '城镇调查失业率平均值'],
    en: 'Surveyed urban unemployment rate',
    unit: '%', polarity: 'lower', category: 'livelihood',
    successorOf: 'urban-registered-unemployment-rate',
  },
  {
    key: 'urban-registered-unemployment-rate', zh: '城镇登记失业率', aliases: ['登记失业率'],
    en: 'Registered urban unemployment rate',
    unit: '%', polarity: 'lower', category: 'livelihood',
  },
  {
    key: 'urban-new-jobs', zh: '城镇新增就业人数', aliases: ['城镇新增就业', '新增城镇就业', '新增城镇就业人数', '城镇新增就业岗位'],
    en: 'New urban jobs',
    unit: '人', polarity: 'higher', category: 'livelihood',
  },
  {
    key: 'cpi', zh: '居民消费价格涨幅',
    aliases: ['居民消费价格指数', 'CPI', '居民消费价格总水平涨幅', '居民消费价格总水平', '居民消费价格', '消费价格涨幅', '居民消费价格上涨幅度'],
    en: 'Consumer price index (CPI) rise',
    unit: '%', polarity: 'lower', category: 'livelihood',
  },
  {
    key: 'pension-insurance-enrollment', zh: '基本养老保险参保人数', aliases: ['基本养老保险参保', '养老保险参保人数'],
    en: 'Basic pension insurance enrollment',
    unit: '人', polarity: 'higher', category: 'livelihood',
  },
  {
    key: 'school-places', zh: '学位', aliases: ['中小学学位', '义务教育学位', '中小学幼儿园学位'],
    en: 'School places',
    unit: '个', polarity: 'higher', category: 'livelihood',
  },
  {
    key: 'energy-intensity', zh: '单位地区生产总值综合能耗',
    aliases: ['单位GDP能耗', '单位生产总值能耗', '单位地区生产总值能耗', '单位生产总值综合能耗', '单位GDP综合能耗', '能耗强度', '万元GDP能耗'],
    en: 'Energy use per unit of GDP',
    unit: '%', polarity: 'lower', category: 'environment',
    requires: [['单位', '生产总值', '能耗'], ['单位', 'gdp', '能耗'], ['万元', 'gdp', '能耗']],
  },
  {
    key: 'energy-consumption-total', zh: '能源消费总量', aliases: ['能耗总量', '能源消耗总量'],
    en: 'Total energy consumption',
    unit: '吨标准煤', polarity: 'lower', category: 'environment',
  },
  {
    key: 'electricity-consumption', zh: '全社会用电量', aliases: ['用电量'],
    en: 'Electricity consumption',
    unit: '千瓦时', polarity: 'neutral', category: 'environment',
  },
  {
    key: 'carbon-intensity', zh: '单位地区生产总值二氧化碳排放量',
    aliases: ['单位GDP二氧化碳排放', '单位GDP二氧化碳排放量', '单位生产总值二氧化碳排放', '单位生产总值二氧化碳排放量', '碳排放强度', '单位地区生产总值二氧化碳排放'],
    en: 'CO2 emissions per unit of GDP',
    unit: '%', polarity: 'lower', category: 'environment',
    requires: [['单位', '二氧化碳']],
  },
  {
    key: 'water-intensity', zh: '单位地区生产总值用水量',
    aliases: ['单位GDP用水量', '单位生产总值用水量', '万元GDP用水量', '万元地区生产总值用水量', '万元生产总值用水量'],
    en: 'Water use per unit of GDP',
    unit: '%', polarity: 'lower', category: 'environment',
    requires: [['单位', '生产总值', '用水'], ['单位', 'gdp', '用水'], ['万元', 'gdp', '用水'], ['万元', '生产总值', '用水']],
  },
  {
    key: 'pm25', zh: '设区城市PM2.5平均浓度', aliases: ['PM2.5平均浓度', 'PM2.5浓度', '细颗粒物平均浓度', '细颗粒物浓度', '城市PM2.5平均浓度'],
    en: 'PM2.5 concentration',
    unit: '微克/立方米', polarity: 'lower', category: 'environment',
    requires: [['pm2.5', '浓度'], ['细颗粒物', '浓度']],
  },
  {
    key: 'air-quality-good-days', zh: '空气质量优良天数比例', aliases: ['环境空气质量优良天数比例', '空气优良天数比例', '空气质量优良率', '设区城市空气质量优良天数比例'],
    en: 'Share of days with good air quality',
    unit: '%', polarity: 'higher', category: 'environment',
    requires: [['优良天数']],
  },
  {
    key: 'surface-water-quality', zh: '地表水市控断面Ⅲ类及以上水质比例',
    aliases: ['市控断面三类及以上水质比例', '地表水达到或好于三类水体比例', '地表水省控断面三类及以上水质比例', '地表水三类及以上水质断面比例', '地表水水质优良比例'],
    en: 'Share of surface-water sections of Grade III or better',
    unit: '%', polarity: 'higher', category: 'environment',
    requires: [['断面', '三类'], ['地表水', '三类'], ['地表水', '优良']],
  },
  {
    key: 'drinking-water-compliance', zh: '饮用水源地水质达标率', aliases: ['集中式饮用水水源地水质达标率', '县级以上集中式饮用水水源地水质达标率'],
    en: 'Drinking-water source compliance rate',
    unit: '%', polarity: 'higher', category: 'environment',
    requires: [['饮用水', '达标率']],
  },
  {
    key: 'forest-coverage', zh: '森林覆盖率', aliases: [],
    en: 'Forest coverage',
    unit: '%', polarity: 'higher', category: 'environment',
  },
  {
    key: 'solar-capacity', zh: '光伏装机', aliases: ['光伏装机容量', '光伏并网容量', '光伏并网装机'],
    en: 'Solar PV capacity',
    unit: '千瓦', polarity: 'higher', category: 'environment',
  },
  {
    key: 'work-safety-death-rate', zh: '亿元GDP生产安全事故死亡率',
    aliases: ['亿元地区生产总值生产安全事故死亡率', '亿元生产总值生产安全事故死亡率'],
    en: 'Work-safety deaths per 100 million yuan of GDP',
    unit: '人/亿元', polarity: 'lower', category: 'safety',
    requires: [['亿元', '事故', '死亡率']],
  },
  {
    key: 'npl-ratio', zh: '不良贷款率', aliases: ['银行业不良贷款率'],
    en: 'Non-performing loan ratio',
    unit: '%', polarity: 'lower', category: 'safety',
  },
  {
    key: 'special-bonds', zh: '专项债', aliases: ['政府专项债', '专项债券', '地方政府专项债券', '政府专项债资金', '专项债资金', '专项债券资金'],
    en: 'Special-purpose government bonds',
    unit: '元', polarity: 'higher', category: 'finance',
  },
  {
    key: 'new-listed-companies', zh: '上市企业', aliases: ['上市公司', '境内外上市企业'],
    en: 'Newly listed companies',
    unit: '家', polarity: 'higher', category: 'finance',
  },
  {
    key: 'manufacturing-medium-long-term-loans', zh: '制造业中长期贷款', aliases: ['制造业中长期贷款余额'],
    en: 'Medium- and long-term loans to manufacturing',
    unit: '元', polarity: 'higher', category: 'finance',
  },
  {
    key: 'enterprise-burden-reduction', zh: '为企业减负', aliases: ['企业减负', '减负降本', '为企业减负降本'],
    en: 'Cost reductions for enterprises',
    unit: '元', polarity: 'higher', category: 'finance',
  },
  {
    key: 'land-supply', zh: '供应建设用地', aliases: ['建设用地供应', '供应土地', '土地供应', '供应国有建设用地', '国有建设用地供应'],
    en: 'Construction land supplied',
    unit: '亩', polarity: 'neutral', category: 'land',
  },
  {
    key: 'inefficient-land-cleared', zh: '腾退低效用地', aliases: ['低效用地腾退', '盘活低效用地'],
    en: 'Inefficient industrial land cleared',
    unit: '亩', polarity: 'higher', category: 'land',
  },
  {
    key: 'grain-output', zh: '粮食产量', aliases: ['粮食总产量', '粮食总产'],
    en: 'Grain output',
    unit: '吨', polarity: 'higher', category: 'agriculture',
  },
];
