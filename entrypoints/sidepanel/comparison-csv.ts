/**
 * The side panel's comparison table as CSV (pure): RFC 4180 (CRLF, quoted fields where needed,
 * quotes doubled), UTF-8 BOM so spreadsheet programs read the Chinese, and cells that a
 * spreadsheet would run as formulas defused. Columns: 指标, Indicator, key, 类别, then per year
 * the target as written, its change from the previous known year and the change's size.
 */
import { categoryValue, rowCells, rowChange, tableYears, type ComparisonRow } from '@/components/comparisonRows';
import type { CompareFn } from '@/components/historyYears';
import { compareTargets, describeDelta } from '@/lib/compare';
import { t, type Lang } from '@/lib/i18n';
import type { ChangeKind } from '@/lib/types';

const BOM = '\ufeff';

/** A leading = + - @ (or tab/CR) makes a spreadsheet formula out of page text: prefix a quote. */
function defuse(cell: string): string {
  const first = cell.charAt(0);
  if (first === '=' || first === '@' || first === '\t' || first === '\r') return `'${cell}`;
  if ((first === '+' || first === '-') && !/^[+-][\d.,%]+$/.test(cell)) return `'${cell}`;
  return cell;
}

export function csvField(value: string): string {
  const cell = defuse(value);
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export interface CsvFilters {
  category?: string;
  change?: ChangeKind | '';
  currentYear?: number;
}

/** The rows the table shows under the same filters (ComparisonTable's rule), as CSV text. */
export function comparisonCsv(rows: readonly ComparisonRow[], lang: Lang, filters: CsvFilters = {}, compare: CompareFn = compareTargets): string {
  const years = tableYears(rows);
  const header = ['指标', 'Indicator', 'key', '类别 category', ...years.flatMap((y) => [String(y), `${y} 变化 change`, `${y} 幅度 delta`])];
  const lines = [header];
  for (const row of rows) {
    const cells = rowCells(row, years, compare);
    if (filters.category && categoryValue(row) !== filters.category) continue;
    if (filters.change && rowChange(cells, filters.currentYear) !== filters.change) continue;
    const perYear = cells.flatMap((c) => {
      const entries = c.group?.docs.flatMap((d) => d.entries) ?? [];
      const text = entries.map((e) => (e.role === 'actual' ? `${t('card.actual', lang)} ${e.text}` : e.text)).join(' / ');
      const delta = c.comparison?.delta && c.comparison.delta.value !== 0 ? describeDelta(c.comparison.delta, lang) : '';
      return [text, c.comparison?.change ?? '', delta];
    });
    lines.push([row.zhName, row.enName ?? '', row.indicator, row.category ?? '', ...perYear]);
  }
  return BOM + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
