import { normalizeIndicatorName } from './normalize';
import { matchIndicator, normalizedAliases } from './match';
import { INDICATORS, type Indicator } from './registry';
import { searchTermsOf } from './search-terms';

/**
 * Registry indicators a user's query means, best first. Chinese or English; a subject word
 * finds every indicator of that topic (就业 → unemployment rate and new jobs).
 */
export function findIndicators(query: string): Indicator[] {
  const q = query.trim();
  if (!q) return [];
  const lower = q.toLowerCase();
  const normalized = normalizeIndicatorName(q);
  const named = matchIndicator(normalized);
  const scored: { indicator: Indicator; score: number; order: number }[] = [];
  INDICATORS.forEach((indicator, order) => {
    const score = scoreOf(indicator, lower, normalized, named);
    if (score > 0) scored.push({ indicator, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.indicator);
}

function scoreOf(indicator: Indicator, lower: string, normalized: string, named: Indicator | undefined): number {
  const aliases = normalizedAliases(indicator);
  const terms = searchTermsOf(indicator.key);
  const english = [indicator.en, ...terms.enAliases].map((e) => e.toLowerCase());
  if (indicator.key === lower || aliases.includes(normalized)) return 100;
  if (english.includes(lower)) return 95;
  if (named === indicator) return 90;
  if (terms.topics.some((t) => t.toLowerCase() === lower)) return 70;
  if (aliases.some((a) => a.includes(normalized))) return 50;
  if (normalized.length >= 2 && aliases.some((a) => a.length >= 2 && normalized.includes(a))) return 45;
  if (lower.length >= 2 && english.some((e) => wordPrefix(e, lower))) return 40;
  if (lower.length >= 2 && terms.topics.some((t) => t.toLowerCase().startsWith(lower))) return 30;
  return 0;
}

/** `fixed asset` in `fixed asset investment`, `emp` in `new jobs, employment`, not `sset`. */
function wordPrefix(text: string, query: string): boolean {
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(text[at - 1])) return true;
  }
  return false;
}
