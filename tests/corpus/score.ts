/**
 * Scores extracted figures against hand-written labels (tests/corpus/README.md). Pure: no files.
 */
import type { ExtractedNotice, ExtractedTarget, PlanKind, TargetRole } from '../../lib/types';
import { toSimplified } from '../../lib/notice/simplify';
import { dropPinyinDebris } from '../../lib/notice/fold';

export interface LabelFigure {
  name?: string;
  text: string;
  role: TargetRole;
  year: number;
  period?: { from: number; to: number };
  quote: string;
}

export interface DocLabels {
  doc: string;
  planFamily: boolean;
  region: string;
  kind: PlanKind;
  year: number;
  exhaustive: boolean;
  notes?: string;
  /** The page's title where the collected text lost it (an excerpt starting mid-page): what its <title> says. */
  pageTitle?: string;
  figures: LabelFigure[];
}

export interface FigureMiss {
  label: LabelFigure;
  /** The extracted figure it matched, when role or year were wrong. */
  got?: Pick<ExtractedTarget, 'name' | 'text' | 'role' | 'year' | 'trace'>;
}

export interface DocScore {
  doc: string;
  planFamily: boolean;
  detected: boolean;
  /** Detection right: a plan-family document detected, a news page rejected. */
  detectionOk: boolean;
  regionOk: boolean | null;
  kindOk: boolean | null;
  yearOk: boolean | null;
  got: { region: string; kind: string; year: number } | null;
  labels: number;
  targets: number;
  actuals: number;
  matched: number;
  matchedTargets: number;
  matchedActuals: number;
  roleYearOk: number;
  extracted: number;
  /** Extracted figures matching a label (precision counts only on exhaustive documents). */
  extractedMatched: number;
  exhaustive: boolean;
  misses: FigureMiss[];
  wrong: FigureMiss[];
  unlabelled: Array<Pick<ExtractedTarget, 'name' | 'text' | 'role' | 'year' | 'quote'>>;
}

/** Whitespace and the collection's marks removed, full-width digits and signs folded. */
export function norm(s: string): string {
  return s
    .replace(/[\s\u00a0\u3000*]/g, '')
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/．/g, '.')
    .replace(/，/g, ',')
    .replace(/：/g, ':')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

export function numbersOf(s: string): string[] {
  return (norm(s).match(/\d+(?:\.\d+)?/g) ?? []).map((n) => String(Number(n)));
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** How alike two names are: 1 when one contains the other, else the Dice coefficient of character bigrams. */
export function nameSimilarity(a: string, b: string): number {
  // Script-blind: a name read on a Traditional mirror is the same name.
  const x = norm(toSimplified(dropPinyinDebris(a)));
  const y = norm(toSimplified(dropPinyinDebris(b)));
  if (!x || !y) return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const g of bx) if (by.has(g)) common++;
  return bx.size + by.size === 0 ? 0 : (2 * common) / (bx.size + by.size);
}

function textsAgree(label: string, got: string): boolean {
  const a = numbersOf(label);
  const b = numbersOf(got);
  if (a.length === 0 || b.length === 0) {
    if (a.length !== b.length) return false;
    const x = norm(label);
    const y = norm(got);
    return x.includes(y) || y.includes(x);
  }
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function quotesAgree(label: string, got: string): boolean {
  const x = norm(label);
  const y = norm(got);
  return x.length > 0 && y.length > 0 && (y.includes(x) || x.includes(y));
}

const NAME_FLOOR = 0.5;

/** Label ↔ extracted pairs: quote, numbers and name must agree; each side used once, best names first. */
export function matchFigures(labels: LabelFigure[], got: ExtractedTarget[]): Map<number, number> {
  const candidates: Array<{ l: number; g: number; score: number }> = [];
  labels.forEach((label, l) => {
    got.forEach((t, g) => {
      if (!quotesAgree(label.quote, t.quote) || !textsAgree(label.text, t.text)) return;
      const score = label.name ? nameSimilarity(label.name, t.name) : 1;
      if (score >= NAME_FLOOR) candidates.push({ l, g, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.l - b.l || a.g - b.g);
  const byLabel = new Map<number, number>();
  const used = new Set<number>();
  for (const c of candidates) {
    if (byLabel.has(c.l) || used.has(c.g)) continue;
    byLabel.set(c.l, c.g);
    used.add(c.g);
  }
  return byLabel;
}

const brief = (t: ExtractedTarget) => ({ name: t.name, text: t.text, role: t.role, year: t.year, trace: t.trace });

export function scoreDocument(labels: DocLabels, notice: ExtractedNotice | null): DocScore {
  // A news page's figures are kept for reference; it is scored on being rejected only.
  const figures = labels.planFamily ? labels.figures : [];
  const got = notice?.targets ?? [];
  const matches = labels.planFamily ? matchFigures(figures, got) : new Map<number, number>();
  const matchedSet = new Set(matches.values());
  let roleYearOk = 0;
  let matchedTargets = 0;
  let matchedActuals = 0;
  const misses: FigureMiss[] = [];
  const wrong: FigureMiss[] = [];
  figures.forEach((label, i) => {
    const g = matches.get(i);
    if (g === undefined) {
      misses.push({ label });
      return;
    }
    if (label.role === 'target') matchedTargets++;
    else matchedActuals++;
    const t = got[g];
    if (t.role === label.role && t.year === label.year) roleYearOk++;
    else wrong.push({ label, got: brief(t) });
  });
  const detected = notice !== null;
  const plan = notice?.plan ?? null;
  return {
    doc: labels.doc,
    planFamily: labels.planFamily,
    detected,
    detectionOk: detected === labels.planFamily,
    regionOk: labels.planFamily && plan ? plan.region === labels.region : null,
    kindOk: labels.planFamily && plan ? plan.kind === labels.kind : null,
    yearOk: labels.planFamily && plan ? plan.year === labels.year : null,
    got: plan ? { region: plan.region, kind: plan.kind, year: plan.year } : null,
    labels: figures.length,
    targets: figures.filter((f) => f.role === 'target').length,
    actuals: figures.filter((f) => f.role === 'actual').length,
    matched: matches.size,
    matchedTargets,
    matchedActuals,
    roleYearOk,
    extracted: got.length,
    extractedMatched: matchedSet.size,
    exhaustive: labels.exhaustive,
    misses,
    wrong,
    unlabelled: labels.exhaustive ? got.filter((_, g) => !matchedSet.has(g)).map((t) => ({ ...brief(t), quote: t.quote })) : [],
  };
}

export interface Totals {
  documents: number;
  planFamily: number;
  news: number;
  detection: number;
  newsRejected: number;
  region: number;
  kind: number;
  year: number;
  roleYear: number;
  targetRecall: number;
  outcomeRecall: number;
  precision: number;
  counts: { labels: number; matched: number; targets: number; actuals: number; exhaustiveExtracted: number; exhaustiveMatched: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function totals(scores: DocScore[]): Totals {
  const family = scores.filter((s) => s.planFamily);
  const news = scores.filter((s) => !s.planFamily);
  const sum = (f: (s: DocScore) => number, of = scores) => of.reduce((n, s) => n + f(s), 0);
  const detectedFamily = family.filter((s) => s.detected);
  const exhaustive = family.filter((s) => s.exhaustive);
  return {
    documents: scores.length,
    planFamily: family.length,
    news: news.length,
    detection: ratio(sum((s) => Number(s.detectionOk)), scores.length),
    newsRejected: ratio(sum((s) => Number(s.detectionOk), news), news.length),
    region: ratio(sum((s) => Number(s.regionOk === true), detectedFamily), family.length),
    kind: ratio(sum((s) => Number(s.kindOk === true), detectedFamily), family.length),
    year: ratio(sum((s) => Number(s.yearOk === true), detectedFamily), family.length),
    roleYear: ratio(sum((s) => s.roleYearOk), sum((s) => s.matched)),
    targetRecall: ratio(sum((s) => s.matchedTargets), sum((s) => s.targets)),
    outcomeRecall: ratio(sum((s) => s.matchedActuals), sum((s) => s.actuals)),
    precision: ratio(sum((s) => s.extractedMatched, exhaustive), sum((s) => s.extracted, exhaustive)),
    counts: {
      labels: sum((s) => s.labels),
      matched: sum((s) => s.matched),
      targets: sum((s) => s.targets),
      actuals: sum((s) => s.actuals),
      exhaustiveExtracted: sum((s) => s.extracted, exhaustive),
      exhaustiveMatched: sum((s) => s.extractedMatched, exhaustive),
    },
  };
}
