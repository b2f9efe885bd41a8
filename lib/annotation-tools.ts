/**
 * Which tool wrote an imported W3C annotation, and so how its TextPositionSelector counted
 * (issue 14). PlanLens counts offsets over the page text without script and style (design.md §4);
 * Hypothesis — and tools built on its anchoring code — over every Text node of the body. Pure.
 *
 * Detection looks at `generator`, `creator` and the annotation's `id` (Hypothesis ids are
 * https://hypothes.is/a/…, its users acct:…@hypothes.is). An unknown tool gets 'unknown': the
 * anchoring then checks both ways of counting against the quote (lib/annotate/anchor.ts).
 */
import type { PositionCounting } from './types';

/** Patterns over the annotation's generator/creator/id, and how that tool counts. */
export const TOOL_COUNTING: readonly { tool: string; pattern: RegExp; counting: PositionCounting }[] = [
  { tool: 'PlanLens', pattern: /^urn:planlens:|\bplanlens\b/i, counting: 'page-text' },
  { tool: 'Hypothesis', pattern: /hypothes\.is|\bhypothesis\b/i, counting: 'all-text' },
];

function names(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(names);
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return ['id', 'name', 'nickname', 'homepage', 'account'].flatMap((k) => (typeof o[k] === 'string' ? [o[k] as string] : []));
  }
  return [];
}

/** How the tool that wrote `annotation` counted positions. */
export function countingOf(annotation: { id?: unknown; generator?: unknown; creator?: unknown }): PositionCounting {
  const said = [...names(annotation.generator), ...names(annotation.creator), ...names(annotation.id)];
  for (const { pattern, counting } of TOOL_COUNTING) if (said.some((s) => pattern.test(s))) return counting;
  return 'unknown';
}
