import { findIndicators, getIndicator, relatedIndicators } from '../indicators';
import { searchTermsOf } from '../indicators/search-terms';

/** The slice of the indicator registry (lib/indicators) the database reads. */
export interface IndicatorInfo {
  key: string;
  zh: string;
  aliases: string[];
  en: string;
  enAliases: string[];
  topics: string[];
}

export function getIndicatorInfo(key: string): IndicatorInfo | undefined {
  const indicator = getIndicator(key);
  return indicator ? { ...indicator, ...searchTermsOf(key) } : undefined;
}

/** Registry indicators a query means (names, aliases, English names, topics), best first. */
export function findIndicatorKeys(query: string): string[] {
  return findIndicators(query).map((i) => i.key);
}

/** Indicators linked to key as successor / part, both directions (urban income ↔ all-residents income). */
export function relatedIndicatorKeys(key: string): string[] {
  return [...new Set(relatedIndicators(key).map((r) => r.key))].filter((k) => k !== key);
}
