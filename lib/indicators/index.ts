/** Indicator registry and name matching (design.md §2, §6): the public entry. */
export { resolveIndicator, matchIndicator, normalizedAliases } from './match';
export { normalizeIndicatorName } from './normalize';
export { getIndicator, allIndicators, relatedIndicators, areRelated, type Relation } from './lookup';
export { findIndicators } from './search';
export { polarityOf } from './polarity';
export { fnv1a36 } from './hash';
export type { Indicator, Polarity } from './registry';
