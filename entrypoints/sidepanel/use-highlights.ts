/**
 * The page's highlights for the side panel: loaded for a URL, notes and tags written back after
 * the user pauses typing (one timer per highlight and field; pending writes flushed when the
 * page is hidden), deletion with an undo.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-text';
import { t, type Lang } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { HighlightRecord } from '@/lib/types';

export const EDIT_DEBOUNCE_MS = 400;
/** Highlights saved from the page while the panel is open show up within this time. */
const REFRESH_MS = 4000;

type Patch = { note?: string; tags?: string[] };

export interface HighlightsView {
  list: HighlightRecord[];
  error: string;
  deleted: HighlightRecord | null;
  reload(): void;
  edit(id: string, patch: Patch): void;
  remove(id: string): void;
  undo(): void;
}

export function useHighlights(url: string | null, lang: Lang): HighlightsView {
  const [list, setList] = useState<HighlightRecord[]>([]);
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState<HighlightRecord | null>(null);
  const pending = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; patch: Patch }>());
  const langRef = useRef(lang);
  langRef.current = lang;

  const fail = (err: unknown) => setError(t('panel.saveFailed', langRef.current, { message: errorMessage(err, langRef.current) }));

  const reload = () => {
    if (!url) return setList([]);
    sendMessage('listHighlights', { url })
      .then((l) => {
        setList(l);
        setError('');
      })
      .catch((err: unknown) => setError(errorMessage(err, langRef.current)));
  };

  const write = (id: string) => {
    const p = pending.current.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.current.delete(id);
    sendMessage('updateHighlight', { id, patch: p.patch })
      .then((h) => setList((l) => l.map((x) => (x.id === h.id ? h : x))))
      .catch(fail);
  };

  useEffect(() => {
    reload();
    const timer = setInterval(() => document.visibilityState === 'visible' && pending.current.size === 0 && reload(), REFRESH_MS);
    const flush = () => [...pending.current.keys()].forEach(write);
    addEventListener('pagehide', flush);
    return () => {
      clearInterval(timer);
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [url]);

  return {
    list,
    error,
    deleted,
    reload,
    edit(id, patch) {
      const p = pending.current.get(id);
      if (p) clearTimeout(p.timer);
      const merged = { ...p?.patch, ...patch };
      pending.current.set(id, { patch: merged, timer: setTimeout(() => write(id), EDIT_DEBOUNCE_MS) });
    },
    remove(id) {
      const h = list.find((x) => x.id === id);
      const p = pending.current.get(id);
      if (p) clearTimeout(p.timer);
      pending.current.delete(id);
      sendMessage('deleteHighlight', { id })
        .then(() => {
          setList((l) => l.filter((x) => x.id !== id));
          setDeleted(h ?? null);
        })
        .catch(fail);
    },
    undo() {
      const h = deleted;
      if (!h) return;
      setDeleted(null);
      const { id, url: hUrl, planId, selectors, exact, note, tags, color } = h;
      sendMessage('saveHighlight', { highlight: { id, url: hUrl, planId, selectors, exact, note, tags, color } })
        .then(reload)
        .catch(fail);
    },
  };
}
