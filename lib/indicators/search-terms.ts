/**
 * Search words of the registry indicators (lib/indicators/registry.ts): English aliases and the
 * topics a search for a subject finds an indicator by (就业/employment…). Kept apart from the
 * registry so the content script, which only matches Chinese names, does not carry them.
 */

const ECON = ['经济', 'economy', '增长', 'growth'];
const INVEST = ['投资', 'investment'];
const CONSUME = ['消费', 'consumption'];
const TRADE = ['外贸', '开放', '贸易', 'trade', 'opening-up'];
const INNOV = ['科技', '创新', 'technology', 'innovation'];
const JOBS = ['就业', 'employment', 'jobs'];
const INCOME = ['收入', 'income', '民生', 'livelihood'];
const ENV = ['环境', '生态', 'environment', 'ecology'];
const ENERGY = ['能源', 'energy', '节能', '双碳', 'carbon'];
const SAFETY = ['安全', 'safety'];
const FINANCE = ['金融', '融资', 'finance', 'credit'];
const LAND = ['土地', '用地', 'land'];
const TALENT = ['人才', 'talent'];
const FISCAL = ['财政', 'fiscal', 'budget'];

export interface SearchTerms {
  enAliases: string[];
  /** Chinese and English words a search for a subject should find it by (就业/employment…). */
  topics: string[];
}

export const SEARCH_TERMS: Readonly<Record<string, SearchTerms>> = {
  'gdp': { enAliases: ['GDP', 'gross domestic product', 'regional GDP', 'economic growth', 'output'], topics: [...ECON, '总量'] },
  'per-capita-gdp': { enAliases: ['per capita GDP', 'GDP per head'], topics: [...ECON] },
  'general-public-budget-revenue': { enAliases: ['budget revenue', 'fiscal revenue', 'public revenue'], topics: [...FISCAL, '收入'] },
  'tax-revenue': { enAliases: ['taxes'], topics: [...FISCAL] },
  'fixed-asset-investment': { enAliases: ['FAI', 'fixed-asset investment', 'fixed investment', 'fixed asset'], topics: [...INVEST, ...ECON] },
  'manufacturing-investment': { enAliases: ['investment in manufacturing'], topics: [...INVEST, '制造业', 'manufacturing'] },
  'private-investment': { enAliases: ['private-sector investment'], topics: [...INVEST] },
  'high-tech-industry-investment': { enAliases: ['high-tech investment'], topics: [...INVEST, ...INNOV] },
  'retail-sales': { enAliases: ['retail sales', 'consumer goods retail sales', 'consumption'], topics: [...CONSUME, 'retail'] },
  'online-retail-sales': { enAliases: ['e-commerce sales', 'online sales'], topics: [...CONSUME, '电商', 'e-commerce'] },
  'industrial-value-added': { enAliases: ['industrial value added', 'industrial output'], topics: [...ECON, '工业', 'industry', '制造业'] },
  'services-value-added': { enAliases: ['services output', 'tertiary industry value added'], topics: [...ECON, '服务业', 'services'] },
  'labour-productivity': { enAliases: ['labour productivity', 'labor productivity', 'productivity'], topics: [...ECON, '效率', 'efficiency'] },
  'urbanization-rate': { enAliases: ['urbanization', 'urbanisation rate'], topics: ['城镇化', 'urbanization', '人口', 'population'] },
  'population': { enAliases: ['population'], topics: ['人口', 'population'] },
  'goods-trade': { enAliases: ['goods trade', 'trade in goods', 'merchandise trade'], topics: [...TRADE] },
  'goods-exports': { enAliases: ['exports', 'export value'], topics: [...TRADE, '出口', 'exports'] },
  'foreign-trade': { enAliases: ['foreign trade', 'imports and exports', 'trade volume'], topics: [...TRADE] },
  'services-trade': { enAliases: ['services trade', 'service trade'], topics: [...TRADE, '服务业', 'services'] },
  'fdi': { enAliases: ['FDI', 'foreign investment', 'foreign direct investment', 'utilized foreign capital'], topics: [...TRADE, ...INVEST, '外资'] },
  'rd-intensity': { enAliases: ['R&D', 'R&D intensity', 'research and development', 'R&D spending'], topics: [...INNOV, '研发'] },
  'high-tech-enterprises': { enAliases: ['high-tech enterprises', 'high-tech companies', 'high-tech firms'], topics: [...INNOV, '企业', 'enterprises'] },
  'tech-smes': { enAliases: ['tech SMEs', 'science and technology SMEs'], topics: [...INNOV, '企业', 'enterprises'] },
  'little-giant-enterprises': { enAliases: ['little giants', 'specialised and sophisticated SMEs'], topics: [...INNOV, '企业', 'enterprises'] },
  'high-value-invention-patents': { enAliases: ['patents', 'invention patents'], topics: [...INNOV, '专利', 'patents'] },
  'digital-economy-core-industry': { enAliases: ['digital economy', 'core digital economy'], topics: [...INNOV, '数字经济', 'digital economy'] },
  'digital-economy-core-manufacturing': { enAliases: ['digital economy manufacturing'], topics: [...INNOV, '数字经济', 'digital economy', '制造业'] },
  '5g-base-stations': { enAliases: ['5G', '5G stations'], topics: ['数字', '基础设施', 'digital', 'infrastructure'] },
  'talent-total': { enAliases: ['talent pool', 'talent'], topics: [...TALENT] },
  'college-graduates-attracted': { enAliases: ['graduates', 'college graduates'], topics: [...TALENT] },
  'per-capita-disposable-income': { enAliases: ['disposable income', 'household income', 'income'], topics: [...INCOME] },
  'urban-per-capita-disposable-income': { enAliases: ['urban income', 'urban disposable income'], topics: [...INCOME, '城镇', 'urban'] },
  'rural-per-capita-disposable-income': { enAliases: ['rural income', 'rural disposable income', 'farmers income'], topics: [...INCOME, '农村', 'rural', '农民'] },
  'rural-per-capita-net-income': { enAliases: ['rural net income'], topics: [...INCOME, '农村', 'rural'] },
  'urban-rural-income-ratio': { enAliases: ['income gap', 'urban-rural income gap'], topics: [...INCOME, '共同富裕', 'common prosperity'] },
  'household-income-10-50': { enAliases: ['middle-income households', 'middle income 10-50'], topics: [...INCOME, '共同富裕', '中等收入', 'middle income'] },
  'household-income-20-60': { enAliases: ['middle-income households 20-60', 'middle income 20-60'], topics: [...INCOME, '共同富裕', '中等收入', 'middle income'] },
  'urban-surveyed-unemployment-rate': { enAliases: ['unemployment', 'unemployment rate', 'jobless rate'], topics: [...JOBS, '失业', 'unemployment'] },
  'urban-registered-unemployment-rate': { enAliases: ['registered unemployment'], topics: [...JOBS, '失业', 'unemployment'] },
  'urban-new-jobs': { enAliases: ['new jobs', 'job creation', 'urban employment'], topics: [...JOBS] },
  'cpi': { enAliases: ['CPI', 'inflation', 'consumer prices', 'consumer price index'], topics: ['价格', '物价', 'prices', 'inflation', ...CONSUME] },
  'pension-insurance-enrollment': { enAliases: ['pension enrollment', 'pension coverage'], topics: ['社保', '养老', 'social security', 'pensions'] },
  'school-places': { enAliases: ['school places', 'school seats'], topics: ['教育', 'education'] },
  'energy-intensity': { enAliases: ['energy intensity', 'energy consumption per unit of GDP'], topics: [...ENERGY, ...ENV] },
  'energy-consumption-total': { enAliases: ['energy consumption'], topics: [...ENERGY] },
  'electricity-consumption': { enAliases: ['power consumption', 'electricity use'], topics: [...ENERGY, '电力', 'electricity'] },
  'carbon-intensity': { enAliases: ['carbon intensity', 'CO2 intensity', 'carbon emissions'], topics: [...ENERGY, ...ENV, '碳排放', 'emissions'] },
  'water-intensity': { enAliases: ['water intensity', 'water use per GDP'], topics: [...ENV, '水资源', 'water'] },
  'pm25': { enAliases: ['PM2.5', 'fine particulate matter', 'air pollution'], topics: [...ENV, '空气', 'air', '大气'] },
  'air-quality-good-days': { enAliases: ['good air days', 'air quality'], topics: [...ENV, '空气', 'air', '大气'] },
  'surface-water-quality': { enAliases: ['surface water quality', 'water quality'], topics: [...ENV, '水', 'water'] },
  'drinking-water-compliance': { enAliases: ['drinking water quality'], topics: [...ENV, '水', 'water'] },
  'forest-coverage': { enAliases: ['forest cover'], topics: [...ENV, '林业', 'forests'] },
  'solar-capacity': { enAliases: ['solar capacity', 'photovoltaic capacity', 'PV'], topics: [...ENERGY, '光伏', 'solar', '清洁能源'] },
  'work-safety-death-rate': { enAliases: ['work safety', 'accident death rate', 'workplace deaths'], topics: [...SAFETY, '安全生产', '事故', 'accidents'] },
  'npl-ratio': { enAliases: ['NPL ratio', 'bad loans'], topics: [...FINANCE, '风险', 'risk'] },
  'special-bonds': { enAliases: ['special bonds', 'special-purpose bonds', 'local government bonds'], topics: [...INVEST, ...FISCAL, '债券', 'bonds'] },
  'new-listed-companies': { enAliases: ['IPOs', 'listed companies', 'listings'], topics: [...FINANCE, '上市', 'capital markets'] },
  'manufacturing-medium-long-term-loans': { enAliases: ['manufacturing loans'], topics: [...FINANCE, '制造业', 'manufacturing'] },
  'enterprise-burden-reduction': { enAliases: ['burden reduction', 'tax and fee cuts'], topics: ['营商环境', '惠企', 'business environment', 'enterprises'] },
  'land-supply': { enAliases: ['land supply'], topics: [...LAND] },
  'inefficient-land-cleared': { enAliases: ['land clearance', 'inefficient land'], topics: [...LAND, '腾笼换鸟', 'industrial upgrading'] },
  'grain-output': { enAliases: ['grain production', 'grain'], topics: ['农业', '粮食安全', 'agriculture', 'food security'] },
};

const NONE: SearchTerms = { enAliases: [], topics: [] };

export function searchTermsOf(key: string): SearchTerms {
  return SEARCH_TERMS[key] ?? NONE;
}
