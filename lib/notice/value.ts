import type { TargetValue } from '../types';
import { foldWidth, readQuantities, valueOfReading, type QuantityReading } from './grammar';
import { DEFERRED_WORDS } from './lexicon';
import { FOOTNOTE_MARKERS } from './markers';

/**
 * Target text as written → structured value (design.md §4).
 *
 * The parser is lexical, not keyed on any document: it reads the text with the one quantity
 * grammar (grammar.ts, words in lexicon.ts) that also finds figures in prose, takes the quantity
 * the text is about — the first a verb or bound word introduces, else the last — and turns it into
 * a value (增长 → growth, 提高/下降 → change, 达到/控制在 → level). Word choices, documented here once:
 * - 以上/不低于/不少于/至少 → at-least; 超/超过/高于/大于/突破/逾 → above (strictly more than);
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
  return { name: text.slice(0, reading.from).replace(/[，,、；;：:（(]+$/, ''), text: text.slice(reading.from, reading.end) };
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
const PERCENT_UNITS = new Set(['%', '‰']);

function parseText(raw: string): TargetValue {
  const text = clean(raw);
  const reading = pickReading(text);
  if (!reading) return { metric: DEFERRED_WORDS.test(text) ? 'deferred' : 'qualitative' };
  return valueOfReading(reading, text, text.slice(0, reading.from));
}

/** Footnote markers and whitespace out, full-width figures folded (positions need not hold here). */
function clean(raw: string): string {
  return foldWidth(raw.replace(FOOTNOTE_MARKERS, '').replace(/\s/g, ''));
}

/** The quantity the text is about: the first a verb or bound word introduces, else the last. */
function pickReading(text: string): QuantityReading | null {
  const readings = readQuantities(text, { anyUnit: true });
  return readings.find((r) => r.marked) ?? readings[readings.length - 1] ?? null;
}
