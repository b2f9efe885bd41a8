// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import type { PlanSummary } from '@/lib/db/plans';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { saveSettings } from '@/lib/settings-store';
import { coveredByDefault, formatBytes, hostOfPattern, knownHosts, plansByRegion } from '@/entrypoints/options/data-view';
import { P2022, P2024, T2022, T2024 } from './components-fixtures';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', async (orig) => ({ ...(await orig<typeof import('@/lib/messaging')>()), sendMessage: send }));
const { PlanLensError } = await import('@/lib/messaging');
const { App: Options } = await import('@/entrypoints/options/App');
const { Reader } = await import('@/entrypoints/reader/Reader');

const summary = (over: Partial<PlanSummary> & Pick<PlanSummary, 'id' | 'region' | 'year'>): PlanSummary => ({
  kind: 'annual-plan',
  title: `${over.region}${over.year}年计划`,
  issued: null,
  url: null,
  source: 'captured',
  capturedAt: 1,
  targets: 10,
  ...over,
});

const plans: PlanSummary[] = [
  summary({ id: P2022, region: '嘉兴市', year: 2022, title: T2022, source: 'bundled', targets: 80 }),
  summary({ id: '湖州市/2024/annual-plan', region: '湖州市', year: 2024, url: 'https://www.huzhou.gov.cn/art/2024/1/1/art_1_1.html', targets: 31 }),
  summary({ id: P2024, region: '嘉兴市', year: 2024, title: T2024, source: 'bundled', targets: 70 }),
];

describe('options helpers', () => {
  it('groups plans by region, newest year first, with target totals', () => {
    expect(plansByRegion(plans).map((g) => [g.region, g.plans.map((p) => p.year), g.targets])).toEqual([
      ['湖州市', [2024], 31],
      ['嘉兴市', [2024, 2022], 150],
    ]);
  });

  it('lists switched-off hosts and hosts plans came from', () => {
    expect(knownHosts(['WWW.Jiaxing.gov.cn'], plans)).toEqual(['www.huzhou.gov.cn', 'www.jiaxing.gov.cn']);
  });

  it.each([
    ['www.jiaxing.gov.cn', true],
    ['*.gov.cn', true],
    ['gov.cn', true],
    ['notgov.cn', false],
    ['plans.example.org', false],
  ])('coveredByDefault(%s) = %s', (host, covered) => {
    expect(coveredByDefault(host)).toBe(covered);
  });

  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [300 * 1024 ** 3, '300 GB'],
    [-1, '—'],
  ])('formatBytes(%i) = %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });

  it('reads the host back from a match pattern', () => {
    expect(hostOfPattern('*://*.example.org/*')).toBe('*.example.org');
    expect(hostOfPattern('*://plans.example.org/*')).toBe('plans.example.org');
  });
});

describe('options and reader pages', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'PlanLens', version: '0.1.0' });
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'zh' });
    send.mockReset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const flush = async (n = 8) => {
    for (let i = 0; i < n; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
  };

  it('options: lists plans by region, shows a refused import with its exact reason and changes nothing', async () => {
    const stats = { plans: { bundled: 2, captured: 1, imported: 0 }, targets: 181, passages: 400, highlights: 3, storage: null };
    send.mockImplementation((type: string) => {
      if (type === 'listPlans') return Promise.resolve(plans);
      if (type === 'stats') return Promise.resolve(stats);
      if (type === 'importBackup') return Promise.reject(new PlanLensError('invalid', 'The backup was not imported, nothing was changed: the file is not JSON (Unexpected token)'));
      return Promise.reject(new Error(`unexpected ${type}`));
    });
    await act(async () => render(<Options />, root));
    await flush();
    expect([...root.querySelectorAll('[data-section="plans"] [data-region]')].map((g) => g.getAttribute('data-region'))).toEqual(['湖州市', '嘉兴市']);
    expect([...root.querySelectorAll('[data-plan-id]')].map((r) => r.getAttribute('data-plan-id'))).toEqual(['湖州市/2024/annual-plan', P2024, P2022]);
    // Bundled plans cannot be deleted; the captured one can.
    expect(root.querySelectorAll('[data-action="delete-plan"]')).toHaveLength(1);
    expect(root.querySelector('[data-field="stats"]')?.textContent).toContain('3份计划 · 181项目标 · 3条标注');
    const input = root.querySelector('input[type="file"][name="import"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{broken'], 'b.json')], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(send).toHaveBeenCalledWith('importBackup', { text: '{broken', mode: 'merge' });
    expect(root.querySelector('[data-result="import-error"]')?.textContent).toBe(
      '导入失败：The backup was not imported, nothing was changed: the file is not JSON (Unexpected token)',
    );
    expect(send.mock.calls.filter(([t]) => t === 'listPlans')).toHaveLength(1);
  });

  it('options: a full disk is explained, not reported raw', async () => {
    send.mockImplementation((type: string) => {
      if (type === 'listPlans') return Promise.resolve([]);
      if (type === 'stats') return Promise.resolve({ plans: { bundled: 0, captured: 0, imported: 0 }, targets: 0, passages: 0, highlights: 0, storage: null });
      return Promise.reject(new PlanLensError('quota', 'QuotaExceededError'));
    });
    await act(async () => render(<Options />, root));
    await flush();
    await act(async () => void (root.querySelector('[data-action="export-json"]') as HTMLElement).click());
    await flush();
    expect(root.querySelector('[data-result="export-error"]')?.textContent).toMatch(/^磁盘空间已满：/);
  });

  it('reader: renders the paragraphs as text and marks the one holding #pos', async () => {
    const paragraphs = ['<b>标题</b>', '一、总体要求', '地区生产总值\t增长5.5%左右'];
    send.mockImplementation(() => Promise.resolve({ id: P2024, region: '嘉兴市', year: 2024, kind: 'annual-plan', title: T2024, issued: '2024-02-08', url: null, source: 'bundled', capturedAt: 0, hash: '', paragraphs }));
    location.hash = '#pos=12';
    await act(async () => render(<Reader search={`?plan=${encodeURIComponent(P2024)}&tabId=4`} />, root));
    await flush();
    expect(send).toHaveBeenCalledWith('getPlan', { id: P2024 });
    expect(root.querySelector('h1')?.textContent).toBe(T2024);
    const text = root.querySelector('.pl-text')!;
    expect(text.children).toHaveLength(3);
    expect(text.children[0].textContent).toBe('<b>标题</b>');
    expect(text.querySelector('b')).toBeNull();
    // '<b>标题</b>' is 0-8, '\n' 9, '一、总体要求' 10-15: position 12 is there.
    expect(text.querySelector('[data-target]')?.textContent).toBe('一、总体要求');
    expect(text.querySelector('[data-target] mark')?.textContent).toBe('一、总体要求');
    expect([...text.children[2].children].map((c) => c.textContent)).toEqual(['地区生产总值', '增长5.5%左右']);
    expect(root.querySelector('[data-field="source"]')?.textContent).toBe('随计划透镜附带的通知文本（原网址未知）');
  });

  it('reader: an unknown plan gets a clear message', async () => {
    send.mockImplementation(() => Promise.reject(new PlanLensError('not-found', 'No stored plan has the id "x".')));
    await act(async () => render(<Reader search="?plan=x" />, root));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('找不到计划“x”，它可能已被删除。');
  });
});
