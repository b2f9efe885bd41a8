// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRef, render } from 'preact';
import { act } from 'preact/test-utils';
import { SearchResults, type SearchResult, type SearchResultsProps } from '@/components/SearchResults';
import { resultsFromSearch } from '@/components/searchResultsFrom';
import { nextActiveIndex } from '@/components/listNavigation';
import type { HighlightRecord } from '@/lib/types';
import { fai, goldCompare, unemployment, P2024, T2024 } from './components-fixtures';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const highlight: HighlightRecord = {
  id: 'h1',
  url: 'https://www.jiaxing.gov.cn/art/2024/3/1/art_1_2.html',
  planId: P2024,
  selectors: [{ type: 'TextQuoteSelector', exact: '固定资产投资增长6%以上', prefix: '', suffix: '' }],
  exact: '固定资产投资增长6%以上',
  note: '比2022年低两个点',
  tags: ['投资', '对比'],
  color: 'yellow',
  createdAt: 1,
  updatedAt: 2,
};

const results: SearchResult[] = [
  { type: 'indicator', indicator: 'fixed-asset-investment', region: '嘉兴市', name: '固定资产投资', en: 'Fixed-asset investment', entries: fai.entries },
  { type: 'indicator', indicator: 'urban-surveyed-unemployment-rate', region: '嘉兴市', name: '城镇调查失业率', en: null, entries: unemployment.entries },
  {
    type: 'passage',
    planId: P2024,
    title: T2024,
    region: '嘉兴市',
    year: 2024,
    kind: 'annual-plan',
    url: null,
    index: 12,
    text: '全年固定资产投资增长6%以上，其中制造业投资增长8%以上。',
    offset: 2,
    length: 6,
  },
  { type: 'highlight', ...highlight },
];

function show(props: Partial<SearchResultsProps>) {
  const onOpen = vi.fn();
  const all: SearchResultsProps = { state: 'results', results, query: '固定资产投资', lang: 'zh', onOpen, compare: goldCompare, ...props };
  act(() => render(<SearchResults {...all} />, root));
  return { onOpen, container: root.querySelector('[data-state]')! };
}

const key = (el: Element, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));

describe('SearchResults', () => {
  it('results: indicator elements with data-indicator/data-region and one data-year per year, best first', () => {
    const { container } = show({});
    expect(container.getAttribute('data-state')).toBe('results');
    const options = [...container.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.getAttribute('data-result'))).toEqual(['indicator', 'indicator', 'passage', 'highlight']);
    const indicators = container.querySelectorAll('[data-indicator]');
    expect([...indicators].map((e) => [e.getAttribute('data-indicator'), e.getAttribute('data-region')])).toEqual([
      ['fixed-asset-investment', '嘉兴市'],
      ['urban-surveyed-unemployment-rate', '嘉兴市'],
    ]);
    const first = indicators[0];
    expect([...first.querySelectorAll('[data-year]')].map((e) => e.getAttribute('data-year'))).toEqual(['2024', '2022']);
    const change = first.querySelector('[data-year="2024"] [data-change]')!;
    expect([change.getAttribute('data-change'), change.getAttribute('data-ambition')]).toEqual(['lowered', 'less']);
    expect(first.querySelector('[data-year="2022"] [data-change]')).toBeNull();
    expect(indicators[1].querySelector('[data-year="2024"] [data-change]')!.getAttribute('data-ambition')).toBe('more');
    // Options hold no links (no interactive content inside a listbox option).
    expect(container.querySelector('[role="option"] a')).toBeNull();
  });

  it('passages and highlights: data-result, the match marked as text', () => {
    const { container } = show({});
    const passage = container.querySelector('[data-result="passage"]')!;
    expect(passage.textContent).toContain(T2024);
    expect([...passage.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['固定资产投资']);
    const hl = container.querySelector('[data-result="highlight"]')!;
    expect(hl.querySelector('mark')!.textContent).toBe('固定资产投资');
    expect(hl.textContent).toContain('比2022年低两个点');
    expect(hl.textContent).toContain('投资, 对比');
  });

  it.each([
    [{ state: 'loading' as const }, 'loading', '正在搜索…'],
    [{ state: 'error' as const, error: 'IndexedDB blocked' }, 'error', '搜索出错：IndexedDB blocked'],
    [{ state: 'error' as const }, 'error', '搜索出错，请稍后重试。'],
    [{ state: 'empty' as const, results: [], databaseEmpty: true }, 'empty', '还没有保存任何计划。打开一份政府计划通知，计划透镜会自动记录其中的目标。'],
    [{ state: 'empty' as const, results: [], query: '火星' }, 'empty', '没有找到与“火星”相关的指标、原文或标注。'],
    [{ state: 'empty' as const, results: [], query: '  ' }, 'empty', '输入指标名称或关键词，例如“固定资产投资”。'],
    [{ state: 'results' as const, results: [], query: '火星' }, 'empty', '没有找到与“火星”相关的指标、原文或标注。'],
  ])('state %j → data-state=%s with a helpful text', (props, state, text) => {
    const { container } = show(props);
    expect(container.getAttribute('data-state')).toBe(state);
    expect(container.querySelector('.pl-search-status')!.textContent).toBe(text);
    expect(container.querySelector('[role="listbox"]')).toBeNull();
  });

  it('arrow keys move aria-activedescendant; Enter opens the active result', () => {
    const { container, onOpen } = show({});
    const list = container.querySelector('[role="listbox"]')!;
    const active = () => list.getAttribute('aria-activedescendant');
    const selected = () => [...list.querySelectorAll('[aria-selected="true"]')].map((o) => o.id);
    expect(active()).toBe('pl-search-opt-0');
    expect(selected()).toEqual(['pl-search-opt-0']);
    key(list, 'ArrowDown');
    key(list, 'ArrowDown');
    expect(active()).toBe('pl-search-opt-2');
    expect(selected()).toEqual(['pl-search-opt-2']);
    key(list, 'Enter');
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0][0]).toMatchObject({ type: 'passage', index: 12 });
    key(list, 'End');
    expect(active()).toBe('pl-search-opt-3');
    key(list, 'ArrowDown');
    expect(active()).toBe('pl-search-opt-3');
    key(list, 'ArrowUp');
    expect(active()).toBe('pl-search-opt-2');
    key(list, 'Home');
    expect(active()).toBe('pl-search-opt-0');
    key(list, 'Enter');
    expect(onOpen.mock.calls[1][0]).toMatchObject({ type: 'indicator', indicator: 'fixed-asset-investment' });
    key(list, 'x');
    expect(active()).toBe('pl-search-opt-0');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('the search field drives the list too, and a click opens a result', () => {
    const input = document.createElement('input');
    input.type = 'search';
    document.body.append(input);
    const inputRef = createRef<HTMLInputElement>();
    inputRef.current = input;
    const { container, onOpen } = show({ inputRef });
    expect(input.getAttribute('aria-controls')).toBe('pl-search-list');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-search-opt-0');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-search-opt-1');
    // Home/End belong to the caret in a text field.
    key(input, 'End');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-search-opt-1');
    key(input, 'Enter');
    expect(onOpen.mock.calls[0][0]).toMatchObject({ indicator: 'urban-surveyed-unemployment-rate' });
    act(() => (container.querySelector('[data-result="highlight"]') as HTMLElement).click());
    expect(onOpen.mock.calls[1][0]).toMatchObject({ type: 'highlight', id: 'h1' });
    expect(container.querySelector('[role="listbox"]')!.getAttribute('aria-activedescendant')).toBe('pl-search-opt-3');
    input.remove();
  });

  it('maps lib/db/search sections in order: indicators, passages, highlights', () => {
    const mapped = resultsFromSearch({
      query: 'q',
      indicators: [{ indicator: 'gdp', region: '嘉兴市', name: '地区生产总值', en: 'GDP', match: 'exact', score: 9, entries: [] }],
      passages: [{ planId: P2024, title: T2024, region: '嘉兴市', year: 2024, kind: 'annual-plan', url: null, index: 3, text: 't', offset: 0, length: 1 }],
      highlights: [{ ...highlight, offset: 0, field: 'exact' }],
    });
    expect(mapped.map((r) => r.type)).toEqual(['indicator', 'passage', 'highlight']);
    expect(mapped[0]).toMatchObject({ indicator: 'gdp', name: '地区生产总值' });
  });
});

describe('nextActiveIndex', () => {
  it.each([
    ['ArrowDown', -1, 4, 0],
    ['ArrowDown', 0, 4, 1],
    ['ArrowDown', 3, 4, 3],
    ['ArrowUp', 2, 4, 1],
    ['ArrowUp', 0, 4, 0],
    ['Home', 3, 4, 0],
    ['End', 0, 4, 3],
    ['PageDown', 0, 20, 5],
    ['PageUp', 3, 20, 0],
    ['Enter', 1, 4, null],
    ['ArrowDown', 0, 0, null],
  ] as const)('%s from %i of %i → %s', (k, cur, count, next) => {
    expect(nextActiveIndex(k, cur, count)).toBe(next);
  });
});
