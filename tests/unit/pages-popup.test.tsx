// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import type { SearchResult } from '@/components/SearchResults';
import type { SearchResults as DbSearchResults } from '@/lib/db/search';
import { loadSettings, saveSettings } from '@/lib/settings-store';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { latestEntry, openTargetOf, sentenceAround } from '@/entrypoints/popup/open-result';
import { fai, newJobs, P2024, T2024 } from './components-fixtures';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', async (orig) => ({ ...(await orig<typeof import('@/lib/messaging')>()), sendMessage: send }));
const { App } = await import('@/entrypoints/popup/App');
const { PlanLensError } = await import('@/lib/messaging');

const passage = (over: Partial<Extract<SearchResult, { type: 'passage' }>> = {}): Extract<SearchResult, { type: 'passage' }> => ({
  type: 'passage',
  planId: P2024,
  title: T2024,
  region: '嘉兴市',
  year: 2024,
  kind: 'annual-plan',
  url: null,
  index: 2,
  text: '全年地区生产总值增长5.5%左右。固定资产投资增长6%以上，其中制造业投资增长8%以上。',
  offset: 17,
  length: 6,
  ...over,
});

describe('popup: where a result opens', () => {
  it.each([
    ['甲。乙丙丁；戊', 3, '乙丙丁；'],
    ['甲。乙丙丁；戊', 0, '甲。'],
    ['甲。乙丙丁；戊', 7, '戊'],
    ['没有标点的一句话', 4, '没有标点的一句话'],
  ])('sentenceAround(%s, %i) = %s', (text, offset, sentence) => {
    expect(sentenceAround(text, offset)).toBe(sentence);
  });

  it('an indicator opens its latest year: the plan target before the work report', () => {
    expect(latestEntry(newJobs.entries)?.kind).toBe('annual-plan');
    expect(latestEntry(newJobs.entries)?.year).toBe(2024);
    expect(latestEntry([])).toBeNull();
    const r: SearchResult = { type: 'indicator', indicator: 'fixed-asset-investment', region: '嘉兴市', name: '固定资产投资', entries: fai.entries };
    expect(openTargetOf(r)).toEqual({ kind: 'reader', planId: P2024, position: 3024 });
    const withUrl = { ...r, entries: fai.entries.map((e) => ({ ...e, url: 'https://www.jiaxing.gov.cn/a.html' })) };
    expect(openTargetOf(withUrl)).toEqual({
      kind: 'url',
      url: 'https://www.jiaxing.gov.cn/a.html#:~:text=%E5%9B%BA%E5%AE%9A%E8%B5%84%E4%BA%A7%E6%8A%95%E8%B5%84',
    });
  });

  it('a passage opens its sentence as a text fragment, or the reader for a bundled plan', () => {
    expect(openTargetOf(passage())).toEqual({ kind: 'reader-paragraph', planId: P2024, paragraph: 2, offset: 17 });
    expect(openTargetOf(passage({ url: 'https://www.jiaxing.gov.cn/b.html' }))).toEqual({
      kind: 'url',
      url: `https://www.jiaxing.gov.cn/b.html#:~:text=${encodeURIComponent('固定资产投资增长6%以上')},${encodeURIComponent('其中制造业投资增长8%以上')}`,
    });
  });

  it('a highlight opens its page at the highlighted text', () => {
    const h: SearchResult = {
      type: 'highlight',
      id: 'h',
      url: 'https://www.jiaxing.gov.cn/c.html',
      planId: null,
      selectors: [],
      exact: '城镇调查失业率',
      note: '',
      tags: [],
      color: 'yellow',
      createdAt: 0,
      updatedAt: 0,
    };
    expect(openTargetOf(h)).toEqual({ kind: 'url', url: `https://www.jiaxing.gov.cn/c.html#:~:text=${encodeURIComponent('城镇调查失业率')}` });
  });
});

function dbResults(query: string, passages = [passage()]): DbSearchResults {
  return {
    query,
    indicators: [{ indicator: 'fixed-asset-investment', region: '嘉兴市', name: '固定资产投资', en: 'Fixed-asset investment', match: 'exact', score: 100, entries: fai.entries }],
    passages: passages.map(({ type: _t, ...p }) => ({ ...p, offset: p.offset ?? 0, length: p.length ?? 0 })),
    highlights: [],
  };
}

const tabState = {
  url: 'http://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_5858.html',
  detected: true,
  planId: P2024,
  region: '嘉兴市',
  year: 2024,
  kind: 'annual-plan',
  title: T2024,
  targets: 48,
  captured: true,
  tabId: 5,
  updatedAt: 1,
};

describe('popup app', () => {
  let root: HTMLElement;
  const searches: { query: string; resolve: (r: DbSearchResults) => void; reject: (e: unknown) => void }[] = [];

  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'zh' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    searches.length = 0;
    send.mockReset();
    send.mockImplementation((type: string, payload: { query?: string }) => {
      if (type === 'getTabState') return Promise.resolve(tabState);
      if (type === 'stats') return Promise.resolve({ plans: { bundled: 2, captured: 0, imported: 0 }, targets: 150, passages: 300, highlights: 0, storage: null });
      if (type === 'getPlan') return Promise.resolve({ id: P2024, paragraphs: ['标题', '第一段', passage().text] });
      if (type === 'search') return new Promise((resolve, reject) => searches.push({ query: payload.query!, resolve, reject }));
      return Promise.reject(new Error(`unexpected ${type}`));
    });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.useRealTimers();
  });

  const flush = () => act(async () => void (await Promise.resolve()));
  const type = async (text: string) => {
    const input = root.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = text;
    await act(async () => void input.dispatchEvent(new Event('input', { bubbles: true })));
  };
  const state = () => root.querySelector('[data-state]')?.getAttribute('data-state');

  async function mount() {
    await act(async () => render(<App search="?tabId=5" />, root));
    for (let i = 0; i < 5; i++) await flush();
  }

  it('focuses its one search field and shows the tab state with the site switch', async () => {
    await mount();
    expect(root.querySelectorAll('input[type="search"]')).toHaveLength(1);
    expect(document.activeElement).toBe(root.querySelector('input[type="search"]'));
    expect(send).toHaveBeenCalledWith('getTabState', { tabId: 5 });
    const tab = root.querySelector('[data-tab-state]')!;
    expect(tab.getAttribute('data-tab-state')).toBe('notice');
    expect(tab.querySelector('[data-field="region"]')?.textContent).toBe('嘉兴市');
    expect(tab.querySelector('[data-field="targets"]')?.textContent).toBe('48项目标');
    const site = tab.querySelector('button[role="switch"]')!;
    expect(site.textContent).toContain('www.jiaxing.gov.cn');
    expect(site.getAttribute('aria-checked')).toBe('true');
    await act(async () => void (site as HTMLElement).click());
    await flush();
    expect((await loadSettings()).disabledHosts).toEqual(['www.jiaxing.gov.cn']);
  });

  it('debounces typing and drops answers to queries typed past', async () => {
    await mount();
    await type('固定');
    await act(async () => void vi.advanceTimersByTime(50));
    await type('固定资产投资');
    expect(searches).toHaveLength(0);
    expect(state()).toBe('loading');
    await act(async () => void vi.advanceTimersByTime(130));
    expect(searches.map((s) => s.query)).toEqual(['固定资产投资']);
    expect(send).toHaveBeenCalledWith('search', { query: '固定资产投资', limit: 10, region: '嘉兴市' });
    await type('GDP');
    await act(async () => void vi.advanceTimersByTime(130));
    expect(searches.map((s) => s.query)).toEqual(['固定资产投资', 'GDP']);
    // The newer answer lands first; the older one arrives late and must be ignored.
    searches[1].resolve({ query: 'GDP', indicators: [], passages: [], highlights: [] });
    await flush();
    expect(state()).toBe('empty');
    searches[0].resolve(dbResults('固定资产投资'));
    await flush();
    expect(state()).toBe('empty');
    expect(root.querySelector('[data-query]')?.getAttribute('data-query')).toBe('GDP');
  });

  it('shows results, opens a bundled passage in the reader at its position with Enter', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await mount();
    await type('固定资产投资');
    await act(async () => void vi.advanceTimersByTime(130));
    searches[0].resolve(dbResults('固定资产投资'));
    await flush();
    expect(state()).toBe('results');
    const first = root.querySelector('[data-state] [data-result]')!;
    expect(first.getAttribute('data-indicator')).toBe('fixed-asset-investment');
    expect(first.getAttribute('data-region')).toBe('嘉兴市');
    const input = root.querySelector('input[type="search"]')!;
    await act(async () => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    await act(async () => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    for (let i = 0; i < 4; i++) await flush();
    expect(send).toHaveBeenCalledWith('getPlan', { id: P2024 });
    // paragraphs '标题' (0-2), '第一段' (3-6), the passage from 7; the hit is 17 in: 24.
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://test-extension-id/reader.html?plan=${encodeURIComponent(P2024)}#pos=24` });
  });

  it('tells a failed search from an empty one and retries', async () => {
    await mount();
    await type('投资');
    await act(async () => void vi.advanceTimersByTime(130));
    searches[0].reject(new PlanLensError('timeout', 'late'));
    await flush();
    await flush();
    expect(state()).toBe('error');
    expect(root.querySelector('[data-state] [role="alert"]')?.textContent).toBe('搜索出错：计划透镜没有及时响应，请重试。');
    await act(async () => void (root.querySelector('[data-action="retry"]') as HTMLElement).click());
    await act(async () => void vi.advanceTimersByTime(1));
    expect(searches.map((s) => s.query)).toEqual(['投资', '投资']);
    searches[1].resolve(dbResults('投资'));
    await flush();
    expect(state()).toBe('results');
  });
});
