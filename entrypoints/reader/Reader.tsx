/**
 * The reader page for plans without a URL (design.md §3): the stored notice as text — never
 * HTML — scrolled to the paragraph holding `#pos=<n>` (an offset in the paragraphs joined by '\n'),
 * which is marked `data-target`. Table rows (cells joined by tabs) are laid out as cells.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-text';
import { kindLabel, t, type Lang } from '@/lib/i18n';
import { PlanLensError, sendMessage } from '@/lib/messaging';
import { paragraphAt, paragraphStart, parseReaderLocation, sentenceBounds } from '@/lib/reader-url';
import type { PlanRecord } from '@/lib/types';
import { langOf, useDocumentLang, useSettings } from '@/lib/use-settings';

/** Errors are kept as data and worded at render time: the language setting may load after them. */
type Load = { status: 'loading' } | { status: 'ok'; plan: PlanRecord } | { status: 'error'; error: unknown };

/** `sentenceAt`: offset in the paragraph whose sentence is marked (the passage or target itself). */
function Paragraph({ text, target, sentenceAt }: { text: string; target: boolean; sentenceAt?: number }) {
  const mark = target ? { 'data-target': '', tabIndex: -1 } : {};
  if (target && sentenceAt !== undefined && !text.includes('\t')) {
    const [start, end] = sentenceBounds(text, sentenceAt);
    return (
      <p {...mark}>
        {text.slice(0, start)}
        <mark>{text.slice(start, end)}</mark>
        {text.slice(end)}
      </p>
    );
  }
  if (text.includes('\t')) {
    return (
      <div class="pl-row" {...mark}>
        {text.split('\t').map((cell, i) => (
          <span key={i}>{cell}</span>
        ))}
      </div>
    );
  }
  return <p {...mark}>{text}</p>;
}

function Meta({ plan, lang }: { plan: PlanRecord; lang: Lang }) {
  return (
    <dl class="pl-meta">
      <dt>{t('options.colRegion', lang)}</dt>
      <dd data-field="region">{plan.region}</dd>
      <dt>{t('options.colYear', lang)}</dt>
      <dd data-field="year">
        {plan.year} · {kindLabel(plan.kind, lang)}
      </dd>
      {plan.issued && (
        <>
          <dt>{t('reader.issued', lang)}</dt>
          <dd data-field="issued">{plan.issued}</dd>
        </>
      )}
      <dt>{t('reader.source', lang)}</dt>
      <dd data-field="source">
        {plan.url ? (
          <a href={plan.url} target="_blank" rel="noopener noreferrer">
            {t('reader.openOriginal', lang)}
          </a>
        ) : (
          t('reader.bundled', lang)
        )}
      </dd>
    </dl>
  );
}

export function Reader({ search }: { search: string }) {
  const [settings] = useSettings();
  const lang = langOf(settings);
  useDocumentLang(lang);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [position, setPosition] = useState(() => parseReaderLocation(search, location.hash).position);
  const { planId } = parseReaderLocation(search, '');
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!planId) return setLoad({ status: 'error', error: null });
    sendMessage('getPlan', { id: planId })
      .then((plan) => setLoad({ status: 'ok', plan }))
      .catch((error: unknown) => setLoad({ status: 'error', error }));
    // Links from the card or popup may change only the fragment of an open reader tab.
    const onHash = () => setPosition(parseReaderLocation('', location.hash).position);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const plan = load.status === 'ok' ? load.plan : null;
  const target = plan && position !== null ? paragraphAt(plan.paragraphs, position) : -1;

  useEffect(() => {
    if (plan) document.title = plan.title || t('app.name', lang);
    const el = textRef.current?.querySelector<HTMLElement>('[data-target]');
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [plan, target]);

  if (load.status !== 'ok') {
    return (
      <main class="pl-app" data-state={load.status}>
        {load.status === 'loading' ? (
          <p class="pl-muted">{t('page.loading', lang)}</p>
        ) : (
          <p class="pl-msg pl-msg--error" role="alert">
            {!planId
              ? t('reader.noPlan', lang)
              : load.error instanceof PlanLensError && load.error.code === 'not-found'
                ? t('reader.notFound', lang, { id: planId })
                : errorMessage(load.error, lang)}
          </p>
        )}
      </main>
    );
  }
  const p = load.plan;
  return (
    <main class="pl-app" data-state="ok" data-plan-id={p.id}>
      <header>
        <h1>{p.title}</h1>
      </header>
      <Meta plan={p} lang={lang} />
      <div class="pl-text" ref={textRef}>
        {p.paragraphs.map((text, i) => (
          <Paragraph key={i} text={text} target={i === target} sentenceAt={i === target && position !== null ? position - paragraphStart(p.paragraphs, i) : undefined} />
        ))}
      </div>
    </main>
  );
}
