/** The popup's summary of the current tab: is it a notice, which plan, how many targets, saved or not; the site switch. */
import { SwitchToggle } from '@/components/SwitchToggle';
import { kindLabel, t, type Lang } from '@/lib/i18n';
import type { StoredTabState } from '@/lib/db/tab-state';

export interface TabStatusProps {
  state: StoredTabState | null;
  host: string | null;
  lang: Lang;
  siteOn: boolean;
  globalOn: boolean;
  onSiteChange: (on: boolean) => void;
  onCompare: (() => void) | null;
}

export function TabStatus({ state, host, lang, siteOn, globalOn, onSiteChange, onCompare }: TabStatusProps) {
  const detected = !!state?.detected;
  const label = !state ? t('popup.tabNone', lang) : detected ? t('popup.tabNotice', lang) : t('popup.tabPage', lang);
  return (
    <section class="pl-tab" aria-label={label} data-tab-state={!state ? 'none' : detected ? 'notice' : 'page'}>
      <div class="pl-tab-line">
        <span class={detected ? 'pl-dot pl-dot--on' : 'pl-dot'} aria-hidden="true" />
        <strong>{label}</strong>
        {detected && state && (
          <>
            {state.region && <span data-field="region">{state.region}</span>}
            {state.year !== null && <span data-field="year">{t('card.year', lang, { year: state.year })}</span>}
            {state.kind && <span class="pl-chip">{kindLabel(state.kind, lang)}</span>}
            <span data-field="targets">{t('popup.tabTargets', lang, { count: state.targets })}</span>
            <span class={state.captured ? 'pl-chip pl-chip--ok' : 'pl-chip pl-chip--warn'} data-field="captured">
              {t(state.captured ? 'popup.tabCaptured' : 'popup.tabNotCaptured', lang)}
            </span>
          </>
        )}
      </div>
      {detected && state?.title && (
        <div class="pl-tab-title" title={state.title}>
          {state.title}
        </div>
      )}
      {state?.limit && (
        <p class="pl-msg" data-field="limit" data-limit={state.limit.reason}>
          {t(`popup.limit.${state.limit.reason}`, lang, { budget: state.limit.budget.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}
        </p>
      )}
      {state?.error && <p class="pl-msg pl-msg--error">{state.error}</p>}
      {!globalOn && <p class="pl-msg">{t('popup.globalOff', lang)}</p>}
      {(host || onCompare) && (
        <div class="pl-bar">
          {host && (
            <span class="pl-grow">
              <SwitchToggle checked={siteOn} label={t('popup.siteSwitch', lang, { host })} lang={lang} onChange={onSiteChange} name="site" disabled={!globalOn} />
            </span>
          )}
          {onCompare && (
            <button type="button" class="pl-btn" data-action="compare" onClick={onCompare}>
              {t('popup.compare', lang)}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
