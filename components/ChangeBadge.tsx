/** How a target changed from an earlier year: `data-change` / `data-ambition` are public (design.md §6). */
import type { ChangeKind, Comparison } from '@/lib/types';
import { ambitionLabel, changeLabel, t, type Lang } from '@/lib/i18n-core';
import { describeDelta } from '@/lib/compare';

const ARROWS: Record<ChangeKind, string> = {
  raised: '↑',
  lowered: '↓',
  unchanged: '=',
  reworded: '≈',
  quantified: '#',
  dequantified: '∅',
  rebased: '≠',
  new: '+',
  dropped: '×',
};

/**
 * Colour family of a badge. Ambition decides it (a lowered unemployment ceiling asks for more,
 * so it is green); comparisons that cannot be judged are grey.
 */
export function badgeTone(c: Comparison): 'more' | 'less' | 'same' | 'muted' {
  if (c.change === 'rebased' || c.change === 'dequantified' || c.ambition === null) return 'muted';
  return c.ambition;
}

/** Everything the badge says, for screen readers and the tooltip: `较2022年下调 −2个百分点，要求降低`. */
export function badgeDescription(c: Comparison, lang: Lang, vsYear?: number): string {
  const label = changeLabel(c.change, lang);
  const delta = c.delta && c.delta.value !== 0 ? describeDelta(c.delta, lang) : '';
  const vs = vsYear ? t('card.vs', lang, { year: vsYear }) : '';
  const ambition = c.ambition ? ambitionLabel(c.ambition, lang) : '';
  if (lang === 'zh') return `${vs}${label}${delta ? ' ' + delta : ''}${ambition ? '，' + ambition : ''}`;
  return `${label}${delta ? ' ' + delta : ''}${vs ? ' ' + vs : ''}${ambition ? ', ' + ambition : ''}`;
}

export interface ChangeBadgeProps {
  comparison: Comparison;
  lang: Lang;
  /** The earlier year compared with, for the accessible label. */
  vsYear?: number | null;
}

export function ChangeBadge({ comparison, lang, vsYear }: ChangeBadgeProps) {
  const description = badgeDescription(comparison, lang, vsYear ?? undefined);
  const delta = comparison.delta && comparison.delta.value !== 0 ? describeDelta(comparison.delta, lang) : '';
  return (
    <span
      class={`pl-badge pl-badge--${badgeTone(comparison)}`}
      data-change={comparison.change}
      data-ambition={comparison.ambition ?? undefined}
      role="img"
      aria-label={description}
      title={description}
    >
      <span class="pl-badge-arrow" aria-hidden="true">
        {ARROWS[comparison.change]}
      </span>
      <span class="pl-badge-label">{changeLabel(comparison.change, lang)}</span>
      {delta && <span class="pl-badge-delta">{delta}</span>}
      {comparison.ambition && <span class="pl-badge-ambition">{ambitionLabel(comparison.ambition, lang)}</span>}
    </span>
  );
}
