/**
 * One element per known year (`data-year`), one child per document (`data-kind`), outcomes as
 * `data-role="actual"`, and the year's ChangeBadge inside the year element (design.md §6).
 * Shared by the hover card, popup search results and nothing else that needs other markup.
 */
import type { HistoryEntry } from '@/lib/types';
import { kindLabel, t, type Lang } from '@/lib/i18n-core';
import { textFragmentUrl } from '@/lib/format';
import { ChangeBadge } from './ChangeBadge';
import { describeDelta } from '@/lib/compare';
import { outcomeGap, type OutcomeGap } from '@/lib/outcome-gap';
import type { YearDoc, YearGroup } from './historyYears';

/** Link to the extension's reader page for a plan without a URL (bundled), at a text position. */
export type ReaderUrl = (planId: string, position: number) => string;

/** Where an entry's source link goes: the notice at the sentence, or the reader page for bundled plans. */
export function sourceHref(e: HistoryEntry, readerUrl: ReaderUrl): string {
  return e.url ? textFragmentUrl(e.url, e.quote) : readerUrl(e.planId, e.position);
}

export interface YearListProps {
  groups: readonly YearGroup[];
  /** The indicator's own Chinese name: an entry written under another name (a linked indicator) shows its name. */
  zhName: string;
  lang: Lang;
  currentYear?: number;
  currentPlanId?: string;
  /** Without it entries are not links (e.g. inside a listbox option, which must hold no interactive content). */
  readerUrl?: ReaderUrl;
}

/** An outcome beside its year's target: met / near / missed and by how much. */
function Gap({ gap, lang }: { gap: OutcomeGap; lang: Lang }) {
  const delta = describeDelta(gap.delta, lang);
  const label = gap.status ? t(`card.gap.${gap.status}`, lang) : t('card.gap.vs', lang);
  return (
    <span class={`pl-gap pl-gap--${gap.status ?? 'unjudged'}`} data-gap={gap.status ?? undefined} title={`${label} ${delta}`}>
      {label} {delta}
    </span>
  );
}

function gapOf(e: HistoryEntry, target: HistoryEntry | null): OutcomeGap | null {
  if (e.role !== 'actual' || !target) return null;
  const side = (x: HistoryEntry) => ({ indicator: x.indicator ?? '', text: x.text, value: x.value, name: x.name });
  return outcomeGap(side(target), side(e));
}

function Entry({ e, zhName, lang, readerUrl, target }: { e: HistoryEntry; zhName: string; lang: Lang; readerUrl?: ReaderUrl; target: HistoryEntry | null }) {
  const isActual = e.role === 'actual';
  const gap = gapOf(e, target);
  return (
    <div class={isActual ? 'pl-entry pl-entry--actual' : 'pl-entry'} data-role={isActual ? 'actual' : undefined}>
      {isActual && <span class="pl-entry-role">{t('card.actual', lang)}</span>}
      {e.name && e.name !== zhName && <span class="pl-entry-name">{e.name}</span>}
      <span class="pl-entry-text">{e.text}</span>
      {gap && <Gap gap={gap} lang={lang} />}
      {readerUrl && (
        <a
          class="pl-source"
          href={sourceHref(e, readerUrl)}
          target="_blank"
          rel="noopener noreferrer"
          title={`${e.planTitle} · ${t('card.sourceTitle', lang)}`}
        >
          {t('card.source', lang)}
        </a>
      )}
    </div>
  );
}

function Doc(props: { doc: YearDoc; current: boolean; target: HistoryEntry | null } & Omit<YearListProps, 'groups'>) {
  const { doc, current, lang } = props;
  return (
    <div class={current ? 'pl-doc pl-doc--current' : 'pl-doc'} data-kind={doc.kind}>
      <div class="pl-doc-head">
        <span class="pl-doc-kind" title={doc.planTitle}>
          {kindLabel(doc.kind, lang)}
        </span>
        {current && <span class="pl-this">{t('card.thisNotice', lang)}</span>}
      </div>
      {doc.entries.map((e, i) => (
        <Entry key={i} e={e} zhName={props.zhName} lang={lang} readerUrl={props.readerUrl} target={props.target} />
      ))}
    </div>
  );
}

export function YearList(props: YearListProps) {
  const { groups, lang, currentYear, currentPlanId } = props;
  return (
    <ol class="pl-years">
      {groups.map((g) => {
        const isCurrentYear = g.year === currentYear || g.docs.some((d) => d.planId === currentPlanId);
        return (
          <li key={g.year} class={isCurrentYear ? 'pl-year pl-year--current' : 'pl-year'} data-year={String(g.year)}>
            <div class="pl-year-head">
              <span class="pl-year-num">{t('card.year', lang, { year: g.year })}</span>
              {g.comparison && <ChangeBadge comparison={g.comparison} lang={lang} vsYear={g.comparedYear} />}
            </div>
            {g.docs.map((d) => (
              <Doc
                key={d.planId}
                {...props}
                doc={d}
                target={g.primary}
                current={currentPlanId ? d.planId === currentPlanId : isCurrentYear && d === g.docs[0]}
              />
            ))}
          </li>
        );
      })}
    </ol>
  );
}
