// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { TargetCard, CARD_ID } from '@/components/TargetCard';
import { calls, fai, goldCompare, income, newJobs, onlyCurrent, readerUrl, unemployment, P2024 } from './components-fixtures';
import { encodeFragmentTerm } from '@/lib/format';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  calls.length = 0;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const years = (el: ParentNode) => [...el.querySelectorAll('[data-year]')].map((e) => e.getAttribute('data-year'));
const yearEl = (el: ParentNode, y: number) => el.querySelector(`[data-year="${y}"]`)!;

describe('TargetCard', () => {
  it('固定资产投资 2022 → 2024: one element per year, lowered/less inside 2024, 本通知 on 2024', () => {
    render(
      <TargetCard history={fai} zhName="固定资产投资" enName="Fixed-asset investment" currentYear={2024} currentPlanId={P2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />,
      root,
    );
    const card = root.querySelector('[role="tooltip"]')!;
    expect(card.id).toBe(CARD_ID);
    expect(card.querySelector('.pl-card-title')!.textContent).toBe('固定资产投资');
    expect(card.querySelector('.pl-card-en')!.textContent).toBe('Fixed-asset investment');
    expect(card.querySelector('.pl-card-region')!.textContent).toBe('嘉兴市');
    expect(years(card)).toEqual(['2024', '2022']);
    expect(yearEl(card, 2024).textContent).toContain('增长6%以上');
    expect(yearEl(card, 2022).textContent).toContain('增长8%以上');

    const badges = card.querySelectorAll('[data-change]');
    expect(badges).toHaveLength(1);
    const badge = yearEl(card, 2024).querySelector('[data-change]')!;
    expect(badge.getAttribute('data-change')).toBe('lowered');
    expect(badge.getAttribute('data-ambition')).toBe('less');
    expect(badge.textContent).toBe('↓下调−2个百分点要求降低');
    expect(badge.getAttribute('aria-label')).toBe('较2022年下调 −2个百分点，要求降低');
    expect(badge.classList.contains('pl-badge--less')).toBe(true);
    expect(yearEl(card, 2022).querySelector('[data-change]')).toBeNull();

    expect(yearEl(card, 2024).querySelector('.pl-this')!.textContent).toBe('本通知');
    expect(card.querySelectorAll('.pl-this')).toHaveLength(1);
    expect(card.textContent).not.toContain('暂无往年数据');
    // Compared earlier → later.
    expect(calls).toEqual([['增长8%以上', '增长6%以上', '固定资产投资']]);
  });

  it('a sparkline appears for two numeric years, with the numbers in its label', () => {
    render(<TargetCard history={fai} zhName="固定资产投资" lang="zh" readerUrl={readerUrl} compare={goldCompare} />, root);
    const svg = root.querySelector('svg.pl-spark')!;
    expect(svg.getAttribute('aria-label')).toBe('历年目标走势：2022 8，2024 6');
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect(svg.querySelector('polyline')!.getAttribute('points')).toBe('3,3 93,21');
    // The sparkline carries no data-year of its own.
    expect(years(root)).toEqual(['2024', '2022']);
  });

  it('城镇调查失业率: lowered but asks for more (lower is better), green', () => {
    render(<TargetCard history={unemployment} zhName="城镇调查失业率" currentYear={2024} lang="en" readerUrl={readerUrl} compare={goldCompare} />, root);
    const badge = yearEl(root, 2024).querySelector('[data-change]')!;
    expect(badge.getAttribute('data-change')).toBe('lowered');
    expect(badge.getAttribute('data-ambition')).toBe('more');
    expect(badge.classList.contains('pl-badge--more')).toBe(true);
    expect(badge.getAttribute('aria-label')).toBe('lowered −0.5 pp vs 2022, asks for more');
    expect(yearEl(root, 2024).querySelector('.pl-this')!.textContent).toBe('this notice');
  });

  it('bundled plans link to the reader page at the position; URLs get a text fragment', () => {
    render(<TargetCard history={newJobs} zhName="城镇新增就业人数" currentYear={2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />, root);
    const links = [...root.querySelectorAll('a.pl-source')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `reader.html?plan=${encodeURIComponent('嘉兴市/2024/annual-plan')}#pos=3024`,
      'https://www.jiaxing.gov.cn/art/2024/1/20/art_3_4.html#:~:text=' + encodeFragmentTerm('城镇新增就业11万人') + ',' + encodeFragmentTerm('城镇调查失业率控制在5%以内'),
      `reader.html?plan=${encodeURIComponent('嘉兴市/2022/annual-plan')}#pos=3022`,
      // 22 code units: short enough to be the whole start term, full-width comma encoded.
      'https://www.jiaxing.gov.cn/art/2023/1/10/art_1_2.html#:~:text=' + encodeFragmentTerm('城镇新增就业12.3万人，完成年度目标的123%'),
    ]);
    for (const a of root.querySelectorAll('a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('several documents in a year: one data-kind child each; an outcome is data-role="actual"', () => {
    render(<TargetCard history={newJobs} zhName="城镇新增就业人数" currentYear={2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />, root);
    expect(years(root)).toEqual(['2024', '2022']);
    const y2024 = yearEl(root, 2024);
    expect([...y2024.querySelectorAll('[data-kind]')].map((d) => d.getAttribute('data-kind'))).toEqual(['annual-plan', 'work-report']);
    // The work report writes the name differently: it shows its own name.
    expect(y2024.querySelector('[data-kind="work-report"]')!.textContent).toContain('城镇新增就业');
    expect(y2024.querySelector('[data-kind="work-report"] .pl-entry-name')!.textContent).toBe('城镇新增就业');
    expect(y2024.querySelector('[data-kind="annual-plan"] .pl-entry-name')).toBeNull();
    const y2022 = yearEl(root, 2022);
    expect([...y2022.querySelectorAll('[data-kind]')].map((d) => d.getAttribute('data-kind'))).toEqual(['annual-plan', 'plan-execution']);
    const actual = y2022.querySelectorAll('[data-role="actual"]');
    expect(actual).toHaveLength(1);
    expect(actual[0].textContent).toContain('实际完成');
    expect(actual[0].textContent).toContain('12.3万人');
    // Compared by the annual plans' targets, not the outcome or the report.
    expect(calls).toEqual([['10万人', '11万人', '城镇新增就业人数']]);
    const badge = y2024.querySelector('[data-change]')!;
    expect([badge.getAttribute('data-change'), badge.getAttribute('data-ambition')]).toEqual(['raised', 'more']);
    expect(badge.textContent).toContain('+1万人');
    // No currentPlanId: the first document of the current year is this notice.
    expect(root.querySelectorAll('.pl-this')).toHaveLength(1);
    expect(y2024.querySelector('[data-kind="annual-plan"] .pl-this')).not.toBeNull();
  });

  it('linked indicators show their own names; a rebased comparison has no data-ambition', () => {
    render(<TargetCard history={income} zhName="居民人均可支配收入" currentYear={2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />, root);
    expect(years(root)).toEqual(['2024', '2022']);
    const names = [...yearEl(root, 2022).querySelectorAll('.pl-entry-name')].map((e) => e.textContent);
    expect(names).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    expect(yearEl(root, 2024).querySelector('.pl-entry-name')).toBeNull();
    const badge = yearEl(root, 2024).querySelector('[data-change]')!;
    expect(badge.getAttribute('data-change')).toBe('rebased');
    expect(badge.hasAttribute('data-ambition')).toBe(false);
    expect(badge.classList.contains('pl-badge--muted')).toBe(true);
    expect(root.querySelector('svg')).toBeNull();
    expect(calls).toEqual([['与经济增长同步', '与经济增长同步', '居民人均可支配收入']]);
  });

  it('only this notice known: says so plainly, one year, no badge, no sparkline', () => {
    render(<TargetCard history={onlyCurrent} zhName="规上工业增加值" currentYear={2024} lang="zh" readerUrl={readerUrl} compare={goldCompare} />, root);
    expect(years(root)).toEqual(['2024']);
    expect(root.querySelector('.pl-card-nohistory')!.textContent).toContain('暂无往年数据');
    expect(root.querySelector('[data-change]')).toBeNull();
    expect(root.querySelector('svg')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('renders page-derived text as text', () => {
    const evil = { ...onlyCurrent, entries: [{ ...onlyCurrent.entries[0], text: '<img src=x onerror=alert(1)>增长6%' }] };
    render(<TargetCard history={evil} zhName="<b>名</b>" lang="zh" readerUrl={readerUrl} compare={goldCompare} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>增长6%');
  });
});

describe('TargetCard with lib/compare.ts (no injected comparer)', () => {
  it.each([
    [fai, '固定资产投资', ['lowered', 'less'], '−2个百分点'],
    [unemployment, '城镇调查失业率', ['lowered', 'more'], '−0.5个百分点'],
    [newJobs, '城镇新增就业人数', ['raised', 'more'], '+1万人'],
    [income, '居民人均可支配收入', ['rebased', null], null],
  ] as const)('%#: %s gets the gold change inside 2024', (history, zhName, expected, delta) => {
    render(<TargetCard history={history} zhName={zhName} currentYear={2024} lang="zh" readerUrl={readerUrl} />, root);
    const badges = root.querySelectorAll('[data-change]');
    expect(badges).toHaveLength(1);
    const badge = yearEl(root, 2024).querySelector('[data-change]')!;
    expect([badge.getAttribute('data-change'), badge.getAttribute('data-ambition')]).toEqual(expected);
    expect(badge.querySelector('.pl-badge-delta')?.textContent ?? null).toBe(delta);
  });
});

describe('a year with its target and its outcome', () => {
  it('shows the outcome beside the target under the same year, with the gap', async () => {
    const { render } = await import('preact');
    const { TargetCard } = await import('@/components/TargetCard');
    const entry = (over: Partial<import('@/lib/types').HistoryEntry>): import('@/lib/types').HistoryEntry => ({
      indicator: 'gdp', year: 2025, kind: 'work-report', planId: '安徽省/2025/work-report', planTitle: '2025年安徽省政府工作报告', url: null,
      name: '地区生产总值', text: '增长5%左右', value: { metric: 'growth', number: 5, unit: '%', bound: 'about' }, role: 'target', quote: 'q', position: 1, ...over,
    });
    const history = {
      indicator: 'gdp',
      region: '安徽省',
      entries: [
        entry({}),
        entry({ planId: '安徽省/2026/work-report', planTitle: '2026年安徽省政府工作报告', text: '增长5.5%', value: { metric: 'growth', number: 5.5, unit: '%' }, role: 'actual' }),
        entry({ year: 2026, planId: '安徽省/2026/work-report', planTitle: '2026年安徽省政府工作报告', text: '增长5%—5.5%', value: { metric: 'growth', min: 5, max: 5.5, unit: '%' } }),
      ],
    };
    const host = document.createElement('div');
    render(<TargetCard history={history} lang="zh" zhName="地区生产总值" readerUrl={() => "#"} />, host);
    const y2025 = host.querySelector('[data-year="2025"]')!;
    expect(y2025.textContent).toContain('增长5%左右');
    const actual = y2025.querySelector('[data-role="actual"]')!;
    expect(actual.textContent).toContain('增长5.5%');
    expect(actual.querySelector('[data-gap]')?.getAttribute('data-gap')).toBe('met');
    expect(actual.textContent).toContain('+0.5个百分点');
    // The 2026 target stands under 2026, not beside 2025's outcome.
    expect(host.querySelector('[data-year="2026"]')!.textContent).toContain('增长5%—5.5%');
    expect(host.querySelector('[data-year="2026"] [data-role="actual"]')).toBeNull();
  });
});
