/**
 * The cheap gate (design.md §1 step 1): runs on every government page, so it reads only the
 * title and the first few hundred characters of text. It shares kind patterns with detect.ts and
 * passes every page detectNotice could accept (it may pass more: detection decides).
 */
import { dropPinyinDebris, foldTraditional } from './fold';
import { kindOf, LEAD_CHARS } from './kinds';

export function looksLikePlanFamily(title: string, leadText: string, articleTitle?: string | null): boolean {
  if (kindOf(foldTraditional(dropPinyinDebris(title ?? '')))) return true;
  if (articleTitle && kindOf(foldTraditional(dropPinyinDebris(articleTitle)))) return true;
  // Printed titles wrap across lines: read the lead as one run of text.
  const lead = foldTraditional(dropPinyinDebris((leadText ?? '').slice(0, LEAD_CHARS))).replace(/\s+/g, '');
  return kindOf(lead) !== null;
}
