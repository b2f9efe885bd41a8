import type { TargetValue } from '../types';

/** Target text as written → structured value (design.md §4). STUB: replaced by the value parser. */
export function parseValue(_text: string): TargetValue {
  return { metric: 'qualitative' };
}
