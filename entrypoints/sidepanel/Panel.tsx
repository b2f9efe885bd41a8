/**
 * The side panel (design.md §6): the current tab's notice compared with every year the database
 * knows for its region (rows `data-indicator`, cells `data-year` with `data-change`), then the
 * page's highlights, editable in place, with Markdown / JSON-LD export and JSON-LD import.
 * Follows the active tab unless `?tabId=N` names one.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ComparisonTable } from '@/components/ComparisonTable';
import type { ComparisonRow } from '@/components/comparisonRows';
import { HighlightList } from '@/components/HighlightList';
import { followActiveTab, onTabStateChanged, resolveTabId, tabIdFromSearch, tabUrl } from '@/lib/active-tab';
import type { StoredTabState } from '@/lib/db/tab-state';
import { downloadFile } from '@/lib/download';
import { errorMessage } from '@/lib/error-text';
import { highlightsBackupText, highlightsToJsonLd, highlightsToMarkdown, jsonLdToHighlights } from '@/lib/export-highlights';
import { kindLabel, t, type Lang } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { readerUrl } from '@/lib/reader-link';
import type { ChangeKind } from '@/lib/types';
import { langOf, useDocumentLang, useSettings } from '@/lib/use-settings';
import { comparisonCsv } from './comparison-csv';
import { loadRows } from './load-rows';
import { useHighlights } from './use-highlights';

type Rows = { status: 'idle' | 'loading' } | { status: 'ok'; rows: ComparisonRow[] } | { status: 'error'; error: unknown };
type Note = { kind: 'ok' | 'error'; text: string } | null;

const withoutFragment = (url: string) => url.split('#')[0];

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

function idsOf(state: StoredTabState | null, key: 'orphans' | 'fuzzy'): string[] {
  const o = (state as Record<string, unknown> | null)?.[key];
  return Array.isArray(o) ? o.filter((x): x is string => typeof x === 'string') : [];
}

function PlanHead({ state, lang }: { state: StoredTabState; lang: Lang }) {
  return (
    <div class="pl-plan-head">
      {state.title && <div class="pl-plan-title">{state.title}</div>}
      <div class="pl-small pl-muted">
        {[state.region, state.year !== null ? t('card.year', lang, { year: state.year }) : null, state.kind ? kindLabel(state.kind, lang) : null]
          .filter(Boolean)
          .join(' · ')}
      </div>
    </div>
  );
}

export function Panel({ search }: { search: string }) {
  const [settings] = useSettings();
  const lang = langOf(settings);
  useDocumentLang(lang);
  const fixedTab = tabIdFromSearch(search);
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  const [tabState, setTabState] = useState<StoredTabState | null>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [rows, setRows] = useState<Rows>({ status: 'idle' });
  const [category, setCategory] = useState('');
  const [change, setChange] = useState<ChangeKind | ''>('');
  const [note, setNote] = useState<Note>(null);
  const tabRef = useRef<number | null>(tabId);
  tabRef.current = tabId;
  const planRef = useRef<string | null>(null);
  const highlights = useHighlights(pageUrl, lang);

  const loadTab = async (id: number) => {
    const [state, url] = await Promise.all([sendMessage('getTabState', { tabId: id }).catch(() => null), tabUrl(id)]);
    if (tabRef.current !== id) return; // the user switched tabs meanwhile
    setTabState(state);
    const page = url ?? state?.url ?? null;
    setPageUrl(page ? withoutFragment(page) : null);
    setReady(true);
    const planId = state?.detected ? state.planId : null;
    if (planId === planRef.current && planId !== null) return;
    planRef.current = planId;
    setCategory('');
    setChange('');
    if (!planId || !state?.region) return setRows({ status: 'idle' });
    setRows({ status: 'loading' });
    loadRows(planId, state.region)
      .then((r) => planRef.current === planId && setRows({ status: 'ok', rows: r }))
      .catch((error: unknown) => planRef.current === planId && setRows({ status: 'error', error }));
  };

  useEffect(() => {
    const switchTo = (id: number) => {
      setTabId(id);
      tabRef.current = id;
      setNote(null);
      void loadTab(id);
    };
    if (fixedTab !== null) switchTo(fixedTab);
    else resolveTabId('').then((id) => (id === null ? setReady(true) : switchTo(id)), () => setReady(true));
    const offState = onTabStateChanged(
      () => tabRef.current,
      () => tabRef.current !== null && void loadTab(tabRef.current),
    );
    const offFollow = fixedTab === null ? followActiveTab(switchTo, () => tabRef.current) : () => undefined;
    return () => {
      offState();
      offFollow();
    };
  }, []);

  const shown = rows.status === 'ok' ? rows.rows : [];
  const label = tabState?.title ?? pageUrl ?? '';

  const exportCsv = () =>
    downloadFile({
      filename: `planlens-${tabState?.region ?? 'plan'}-${tabState?.year ?? ''}-comparison.csv`,
      mime: 'text/csv;charset=utf-8',
      text: comparisonCsv(shown, lang, { category, change, currentYear: tabState?.year ?? undefined }),
    });
  const exportMarkdown = () =>
    downloadFile({ filename: `planlens-highlights-${stamp()}.md`, mime: 'text/markdown;charset=utf-8', text: highlightsToMarkdown(highlights.list, { title: label, lang }) });
  const exportJsonLd = () =>
    downloadFile({
      filename: `planlens-highlights-${stamp()}.jsonld`,
      mime: 'application/ld+json',
      text: JSON.stringify(highlightsToJsonLd(highlights.list, { label }), null, 2),
    });

  const importJsonLd = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const list = jsonLdToHighlights(await file.text());
      await sendMessage('importBackup', { text: highlightsBackupText(list), mode: 'merge' });
      const here = pageUrl ? list.filter((h) => withoutFragment(h.url) === pageUrl).length : 0;
      setNote({ kind: 'ok', text: t('panel.imported', lang, { count: list.length, here }) });
      highlights.reload();
    } catch (err) {
      const message = err instanceof Error && !('code' in err) ? err.message : errorMessage(err, lang);
      setNote({ kind: 'error', text: t('panel.importFailed', lang, { message }) });
    }
  };

  const jump = (id: string) => {
    if (tabId === null) return;
    browser.tabs
      .sendMessage(tabId, { type: 'planlens:jump-to-highlight', id })
      .then((reply: unknown) => {
        if ((reply as { found?: boolean } | undefined)?.found === false) setNote({ kind: 'error', text: t('panel.jumpFailed', lang) });
      })
      .catch(() => setNote({ kind: 'error', text: t('panel.jumpFailed', lang) }));
  };

  // The user checked a fuzzy placement: the page re-records it where it is now (issue 14).
  const confirm = (id: string) => {
    if (tabId === null) return;
    browser.tabs
      .sendMessage(tabId, { type: 'planlens:confirm-highlight', id })
      .then((reply: unknown) => {
        if ((reply as { confirmed?: boolean } | undefined)?.confirmed !== true) return setNote({ kind: 'error', text: t('panel.confirmFailed', lang) });
        highlights.reload();
        void loadTab(tabId);
      })
      .catch(() => setNote({ kind: 'error', text: t('panel.confirmFailed', lang) }));
  };

  return (
    <main class="pl-app" data-tab-id={tabId ?? undefined} data-ready={ready ? 'true' : undefined}>
      <header class="pl-bar">
        <span class="pl-brand">
          <span class="pl-logo" aria-hidden="true">
            透
          </span>
          {t('app.name', lang)}
        </span>
        <span class="pl-muted">{t('panel.title', lang)}</span>
      </header>

      {ready && tabId === null && <p class="pl-msg">{t('panel.noTab', lang)}</p>}
      {ready && tabId !== null && !tabState?.detected && <p class="pl-msg" data-panel="no-notice">{t('panel.noNotice', lang)}</p>}
      {tabState?.detected && <PlanHead state={tabState} lang={lang} />}
      {tabState?.detected && !tabState.planId && <p class="pl-msg">{t('panel.notCaptured', lang)}</p>}
      {rows.status === 'loading' && <p class="pl-muted">{t('page.loading', lang)}</p>}
      {rows.status === 'error' && (
        <p class="pl-msg pl-msg--error" role="alert">
          {errorMessage(rows.error, lang)}
        </p>
      )}
      {rows.status === 'ok' && rows.rows.length === 0 && <p class="pl-msg">{t('panel.noTargets', lang)}</p>}
      {rows.status === 'ok' && rows.rows.length > 0 && (
        <>
          <ComparisonTable
            rows={rows.rows}
            lang={lang}
            currentYear={tabState?.year ?? undefined}
            readerUrl={readerUrl}
            categoryFilter={category}
            changeFilter={change}
            onCategoryFilterChange={setCategory}
            onChangeFilterChange={setChange}
          />
          <div class="pl-bar pl-bar--end">
            <button type="button" class="pl-btn" data-action="export-csv" onClick={exportCsv}>
              {t('panel.exportCsv', lang)}
            </button>
          </div>
        </>
      )}

      {pageUrl && (
        <section class="pl-hl-section" aria-label={t('highlights.title', lang)}>
          <div class="pl-bar">
            <h2 class="pl-grow">
              {t('highlights.title', lang)} <span class="pl-muted">({highlights.list.length})</span>
            </h2>
            <button type="button" class="pl-btn" data-action="export-markdown" disabled={!highlights.list.length} onClick={exportMarkdown}>
              {t('panel.exportMarkdown', lang)}
            </button>
            <button type="button" class="pl-btn" data-action="export-jsonld" disabled={!highlights.list.length} onClick={exportJsonLd}>
              {t('panel.exportJsonLd', lang)}
            </button>
            <label class="pl-btn pl-file">
              {t('panel.importJsonLd', lang)}
              <input
                type="file"
                name="import-jsonld"
                accept=".jsonld,.json,application/ld+json,application/json"
                onChange={(e) => void importJsonLd(e.currentTarget as HTMLInputElement)}
              />
            </label>
          </div>
          {note && (
            <p class={note.kind === 'error' ? 'pl-msg pl-msg--error' : 'pl-msg pl-msg--ok'} role={note.kind === 'error' ? 'alert' : 'status'} data-note={note.kind}>
              {note.text}
            </p>
          )}
          {highlights.error && (
            <p class="pl-msg pl-msg--error" role="alert">
              {highlights.error}
            </p>
          )}
          {highlights.deleted && (
            <p class="pl-msg pl-bar">
              <span class="pl-grow">{t('panel.deleted', lang)}</span>
              <button type="button" class="pl-btn pl-btn--link" data-action="undo" onClick={highlights.undo}>
                {t('panel.undo', lang)}
              </button>
            </p>
          )}
          <HighlightList
            highlights={highlights.list}
            orphanIds={idsOf(tabState, 'orphans')}
            fuzzyIds={idsOf(tabState, 'fuzzy')}
            anchorsKnown={Array.isArray((tabState as { orphans?: unknown } | null)?.orphans) && tabState?.url === pageUrl}
            lang={lang}
            onNoteChange={(id, text) => highlights.edit(id, { note: text })}
            onTagsChange={(id, tags) => highlights.edit(id, { tags })}
            onJump={jump}
            onDelete={highlights.remove}
            onConfirm={confirm}
          />
        </section>
      )}
    </main>
  );
}
