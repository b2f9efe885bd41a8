import type { Comparison, TargetValue } from './types';

export interface ComparableTarget {
  indicator: string;
  text: string;
  value: TargetValue;
}

/** Two targets (earlier, later) → change kind, delta, ambition (design.md §5). STUB. */
export function compareTargets(_from: ComparableTarget | null, _to: ComparableTarget | null): Comparison {
  return { change: 'unchanged', ambition: null, delta: null };
}
