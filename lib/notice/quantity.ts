/**
 * Finds figures written in Chinese prose — `增长6%以上`, `500家`, `较2020年下降13%`,
 * `10—50万元`, `控制在26微克/立方米及以下` — with the bound and verb words that belong to the
 * target text. The one quantity grammar (grammar.ts) reads every number; the refiners below decide
 * which readings are figures, and each figure carries the value parseValue gives its text.
 */

import type { TargetValue } from '../types';
import { foldWidth, readQuantities, valueOfReading, type QuantityReading, type RejectedReading } from './grammar';
import { FOLLOWERS, NOTE_BRACKETS } from './lexicon';

export interface Quantity {
  /** Start of the text as written (including a leading verb or bound word such as 增长, 超, 稳定在). */
  start: number;
  /** End of the text as written (after 以上 / 左右 / a short parenthetical such as （间）). */
  end: number;
  /** Where the number (or its minus sign) is. */
  numberStart: number;
  /** True when the text has a leading verb or bound word. */
  hasLead: boolean;
  /** The value of the text start..end, as parseValue reads it (the same grammar read it). */
  value: TargetValue;
  reading: QuantityReading;
}

/** A reading followed by a noun describes it (16家省级服务业创新发展区), it is not a figure. */
function endsClause(r: QuantityReading, s: string): boolean {
  if (r.end >= s.length || FOLLOWERS.has(s[r.end])) return true;
  // A note in brackets after the figure, then the end of the clause (…125043元（按…折算为17745美元），);
  // not a bracket inside a noun phrase (15-59岁（含不满60周岁）人口).
  const close = NOTE_BRACKETS.get(s[r.end]);
  if (!close) return false;
  const at = s.indexOf(close, r.end + 1);
  return at > 0 && at - r.end <= 40 && (at + 1 >= s.length || FOLLOWERS.has(s[at + 1]));
}

/**
 * The finder's refiners: a reading is a figure only when each says yes; the first no is the
 * reason it was dropped. Data-like on purpose: add a rule here, not inside the scanner.
 */
const REFINERS: readonly (readonly [string, (r: QuantityReading, s: string) => boolean])[] = [
  // A number without a unit (倍差缩小至1.7以内, 缩小至1.71) counts only right after a to-verb, before a
  // bound or at the end of a clause.
  ['no unit', (r, s) => r.unit !== undefined || r.bareMagnitude || (r.afterConnector && (r.boundAfter !== undefined || (r.verb !== undefined && endsClause(r, s))))],
  // Chinese numerals only where a verb or a bound word stands by them (提高两个百分点, 占三成以上).
  ['numerals without a verb', (r) => !r.numerals || r.marked || r.boundAfter !== undefined],
  ['a rank, not a count (提升5位)', (r) => !r.rank],
  // A magnitude without a unit (增长26万左右) counts only before a bound or at the end of a clause.
  ['magnitude inside a name', (r, s) => !r.bareMagnitude || r.boundAfter !== undefined || endsClause(r, s)],
];

/** Where the digits start (after a minus sign). */
function digitStart(r: QuantityReading, s: string): number {
  return r.numberStart + (r.negative && !/\d/.test(s[r.numberStart]) ? 1 : 0);
}

export interface FoundQuantities {
  found: Quantity[];
  /** Readings that are not figures: noun modifiers, counts before a noun, and why others were dropped. */
  modifiers: QuantityReading[];
  rejected: RejectedReading[];
}

/**
 * Every target-like quantity in `s`. `masked[i]` marks characters inside quotation marks or
 * brackets (names such as “三个70%” and notes), where no quantity is read.
 */
export function scanQuantities(s: string, masked?: Uint8Array): Quantity[] {
  return findQuantities(s, masked).found;
}

/** scanQuantities, with what was read but not taken (modifiers, rejections with reasons). */
export function findQuantities(raw: string, masked?: Uint8Array): FoundQuantities {
  const s = foldWidth(raw);
  const rejected: RejectedReading[] = [];
  const modifiers: QuantityReading[] = [];
  const kept: QuantityReading[] = [];
  for (const r of readQuantities(s, { mask: masked, rejected })) {
    const no = REFINERS.find(([, ok]) => !ok(r, s));
    if (no) rejected.push({ numberStart: r.numberStart, end: r.end, reason: no[0] });
    else if (!endsClause(r, s)) modifiers.push(r);
    else kept.push(r);
  }
  // A list item right before a modifier describes the same noun (10-50万元、20-60万元的群体).
  const modifierAt = new Set(modifiers.map((r) => digitStart(r, s)));
  const found = kept
    .filter((r) => !(s[r.end] === '、' && modifierAt.has(r.end + 1)))
    .map((r): Quantity => {
      const text = s.slice(r.from, r.end);
      return { start: r.from, end: r.end, numberStart: r.numberStart, hasLead: r.from < r.numberStart, value: valueOfReading(r, text), reading: r };
    });
  return { found, modifiers, rejected };
}

/** Opening mark (as a char code) → its closing mark. */
const OPENERS = new Map<number, number>(
  [['“', '”'], ['《', '》'], ['「', '」'], ['‘', '’'], ['"', '"'], ['（', '）'], ['(', ')'], ['【', '】']].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]),
);
/** How far a quotation or bracket may reach before we call it stray. */
const MAX_SPAN = 40;

/** Marks characters inside quotation marks and brackets (bounded, so a stray mark hides little). */
export function maskQuoted(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const close = OPENERS.get(s.charCodeAt(i));
    if (close === undefined) continue;
    const limit = Math.min(s.length, i + MAX_SPAN);
    for (let j = i + 1; j < limit; j++) {
      if (s.charCodeAt(j) === close) {
        mask.fill(1, i + 1, j);
        i = j;
        break;
      }
    }
  }
  return mask;
}
