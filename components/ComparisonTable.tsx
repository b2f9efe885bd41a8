/**
 * The side panel's comparison table (design.md §6): rows with `data-indicator`, one cell per
 * year with `data-year` and the ChangeBadge (`data-change`) inside. The category and change
 * filters are controlled selects: the caller owns their values.
 */
import type { ChangeKind } from '@/lib/types';
import { compareTargets } from '@/lib/compare';
import { changeLabel, kindLabel, t, type Lang } from '@/lib/i18n';
import { ChangeBadge } from './ChangeBadge';
import type { CompareFn } from './historyYears';
import { sourceHref, type ReaderUrl } from './YearList';
import {
  NO_CATEGORY,
  categoryValue,
  rowCells,
  rowChange,
  tableCategories,
  tableYears,
  type ComparisonRow,
  type TableCell,
} from './comparisonRows';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'raised',
  'lowered',
  'unchanged',
  'reworded',
  'quantified',
  'dequantified',
  'rebased',
  'new',
  'dropped',
];

export interface ComparisonTableProps {
  rows: readonly ComparisonRow[];
  lang: Lang;
  /** The current notice's year: the change filter looks at this column (default: the latest). */
  currentYear?: number;
  readerUrl: ReaderUrl;
  /** '' = all; NO_CATEGORY = rows without a category. */
  categoryFilter: string;
  /** '' = all. */
  changeFilter: ChangeKind | '';
  onCategoryFilterChange: (value: string) => void;
  onChangeFilterChange: (value: ChangeKind | '') => void;
  compare?: CompareFn;
}

function Cell({ cell, zhName, lang, readerUrl }: { cell: TableCell; zhName: string; lang: Lang; readerUrl: ReaderUrl }) {
  const docs = cell.group?.docs ?? [];
  return (
    <td data-year={String(cell.year)} class={cell.group ? 'pl-cell' : 'pl-cell pl-cell--empty'}>
      {docs.map((d) => (
        <div key={d.planId} class="pl-doc" data-kind={d.kind}>
          {docs.length > 1 && <span class="pl-doc-kind">{kindLabel(d.kind, lang)}</span>}
          {d.entries.map((e, i) => (
            <div key={i} class="pl-entry" data-role={e.role === 'actual' ? 'actual' : undefined}>
              {e.role === 'actual' && <span class="pl-entry-role">{t('card.actual', lang)}</span>}
              {e.name && e.name !== zhName && <span class="pl-entry-name">{e.name}</span>}
              <a class="pl-entry-text" href={sourceHref(e, readerUrl)} target="_blank" rel="noopener noreferrer" title={e.planTitle}>
                {e.text}
              </a>
            </div>
          ))}
        </div>
      ))}
      {cell.comparison && <ChangeBadge comparison={cell.comparison} lang={lang} vsYear={cell.comparedYear} />}
    </td>
  );
}

export function ComparisonTable(props: ComparisonTableProps) {
  const { rows, lang, categoryFilter, changeFilter } = props;
  const compare = props.compare ?? compareTargets;
  const years = tableYears(rows);
  const all = rows.map((row) => {
    const cells = rowCells(row, years, compare);
    return { row, cells, change: rowChange(cells, props.currentYear) };
  });
  const categories = tableCategories(rows);
  const counts = new Map<ChangeKind, number>();
  for (const r of all) if (r.change) counts.set(r.change, (counts.get(r.change) ?? 0) + 1);
  const shown = all.filter(
    (r) => (!categoryFilter || categoryValue(r.row) === categoryFilter) && (!changeFilter || r.change === changeFilter),
  );

  return (
    <div class="pl pl-compare">
      <div class="pl-filters">
        <label class="pl-filter">
          <span>{t('table.filterCategory', lang)}</span>
          <select
            name="category"
            value={categoryFilter}
            onChange={(e) => props.onCategoryFilterChange((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('table.allCategories', lang)}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c === NO_CATEGORY ? t('table.uncategorized', lang) : c}
              </option>
            ))}
          </select>
        </label>
        <label class="pl-filter">
          <span>{t('table.filterChange', lang)}</span>
          <select
            name="change"
            value={changeFilter}
            onChange={(e) => props.onChangeFilterChange((e.currentTarget as HTMLSelectElement).value as ChangeKind | '')}
          >
            <option value="">{t('table.allChanges', lang)}</option>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {`${changeLabel(k, lang)} (${counts.get(k) ?? 0})`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="pl-table-scroll">
        <table class="pl-table">
          <caption>{t('table.caption', lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.indicator', lang)}</th>
              {years.map((y) => (
                <th key={y} scope="col" class={y === props.currentYear ? 'pl-col--current' : undefined}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, cells }) => (
              <tr key={row.indicator} data-indicator={row.indicator}>
                <th scope="row">
                  <span class="pl-row-name">{row.zhName}</span>
                  {row.enName && <span class="pl-row-en">{row.enName}</span>}
                  {row.category && <span class="pl-row-category">{row.category}</span>}
                </th>
                {cells.map((c) => (
                  <Cell key={c.year} cell={c} zhName={row.zhName} lang={lang} readerUrl={props.readerUrl} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p class="pl-table-empty">{t('table.noRows', lang)}</p>}
    </div>
  );
}
