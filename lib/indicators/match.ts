import { fnv1a36 } from './hash';
import { normalizeIndicatorName } from './normalize';
import { INDICATORS, type Indicator } from './registry';

/**
 * Name as written → indicator key (design.md §6). In order:
 * 1. the normalized name equals a normalized alias;
 * 2. the name is an alias with only neutral words around it (全市固定资产投资, 地区生产总值增速) —
 *    any other words (货物进 + 出口总额, 城乡 + 居民人均可支配收入) may change the coverage, so no match;
 * 3. the name holds every word of one of an indicator's `requires` groups (the most specific wins);
 * 4. otherwise `x-` + FNV-1a of the normalized name, so one subject gets one key in every year.
 */
export function resolveIndicator(name: string): string {
  const n = normalizeIndicatorName(name);
  return matchIndicator(n)?.key ?? 'x-' + fnv1a36(n);
}

/** Words around an alias that do not change what is measured. */
const NEUTRAL_PREFIXES = new Set(['', '全市', '全县', '全区', '全省', '本市', '我市', '全社会', '年末', '年度', '全年']);
const NEUTRAL_SUFFIXES = new Set([
  '', '增速', '增长', '增长率', '增幅', '年均增速', '年均增长', '总额', '总量', '额', '数', '数量', '人数', '规模', '水平', '目标', '指标',
]);

interface AliasEntry {
  alias: string;
  indicator: Indicator;
}

let exact: Map<string, Indicator> | null = null;
let byLength: AliasEntry[] = [];

function index(): Map<string, Indicator> {
  if (exact) return exact;
  exact = new Map();
  const entries: AliasEntry[] = [];
  for (const indicator of INDICATORS) {
    for (const written of [indicator.zh, ...indicator.aliases]) {
      const alias = normalizeIndicatorName(written);
      if (!alias || exact.has(alias)) continue; // first indicator listed keeps a shared alias
      exact.set(alias, indicator);
      entries.push({ alias, indicator });
    }
  }
  byLength = entries.sort((a, b) => b.alias.length - a.alias.length);
  return exact;
}

/** The registry indicator a normalized name denotes, or undefined. */
export function matchIndicator(normalized: string): Indicator | undefined {
  if (!normalized) return undefined;
  const hit = index().get(normalized);
  if (hit) return hit;
  for (const { alias, indicator } of byLength) {
    const at = normalized.indexOf(alias);
    if (at < 0) continue;
    if (NEUTRAL_PREFIXES.has(normalized.slice(0, at)) && NEUTRAL_SUFFIXES.has(normalized.slice(at + alias.length))) {
      return indicator;
    }
  }
  let best: { indicator: Indicator; weight: number } | undefined;
  for (const indicator of INDICATORS) {
    for (const group of indicator.requires ?? []) {
      if (!group.every((w) => normalized.includes(w))) continue;
      const weight = group.join('').length;
      if (!best || weight > best.weight) best = { indicator, weight };
    }
  }
  return best?.indicator;
}

/** Normalized aliases of every indicator (zh first), for mention finding and search. */
export function normalizedAliases(indicator: Indicator): string[] {
  return [...new Set([indicator.zh, ...indicator.aliases].map(normalizeIndicatorName).filter(Boolean))];
}
