import { resolveIndicator } from './indicators/match';
import { areRelated } from './indicators/lookup';
import { polarityOf } from './indicators/polarity';
import type { Ambition, Bound, Comparison, TargetValue } from './types';

export interface ComparableTarget {
  indicator: string;
  text: string;
  value: TargetValue;
  /** Name as written: lets polarity be guessed for an indicator outside the registry. */
  name?: string;
}

/**
 * Two targets of one indicator (earlier, later) → change kind, ambition, delta (design.md §5).
 * In order:
 * - one side missing → new / dropped;
 * - different keys, or names of linked indicators under one key → rebased (another coverage such as
 *   urban → all residents, or simply not the same subject);
 * - same text → unchanged; no number on either side → reworded (both deferred → unchanged);
 * - number only before → dequantified, only after → quantified;
 * - different metric (level vs increment, growth vs level), base year, running total or unit → rebased;
 * - same number → unchanged, or reworded when the bound differs (ambition from the bound: 以上 → 左右 asks for less);
 * - else raised / lowered, ambition from the indicator's polarity (lower is better flips it).
 * Ambition is null where it cannot be judged, and for raised/lowered of a neutral indicator.
 */
export function compareTargets(from: ComparableTarget | null, to: ComparableTarget | null): Comparison {
  if (!from && !to) return { change: 'unchanged', ambition: null, delta: null };
  if (!from) return { change: 'new', ambition: null, delta: null };
  if (!to) return { change: 'dropped', ambition: null, delta: null };
  if (from.indicator !== to.indicator || coverageChanged(from, to)) return REBASED;

  const a = from.value;
  const b = to.value;
  const aNum = representative(a);
  const bNum = representative(b);
  if (sameText(from.text, to.text)) {
    return { change: 'unchanged', ambition: 'same', delta: aNum === undefined ? null : delta(0, a, b) };
  }
  if (aNum === undefined && bNum === undefined) {
    const bothDeferred = a.metric === 'deferred' && b.metric === 'deferred';
    return bothDeferred ? { change: 'unchanged', ambition: 'same', delta: null } : { change: 'reworded', ambition: null, delta: null };
  }
  if (bNum === undefined) return { change: 'dequantified', ambition: null, delta: null };
  if (aNum === undefined) return { change: 'quantified', ambition: null, delta: null };
  if (!comparable(a, b)) return REBASED;

  const polarity = polarityOf(to.indicator, to.name ?? from.name);
  const d = delta(bNum - aNum, a, b);
  if (Math.abs(bNum - aNum) < 1e-9 * Math.max(1, Math.abs(aNum))) {
    if (sameShape(a, b)) return { change: 'unchanged', ambition: 'same', delta: d };
    const step = boundRank(b) - boundRank(a);
    return { change: 'reworded', ambition: polarity === 'neutral' ? null : judge(polarity === 'lower' ? -step : step), delta: d };
  }
  const raised = bNum > aNum;
  const ambition: Ambition = polarity === 'neutral' ? null : raised === (polarity === 'higher') ? 'more' : 'less';
  return { change: raised ? 'raised' : 'lowered', ambition, delta: d };
}

/**
 * Callers that group a linked indicator's history under one key (urban income shown in the
 * all-residents history) still pass the names as written: linked names mean another coverage.
 */
function coverageChanged(from: ComparableTarget, to: ComparableTarget): boolean {
  if (!from.name || !to.name || from.name === to.name) return false;
  return areRelated(resolveIndicator(from.name), resolveIndicator(to.name));
}

const REBASED: Comparison = { change: 'rebased', ambition: null, delta: null };

/** A value's number, or a range's midpoint. */
function representative(v: TargetValue): number | undefined {
  if (v.number !== undefined) return v.number;
  if (v.min !== undefined && v.max !== undefined) return (v.min + v.max) / 2;
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const clean = (s: string) => s.normalize('NFKC').replace(/\s/g, '');
  return clean(a) === clean(b);
}

/** Same kind of quantity: level and share are one kind (the parser may not know a proportion's name). */
function comparable(a: TargetValue, b: TargetValue): boolean {
  const kind = (m: TargetValue['metric']) => (m === 'share' ? 'level' : m);
  return (
    kind(a.metric) === kind(b.metric) &&
    a.base?.year === b.base?.year &&
    Boolean(a.cumulative) === Boolean(b.cumulative) &&
    unitKey(a.unit) === unitKey(b.unit)
  );
}

/** 名 and 位 count people as 人 do. */
function unitKey(unit: string | undefined): string {
  return unit === '名' || unit === '位' ? '人' : unit ?? '';
}

function sameShape(a: TargetValue, b: TargetValue): boolean {
  return a.bound === b.bound && a.min === b.min && a.max === b.max;
}

/**
 * How much a bound asks for when more is better: at least / above ask most, exact and about
 * (and a range) ask for the number itself, at most / below cap it.
 */
function boundRank(v: TargetValue): number {
  const ranks: Record<Bound, number> = { above: 2, 'at-least': 2, exact: 1, about: 1, 'at-most': 0, below: 0 };
  return v.bound ? ranks[v.bound] : 1;
}

function judge(step: number): Ambition {
  return step > 0 ? 'more' : step < 0 ? 'less' : 'same';
}

/** The difference in the indicator's own unit: pp for percentages, 万/亿 for large amounts (+1万人). */
function delta(raw: number, a: TargetValue, b: TargetValue): { value: number; unit: string } {
  const unit = b.unit ?? a.unit ?? '';
  if (unit === '%' || unit === 'pp') return { value: round(raw), unit: 'pp' };
  if (unit.includes('/') || unit === '‰') return { value: round(raw), unit };
  const size = Math.max(Math.abs(representative(a) ?? 0), Math.abs(representative(b) ?? 0));
  if (size >= 1e8) return { value: round(raw / 1e8), unit: '亿' + unit };
  if (size >= 1e4) return { value: round(raw / 1e4), unit: '万' + unit };
  return { value: round(raw), unit };
}

function round(n: number): number {
  const r = Number(n.toFixed(6));
  return r === 0 ? 0 : r; // no −0
}

/** Units a reader of English knows by name; others (家, 个…) keep their Chinese unit. */
const EN_UNITS: Record<string, string> = {
  人: 'people', 名: 'people', 位: 'people', 元: 'yuan', 美元: 'US dollars', 亩: 'mu', 千瓦: 'kW', 吨: 't', 公里: 'km',
  '人/亿元': 'per 100 million yuan', '微克/立方米': 'µg/m³', '‰': '‰',
};

/** A delta for display: −0.5个百分点 / −0.5 pp, +1万人 / +10,000 people. */
export function describeDelta(d: { value: number; unit: string } | null, lang: 'zh' | 'en' = 'zh'): string {
  if (!d) return '';
  const sign = d.value > 0 ? '+' : d.value < 0 ? '−' : '±';
  const size = Math.abs(d.value);
  if (lang === 'zh') return sign + formatNumber(size) + (d.unit === 'pp' ? '个百分点' : d.unit);
  if (d.unit === 'pp') return `${sign}${formatNumber(size)} pp`;
  const scaleChar = d.unit[0];
  const scaled = scaleChar === '亿' ? size * 1e8 : scaleChar === '万' ? size * 1e4 : size;
  const base = scaleChar === '亿' || scaleChar === '万' ? d.unit.slice(1) : d.unit;
  const unit = base in EN_UNITS ? EN_UNITS[base] : base;
  return `${sign}${formatLarge(scaled)}${unit ? ' ' + unit : ''}`;
}

function formatNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

function formatLarge(n: number): string {
  if (n >= 1e9) return `${formatNumber(n / 1e9)} billion`;
  if (n >= 1e6) return `${formatNumber(n / 1e6)} million`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
