// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import type { ComparisonRow } from '@/components/comparisonRows';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { saveSettings } from '@/lib/settings-store';
import { highlightsToJsonLd } from '@/lib/export-highlights';
import type { HighlightRecord, IndicatorHistory, TargetRecord } from '@/lib/types';
import { comparisonCsv, csvField } from '@/entrypoints/sidepanel/comparison-csv';
import { planKeys, rowsFromHistories, rowsFromTargets } from '@/entrypoints/sidepanel/rows';
import { P2022, P2024, T2024, entry, fai, goldCompare, income, unemployment, urbanization } from './components-fixtures';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', async (orig) => ({ ...(await orig<typeof import('@/lib/messaging')>()), sendMessage: send }));
const { Panel } = await import('@/entrypoints/sidepanel/Panel');

function target(over: Partial<TargetRecord> & Pick<TargetRecord, 'indicator' | 'name' | 'position'>): TargetRecord {
  return {
    id: `${P2024}#${over.position}`,
    planId: P2024,
    region: '嘉兴市',
    year: 2024,
    kind: 'annual-plan',
    category: null,
    text: '增长6%以上',
    value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' },
    origin: 'table',
    role: 'target',
    quote: `${over.name}\t增长6%以上`,
    ...over,
  };
}

const targets2024: TargetRecord[] = [
  target({ indicator: 'urban-surveyed-unemployment-rate', name: '城镇调查失业率', position: 900, category: '民生福祉' }),
  target({ indicator: 'fixed-asset-investment', name: '固定资产投资', position: 500, category: '质量效益' }),
  target({ indicator: 'x-abc123', name: '规上工业增加值', position: 700, category: null }),
  target({ indicator: 'fixed-asset-investment', name: '固定资产投资', position: 1500, origin: 'body', category: null }),
];

describe('side panel rows', () => {
  it('keeps the notice order, one row per indicator, registry names first, names as written otherwise', () => {
    expect(planKeys(targets2024)).toEqual(['fixed-asset-investment', 'x-abc123', 'urban-surveyed-unemployment-rate']);
    const rows = rowsFromTargets(targets2024, [fai, unemployment]);
    expect(rows.map((r) => [r.indicator, r.zhName, r.enName ?? null, r.category])).toEqual([
      ['fixed-asset-investment', '固定资产投资', 'Fixed asset investment', '质量效益'],
      ['x-abc123', '规上工业增加值', null, null],
      ['urban-surveyed-unemployment-rate', '城镇调查失业率', 'Surveyed urban unemployment rate', '民生福祉'],
    ]);
    expect(rows[0].history).toBe(fai);
    expect(rows[1].history).toEqual({ indicator: 'x-abc123', region: '嘉兴市', entries: [] });
  });

  it('without the plan targets: keeps histories holding this plan under their own key', () => {
    const rows = rowsFromHistories(P2022, [fai, income, urbanization, { indicator: 'gdp', region: '嘉兴市', entries: [] }]);
    // income's 2022 entries are linked urban/rural ones, not this plan's own all-residents indicator.
    expect(rows.map((r) => r.indicator)).toEqual(['fixed-asset-investment', 'urbanization-rate']);
    expect(rows.every((r) => r.category === null)).toBe(true);
  });
});

describe('comparison CSV', () => {
  const rows: ComparisonRow[] = [
    { indicator: 'fixed-asset-investment', zhName: '固定资产投资', enName: 'Fixed-asset investment', category: '质量效益', history: fai },
    { indicator: 'urban-surveyed-unemployment-rate', zhName: '城镇调查失业率', category: '民生福祉', history: unemployment },
    { indicator: 'urbanization-rate', zhName: '常住人口城镇化率', category: '综合发展', history: urbanization },
  ];

  it('is RFC 4180 with a BOM: header, one line per row, per year text, change and delta', () => {
    const csv = comparisonCsv(rows, 'zh', {}, goldCompare);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '指标,Indicator,key,类别 category,2022,2022 变化 change,2022 幅度 delta,2024,2024 变化 change,2024 幅度 delta',
      '固定资产投资,Fixed-asset investment,fixed-asset-investment,质量效益,增长8%以上,,,增长6%以上,lowered,−2个百分点',
      '城镇调查失业率,,urban-surveyed-unemployment-rate,民生福祉,控制在5.5%以内,,,5%以内,lowered,−0.5个百分点',
      '常住人口城镇化率,,urbanization-rate,综合发展,73%左右,,,,dropped,',
      '',
    ]);
  });

  it('applies the table filters (category; change in the current year)', () => {
    const byCategory = comparisonCsv(rows, 'en', { category: '民生福祉' }, goldCompare).split('\r\n');
    expect(byCategory.slice(1, -1).map((l) => l.split(',')[2])).toEqual(['urban-surveyed-unemployment-rate']);
    const dropped = comparisonCsv(rows, 'en', { change: 'dropped', currentYear: 2024 }, goldCompare).split('\r\n');
    expect(dropped.slice(1, -1).map((l) => l.split(',')[2])).toEqual(['urbanization-rate']);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-2', '-2'],
    ['-cmd', "'-cmd"],
    ['@x', "'@x"],
    [' padded', '" padded"'],
  ])('field %j → %j', (value, out) => {
    expect(csvField(value)).toBe(out);
  });
});

const PAGE = 'http://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_5858.html';
const hl = (id: string, over: Partial<HighlightRecord> = {}): HighlightRecord => ({
  id,
  url: PAGE,
  planId: P2024,
  selectors: [{ type: 'TextQuoteSelector', exact: `文字${id}`, prefix: '', suffix: '' }],
  exact: `文字${id}`,
  note: '',
  tags: [],
  color: 'yellow',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

describe('side panel app', () => {
  let root: HTMLElement;
  let highlights: HighlightRecord[];
  let state: Record<string, unknown>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'zh' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    highlights = [hl('a', { note: '旧笔记' }), hl('b')];
    state = { url: PAGE, detected: true, planId: P2024, region: '嘉兴市', year: 2024, kind: 'annual-plan', title: T2024, targets: 3, captured: true, tabId: 9, updatedAt: 1, orphans: ['b'] };
    send.mockReset();
    send.mockImplementation((type: string, payload: Record<string, unknown>) => {
      switch (type) {
        case 'getTabState':
          return Promise.resolve(state);
        case 'planTargets':
          return Promise.resolve(targets2024);
        case 'historyForKeys':
          return Promise.resolve(
            (payload.keys as string[]).map((k): IndicatorHistory => [fai, unemployment].find((h) => h.indicator === k) ?? { indicator: k, region: '嘉兴市', entries: [entry({ year: 2024, name: '规上工业增加值', text: '增长6%以上', value: { metric: 'growth', number: 6, unit: '%', bound: 'at-least' } })] }),
          );
        case 'listHighlights':
          return Promise.resolve(highlights);
        case 'updateHighlight':
          return Promise.resolve({ ...highlights.find((h) => h.id === payload.id)!, ...(payload.patch as object), updatedAt: 2 });
        case 'importBackup':
          return Promise.resolve({ format: 'planlens-backup', mode: 'merge', plans: 0, targets: 0, highlights: 1 });
        default:
          return Promise.reject(new Error(`unexpected ${type}`));
      }
    });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.useRealTimers();
  });

  const flush = async (n = 6) => {
    for (let i = 0; i < n; i++) await act(async () => void (await Promise.resolve()));
  };

  it('shows the notice comparison, rows with data-indicator and cells with data-year / data-change', async () => {
    await act(async () => render(<Panel search="?tabId=9" />, root));
    await flush();
    expect(send).toHaveBeenCalledWith('planTargets', { planId: P2024 });
    expect(send).toHaveBeenCalledWith('historyForKeys', { region: '嘉兴市', keys: ['fixed-asset-investment', 'x-abc123', 'urban-surveyed-unemployment-rate'] });
    const rows = [...root.querySelectorAll('tr[data-indicator]')];
    expect(rows.map((r) => r.getAttribute('data-indicator'))).toEqual(['fixed-asset-investment', 'x-abc123', 'urban-surveyed-unemployment-rate']);
    const fa2024 = rows[0].querySelector('[data-year="2024"]')!;
    expect(fa2024.textContent).toContain('增长6%以上');
    expect(fa2024.querySelector('[data-change]')?.getAttribute('data-change')).toBe('lowered');
    expect(rows[0].querySelector('[data-year="2022"]')?.textContent).toContain('增长8%以上');
  });

  it('lists the page highlights with orphans marked, and writes note edits once typing pauses', async () => {
    await act(async () => render(<Panel search="?tabId=9" />, root));
    await flush();
    const items = [...root.querySelectorAll('[data-highlight-id]')];
    expect(items.map((i) => [i.getAttribute('data-highlight-id'), i.hasAttribute('data-orphan')])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    const note = items[0].querySelector('textarea[name="note"]') as HTMLTextAreaElement;
    expect(note.value).toBe('旧笔记');
    for (const text of ['新', '新笔', '新笔记']) {
      note.value = text;
      await act(async () => void note.dispatchEvent(new Event('input', { bubbles: true })));
      await act(async () => void vi.advanceTimersByTime(100));
    }
    const tags = items[0].querySelector('input[name="tags"]') as HTMLInputElement;
    tags.value = '投资，对比';
    await act(async () => void tags.dispatchEvent(new Event('input', { bubbles: true })));
    expect(send.mock.calls.filter(([t]) => t === 'updateHighlight')).toHaveLength(0);
    await act(async () => void vi.advanceTimersByTime(450));
    await flush();
    expect(send.mock.calls.filter(([t]) => t === 'updateHighlight')).toEqual([['updateHighlight', { id: 'a', patch: { note: '新笔记', tags: ['投资', '对比'] } }]]);
  });

  it('imports a JSON-LD file in one importBackup and reports the counts', async () => {
    await act(async () => render(<Panel search="?tabId=9" />, root));
    await flush();
    const input = root.querySelector('input[type="file"][name="import-jsonld"]') as HTMLInputElement;
    const file = new File([JSON.stringify(highlightsToJsonLd([hl('x', { note: '导入的' })]))], 'h.jsonld', { type: 'application/ld+json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush(10);
    const call = send.mock.calls.find(([t]) => t === 'importBackup')!;
    expect(call[1].mode).toBe('merge');
    expect(JSON.parse(call[1].text).highlights.map((h: HighlightRecord) => [h.id, h.note, h.url])).toEqual([['x', '导入的', PAGE]]);
    expect(root.querySelector('[data-note="ok"]')?.textContent).toBe('已导入1条标注，其中本页1条。');
  });

  it('refuses a broken JSON-LD file without writing anything', async () => {
    await act(async () => render(<Panel search="?tabId=9" />, root));
    await flush();
    const input = root.querySelector('input[type="file"][name="import-jsonld"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"type":"Annotation","target":"x"}'], 'bad.jsonld')], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush(10);
    expect(send.mock.calls.some(([t]) => t === 'importBackup')).toBe(false);
    expect(root.querySelector('[data-note="error"]')?.textContent).toBe(
      '没有导入任何标注：annotation.target: must name a source page and selectors (a bare URL is not a highlight)',
    );
  });

  it('says so when the tab is not a notice', async () => {
    state = { ...state, detected: false, planId: null, region: null, year: null, kind: null, title: null, targets: 0, captured: false };
    await act(async () => render(<Panel search="?tabId=9" />, root));
    await flush();
    expect(root.querySelector('[data-panel="no-notice"]')?.textContent).toBe('当前标签页不是计划通知。打开一份计划通知，即可看到其中每项目标与往年的对比。');
    expect(root.querySelectorAll('tr[data-indicator]')).toHaveLength(0);
    expect(root.querySelectorAll('[data-highlight-id]')).toHaveLength(2);
  });
});
