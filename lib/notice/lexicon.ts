/**
 * The words of a quantity, in one place (issue 11): units, magnitudes, numerals, bound words,
 * verbs, connectors, bases, qualifiers, markers and what a number may not be followed by. Read by
 * the one quantity grammar (grammar.ts), which both finds quantities in prose and parses a target's
 * text, so finding and parsing cannot disagree. Words are data; how they combine is the grammar's.
 * Text is read in Simplified script with full-width forms folded (grammar.ts `foldWidth`).
 */
import type { Bound } from '../types';

/**
 * What a unit measures: a percentage (and ‰), percentage points, a count of things or people
 * (metric `count`), or any other measure (money, area, energy, a rate: metric `level`).
 */
export type UnitKind = 'percent' | 'pp' | 'count' | 'measure';

export interface UnitWord {
  word: string;
  kind: UnitKind;
  /** The unit stored when it is not the word itself (个百分点 → pp, 成 → %). */
  as?: string;
  /** The number is multiplied by this (三成 = 30%). */
  times?: number;
  /** A count that may stand before its noun after an action verb (新培育10个概念验证中心). */
  beforeNoun?: boolean;
  /** Only a unit where the quantity ends (3成 is 30%; 3成员 is not). */
  endsQuantity?: boolean;
  /** After a change verb the word is a rank, not a count (排名提升5位; 引进50位专家 is a count). */
  rankAfterVerb?: boolean;
}

const COUNTS_BEFORE_NOUN = '个家项所座条批处名户套张台辆场件';
const OTHER_COUNTS = ['人', '位', '人次', '户次', '家次', '次', '间', '宗', '艘', '只', '头', '支', '栋', '幢', '例', '部', '本', '株', '棵', '块', '片', '条次', '架', '床', '篇'];
const MEASURES = [
  '平方公里', '平方千米', '千瓦时', '兆瓦', '千瓦', '吨标准煤', '吨标煤', '立方米', '平方米', '微克', '毫克', '公里', '千米',
  '公顷', '美元', '欧元', '元', '亩', '吨', '斤', '岁', '列', '升', '标准箱', '标箱', '小时', '分钟', '天', '倍', '米',
];
/** Measures of things built that may stand before their noun after an action verb (新建提升310公里农村公路, 建设47.8万亩高标准农田). */
const MEASURES_BEFORE_NOUN = new Set(['公里', '千米', '亩', '公顷', '平方米', '平方公里', '千瓦', '兆瓦']);

/** Every unit a figure is counted in, longest first (个百分点 before 个, 人次 before 人). */
export const UNITS: readonly UnitWord[] = ([
  { word: '个百分点', kind: 'pp', as: 'pp' },
  { word: '百分点', kind: 'pp', as: 'pp' },
  { word: '%', kind: 'percent' },
  { word: '‰', kind: 'percent' },
  { word: '成', kind: 'percent', as: '%', times: 10, endsQuantity: true },
  ...[...COUNTS_BEFORE_NOUN].map((word): UnitWord => ({ word, kind: 'count', beforeNoun: true })),
  ...OTHER_COUNTS.map((word): UnitWord => ({ word, kind: 'count', ...(word === '位' ? { rankAfterVerb: true } : {}) })),
  ...MEASURES.map((word): UnitWord => ({ word, kind: 'measure', ...(MEASURES_BEFORE_NOUN.has(word) ? { beforeNoun: true } : {}) })),
] satisfies UnitWord[]).sort((a, b) => b.word.length - a.word.length);

/** Magnitudes written between the number and its unit, longest first. */
export const MAGNITUDES: readonly (readonly [string, number])[] = [['万亿', 1e12], ['亿', 1e8], ['万', 1e4]];

/** Chinese numerals, read only before a unit that takes them (两个百分点, 三成, 十二倍). */
export const NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100 };
/** A fraction in words (三分之二, 百分之五): read as a percentage. */
export const FRACTION_MARK = '分之';
/** Time units after a slash (842元/月, 万元/年). */
export const PER_TIME = new Set([...'月年日']);
export const NUMERAL_UNITS = ['个百分点', '成', '倍'];

/** A bound word just before the number; negated words first so 不低于 is not read as 低于. */
export const BOUNDS_BEFORE: readonly (readonly [string, Bound])[] = [
  ['不低于', 'at-least'], ['不少于', 'at-least'], ['至少', 'at-least'],
  ['不超过', 'at-most'], ['不高于', 'at-most'], ['不多于', 'at-most'], ['最多', 'at-most'],
  ['低于', 'below'], ['少于', 'below'], ['小于', 'below'],
  ['高于', 'above'], ['大于', 'above'], ['多于', 'above'], ['超过', 'above'], ['超出', 'above'], ['突破', 'above'], ['超', 'above'], ['逾', 'above'],
  ['大约', 'about'], ['约', 'about'],
];

/** A bound word right after the number and unit. A word after the number wins over one before it. */
export const BOUNDS_AFTER: readonly (readonly [string, Bound])[] = [
  ['及以上', 'at-least'], ['以上', 'at-least'],
  ['及以下', 'at-most'], ['以下', 'at-most'], ['以内', 'at-most'], ['之内', 'at-most'],
  ['左右', 'about'], ['上下', 'about'],
];

/** What a verb says about the number: a growth rate, a change up or down, or a level reached. */
export type VerbKind = 'growth' | 'increase' | 'decrease' | 'level';

/**
 * Verbs written before the number (with a connector between: 提高到, 稳定在). Nouns that name a
 * rate (增速, 增长率) are not here: they are the indicator's name, which parseTargetValue reads.
 */
export const VERBS: readonly (readonly [string, VerbKind])[] = [
  ['增长', 'growth'], ['上涨', 'growth'], ['增产', 'growth'], ['减产', 'decrease'],
  ['提高', 'increase'], ['提升', 'increase'], ['增加', 'increase'], ['上升', 'increase'], ['扩大', 'increase'],
  ['下降', 'decrease'], ['降低', 'decrease'], ['减少', 'decrease'], ['下调', 'decrease'], ['回落', 'decrease'], ['下跌', 'decrease'],
  ['压减', 'decrease'], ['削减', 'decrease'], ['压降', 'decrease'], ['缩减', 'decrease'], ['缩小', 'decrease'],
  ['控制', 'level'], ['稳定', 'level'], ['保持', 'level'], ['维持', 'level'], ['调整', 'level'], ['达', 'level'],
];
/** Single-character verbs, read only before a connector (降至5%, 增至), where they are unambiguous. */
export const CONNECTOR_VERBS: readonly (readonly [string, VerbKind])[] = [['降', 'decrease'], ['减', 'decrease'], ['升', 'increase'], ['增', 'increase']];
/** Between a verb and the number. Without a verb, 为/在 belong to the name (增加值占比为3.5%). */
export const CONNECTORS = ['到', '至', '为', '在'];

/** Words about the value, not the subject, right before the verb or the number (累计400名, 年均增长). */
export const QUALIFIERS: readonly (readonly [string, 'cumulative' | 'average' | 'year-on-year'])[] = [
  ['累计', 'cumulative'], ['年均', 'average'], ['同比', 'year-on-year'],
];
/** Words that put a base before a change verb (较2020年下降13%, 比上年增长6%, 与2020年相比). */
export const BASE_WORDS = ['相较于', '相较', '相比', '较', '比', '与'];
export const BASE_YEAR_WORDS = ['上年同期', '上年末', '上年', '去年同期', '去年末', '去年'];
/** A year as a base may end with 末/底 (较2020年末) and be followed by 相比. */
export const BASE_YEAR_ENDS = ['末', '底'];
/** 各 (each): the value belongs to every name before it, and is part of the value's words. */
export const EACH = '各';

/** What may follow a figure that ends a clause: punctuation or a conjunction to the next one. */
export const FOLLOWERS = new Set([...'，,。；;、：:）)！？!?和及与或并']);
/** Brackets that open a note after a figure (125043元（按年平均汇率折算为17745美元），). */
export const NOTE_BRACKETS = new Map([['（', '）'], ['(', ')']]);
/** Characters right after a number that make it a date, an ordinal, an edition or a grade. */
export const NOT_QUANTITY_AFTER = new Set([...'年月日号时届期版周代级型强+']);
/** A number right after one of these is part of a code or an ordinal (G60, 第3次, 2.0). */
export const NOT_QUANTITY_BEFORE = new Set([...'第+.']);
/** Words right after the number that make it a duration, never a target (6个月). */
export const DURATIONS = ['个月'];
/** Dashes and words between the two ends of a range (7-7.5%, 10—50万元, 7%～8%). */
export const RANGE_DASHES = new Set([...'-–—~～至到']);
/** Between the parts of a ratio (城乡居民收入比缩小至2.21∶1, 三次产业结构3.0∶41.9∶55.1). */
export const RATIO_MARKS = new Set([...'∶:：']);
/** Words before a time of day, which is written like a ratio (上午9:30). */
export const TIME_OF_DAY = ['上午', '下午', '晚上', '早上', '中午', '凌晨'];
/** The unit stored for a ratio. */
export const RATIO_UNIT = 'ratio';
/** Minus signs (为-0.5‰); a dash after a digit is a range, not a sign. */
export const MINUS_SIGNS = new Set([...'-−－']);
/** Characters that end an unknown unit in a value's text (以上, 左右, 及以下, 的, 、…). */
export const UNIT_STOP = new Set([...'以左上及的和与或各等']);
/** A value text that only points to another body's figure (按省下达目标安排). */
export const DEFERRED_WORDS = /下达|省定|上级/;
/**
 * Collective names a 分别 list spreads over its values, in order (城乡居民人均可支配收入分别增长7%、8% →
 * 城镇居民…, 农村居民…; 三次产业分别增长1.9%、5.0%和8.0% → 第一产业, 第二产业, 第三产业): the word
 * as written, and the parts that replace it, one per value.
 */
export const COLLECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['城乡居民', ['城镇居民', '农村居民']],
  ['城乡', ['城镇', '农村']],
  ['第一、二、三产业', ['第一产业', '第二产业', '第三产业']],
  ['一二三产业', ['第一产业', '第二产业', '第三产业']],
  ['三次产业', ['第一产业', '第二产业', '第三产业']],
];

/**
 * Last words of a name that names a measured quantity (一般公共预算收入, 高中毛入学率, 制造业投资). A list of
 * such names before one value (一般公共预算收入、城乡居民收入与经济增长同步; 学前教育毛入园率、高中毛入学率超过93%)
 * says the value of each; a list whose items are not all measures (生态环保、城市更新和水利设施投资增长12.5%)
 * is one subject.
 */
export const MEASURE_HEADS = [
  '收入', '支出', '总值', '增加值', '总额', '投资', '产值', '营收', '利润', '税收', '余额', '比重', '比例', '比率', '率',
  '指数', '价格', '消费', '产量', '总量', '人数', '面积', '里程', '浓度', '能耗', '排放量', '增速', '增幅',
];

/**
 * Words that stand in parallel before a noun a list shares (新增国家级、省级众创空间20家和57家; 城镇和农村居民人均可支配收入
 * 分别增长…): a list item ending in one of them takes the noun after the last item's word of the same group
 * (国家级众创空间, 省级众创空间; 城镇居民人均可支配收入, 农村居民人均可支配收入).
 */
export const PARALLEL_PREFIXES: readonly (readonly string[])[] = [
  ['国家级', '国际级', '世界级', '省级', '市级', '县级', '区级', '乡镇级', '村级'],
  ['城镇', '农村', '城市', '乡村'],
  ['国有', '民营', '外资'],
];

/**
 * A comparison standing where a subject would (…下降12.7%，高于全省平均水平1.7个百分点): the figure is the
 * previous subject's gap to that benchmark, and the comparison is part of its text.
 */
export const COMPARISON_SUBJECT = /^(?:高于|低于|快于|慢于|好于|优于|超出)(?:全国|全省|全市|全区|全县|同期|同类)?[^，,；;。]{0,10}(?:平均水平|平均|增速|水平)$/;

// Numbering and footnote markers live in markers.ts (the content script reads them without the rest of the lexicon).
export { CATEGORY_NUMBERING, FOOTNOTE_MARKER, FOOTNOTE_MARKERS, NUMBERING } from './markers';
