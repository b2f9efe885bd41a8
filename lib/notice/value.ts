import type { Bound, Metric, TargetValue } from '../types';

/**
 * Target text as written → structured value (design.md §4).
 *
 * The parser is lexical, not keyed on any document: it finds the number the target is about,
 * reads the multiplier (万/亿), unit and bound words around it, and the verb just before it
 * (增长 → growth, 提高/下降 → change, 达到/控制在 → level). Word choices, documented here once:
 * - 以上/不低于/不少于/至少 → at-least; 超/超过/高于/大于 → above (strictly more than);
 *   以内/以下/不超过/控制在 → at-most; 低于/少于 → below; 左右/约/上下 → about; otherwise exact.
 *   A bound word after the number wins over one before it (超过100亿元以上 → at-least).
 * - 达到95% alone is exact: the text does not say whether more is welcome.
 * - A range (7-7.5%) fills min and max, has no `number`, and only takes a bound a word gives it.
 * - 累计 marks a running total (cumulative), which is not comparable with a year's own amount.
 */
export function parseValue(text: string): TargetValue {
  return parseTargetValue(text);
}

/**
 * A sentence or clause → the indicator's name as written and the target text, e.g.
 * 新增国家高新技术企业700家 → { name: 新增国家高新技术企业, text: 700家 };
 * 单位地区生产总值用水量较2020年下降13% → { name: 单位地区生产总值用水量, text: 较2020年下降13% }.
 * Both are taken from the text with full-width forms folded and whitespace removed. Null when no number.
 */
export function splitTargetText(sentence: string): { name: string; text: string } | null {
  const text = clean(sentence);
  const reading = pickReading(text);
  if (!reading) return null;
  let from = reading.from;
  const base = /(?:较|比|与|相比)(?:19|20)\d\d年(?:相比)?$/.exec(text.slice(0, from));
  if (base) from = base.index;
  // 累计400名 (a running total), 年均增长, 同比增长: words about the value, not the subject.
  const qualifier = VALUE_QUALIFIERS.find((w) => text.slice(0, from).endsWith(w));
  if (qualifier) from -= qualifier.length;
  return { name: text.slice(0, from).replace(/[，,、；;：:（(]+$/, ''), text: text.slice(from, reading.end) };
}

/**
 * Like parseValue, but the indicator's name may say what the text does not: a percentage
 * level of an indicator named …比重/比例/占比/份额 is a share (占生产总值比重 + 3.55% → share),
 * and one named …增速/增长率/增幅 is a growth.
 */
export function parseTargetValue(text: string, name?: string): TargetValue {
  const value = parseText(text);
  if (!name || value.metric !== 'level' || (value.unit !== undefined && !PERCENT_UNITS.has(value.unit))) return value;
  const plainName = name.normalize('NFKC');
  if (SHARE_WORDS.test(plainName)) return { ...value, metric: 'share' };
  if (value.unit === '%' && GROWTH_NAME.test(plainName)) return { ...value, metric: 'growth' };
  return value;
}

const SHARE_WORDS = /比重|比例|占比|份额/;
const GROWTH_NAME = /(?:增速|增长率|增幅)$/;
const DEFERRED_WORDS = /下达|省定|上级/;
const PERCENT_UNITS = new Set(['%', '‰']);

/** Units counted in whole things or people; any other unit (money, area, energy, a rate) makes a level. */
const COUNT_UNITS = new Set([
  '人', '名', '位', '人次', '户', '户次', '个', '家', '项', '张', '所', '套', '场', '件', '座', '辆', '台',
  '次', '间', '条', '宗', '批', '艘', '只', '头', '处', '支', '栋', '幢', '例', '部', '本', '株', '棵', '块', '片', '条次',
]);

/** Units that follow a number, longest first so 人次 wins over 人 and 千瓦时 over 千瓦. */
const KNOWN_UNITS = [
  '平方公里', '平方千米', '万千瓦时', '千瓦时', '兆瓦', '千瓦', '吨标准煤', '吨标煤', '立方米', '平方米', '微克', '毫克',
  '公里', '千米', '公顷', '美元', '欧元', '元/人', '元', '亩', '吨', '斤', '岁', '列', '升', '标箱', '小时', '分钟', '天', '倍',
  ...COUNT_UNITS,
].sort((a, b) => b.length - a.length);

/** A bound word just before the number; negated words first so 不低于 is not read as 低于. */
const PREFIX_BOUNDS: [string, Bound][] = [
  ['不低于', 'at-least'], ['不少于', 'at-least'], ['至少', 'at-least'],
  ['不超过', 'at-most'], ['不高于', 'at-most'], ['不多于', 'at-most'], ['最多', 'at-most'],
  ['低于', 'below'], ['少于', 'below'], ['小于', 'below'],
  ['高于', 'above'], ['大于', 'above'], ['多于', 'above'], ['超过', 'above'], ['超出', 'above'], ['超', 'above'],
  ['大约', 'about'], ['约', 'about'],
];

/** A bound word right after the number and unit. */
const SUFFIX_BOUNDS: [string, Bound][] = [
  ['及以上', 'at-least'], ['以上', 'at-least'],
  ['及以下', 'at-most'], ['以下', 'at-most'], ['以内', 'at-most'], ['之内', 'at-most'],
  ['左右', 'about'], ['上下', 'about'],
];

type VerbKind = 'growth' | 'increase' | 'decrease' | 'level';
/** Verbs before the number; single characters only count before 到/至 (降至5%), where they are unambiguous. */
const VERBS: [string, VerbKind][] = [
  ['增长率', 'growth'], ['增长', 'growth'], ['增速', 'growth'], ['增幅', 'growth'], ['上涨', 'growth'], ['涨幅', 'growth'],
  ['提高', 'increase'], ['提升', 'increase'], ['增加', 'increase'], ['上升', 'increase'], ['扩大', 'increase'],
  ['下降', 'decrease'], ['降低', 'decrease'], ['减少', 'decrease'], ['下调', 'decrease'], ['回落', 'decrease'],
  ['压减', 'decrease'], ['削减', 'decrease'], ['压降', 'decrease'], ['缩减', 'decrease'], ['缩小', 'decrease'],
  ['控制', 'level'], ['稳定', 'level'], ['保持', 'level'], ['维持', 'level'], ['达', 'level'],
];
const CONNECTOR_VERBS: [string, VerbKind][] = [['降', 'decrease'], ['减', 'decrease'], ['升', 'increase'], ['增', 'increase']];
const CONNECTORS = ['到', '至', '为', '在'];
const RANGE_SEPARATORS = new Set(['-', '~', '—', '–', '至', '到']);
/** Words after a number that make it a name, an edition or a date rather than a quantity (15周年, 2.0版, 世界500强). */
const NOT_QUANTITY_AFTER = ['周年', '届', '版', '号', '强', '年', '+'];
/** Characters that end a unit when no known unit matched (以上, 左右, 及以下, 的, 、…). */
const UNIT_STOP = new Set([...'以左上及的和与或各等'.split('')]);
const VALUE_QUALIFIERS = ['累计', '年均', '同比'];
const BASE_MARKERS = ['相较于', '相较', '相比', '较', '比', '与', '以'];

interface Reading {
  start: number;
  /** Where the value's words begin (verb, bound word) and where they end (after 以上/左右). */
  from: number;
  end: number;
  number?: number;
  min?: number;
  max?: number;
  unit?: string;
  suffixBound?: Bound;
  prefixBound?: Bound;
  verb?: VerbKind;
  verbWord?: string;
  connector: boolean;
  negative: boolean;
  marked: boolean;
}

function parseText(raw: string): TargetValue {
  const text = clean(raw);
  const reading = pickReading(text);
  if (!reading) return { metric: DEFERRED_WORDS.test(text) ? 'deferred' : 'qualitative' };

  const metric = metricOf(reading, text);
  const sign = reading.negative || (reading.verb === 'decrease' && !reading.connector) ? -1 : 1;
  const value: TargetValue = { metric };
  if (reading.number !== undefined) value.number = tidy(sign * reading.number);
  if (reading.min !== undefined && reading.max !== undefined) {
    const ends = [tidy(sign * reading.min), tidy(sign * reading.max)].sort((a, b) => a - b);
    value.min = ends[0];
    value.max = ends[1];
  }
  if (reading.unit) value.unit = reading.unit;
  const bound = reading.suffixBound ?? reading.prefixBound ?? (reading.verbWord === '控制' ? 'at-most' : undefined);
  if (bound) value.bound = bound;
  else if (reading.number !== undefined) value.bound = 'exact';
  const base = baseYear(text);
  if (base !== undefined) value.base = { year: base };
  if (text.includes('累计')) value.cumulative = true;
  return value;
}

/** Full-width forms to ASCII (NFKC), thousands separators and whitespace out. */
function clean(raw: string): string {
  return chineseNumerals(
    raw
      // Footnote markers inside a figure (增长[41]3.1%, ①, *) are no part of it (before NFKC, which reads ① as 1).
      .replace(FOOTNOTE_MARKERS, '')
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
      .normalize('NFKC')
      .replace(/\s/g, ''),
  ).replace(/(\d+\.?\d*)成/g, (_, n: string) => `${tidy(Number(n) * 10)}%`);
}

/** Footnote markers as pages print them after names and inside figures. */
export const FOOTNOTE_MARKERS = /\[\d{1,3}\]|[\u2460-\u2473]|[*※]/g;

const CN_NUMERAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 两个百分点 → 2个百分点, 三成 → 3成, 十二倍 → 12倍: small Chinese numerals before a unit that takes them. */
export function chineseNumerals(text: string): string {
  return text.replace(/([一二两三四五六七八九十]{1,3})(?=个百分点|成|倍)/g, (m) => {
    const ten = m.indexOf('十');
    if (ten < 0) return m.length === 1 ? String(CN_NUMERAL[m]) : m;
    const tens = ten === 0 ? 1 : CN_NUMERAL[m[0]] ?? 0;
    const ones = ten === m.length - 1 ? 0 : CN_NUMERAL[m[ten + 1]] ?? 0;
    return String(tens * 10 + ones);
  });
}

/** The quantity the text is about: the first number a verb or bound word introduces, else the last number. */
function pickReading(text: string): Reading | null {
  const readings: Reading[] = [];
  const digitsRe = /\d+/g;
  for (let m = digitsRe.exec(text); m; m = digitsRe.exec(text)) {
    const digits = numberAt(text, m.index);
    digitsRe.lastIndex = m.index + digits.length;
    const reading = readAt(text, m.index, digits);
    if (!reading) continue;
    readings.push(reading);
    digitsRe.lastIndex = Math.max(digitsRe.lastIndex, endOfRange(text, m.index + digits.length));
  }
  return readings.find((r) => r.marked) ?? readings[readings.length - 1] ?? null;
}

/** Skip past a range's second number so it is not read again on its own. */
function endOfRange(text: string, end: number): number {
  let j = end + multiplierAt(text, end).length;
  if (text[j] === '%') j++;
  if (RANGE_SEPARATORS.has(text[j] ?? '') && isDigit(text[j + 1])) {
    return j + 1 + numberAt(text, j + 1).length;
  }
  return end;
}

function readAt(text: string, start: number, digits: string): Reading | null {
  const before = text[start - 1] ?? '';
  let end = start + digits.length;
  const after = text.slice(end);
  if (/[A-Za-z.]/.test(before) || /^[A-Za-z]/.test(after)) return null; // PM2.5, 5G, G60
  if (before === '+' || NOT_QUANTITY_AFTER.some((w) => after.startsWith(w))) return null;

  let first = Number(digits);
  let mult = multiplierAt(text, end);
  end += mult.length;
  let second: number | undefined;
  const j = end + (text[end] === '%' ? 1 : 0);
  if (RANGE_SEPARATORS.has(text[j] ?? '') && isDigit(text[j + 1])) {
    const m = numberAt(text, j + 1);
    second = Number(m);
    end = j + 1 + m.length;
    const mult2 = multiplierAt(text, end);
    end += mult2.length;
    if (!mult) mult = mult2; // 10-50万元: the 万 belongs to both ends
    second *= scale(mult2 || mult);
  }
  first *= scale(mult);

  const { unit, length } = unitAt(text, end);
  end += length;
  const suffix = SUFFIX_BOUNDS.find(([w]) => text.startsWith(w, end));
  if (suffix) end += suffix[0].length;

  // The words before a number that can qualify it are short: look back a few characters only.
  let pre = text.slice(Math.max(0, start - 12), start);
  let negative = false;
  if (/[-−]$/.test(pre) && !/[\d%]$/.test(pre.slice(0, -1))) {
    negative = true;
    pre = pre.slice(0, -1);
  }
  const { length: prefixLength, ...prefix } = readPrefix(pre);
  const from = start - (negative ? 1 : 0) - prefixLength;
  const reading: Reading = { start, from, end, unit, suffixBound: suffix?.[1], negative, ...prefix };
  if (second === undefined) reading.number = first;
  else {
    reading.min = Math.min(first, second);
    reading.max = Math.max(first, second);
  }
  return reading;
}

/** Bound word, then 到/至/为/在, then a verb, read backwards from the number. */
function readPrefix(pre: string): Pick<Reading, 'prefixBound' | 'verb' | 'verbWord' | 'connector' | 'marked'> & { length: number } {
  let rest = pre;
  const bound = PREFIX_BOUNDS.find(([w]) => rest.endsWith(w));
  if (bound) rest = rest.slice(0, -bound[0].length);
  const connector = CONNECTORS.find((c) => rest.endsWith(c));
  if (connector) rest = rest.slice(0, -connector.length);
  let verb = VERBS.find(([w]) => rest.endsWith(w));
  if (!verb && connector) verb = CONNECTOR_VERBS.find(([w]) => rest.endsWith(w));
  // 增速保持在8%以上: a level marker after a growth word still states a growth.
  if (verb?.[1] === 'level' && /(?:增速|增长)$/.test(rest.slice(0, -verb[0].length))) verb = ['增速', 'growth'];
  if (verb) rest = rest.slice(0, -verb[0].length);
  else if (connector) rest += connector; // 在/为 without a verb belong to the name
  return {
    length: pre.length - rest.length,
    prefixBound: bound?.[1],
    verb: verb?.[1],
    verbWord: verb?.[0],
    connector: Boolean(connector && verb),
    marked: Boolean(bound || verb),
  };
}

function metricOf(r: Reading, text: string): Metric {
  if (r.unit === 'pp') return 'change';
  const levelish = r.verb === undefined || r.verb === 'level' || r.connector;
  if (!levelish) return r.verb === 'growth' && r.unit === '%' ? 'growth' : 'change';
  if (r.verb === 'growth' && r.unit === '%') return 'growth';
  if (SHARE_WORDS.test(text) && (r.unit === undefined || PERCENT_UNITS.has(r.unit))) return 'share';
  if (r.unit && COUNT_UNITS.has(r.unit)) return 'count';
  return 'level';
}

function multiplierAt(text: string, at: number): string {
  if (text.startsWith('万亿', at)) return '万亿';
  if (text[at] === '亿' || text[at] === '万') return text[at];
  return '';
}

function scale(mult: string): number {
  return mult === '万亿' ? 1e12 : mult === '亿' ? 1e8 : mult === '万' ? 1e4 : 1;
}

/** The unit after a number: %, ‰, pp (个百分点), a known unit with optional /denominator, or one unknown character. */
function unitAt(text: string, at: number): { unit?: string; length: number } {
  if (text[at] === '%' || text[at] === '‰') return { unit: text[at], length: 1 };
  for (const w of ['个百分点', '百分点']) if (text.startsWith(w, at)) return { unit: 'pp', length: w.length };
  let unit = KNOWN_UNITS.find((u) => text.startsWith(u, at));
  if (!unit) {
    const ch = text[at] ?? '';
    if (!/[\u4e00-\u9fff]/.test(ch) || UNIT_STOP.has(ch) || SUFFIX_BOUNDS.some(([w]) => text.startsWith(w, at))) {
      return { length: 0 };
    }
    return { unit: ch, length: 1 };
  }
  let length = unit.length;
  // 人/亿元, 微克/立方米: a denominator keeps its own multiplier as written.
  if (text[at + length] === '/') {
    const denomAt = at + length + 1;
    const mult = multiplierAt(text, denomAt);
    const denom = KNOWN_UNITS.find((u) => text.startsWith(u, denomAt + mult.length));
    if (denom) {
      unit += '/' + mult + denom;
      length += 1 + mult.length + denom.length;
    }
  }
  return { unit, length };
}

/** 较2020年 / 比2020年 / 与2020年相比 → 2020. */
function baseYear(text: string): number | undefined {
  const re = /(?:19|20)\d\d年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const pre = text.slice(0, m.index);
    if (BASE_MARKERS.some((w) => pre.endsWith(w))) return Number(m[0].slice(0, 4));
  }
  return undefined;
}

/** The decimal number starting at `at` (12, 0.012), read by hand to keep regexes flat. */
function numberAt(text: string, at: number): string {
  let end = at;
  while (isDigit(text[end])) end++;
  if (text[end] === '.' && isDigit(text[end + 1])) {
    end++;
    while (isDigit(text[end])) end++;
  }
  return text.slice(at, end);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** 5.28 × 10⁴ without binary noise (52800, not 52800.00000000001). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}
