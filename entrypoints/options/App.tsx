/** The options page: sites, data, language. Plans and stats are loaded here and shared by the sections. */
import { useEffect, useState } from 'preact/hooks';
import type { DbStats } from '@/lib/db/maintenance';
import type { PlanSummary } from '@/lib/db/plans';
import { errorMessage } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/settings';
import { langOf, useDocumentLang, useSettings } from '@/lib/use-settings';
import { DataSection } from './DataSection';
import { knownHosts } from './data-view';
import { SitesSection } from './SitesSection';

export function App() {
  const [settings, save] = useSettings();
  const lang = langOf(settings);
  useDocumentLang(lang);
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [stats, setStats] = useState<DbStats | null>(null);
  const [error, setError] = useState('');

  const load = () => {
    Promise.all([sendMessage('listPlans', {}), sendMessage('stats', {})])
      .then(([p, s]) => {
        setPlans(p);
        setStats(s);
        setError('');
      })
      .catch((err: unknown) => setError(errorMessage(err, lang)));
  };
  useEffect(load, []);
  useEffect(() => {
    document.title = t('options.title', lang);
  }, [lang]);

  return (
    <main class="pl-app" data-ready={stats ? 'true' : undefined}>
      <header class="pl-bar">
        <span class="pl-brand">
          <span class="pl-logo" aria-hidden="true">
            透
          </span>
          <h1>{t('options.title', lang)}</h1>
        </span>
      </header>
      {error && (
        <p class="pl-msg pl-msg--error" role="alert">
          {error}{' '}
          <button type="button" class="pl-btn" onClick={load}>
            {t('page.retry', lang)}
          </button>
        </p>
      )}
      {settings && <SitesSection settings={settings} save={save} hosts={knownHosts(settings.disabledHosts, plans ?? [])} lang={lang} />}
      <DataSection plans={plans} stats={stats} lang={lang} onChanged={load} />
      {settings && (
        <section class="pl-section" aria-labelledby="pl-lang" data-section="language">
          <h2 id="pl-lang">{t('options.language', lang)}</h2>
          <select
            class="pl-select"
            name="language"
            aria-labelledby="pl-lang"
            value={settings.language}
            onChange={(e) => void save({ ...settings, language: (e.currentTarget as HTMLSelectElement).value as Settings['language'] })}
          >
            <option value="auto">{t('options.langAuto', lang)}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </section>
      )}
    </main>
  );
}
