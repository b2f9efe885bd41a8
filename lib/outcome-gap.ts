/**
 * A year's outcome against that year's target (design.md §4: a work report read this year fills
 * last year's outcomes): `增长5.5%` vs `增长5%左右` → met, +0.5 pp. Pure.
 *
 * The good direction comes from the target's bound (以内/不超过 → lower is good, 以上/不低于 → higher
 * is good), else from the indicator's polarity. A `左右` target counts as reached within 5% of its
 * size short of it (`near`); a range is reached inside it.
 */
import { polarityOf } from './indicators/polarity';
import type { ComparableTarget } from './compare';
import type { TargetValue } from './types';

export type GapStatus = 'met' | 'near' | 'missed';

export interface OutcomeGap {
  /** Null when the direction cannot be judged (a neutral indicator with an exact target). */
  status: GapStatus | null;
  /** Outcome minus target, in the target's unit (percentage points for rates). */
  delta: { value: number; unit: string };
}

const kind = (m: TargetValue['metric']) => (m === 'share' ? 'level' : m);

function round(n: number): number {
  const r = Number(n.toFixed(6));
  return r === 0 ? 0 : r;
}

/** The target's number, or the bound of its range nearest the outcome. */
function reference(t: TargetValue, actual: number): number | undefined {
  if (t.min !== undefined && t.max !== undefined) return actual < t.min ? t.min : actual > t.max ? t.max : actual;
  return t.number;
}

export function outcomeGap(target: ComparableTarget, actual: ComparableTarget): OutcomeGap | null {
  const t = target.value;
  const a = actual.value;
  if (a.number === undefined || kind(t.metric) !== kind(a.metric) || (t.unit ?? '') !== (a.unit ?? '')) return null;
  if (t.metric === 'qualitative' || t.metric === 'deferred' || t.base?.year !== a.base?.year) return null;
  const ref = reference(t, a.number);
  if (ref === undefined) return null;
  const raw = a.number - ref;
  const unit = t.unit === '%' || t.unit === 'pp' ? 'pp' : t.unit ?? '';
  const delta = { value: round(raw), unit };
  const inRange = t.min !== undefined && t.max !== undefined && a.number >= t.min && a.number <= t.max;
  if (inRange) return { status: 'met', delta };
  const bound = t.bound;
  const direction =
    bound === 'at-most' || bound === 'below' ? 'lower' : bound === 'at-least' || bound === 'above' ? 'higher' : polarityOf(target.indicator, target.name);
  if (direction === 'neutral') return { status: Math.abs(raw) < 1e-9 ? 'met' : null, delta };
  const better = direction === 'higher' ? raw >= -1e-9 : raw <= 1e-9;
  if (better) return { status: 'met', delta };
  const tolerance = bound === 'about' ? Math.abs(ref) * 0.05 : 0;
  return { status: Math.abs(raw) <= tolerance + 1e-9 ? 'near' : 'missed', delta };
}
