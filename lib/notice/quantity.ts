/**
 * Finds quantities written in Chinese prose — `增长6%以上`, `500家`, `较2020年下降13%`,
 * `10—50万元`, `控制在26微克/立方米及以下` — with the bound and verb words that belong to the
 * target text. A hand-written scanner rather than one large regex: linear time, no backtracking.
 */

import { foldTraditional } from './fold';

export interface Quantity {
  /** Start of the text as written (including a leading verb or bound word such as 增长, 超, 稳定在). */
  start: number;
  /** End of the text as written (after 以上 / 左右 / a short parenthetical such as （间）). */
  end: number;
  /** Where the first digit is. */
  numberStart: number;
  /** True when the text has a leading verb or bound word. */
  hasLead: boolean;
}

/** Units a target counts in; longer first so 个百分点 wins over 个. Magnitudes (万, 亿) are separate. */
const UNITS = [
  '个百分点', '百分点', '微克/立方米', '毫克/立方米', '人/亿元', '吨标准煤', '吨标煤', '千瓦时', '平方公里',
  '平方米', '立方米', '标准箱', '标箱', '千瓦', '兆瓦', '公顷', '公里', '千米', '美元', '欧元', '人次', '家次', '元',
  '元/人', '吨', '亩', '人', '名', '个', '家', '项', '所', '张', '套', '座', '台', '辆', '户', '场', '条', '件', '处', '斤', '岁', '列',
  '批', '间', '栋', '幢', '艘', '架', '床', '倍', '天', '%', '％', '‰', '米', '株', '只', '头', '次', '篇',
];
const MAGNITUDES = ['万亿', '亿', '万', '千', '百', ''];

/** Verbs and bound words written before the number, kept in the target text. Longer first. */
const LEADS = [
  '提高到', '提高至', '提升到', '提升至', '增长到', '增长至', '增加到', '增加至', '下降到', '下降至', '降低到',
  '降低至', '减少到', '减少至', '扩大到', '扩大至', '缩小到', '缩小至', '稳定在', '控制在', '保持在', '维持在',
  '不少于', '不低于', '不超过', '不高于', '超过', '达到', '保持', '低于', '高于', '增长', '下降', '降低', '提高',
  '提升', '减少', '增加', '增至', '降至', '突破', '累计', '缩小', '扩大', '上涨', '下跌', '各', '超', '达', '约', '逾',
];
/** Change verbs that may carry a base (较2020年下降13%, 比上年增长6%). */
const CHANGE_VERBS = new Set(['增长', '下降', '降低', '提高', '提升', '减少', '增加', '缩小', '扩大', '上涨', '下跌']);
const BASE_BEFORE = /(?:(?:较|比)(?:\d{4}年(?:末|底)?|上年(?:末|同期)?)|同比)$/;

const TRAILING_BOUNDS = ['及以上', '及以下', '以上', '以下', '以内', '之内', '左右', '上下'];

/** What may follow a target: the end of a clause, or a conjunction to the next one. */
const FOLLOWERS = new Set([...'，,。；;、：:）)！？!?和及与或并']);

/** Characters after a number that make it a date, an ordinal or a version, never a quantity. */
const NOT_A_QUANTITY = new Set([...'年月日号时届期版周代级型']);

const RANGE_DASHES = new Set([...'-–—~～至到']);

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** End of a number at `i` (digits, one decimal point), or i when there is none. */
function numberEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  if (j > i && (s[j] === '.' || s[j] === '．') && isDigit(s.charCodeAt(j + 1))) {
    j++;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  }
  return j;
}

function unitAt(s: string, j: number): number {
  let best = 0;
  for (const mag of MAGNITUDES) {
    if (mag && !s.startsWith(mag, j)) continue;
    for (const unit of UNITS) {
      if (mag.length + unit.length > best && s.startsWith(unit, j + mag.length)) best = mag.length + unit.length;
    }
  }
  if (best === 0 && (s.startsWith('万', j) || s.startsWith('亿', j))) {
    // A bare magnitude (增长26万左右) counts only before a bound or the end of a clause.
    const after = j + 1;
    if (after >= s.length || FOLLOWERS.has(s[after]) || TRAILING_BOUNDS.some((b) => s.startsWith(b, after))) best = 1;
  }
  return best;
}

/** Start of the lead words before `i` (verb, bound, base), or i. */
function leadStart(s: string, i: number): number {
  // A footnote marker between the verb and the number (增长[41]3.1%) belongs to the figure.
  const marker = /(?:\[\d{1,3}\]|[\u2460-\u2473]|[*※])$/.exec(s.slice(Math.max(0, i - 5), i));
  if (marker) {
    const behind = leadStart(s, i - marker[0].length);
    return behind < i - marker[0].length ? behind : i;
  }
  // Read in simplified script (增長 → 增长); folding keeps one character for one.
  const near = foldTraditional(s.slice(Math.max(0, i - 16), i));
  for (const lead of LEADS) {
    if (!near.endsWith(lead)) continue;
    let start = i - lead.length;
    if (CHANGE_VERBS.has(lead)) {
      const before = near.slice(Math.max(0, near.length - lead.length - 10), near.length - lead.length);
      const base = BASE_BEFORE.exec(before);
      if (base) start -= base[0].length;
    }
    return start;
  }
  return i;
}

/**
 * Every target-like quantity in `s`. `masked[i]` marks characters inside quotation marks or
 * brackets (names such as “三个70%” and notes), where no quantity is read.
 */
export function scanQuantities(s: string, masked?: Uint8Array): Quantity[] {
  const found: Quantity[] = [];
  // Where quantities that describe a noun start (10亿元以上“腰部”企业): a list item right before one
  // describes the same noun (10-50万元、20-60万元的群体).
  const modifiers = new Set<number>();
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (!isDigit(code)) {
      i++;
      continue;
    }
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    let j = numberEnd(s, i);
    // Part of a code or name (PM2.5, G60, 5G), an ordinal (第3), or masked text: skip the whole run.
    if (isAsciiAlnum(prev) || prev === 46 || s[i - 1] === '第' || (masked && masked[i])) {
      i = j;
      continue;
    }
    if (/^\d{4}$/.test(s.slice(i, j)) && s[j] === '年') {
      i = j + 1;
      continue;
    }
    // A range: 7-7.5%, 10—50万元, 7%～8%.
    let k = j;
    if (s[k] === '%' || s[k] === '％') k++;
    if (RANGE_DASHES.has(s[k]) && isDigit(s.charCodeAt(k + 1))) j = numberEnd(s, k + 1);
    if (NOT_A_QUANTITY.has(s[j])) {
      i = j;
      continue;
    }
    let unitLength = unitAt(s, j);
    // A ratio without a unit (倍差缩小至1.7以内): only after a to-verb and before a bound.
    if (unitLength === 0 && /(?:至|到|在)$/.test(s.slice(Math.max(0, i - 1), i)) && TRAILING_BOUNDS.some((b) => s.startsWith(b, j))) unitLength = 0;
    else if (unitLength === 0 || s.startsWith('个月', j)) {
      i = j;
      continue;
    }
    let end = j + unitLength;
    for (const bound of TRAILING_BOUNDS) {
      if (s.startsWith(bound, end)) {
        end += bound.length;
        break;
      }
    }
    // A short parenthetical right after the unit belongs to it: 5.28万套（间）.
    if (s[end] === '（' || s[end] === '(') {
      const close = s.slice(end + 1, end + 8).search(/[）)]/);
      if (close >= 0) end += close + 2;
    }
    // Only a quantity that ends a clause is a target; one followed by a noun describes it
    // (16家省级服务业创新发展区, 10亿元以上“腰部”企业).
    if (end < s.length && !FOLLOWERS.has(s[end])) {
      modifiers.add(i);
      i = end;
      continue;
    }
    // A minus sign that is not a range dash (为-0.5‰) is part of the number.
    const signed = /[-−－]/.test(s[i - 1] ?? '') && !/[\d%％]/.test(s[i - 2] ?? '') ? i - 1 : i;
    const start = leadStart(s, signed);
    found.push({ start, end, numberStart: signed, hasLead: start < signed });
    i = end;
  }
  const out = found.filter((q) => !(s[q.end] === '、' && modifiers.has(q.end + 1)));
  // Small Chinese numerals before 个百分点 / 成 after a change verb (提高两个百分点, 下降三成).
  for (const m of s.matchAll(/(?:提高|提升|增长|增加|下降|降低|减少|缩小|超过)([一二两三四五六七八九十]{1,3})(?:个百分点|成)(?:以上|左右|以内)?/g)) {
    const at = m.index ?? 0;
    if (masked && masked[at]) continue;
    const end = at + m[0].length;
    if (end < s.length && !FOLLOWERS.has(s[end])) continue;
    out.push({ start: at, end, numberStart: at + m[0].indexOf(m[1]), hasLead: true });
  }
  return out.sort((a, b) => a.start - b.start);
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
