/**
 * The popup (design.md §6): the current tab's notice state with this site's switch, then one
 * search field whose results update as you type; arrows move, Enter opens the source.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SearchResults, type SearchResult } from '@/components/SearchResults';
import { httpHost, onTabStateChanged, resolveTabId, tabIdFromSearch, tabUrl } from '@/lib/active-tab';
import type { StoredTabState } from '@/lib/db/tab-state';
import { errorMessage } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { readerUrl } from '@/lib/reader-link';
import { paragraphStart } from '@/lib/reader-url';
import { isActiveOn, withHostSwitched } from '@/lib/settings';
import { langOf, useDocumentLang, useSettings } from '@/lib/use-settings';
import { openTargetOf } from './open-result';
import { openSidePanel } from './side-panel';
import { TabStatus } from './TabStatus';
import { useSearch } from './use-search';

async function urlFor(result: SearchResult): Promise<string | null> {
  const target = openTargetOf(result);
  if (!target) return null;
  if (target.kind === 'url') return target.url;
  if (target.kind === 'reader') return readerUrl(target.planId, target.position);
  const plan = await sendMessage('getPlan', { id: target.planId });
  return readerUrl(target.planId, paragraphStart(plan.paragraphs, target.paragraph) + target.offset);
}

export function App({ search }: { search: string }) {
  const [settings, saveSettings] = useSettings();
  const lang = langOf(settings);
  useDocumentLang(lang);
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabState, setTabState] = useState<StoredTabState | null>(null);
  const [host, setHost] = useState<string | null>(null);
  const [databaseEmpty, setDatabaseEmpty] = useState(false);
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const tabIdRef = useRef<number | null>(null);
  tabIdRef.current = tabId;
  const s = useSearch(tabState?.region ?? null, lang);
  // Opened as an ordinary tab (tests, ?tabId=N) rather than as the toolbar popup: never close itself.
  const inTab = useRef(tabIdFromSearch(search) !== null);
  const closePopup = () => !inTab.current && window.close();

  const loadTab = async (id: number) => {
    const [state, url] = await Promise.all([sendMessage('getTabState', { tabId: id }).catch(() => null), tabUrl(id)]);
    setTabState(state);
    setHost(httpHost(url ?? state?.url));
  };

  useEffect(() => {
    inputRef.current?.focus();
    Promise.resolve()
      .then(() => browser.tabs.getCurrent())
      .then((tab) => (inTab.current ||= tab !== undefined))
      .catch(() => undefined);
    resolveTabId(search)
      .then((id) => {
        setTabId(id);
        if (id !== null) return loadTab(id);
      })
      .catch(() => undefined);
    sendMessage('stats', {})
      .then((st) => setDatabaseEmpty(st.plans.bundled + st.plans.captured + st.plans.imported === 0))
      .catch(() => undefined);
    // The content script may report its state while the popup is open (capture finished).
    return onTabStateChanged(
      () => tabIdRef.current,
      () => tabIdRef.current !== null && void loadTab(tabIdRef.current),
    );
  }, []);

  const open = (result: SearchResult) => {
    setMessage('');
    urlFor(result)
      .then(async (url) => {
        if (!url) return;
        await browser.tabs.create({ url });
        closePopup();
      })
      .catch((err: unknown) => setMessage(t('popup.openFailed', lang, { message: errorMessage(err, lang) })));
  };

  const compare =
    tabId === null
      ? null
      : () => {
          const opened = openSidePanel(tabId, (err) => setMessage(t('popup.openFailed', lang, { message: errorMessage(err, lang) })));
          if (!opened) setMessage(t('popup.noSidePanel', lang));
          else closePopup();
        };

  const openOptions = (e: Event) => {
    e.preventDefault();
    browser.runtime.openOptionsPage().catch(() => browser.tabs.create({ url: (e.currentTarget as HTMLAnchorElement).href }));
    closePopup();
  };

  return (
    <div class="pl-app">
      <header class="pl-bar">
        <span class="pl-brand">
          <span class="pl-logo" aria-hidden="true">
            透
          </span>
          {t('app.name', lang)}
        </span>
        <span class="pl-grow" />
        <a class="pl-btn pl-btn--link" href={(browser.runtime.getURL as (p: string) => string)('/options.html')} onClick={openOptions} data-action="options">
          {t('popup.settings', lang)}
        </a>
      </header>
      <TabStatus
        state={tabState}
        host={host}
        lang={lang}
        globalOn={settings?.enabled ?? true}
        siteOn={settings && host ? isActiveOn(settings, host) : true}
        onSiteChange={(on) => settings && host && void saveSettings(withHostSwitched(settings, host, on))}
        onCompare={tabState?.detected ? compare : null}
      />
      <input
        ref={inputRef}
        type="search"
        class="pl-input pl-search-field"
        name="q"
        placeholder={t('popup.search', lang)}
        aria-label={t('popup.search', lang)}
        autocomplete="off"
        spellcheck={false}
        value={s.query}
        onInput={(e) => s.setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {message && (
        <p class="pl-msg pl-msg--error" role="alert">
          {message}
        </p>
      )}
      <div class="pl-results-wrap" data-query={s.shownQuery} aria-busy={s.pending ? 'true' : undefined}>
        <SearchResults
          state={s.state}
          results={s.results}
          query={s.shownQuery}
          lang={lang}
          onOpen={open}
          error={s.error}
          databaseEmpty={databaseEmpty}
          inputRef={inputRef}
          idPrefix="pl-popup"
        />
        {s.state === 'error' && (
          <div class="pl-bar pl-bar--end">
            <button type="button" class="pl-btn" data-action="retry" onClick={() => s.retry()}>
              {t('page.retry', lang)}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
