/** The CLI's output shapes (design.md §6): extract as JSON or CSV. */
import type { ExtractedNotice, ExtractedTarget, PlanMeta } from '../types';

export function planJson(plan: PlanMeta) {
  const { id, region, year, kind, title, issued, url } = plan;
  return { id, region, year, kind, title, issued, url };
}

function targetJson(t: ExtractedTarget) {
  const { indicator, name, category, text, value, origin, role, year, period, horizon, region, quote, position, trace } = t;
  return {
    indicator, name, category, text, value, origin, role, year,
    ...(period ? { period, horizon } : {}),
    region, quote, position,
    ...(trace ? { explain: trace } : {}),
  };
}

export function extractJson(notice: ExtractedNotice) {
  return {
    plan: planJson(notice.plan),
    targets: notice.targets.map(targetJson),
    ...(notice.dropped ? { dropped: notice.dropped } : {}),
  };
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab/CR) as a formula: page text that does
 * gets a leading apostrophe (CSV injection). Plain numbers such as -5 or +3.5% stay as they are.
 */
export function defuseFormula(s: string): string {
  const first = s.charAt(0);
  if (first === '=' || first === '@' || first === '\t' || first === '\r') return `'${s}`;
  if ((first === '+' || first === '-') && !/^[+-][\d.,%]+$/.test(s)) return `'${s}`;
  return s;
}

/** One RFC 4180 field: formulas defused, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : typeof value === 'number' ? String(value) : defuseFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `year` and `region` are the figure's own; `plan_year` is the year of the document that states it. */
export const CSV_COLUMNS = ['region', 'year', 'kind', 'category', 'indicator', 'name', 'text', 'role', 'origin', 'plan_year'] as const;

/** RFC 4180: CRLF line ends, a header row. */
export function extractCsv(notice: ExtractedNotice): string {
  const { year: planYear, kind } = notice.plan;
  const rows = notice.targets.map((t) =>
    [t.region, t.year, kind, t.category, t.indicator, t.name, t.text, t.role, t.origin, planYear].map(csvField).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
