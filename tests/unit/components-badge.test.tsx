// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ChangeBadge, badgeDescription, badgeTone } from '@/components/ChangeBadge';
import { Sparkline, sparkCoordinates } from '@/components/Sparkline';
import type { Comparison } from '@/lib/types';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ChangeBadge', () => {
  it.each([
    [{ change: 'lowered', ambition: 'less', delta: { value: -2, unit: 'pp' } }, 'less', '↓下调−2个百分点要求降低'],
    [{ change: 'lowered', ambition: 'more', delta: { value: -0.5, unit: 'pp' } }, 'more', '↓下调−0.5个百分点要求更高'],
    [{ change: 'raised', ambition: 'more', delta: { value: 1, unit: '万人' } }, 'more', '↑上调+1万人要求更高'],
    [{ change: 'reworded', ambition: 'less', delta: null }, 'less', '≈表述调整要求降低'],
    [{ change: 'unchanged', ambition: 'same', delta: { value: 0, unit: '%' } }, 'same', '=持平要求不变'],
    [{ change: 'dequantified', ambition: null, delta: null }, 'muted', '∅不再量化'],
    [{ change: 'rebased', ambition: null, delta: null }, 'muted', '≠口径变化'],
    [{ change: 'new', ambition: null, delta: null }, 'muted', '+新增'],
    [{ change: 'dropped', ambition: null, delta: null }, 'muted', '×取消'],
  ] as Array<[Comparison, string, string]>)('%j → tone %s, text %s', (comparison, tone, text) => {
    render(<ChangeBadge comparison={comparison} lang="zh" />, root);
    const badge = root.firstElementChild!;
    expect(badge.getAttribute('data-change')).toBe(comparison.change);
    expect(badge.getAttribute('data-ambition')).toBe(comparison.ambition);
    expect(badge.hasAttribute('data-ambition')).toBe(comparison.ambition !== null);
    expect(badge.textContent).toBe(text);
    expect(badgeTone(comparison)).toBe(tone);
    expect(badge.classList.contains(`pl-badge--${tone}`)).toBe(true);
    expect(badge.getAttribute('aria-label')).toBe(badgeDescription(comparison, 'zh'));
  });

  it('describes itself in each language', () => {
    const c: Comparison = { change: 'raised', ambition: 'more', delta: { value: 1, unit: '万人' } };
    expect(badgeDescription(c, 'zh', 2022)).toBe('较2022年上调 +1万人，要求更高');
    expect(badgeDescription(c, 'en', 2022)).toBe('raised +10,000 people vs 2022, asks for more');
    expect(badgeDescription({ change: 'dropped', ambition: null, delta: null }, 'en')).toBe('dropped');
  });
});

describe('Sparkline', () => {
  it('places x by year (gaps visible) and y by value, flat when equal', () => {
    expect(
      sparkCoordinates(
        [
          { year: 2020, value: 6 },
          { year: 2022, value: 8 },
          { year: 2024, value: 6 },
        ],
        96,
        24,
      ),
    ).toEqual([
      [3, 21],
      [48, 3],
      [93, 21],
    ]);
    expect(sparkCoordinates([{ year: 2022, value: 30 }, { year: 2023, value: 30 }], 96, 24)).toEqual([
      [3, 12],
      [93, 12],
    ]);
  });

  it('draws nothing for fewer than two points', () => {
    render(<Sparkline points={[{ year: 2024, value: 6 }]} label="x" />, root);
    expect(root.querySelector('svg')).toBeNull();
    render(<Sparkline points={[{ year: 2022, value: 8 }, { year: 2024, value: 6 }]} label="走势" />, root);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('走势');
    expect(root.querySelector('svg title')!.textContent).toBe('走势');
  });
});
