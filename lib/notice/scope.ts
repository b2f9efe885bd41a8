/**
 * Time and role of a figure (design.md §4): is it a target asked for or an outcome that happened,
 * and which year (or period) is it FOR? Decided in three layers, each recorded for --explain:
 *  1. the document: its kind and year give the default (a bulletin reports outcomes of its year,
 *     everything else asks for targets of the plan year);
 *  2. sections: headings and paragraph openings carry a scope (2025年工作回顾 → outcomes of 2025,
 *     “十五五”时期主要目标 → targets 2026–2030, 2026年计划草案 → targets 2026) that holds until
 *     the next scope-setting heading;
 *  3. the sentence: an explicit year before the figure (2025年，… / 到2030年…) or a relative one
 *     (去年, 今年) wins over the section.
 * The cue lists are data: add a shape here, never a phrase of one document.
 */
import type { PlanKind, TargetRole } from '../types';

export interface Period {
  from: number;
  to: number;
}

export interface TimeScope {
  role: TargetRole;
  /** The year the figure is FOR (a period's end year). */
  year: number;
  period?: Period;
  /** Which rule decided, and the words it read. */
  rule: string;
  cue: string;
}

/** The document's own time: the plan year, and for an execution report the year it executes. */
export interface DocTime {
  kind: PlanKind;
  /** The plan's year (an execution report's draft year, a work report's year). */
  year: number;
  /** The year reviewed by default: an execution report's executed year, a work report's last year. */
  reviewed: number;
  /** A five-year plan's own period. */
  period?: Period;
}

const FIVE_YEAR_ORDINAL: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16 };

/** The period of the Nth five-year plan (十四五 → 2021–2025). */
export function fiveYearPeriod(ordinal: number): Period {
  const from = 1951 + 5 * ordinal; // 11th → 2006, 14th → 2021
  return { from, to: from + 4 };
}

/** A five-year plan named in text: 十四五 / 第十四个五年规划 / “十五五”. */
const FIVE_YEAR = /十([一二三四五六])(?:个)?五/;

export function fiveYearIn(text: string): Period | null {
  const m = FIVE_YEAR.exec(text);
  return m ? fiveYearPeriod(FIVE_YEAR_ORDINAL[m[1]]) : null;
}

export function docTime(kind: PlanKind, year: number, titleYears: number[], title = ''): DocTime {
  const period = kind === 'five-year-plan' ? fiveYearIn(title) ?? { from: year, to: year + 4 } : undefined;
  // An execution report's title names the executed year and the draft year (2024年…执行情况与2025年…草案).
  const executed = kind === 'plan-execution' ? Math.min(...titleYears.filter((y) => y <= year), year - 1) : year - 1;
  return { kind, year, reviewed: kind === 'statistical-bulletin' ? year : executed, ...(period ? { period } : {}) };
}

/** The scope a document starts in, before any heading. */
export function documentScope(doc: DocTime): TimeScope {
  if (doc.kind === 'statistical-bulletin') return { role: 'actual', year: doc.year, rule: 'document', cue: 'statistical-bulletin' };
  if (doc.period) return { role: 'target', year: doc.period.to, period: doc.period, rule: 'document', cue: 'five-year-plan' };
  return { role: 'target', year: doc.year, rule: 'document', cue: doc.kind };
}

/** A multi-year span in the document's time: a period that ended before the plan year is reviewed, else planned. */
function periodScope(doc: DocTime, period: Period, rule: string, cue: string): TimeScope {
  const past = period.to < doc.year || (doc.kind === 'statistical-bulletin' && period.to <= doc.year);
  return { role: past ? 'actual' : 'target', year: period.to, period, rule, cue };
}

type HeadingRule = {
  name: string;
  pattern: RegExp;
  scope: (m: RegExpExecArray, doc: DocTime) => TimeScope | null;
};

const year = (s: string | undefined) => (s ? Number(s) : NaN);

/**
 * Heading cues, checked in order (first match wins). Each names a kind of section that real
 * plan-family documents have, not the sentence of one document.
 */
const HEADING_RULES: HeadingRule[] = [
  {
    // 一、2019年国民经济和社会发展计划执行情况 / 2025年工作回顾 / 2023年主要指标完成情况
    name: 'heading:year-review',
    pattern: /((?:19|20)\d{2})年.{0,30}?(执行情况|完成情况|工作回顾|回顾|主要成就|取得的成绩)/,
    scope: (m, doc) => {
      const y = year(m[1]);
      return y <= doc.year ? { role: 'actual', year: y, rule: 'heading:year-review', cue: m[0] } : null;
    },
  },
  {
    // “十四五”发展回顾 / 过去五年 / 五年来 / 本届政府工作回顾
    name: 'heading:period-review',
    pattern: /十[一二三四五六]个?五.{0,16}?(?:回顾|成就|以来|期间主要|时期(?:主要)?(?:工作|成就|成绩))|过去五年|五年来|本届政府/,
    scope: (m, doc) => {
      const p = fiveYearIn(m[0]) ?? { from: doc.year - 5, to: doc.year - 1 };
      return { role: 'actual', year: p.to, period: p, rule: 'heading:period-review', cue: m[0] };
    },
  },
  {
    // 过去一年 / 一年来 / 去年工作回顾 / 工作回顾 / 计划执行情况 (no year named)
    name: 'heading:last-year',
    pattern: /过去一年|一年来|(?:去年|上年).{0,6}(?:工作|回顾)|工作回顾|执行情况|完成情况/,
    scope: (m, doc) => ({ role: 'actual', year: doc.reviewed, rule: 'heading:last-year', cue: m[0] }),
  },
  {
    // 今年是“十五五”起步之年 / 做好“十四五”开局工作: the plan year, even when a period is named.
    name: 'heading:this-year',
    pattern: /今年|开局|起步之年|开篇之年|首年/,
    scope: (m, doc) => ({ role: 'target', year: doc.year, rule: 'heading:this-year', cue: m[0] }),
  },
  {
    // “十五五”时期主要目标 / 未来五年 / 今后五年 / 到2030年
    name: 'heading:period-plan',
    pattern: /十[一二三四五六]个?五|未来五年|今后五年|到((?:19|20)\d{2})年/,
    scope: (m, doc) => {
      if (m[1]) {
        const to = year(m[1]);
        return to > doc.year ? { role: 'target', year: to, period: { from: doc.year, to }, rule: 'heading:period-plan', cue: m[0] } : null;
      }
      const p = fiveYearIn(m[0]) ?? { from: doc.year, to: doc.year + 4 };
      return periodScope(doc, p, 'heading:period-plan', m[0]);
    },
  },
  {
    // 二、2020年国民经济和社会发展计划草案 / 2026年工作安排 / 2024年主要目标
    name: 'heading:year-plan',
    pattern: /((?:19|20)\d{2})年.{0,30}?(计划草案|计划|目标|工作|任务|安排|预期|思路|要求)/,
    scope: (m, doc) => {
      const y = year(m[1]);
      if (y < doc.reviewed) return null;
      return y < doc.year && doc.kind !== 'plan-execution'
        ? { role: 'actual', year: y, rule: 'heading:year-plan', cue: m[0] }
        : { role: 'target', year: y, rule: 'heading:year-plan', cue: m[0] };
    },
  },
  {
    // 今年工作 / 主要预期目标 / 计划草案 / 总体要求 / 主要目标
    name: 'heading:plan-year',
    pattern: /今年|主要预期目标|预期目标|计划草案|总体要求|主要目标|重点工作|工作安排/,
    scope: (m, doc) => ({ role: 'target', year: doc.year, rule: 'heading:plan-year', cue: m[0] }),
  },
];

/** The scope a heading (or a paragraph's opening clause) sets, or null when it names no time. */
export function headingScope(text: string, doc: DocTime): TimeScope | null {
  if (doc.kind === 'statistical-bulletin') return null;
  for (const rule of HEADING_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const s = rule.scope(m, doc);
    if (s) return s;
  }
  return null;
}

/** A paragraph's opening clause: up to the first comma, colon or full stop. */
export function openingClause(paragraph: string): string {
  const m = /^[^，,：:。；;]{1,40}/.exec(paragraph);
  return m ? m[0] : '';
}

/**
 * Opening clauses that set the scope for the paragraphs after them (过去一年，… / “十四五”时期，…
 * / 今年经济社会发展的主要预期目标是：). An explicit year alone (2025年，…) only speaks for its
 * own sentence, so it is not here.
 */
const OPENING = /^(?:过去一年|一年来|过去五年|五年来|[“"]?十[一二三四五六]个?五[”"]?(?:时期|期间|以来)|今年|未来五年|今后五年)|主要预期目标|预期目标是|主要目标是/;
/** A section's first paragraph that opens with its year (2025年是“十四五”收官之年。一年来，…). */
const YEAR_OPENING = /^((?:19|20)\d{2})年(?:是|以来|，|,|全年)/;

export function openingScope(paragraph: string, doc: DocTime, firstInSection = false): TimeScope | null {
  if (firstInSection && doc.kind !== 'statistical-bulletin') {
    const m = YEAR_OPENING.exec(paragraph);
    const y = m ? Number(m[1]) : NaN;
    if (y && y <= doc.year) {
      return y < doc.year || (doc.kind === 'plan-execution' && y === doc.reviewed)
        ? { role: 'actual', year: y, rule: 'opening:section-year', cue: m![0] }
        : { role: 'target', year: y, rule: 'opening:section-year', cue: m![0] };
    }
  }
  const clause = openingClause(paragraph);
  if (!clause || !OPENING.test(clause)) return null;
  const s = headingScope(clause, doc);
  return s ? { ...s, rule: s.rule.replace('heading:', 'opening:') } : null;
}

/** A year written in a sentence, and whether it is a base of comparison rather than a time. */
const YEAR_MENTION = /((?:19|20)\d{2})年(?:底|末|前|内|度|全年)?/g;
const BASE_BEFORE = /(?:较|比|与|同|由|从|相对于|相比于|对比)$/;
const BASE_AFTER = /^(?:底|末)?(?:相比|比|同期|基础上|水平|为基|的基础|以来|起)/;
const SPAN_BEFORE = /(?:到|至|截至|截止|截止到)$/;

/** Relative time words before a figure: their year offset from the document's year. */
const RELATIVE: ReadonlyArray<readonly [RegExp, 'last' | 'this' | 'next']> = [
  [/(?:^|[^比较与])(?:去年|上一年)/, 'last'],
  [/今年|本年度|年内/, 'this'],
  [/明年/, 'next'],
];

/**
 * The scope of one figure: the section's, unless the sentence before the figure names its own
 * time. `before` is the sentence text up to the figure.
 */
export function figureScope(before: string, section: TimeScope, doc: DocTime): TimeScope {
  if (doc.kind === 'statistical-bulletin') return section;
  // The last explicit year before the figure that is a time, not a base of comparison.
  let explicit: { y: number; cue: string; span: boolean } | null = null;
  for (const m of before.matchAll(YEAR_MENTION)) {
    const at = m.index ?? 0;
    const pre = before.slice(Math.max(0, at - 4), at);
    const post = before.slice(at + m[0].length, at + m[0].length + 6);
    if (BASE_BEFORE.test(pre) || BASE_AFTER.test(post)) continue;
    // A year inside a range of years (2021—2025年) names a period, handled below.
    if (/[—–\-~～至到]$/.test(pre) && /\d$/.test(before.slice(0, at).replace(/[—–\-~～至到]$/, ''))) continue;
    explicit = { y: Number(m[1]), cue: m[0], span: SPAN_BEFORE.test(pre) };
  }
  const five = /十[一二三四五六]个?五|未来五年|今后五年|过去五年|五年来/.exec(before);
  if (explicit) {
    const y = explicit.y;
    if (y > doc.year) {
      return { role: 'target', year: y, period: { from: doc.year, to: y }, rule: 'sentence:future-year', cue: explicit.cue };
    }
    if (y === doc.year) {
      // The plan year named in a review (rare) or in the plan: a target unless the section reviews this same year.
      return section.role === 'actual' && section.year === y ? section : { role: 'target', year: y, rule: 'sentence:plan-year', cue: explicit.cue };
    }
    // A past year: an outcome, unless an execution report's section is about that year's targets.
    if (section.year === y && !section.period) return section;
    if (explicit.span && five) return periodSentence(five[0], doc) ?? { role: 'actual', year: y, rule: 'sentence:past-year', cue: explicit.cue };
    return { role: 'actual', year: y, rule: 'sentence:past-year', cue: explicit.cue };
  }
  if (five) {
    const s = periodSentence(five[0], doc);
    if (s) return s;
  }
  for (const [pattern, which] of RELATIVE) {
    const m = pattern.exec(before);
    if (!m) continue;
    if (which === 'last') return { role: 'actual', year: doc.reviewed, rule: 'sentence:last-year', cue: m[0] };
    if (which === 'next') return { role: 'target', year: doc.year + 1, rule: 'sentence:next-year', cue: m[0] };
    if (section.role === 'target' && !section.period) return section;
    // 今年 in a work report or plan is the plan year; in a bulletin it is handled above.
    return { role: 'target', year: doc.year, rule: 'sentence:this-year', cue: m[0] };
  }
  return section;
}

function periodSentence(words: string, doc: DocTime): TimeScope | null {
  if (/过去五年|五年来/.test(words)) {
    return { role: 'actual', year: doc.year - 1, period: { from: doc.year - 5, to: doc.year - 1 }, rule: 'sentence:period', cue: words };
  }
  const p = fiveYearIn(words) ?? { from: doc.year, to: doc.year + 4 };
  return periodScope(doc, p, 'sentence:period', words);
}
