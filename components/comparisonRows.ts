/**
 * The side panel's comparison table as data: columns are every year in the rows, each cell is
 * one year of one indicator with its change from the nearest earlier year. Pure.
 */
import type { ChangeKind, Comparison, IndicatorHistory } from '@/lib/types';
import { buildYears, type CompareFn, type YearGroup } from './historyYears';

export interface ComparisonRow {
  indicator: string;
  zhName: string;
  enName?: string;
  category: string | null;
  history: IndicatorHistory;
}

export interface TableCell {
  year: number;
  group: YearGroup | null;
  comparison: Comparison | null;
  comparedYear: number | null;
}

/** Filter value for rows without a category. */
export const NO_CATEGORY = '__none__';

export function tableYears(rows: readonly ComparisonRow[]): number[] {
  const years = new Set<number>();
  for (const r of rows) for (const e of r.history.entries) years.add(e.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * One cell per column. Years come from plans the table knows, so an indicator that first appears
 * after the first column is `new`, and one missing right after a year that had it is `dropped`.
 */
export function rowCells(row: ComparisonRow, years: readonly number[], compare: CompareFn): TableCell[] {
  const groups = new Map(buildYears(row.history, compare).map((g) => [g.year, g]));
  const cells: TableCell[] = [];
  let seen = false;
  for (const [i, year] of years.entries()) {
    const group = groups.get(year) ?? null;
    const prev = i > 0 ? groups.get(years[i - 1]) : undefined;
    let comparison: Comparison | null = group?.comparison ?? null;
    let comparedYear = group?.comparedYear ?? null;
    if (group?.primary && !comparison && !seen && i > 0) {
      comparison = { change: 'new', ambition: null, delta: null };
      comparedYear = years[i - 1];
    } else if (!group && prev?.primary) {
      comparison = { change: 'dropped', ambition: null, delta: null };
      comparedYear = years[i - 1];
    }
    if (group) seen = true;
    cells.push({ year, group, comparison, comparedYear });
  }
  return cells;
}

/** The change a row is filtered by: its cell in the focus year (the current notice's, else the latest). */
export function rowChange(cells: readonly TableCell[], focusYear?: number): ChangeKind | null {
  const cell = focusYear !== undefined ? cells.find((c) => c.year === focusYear) : cells[cells.length - 1];
  return cell?.comparison?.change ?? null;
}

export function categoryValue(row: ComparisonRow): string {
  return row.category ?? NO_CATEGORY;
}

/** Categories in first-seen order (the notice's own order). */
export function tableCategories(rows: readonly ComparisonRow[]): string[] {
  return [...new Set(rows.map(categoryValue))];
}
