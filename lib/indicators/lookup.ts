import { INDICATORS, type Indicator } from './registry';

const BY_KEY = new Map(INDICATORS.map((i) => [i.key, i]));

export function getIndicator(key: string): Indicator | undefined {
  return BY_KEY.get(key);
}

export function allIndicators(): readonly Indicator[] {
  return INDICATORS;
}

export type Relation = 'part-of' | 'has-part' | 'successor-of' | 'predecessor-of';

/**
 * Direct links of an indicator: the wider one it is part of, its parts, what it replaced and what
 * replaced it (urban-per-capita-disposable-income → per-capita-disposable-income, part-of).
 */
export function relatedIndicators(key: string): { key: string; relation: Relation }[] {
  const out: { key: string; relation: Relation }[] = [];
  const self = BY_KEY.get(key);
  if (self?.partOf) out.push({ key: self.partOf, relation: 'part-of' });
  if (self?.successorOf) out.push({ key: self.successorOf, relation: 'successor-of' });
  for (const other of INDICATORS) {
    if (other.partOf === key) out.push({ key: other.key, relation: 'has-part' });
    if (other.successorOf === key) out.push({ key: other.key, relation: 'predecessor-of' });
  }
  return out;
}

/** True when two different keys are directly linked (so their targets compare as rebased, not unrelated). */
export function areRelated(a: string, b: string): boolean {
  return a !== b && relatedIndicators(a).some((r) => r.key === b);
}
