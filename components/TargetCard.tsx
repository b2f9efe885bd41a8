/**
 * The hover card's content (design.md §6): `role="tooltip"`, the indicator's names and region,
 * a sparkline of numeric years, then one `data-year` element per known year, newest first.
 * Pure: the content script puts it in `<planlens-card>`'s shadow root and positions it.
 */
import type { IndicatorHistory } from '@/lib/types';
import { compareTargets } from '@/lib/compare';
import { t, type Lang } from '@/lib/i18n-core';
import { formatNumber } from '@/lib/format';
import { buildYears, sparkPoints, type CompareFn } from './historyYears';
import { Sparkline } from './Sparkline';
import { YearList, type ReaderUrl } from './YearList';

/** The card's default id, for `aria-describedby` on the focused mark. */
export const CARD_ID = 'planlens-card-tooltip';

export interface TargetCardProps {
  history: IndicatorHistory;
  zhName: string;
  enName?: string;
  /** The year of the notice being read; marked 本通知. */
  currentYear?: number;
  /** The plan being read, when known: marks exactly that document. */
  currentPlanId?: string;
  lang: Lang;
  readerUrl: ReaderUrl;
  id?: string;
  /** Defaults to lib/compare.ts compareTargets. */
  compare?: CompareFn;
}

export function TargetCard(props: TargetCardProps) {
  const { history, zhName, enName, lang } = props;
  const groups = buildYears(history, props.compare ?? compareTargets, 'desc');
  const points = sparkPoints(groups);
  const trendLabel =
    t('card.trend', lang) +
    (lang === 'zh' ? '：' : ': ') +
    points.map((p) => `${p.year} ${formatNumber(p.value, lang)}`).join(lang === 'zh' ? '，' : ', ');
  // Only one year known: say so plainly instead of leaving the reader to wonder.
  const noHistory = groups.length <= 1;
  return (
    <div class="pl pl-card" role="tooltip" id={props.id ?? CARD_ID} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="pl-card-head">
        <div class="pl-card-names">
          <span class="pl-card-title" lang="zh-CN">
            {zhName}
          </span>
          {enName && (
            <span class="pl-card-en" lang="en">
              {enName}
            </span>
          )}
        </div>
        <span class="pl-card-region">{history.region}</span>
      </header>
      {points.length >= 2 && <Sparkline points={points} label={trendLabel} />}
      {noHistory && (
        <p class="pl-card-nohistory">
          <strong>{t('card.noHistory', lang)}</strong>
          <span>{t('card.noHistoryDetail', lang)}</span>
        </p>
      )}
      <YearList
        groups={groups}
        zhName={zhName}
        lang={lang}
        currentYear={props.currentYear}
        currentPlanId={props.currentPlanId}
        readerUrl={props.readerUrl}
      />
    </div>
  );
}
