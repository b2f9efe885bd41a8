// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ComparisonTable, type ComparisonTableProps } from '@/components/ComparisonTable';
import { NO_CATEGORY, rowCells, tableYears, type ComparisonRow } from '@/components/comparisonRows';
import { fai, goldCompare, income, onlyCurrent, readerUrl, unemployment, urbanization } from './components-fixtures';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const rows: ComparisonRow[] = [
  { indicator: 'urbanization-rate', zhName: '常住人口城镇化率', category: '综合发展', history: urbanization },
  { indicator: 'fixed-asset-investment', zhName: '固定资产投资', enName: 'Fixed-asset investment', category: '质量效益', history: fai },
  { indicator: 'urban-surveyed-unemployment-rate', zhName: '城镇调查失业率', category: '民生福祉', history: unemployment },
  { indicator: 'per-capita-disposable-income', zhName: '居民人均可支配收入', category: '民生福祉', history: income },
  { indicator: 'x-gsgyzjz', zhName: '规上工业增加值', category: null, history: onlyCurrent },
];

function show(over: Partial<ComparisonTableProps> = {}) {
  const props: ComparisonTableProps = {
    rows,
    lang: 'zh',
    currentYear: 2024,
    readerUrl,
    categoryFilter: '',
    changeFilter: '',
    onCategoryFilterChange: vi.fn(),
    onChangeFilterChange: vi.fn(),
    compare: goldCompare,
    ...over,
  };
  act(() => render(<ComparisonTable {...props} />, root));
  return props;
}

const rowChange = (indicator: string, year: number) => {
  const badge = root.querySelector(`tr[data-indicator="${indicator}"] td[data-year="${year}"] [data-change]`);
  return badge && [badge.getAttribute('data-change'), badge.getAttribute('data-ambition')];
};

describe('ComparisonTable', () => {
  it('rows with data-indicator, one data-year cell per year column, badges inside the cells', () => {
    show();
    const trs = [...root.querySelectorAll('tbody tr')];
    expect(trs.map((tr) => tr.getAttribute('data-indicator'))).toEqual(rows.map((r) => r.indicator));
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['指标', '2022', '2024']);
    for (const tr of trs) expect([...tr.querySelectorAll('[data-year]')].map((td) => td.getAttribute('data-year'))).toEqual(['2022', '2024']);
    expect(root.querySelectorAll('thead [data-year]')).toHaveLength(0);

    expect(rowChange('fixed-asset-investment', 2024)).toEqual(['lowered', 'less']);
    expect(rowChange('urban-surveyed-unemployment-rate', 2024)).toEqual(['lowered', 'more']);
    expect(rowChange('per-capita-disposable-income', 2024)).toEqual(['rebased', null]);
    expect(rowChange('urbanization-rate', 2024)).toEqual(['dropped', null]);
    expect(rowChange('x-gsgyzjz', 2024)).toEqual(['new', null]);
    for (const r of rows) expect(rowChange(r.indicator, 2022)).toBeNull();

    const fai2024 = root.querySelector('tr[data-indicator="fixed-asset-investment"] td[data-year="2024"]')!;
    expect(fai2024.textContent).toContain('增长6%以上');
    expect(fai2024.querySelector('a')!.getAttribute('href')).toBe(readerUrl('嘉兴市/2024/annual-plan', 3024));
    expect(root.querySelector('tr[data-indicator="x-gsgyzjz"] td[data-year="2022"]')!.textContent).toBe('');
    const income2022 = root.querySelector('tr[data-indicator="per-capita-disposable-income"] td[data-year="2022"]')!;
    expect([...income2022.querySelectorAll('.pl-entry-name')].map((e) => e.textContent)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });

  it('filters by category (controlled) including rows without one', () => {
    show({ categoryFilter: '民生福祉' });
    expect([...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-indicator'))).toEqual([
      'urban-surveyed-unemployment-rate',
      'per-capita-disposable-income',
    ]);
    show({ categoryFilter: NO_CATEGORY });
    expect([...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-indicator'))).toEqual(['x-gsgyzjz']);
    const options = [...root.querySelectorAll('select[name="category"] option')].map((o) => [o.getAttribute('value'), o.textContent]);
    expect(options).toEqual([
      ['', '全部类别'],
      ['综合发展', '综合发展'],
      ['质量效益', '质量效益'],
      ['民生福祉', '民生福祉'],
      [NO_CATEGORY, '未分类'],
    ]);
  });

  it('filters by the current year’s change kind, with counts in the options', () => {
    show({ changeFilter: 'lowered' });
    expect([...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-indicator'))).toEqual([
      'fixed-asset-investment',
      'urban-surveyed-unemployment-rate',
    ]);
    const labels = [...root.querySelectorAll('select[name="change"] option')].map((o) => o.textContent);
    expect(labels).toEqual(['全部变化', '上调 (0)', '下调 (2)', '持平 (0)', '表述调整 (0)', '改为量化 (0)', '不再量化 (0)', '口径变化 (1)', '新增 (1)', '取消 (1)']);
    show({ changeFilter: 'raised' });
    expect(root.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(root.querySelector('.pl-table-empty')!.textContent).toBe('没有符合筛选条件的指标。');
  });

  it('reports filter changes to the caller', () => {
    const props = show();
    const cat = root.querySelector('select[name="category"]') as HTMLSelectElement;
    act(() => {
      cat.value = '质量效益';
      cat.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onCategoryFilterChange).toHaveBeenCalledWith('质量效益');
    const change = root.querySelector('select[name="change"]') as HTMLSelectElement;
    act(() => {
      change.value = 'dropped';
      change.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onChangeFilterChange).toHaveBeenCalledWith('dropped');
  });
});

describe('rowCells', () => {
  it('a gap year after a year with the indicator is dropped; a later year is compared with the last known one', () => {
    const gap: ComparisonRow = {
      indicator: 'fixed-asset-investment',
      zhName: '固定资产投资',
      category: null,
      history: fai,
    };
    const years = [2022, 2023, 2024];
    const cells = rowCells(gap, years, goldCompare);
    expect(cells.map((c) => [c.year, c.comparison?.change ?? null, c.comparedYear])).toEqual([
      [2022, null, null],
      [2023, 'dropped', 2022],
      [2024, 'lowered', 2022],
    ]);
    expect(tableYears([gap, { ...gap, history: onlyCurrent }])).toEqual([2022, 2024]);
  });
});
