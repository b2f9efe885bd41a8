/**
 * The one quantity grammar (issue 11). `readQuantities` walks a text once and, at every number,
 * reads the quantity around it — the number or range, magnitude, unit, bound words after it, and
 * backwards the sign, bound word, connector, verb, qualifier and base before it — all words from
 * lexicon.ts. Both consumers read through it:
 * - finding (quantity.ts, prose): a reading becomes a figure when the finder's refiners accept it;
 * - parsing (value.ts, a target's text): the reading the text is about becomes its value.
 * Like chrono's parsers-then-refiners: one reader proposes, small named refiners accept or reject,
 * and a rejection carries its reason (for `planlens extract --explain`).
 * A hand-written scanner rather than one large regex: linear time, no backtracking.
 */
import type { Bound, Metric, TargetValue } from '../types';
import {
  BASE_WORDS, BASE_YEAR_ENDS, BASE_YEAR_WORDS, BOUNDS_AFTER, BOUNDS_BEFORE, CONNECTOR_VERBS, CONNECTORS, DURATIONS, EACH,
  FRACTION_MARK, MAGNITUDES, PER_TIME, MINUS_SIGNS, NOT_QUANTITY_AFTER, NOT_QUANTITY_BEFORE, NUMERALS, NUMERAL_UNITS, QUALIFIERS,
  RANGE_DASHES, RATIO_MARKS, RATIO_UNIT, TIME_OF_DAY, UNITS, UNIT_STOP, VERBS, type UnitKind, type UnitWord, type VerbKind,
} from './lexicon';
import { FOOTNOTE_MARKER } from './markers';

export interface QuantityReading {
  /** Where the value's words begin (verb, bound, base, qualifier, sign) — the figure's text starts here. */
  from: number;
  /** Where the number (or its minus sign) begins. */
  numberStart: number;
  /** After the unit, a bound word after it and a short parenthetical (5.28万套（间）). */
  end: number;
  number?: number;
  min?: number;
  max?: number;
  /** The unit as stored (pp for 个百分点, % for 成, 微克/立方米 with its denominator). */
  unit?: string;
  unitKind?: UnitKind;
  /** The unit was not in the lexicon (a value's text only: 500辆 in a cell). */
  unknownUnit?: boolean;
  /** A count that may stand before its noun (lexicon `beforeNoun`). */
  beforeNoun?: boolean;
  /** The unit is a rank after a change verb (提升5位). */
  rank?: boolean;
  /** A magnitude without a unit (增长26万左右). */
  bareMagnitude: boolean;
  /** Written in Chinese numerals (两个百分点). */
  numerals: boolean;
  boundAfter?: Bound;
  boundBefore?: Bound;
  verb?: VerbKind;
  verbWord?: string;
  /** A connector between the verb and the number (提高到, 降至, 稳定在). */
  connector: boolean;
  /** 至/到/在 right before the number (倍差缩小至1.7以内). */
  afterConnector: boolean;
  negative: boolean;
  /** A verb or a bound word introduces the number. */
  marked: boolean;
}

export interface RejectedReading {
  numberStart: number;
  end: number;
  reason: string;
}

export interface ReadOptions {
  /** Characters inside quotation marks or brackets (maskQuoted): no quantity is read there. */
  mask?: Uint8Array;
  /** Accept a unit the lexicon does not know (a value's text: any one character after the number). */
  anyUnit?: boolean;
  /** Collect rejected numbers with the reason (for --explain). */
  rejected?: RejectedReading[];
}

/**
 * Full-width digits, letters and figure signs to ASCII, one character for one (positions hold).
 * Punctuation stays as written: a full-width comma is never a thousands separator.
 */
export function foldWidth(s: string): string {
  return WIDE.test(s) ? s.replace(WIDE_G, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))) : s;
}
const WIDE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0d\uff5e\uff0b\uff0f\u3000]/;
const WIDE_G = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0d\uff5e\uff0b\uff0f\u3000]/g;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isDigitAt(s: string, i: number): boolean {
  return isDigitCode(s.charCodeAt(i));
}
function isAsciiAlnum(c: number): boolean {
  return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** A decimal number at `i` (12, 0.012, 1,234 with ASCII thousands separators) → value and end. */
function digitsAt(s: string, i: number): { value: number; end: number } {
  let j = i;
  let commas = false;
  for (;;) {
    while (isDigitAt(s, j)) j++;
    // 1,234: a comma followed by exactly three digits continues the number.
    if (s.charCodeAt(j) === 44 && isDigitAt(s, j + 1) && isDigitAt(s, j + 2) && isDigitAt(s, j + 3) && !isDigitAt(s, j + 4)) {
      commas = true;
      j++;
      continue;
    }
    break;
  }
  if (s.charCodeAt(j) === 46 && isDigitAt(s, j + 1)) {
    j++;
    while (isDigitAt(s, j)) j++;
  }
  const text = s.slice(i, j);
  return { value: Number(commas ? text.replace(/,/g, '') : text), end: j };
}

/** Chinese numerals (两, 十二) right before a unit that takes them (个百分点, 成, 倍) → value and end. */
function numeralsAt(s: string, i: number): { value: number; end: number } | null {
  const run = numeralRun(s, i);
  if (!run || !NUMERAL_UNITS.some((u) => s.startsWith(u, run.end))) return null;
  return run;
}

/** A run of up to three Chinese numerals at `i` (五, 十二, 二十) → its value, or null. */
function numeralRun(s: string, i: number): { value: number; end: number } | null {
  let j = i;
  while (j < s.length && j - i < 3 && NUMERALS[s[j]] !== undefined) j++;
  if (j === i) return null;
  const run = s.slice(i, j);
  const ten = run.indexOf('十');
  if (ten < 0) return run.length === 1 ? { value: NUMERALS[run], end: j } : null;
  const tens = ten === 0 ? 1 : NUMERALS[run[0]] ?? 0;
  const ones = ten === run.length - 1 ? 0 : NUMERALS[run[ten + 1]] ?? 0;
  return { value: tens * 10 + ones, end: j };
}

/** 三分之二, 百分之五 → the percentage (66.67, 5) and where it ends. */
function fractionAt(s: string, i: number): { value: number; end: number } | null {
  const whole = numeralRun(s, i);
  if (!whole || !s.startsWith(FRACTION_MARK, whole.end)) return null;
  const part = numeralRun(s, whole.end + FRACTION_MARK.length);
  if (!part || whole.value === 0) return null;
  return { value: (part.value / whole.value) * 100, end: part.end };
}

/** Words indexed by their first (or last) character, so a lookup tries a few words, not all. */
function byChar<T>(items: readonly T[], word: (t: T) => string, last = false): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const t of items) {
    const w = word(t);
    const code = w.charCodeAt(last ? w.length - 1 : 0);
    map.set(code, [...(map.get(code) ?? []), t]);
  }
  return map;
}
const UNITS_AT = byChar(UNITS, (u) => u.word);
const BOUNDS_AFTER_AT = byChar(BOUNDS_AFTER, (b) => b[0]);
const BOUNDS_BEFORE_AT = byChar(BOUNDS_BEFORE, (b) => b[0], true);
const VERBS_AT = byChar(VERBS, (v) => v[0], true);
const NUMERAL_CODES = new Set(Object.keys(NUMERALS).map((c) => c.charCodeAt(0)));

function unitWordAt(s: string, j: number): UnitWord | undefined {
  return UNITS_AT.get(s.charCodeAt(j))?.find((u) => s.startsWith(u.word, j));
}

function magnitudeAt(s: string, j: number): readonly [string, number] | undefined {
  return MAGNITUDES.find(([w]) => s.startsWith(w, j));
}

function boundAfterAt(s: string, j: number): readonly [string, Bound] | undefined {
  return BOUNDS_AFTER_AT.get(s.charCodeAt(j))?.find(([w]) => s.startsWith(w, j));
}

/** The lexicon's unit at `j` (with a denominator: 人/亿元, 微克/立方米), or an unknown one when allowed. */
function unitAt(s: string, j: number, anyUnit: boolean): { word: UnitWord; unit: string; length: number } | { unknown: string } | null {
  const word = unitWordAt(s, j);
  if (word) {
    const after = j + word.word.length;
    // 3成 is 30%; 3成员 is not a quantity.
    if (word.endsQuantity && isHan(s.charCodeAt(after)) && !boundAfterAt(s, after)) return null;
    let unit = word.as ?? word.word;
    let length = word.word.length;
    if (s[after] === '/') {
      const mag = magnitudeAt(s, after + 1);
      const at = after + 1 + (mag ? mag[0].length : 0);
      const found = unitWordAt(s, at);
      const denominator = found && found.kind !== 'percent' && found.kind !== 'pp' ? found.word : PER_TIME.has(s[at]) ? s[at] : undefined;
      if (denominator) {
        unit += '/' + (mag ? mag[0] : '') + denominator;
        length = at + denominator.length - j;
      }
    }
    return { word, unit, length };
  }
  if (!anyUnit) return null;
  const c = s.charCodeAt(j);
  if (!isHan(c) || UNIT_STOP.has(s[j]) || boundAfterAt(s, j)) return null;
  return { unknown: s[j] };
}

/** A base before a change verb ending at `p` (较2020年, 比上年同期, 与2020年相比) → its start, or p. */
function baseStart(s: string, p: number): number {
  let q = p;
  if (s.startsWith('相比', q - 2) && /年$|年[末底]$/.test(s.slice(Math.max(0, q - 4), q - 2))) q -= 2;
  let yearAt = -1;
  let r = q;
  if (BASE_YEAR_ENDS.includes(s[r - 1])) r--;
  if (s[r - 1] === '年' && r >= 5 && isDigitAt(s, r - 5) && isDigitAt(s, r - 2) && !isDigitAt(s, r - 6)) yearAt = r - 5;
  let before: number;
  if (yearAt >= 0) before = yearAt;
  else {
    const words = BASE_YEAR_WORDS.find((w) => s.startsWith(w, q - w.length));
    if (!words) return p;
    before = q - words.length;
  }
  const base = BASE_WORDS.find((w) => s.startsWith(w, before - w.length));
  return base ? before - base.length : p;
}

/** Reads backwards from the number: sign, footnote marker, bound, connector, verb, qualifier, base. */
function readBefore(s: string, numberAt: number): Pick<QuantityReading, 'from' | 'numberStart' | 'negative' | 'boundBefore' | 'verb' | 'verbWord' | 'connector' | 'afterConnector' | 'marked'> {
  let p = numberAt;
  let negative = false;
  if (MINUS_SIGNS.has(s[p - 1]) && !/[\d%]/.test(s[p - 2] ?? '')) {
    negative = true;
    p--;
  }
  const numberStart = p;
  // A footnote marker between the verb and the number (增长[41]3.1%) belongs to the figure.
  const markerEnd = s.charCodeAt(p - 1);
  const marker = markerEnd === 93 || markerEnd === 42 || markerEnd === 0x203b || (markerEnd >= 0x2460 && markerEnd <= 0x2473) ? FOOTNOTE_MARKER.exec(s.slice(Math.max(0, p - 5), p)) : null;
  const markerLength = marker ? marker[0].length : 0;
  let q = p - markerLength;
  const bound = BOUNDS_BEFORE_AT.get(s.charCodeAt(q - 1))?.find(([w]) => s.startsWith(w, q - w.length));
  if (bound) q -= bound[0].length;
  const connector = CONNECTORS.find((c) => s[q - 1] === c);
  const at = connector ? q - 1 : q;
  const verb = VERBS_AT.get(s.charCodeAt(at - 1))?.find(([w]) => s.startsWith(w, at - w.length)) ?? (connector ? CONNECTOR_VERBS.find(([w]) => s.startsWith(w, at - w.length)) : undefined);
  // Without a verb, 在/为 belong to the name (占比为3.5%), and so does a marker alone (GDP[2]).
  let from = verb ? at - verb[0].length : bound ? q : numberStart;
  // Qualifiers and 各 before the verb or the number (累计400名, 年均增长, 各下降5%).
  const each = s[from - 1] === EACH;
  if (each) from--;
  const qualifier = QUALIFIERS.find(([w]) => s.startsWith(w, from - w.length));
  if (qualifier) from -= qualifier[0].length;
  // A base before a change verb (较2020年下降13%, 比上年增长6%).
  if (verb && verb[1] !== 'level') from = baseStart(s, from);
  return {
    from,
    numberStart,
    negative,
    boundBefore: bound?.[1],
    verb: verb?.[1],
    verbWord: verb?.[0],
    connector: Boolean(connector && verb),
    afterConnector: '至到在'.includes(s[numberStart - 1] ?? '-'),
    marked: Boolean(bound || verb),
  };
}

/**
 * Reads the quantity at the number starting at `i`, or says why the number is not one.
 * `next` is where scanning continues.
 */
function readAt(s: string, i: number, anyUnit: boolean): { reading?: QuantityReading; reject?: string; next: number } {
  const c = s.charCodeAt(i);
  const numerals = !isDigitCode(c);
  // A fraction in words is a percentage, unambiguous wherever it stands (占全国三分之一).
  const fraction = numerals ? fractionAt(s, i) : null;
  if (fraction) {
    let end = fraction.end;
    const after = boundAfterAt(s, end);
    if (after) end += after[0].length;
    const reading: QuantityReading = { ...readBefore(s, i), end, number: fraction.value, unit: '%', unitKind: 'percent', bareMagnitude: false, numerals: false, boundAfter: after?.[1] };
    return { reading, next: end };
  }
  const first = numerals ? numeralsAt(s, i) : digitsAt(s, i);
  if (!first) return { next: i + 1 };
  const prev = s.charCodeAt(i - 1);
  if (!numerals && (isAsciiAlnum(prev) || NOT_QUANTITY_BEFORE.has(s[i - 1]))) return { reject: 'part of a code, an ordinal or a version', next: first.end };
  let j = first.end;
  if (NOT_QUANTITY_AFTER.has(s[j]) || /[A-Za-z]/.test(s[j] ?? '')) return { reject: 'a date, an ordinal, an edition or a code', next: j + 1 };
  // A ratio: 2.21∶1, 3.0∶41.9∶55.1. Its value is the first part over the second (2.21∶1 → 2.21);
  // one of three or more parts has no single number.
  if (!numerals && RATIO_MARKS.has(s[j]) && isDigitAt(s, j + 1)) {
    if (TIME_OF_DAY.some((w) => s.startsWith(w, i - w.length))) return { reject: 'a time of day', next: j + 1 };
    const parts = [first.value];
    while (RATIO_MARKS.has(s[j]) && isDigitAt(s, j + 1)) {
      const part = digitsAt(s, j + 1);
      parts.push(part.value);
      j = part.end;
    }
    if (NOT_QUANTITY_AFTER.has(s[j])) return { reject: 'a date, an ordinal, an edition or a code', next: j + 1 };
    let end = j;
    const after = boundAfterAt(s, end);
    if (after) end += after[0].length;
    const reading: QuantityReading = { ...readBefore(s, i), end, bareMagnitude: false, numerals: false, boundAfter: after?.[1], unit: RATIO_UNIT, unitKind: 'measure' };
    if (parts.length === 2 && parts[1] !== 0) reading.number = parts[0] / parts[1];
    return { reading, next: end };
  }
  let scale1 = 1;
  const mag1 = magnitudeAt(s, j);
  if (mag1) {
    j += mag1[0].length;
    scale1 = mag1[1];
    // 20亿级项目, 百亿级: a magnitude that grades a name.
    if (NOT_QUANTITY_AFTER.has(s[j])) return { reject: 'a grade or a name (20亿级)', next: j + 1 };
  }
  // A range: 7-7.5%, 10—50万元, 7%～8%.
  let second: number | undefined;
  const k = s[j] === '%' ? j + 1 : j;
  if (!numerals && RANGE_DASHES.has(s[k]) && isDigitAt(s, k + 1)) {
    const n2 = digitsAt(s, k + 1);
    j = n2.end;
    const mag2 = magnitudeAt(s, j);
    if (mag2) j += mag2[0].length;
    // 10-50万元: the 万 belongs to both ends.
    const scale2 = mag2 ? mag2[1] : scale1;
    if (!mag1 && mag2) scale1 = mag2[1];
    second = n2.value * scale2;
    if (NOT_QUANTITY_AFTER.has(s[j])) return { reject: 'a date, an ordinal, an edition or a code', next: j + 1 };
  }
  if (DURATIONS.some((w) => s.startsWith(w, j))) return { reject: 'a duration', next: j };
  const unit = unitAt(s, j, anyUnit);
  const times = unit && 'word' in unit ? unit.word.times ?? 1 : 1;
  let end = j + (unit ? ('word' in unit ? unit.length : 1) : 0);
  const after = boundAfterAt(s, end);
  if (after) end += after[0].length;
  // A short parenthetical right after the unit belongs to it: 5.28万套（间）.
  if (unit && (s[end] === '（' || s[end] === '(')) {
    const close = s.slice(end + 1, end + 8).search(/[）)]/);
    if (close >= 0) end += close + 2;
  }
  const before = readBefore(s, i);
  const reading: QuantityReading = {
    ...before,
    end,
    bareMagnitude: !unit && (Boolean(mag1) || second !== undefined && scale1 !== 1),
    numerals,
    boundAfter: after?.[1],
  };
  if (unit && 'word' in unit) {
    reading.unit = unit.unit;
    reading.unitKind = unit.word.kind;
    if (unit.word.beforeNoun) reading.beforeNoun = true;
    if (unit.word.rankAfterVerb && before.verb && before.verb !== 'level') reading.rank = true;
  } else if (unit) {
    reading.unit = unit.unknown;
    reading.unitKind = 'measure';
    reading.unknownUnit = true;
  }
  const a = first.value * scale1 * times;
  if (second === undefined) reading.number = a;
  else {
    reading.min = Math.min(a, second * times);
    reading.max = Math.max(a, second * times);
  }
  return { reading, next: end > i ? end : i + 1 };
}

/** Every quantity the grammar reads in `s`, left to right (s already folded: foldWidth). */
export function readQuantities(s: string, options: ReadOptions = {}): QuantityReading[] {
  const out: QuantityReading[] = [];
  const { mask, anyUnit = false, rejected } = options;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    // Chinese numerals start a quantity only at the start of a run (十二倍, not 二倍 inside it).
    if (!isDigitCode(c) && (!NUMERAL_CODES.has(c) || NUMERAL_CODES.has(s.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    if (mask && mask[i]) {
      i++;
      continue;
    }
    const { reading, reject, next } = readAt(s, i, anyUnit);
    if (reading) out.push(reading);
    else if (reject && rejected) rejected.push({ numberStart: i, end: next, reason: reject });
    i = Math.max(next, i + 1);
  }
  return out;
}

const SHARE_WORDS = /比重|比例|占比|份额/;
const PERCENT_UNITS = new Set(['%', '‰']);
const RATE_WORDS = /(?:增速|增长)$/;
const BASE_YEAR = /(?:19|20)\d\d年/g;

/** 较2020年 / 比2020年 / 与2020年相比 → 2020. */
function baseYearIn(text: string): number | undefined {
  for (const m of text.matchAll(BASE_YEAR)) {
    const pre = text.slice(0, m.index);
    if (BASE_WORDS.some((w) => pre.endsWith(w))) return Number(m[0].slice(0, 4));
  }
  return undefined;
}

function metricOf(r: QuantityReading, text: string, before: string): Metric {
  if (r.unit === 'pp') return 'change';
  // 增速保持在8%以上: a level verb after a rate word still states a growth.
  if (r.verb === 'level' && r.unit === '%' && RATE_WORDS.test(before)) return 'growth';
  const levelish = r.verb === undefined || r.verb === 'level' || r.connector;
  if (!levelish) return r.verb === 'growth' && r.unit === '%' ? 'growth' : 'change';
  if (r.verb === 'growth' && r.unit === '%') return 'growth';
  if (SHARE_WORDS.test(text) && (r.unit === undefined || PERCENT_UNITS.has(r.unit))) return 'share';
  // A count per something (人/亿元) is a rate, a level.
  if (r.unitKind === 'count' && !r.unknownUnit && !r.unit?.includes('/')) return 'count';
  return 'level';
}

/** 5.28 × 10⁴ without binary noise (52800, not 52800.00000000001). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * A reading → the structured value (design.md §4). `text` is the text the reading was taken from
 * (a figure's own text): a share word in it makes a percentage a share; a base year and 累计 in it
 * are kept; `before` is the text before the value's words (a rate word there: 增速保持在8%以上).
 * Word choices are documented in value.ts.
 */
export function valueOfReading(r: QuantityReading, text: string, before = ''): TargetValue {
  const value: TargetValue = { metric: metricOf(r, text, before) };
  const sign = r.negative || (r.verb === 'decrease' && !r.connector) ? -1 : 1;
  if (r.number !== undefined) value.number = tidy(sign * r.number);
  if (r.min !== undefined && r.max !== undefined) {
    const ends = [tidy(sign * r.min), tidy(sign * r.max)].sort((a, b) => a - b);
    value.min = ends[0];
    value.max = ends[1];
  }
  // A ratio's value is a plain number (2.21∶1 → 2.21), comparable with 倍差缩小至1.71.
  if (r.unit && r.unit !== RATIO_UNIT) value.unit = r.unit;
  const bound = r.boundAfter ?? r.boundBefore ?? (r.verbWord === '控制' ? 'at-most' : undefined);
  if (bound) value.bound = bound;
  else if (r.number !== undefined) value.bound = 'exact';
  const base = baseYearIn(text);
  if (base !== undefined) value.base = { year: base };
  if (text.includes('累计')) value.cumulative = true;
  return value;
}
