/**
 * Storage used and whether it is persistent (design.md §8: persistence is requested from an
 * extension page, since service workers lack the API). Asked for automatically once, the first
 * time the options page opens; a button asks again.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type Lang } from '@/lib/i18n';
import { formatBytes } from './data-view';

const ASKED_KEY = 'planlens:persist-requested';

interface StorageState {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

async function readStorage(): Promise<StorageState> {
  const est = await navigator.storage?.estimate?.().catch(() => undefined);
  const persisted = (await navigator.storage?.persisted?.().catch(() => null)) ?? null;
  return { usage: est?.usage ?? null, quota: est?.quota ?? null, persisted };
}

/** Requests persistence once per profile (remembered in storage.local), without a prompt in Chrome. */
async function requestOnce(): Promise<void> {
  const got = await browser.storage.local.get(ASKED_KEY);
  if (got[ASKED_KEY]) return;
  await browser.storage.local.set({ [ASKED_KEY]: Date.now() });
  await navigator.storage?.persist?.();
}

export function StorageInfo({ lang, refresh }: { lang: Lang; refresh: number }) {
  const [state, setState] = useState<StorageState>({ usage: null, quota: null, persisted: null });
  const [denied, setDenied] = useState(false);
  const load = () => void readStorage().then(setState, () => undefined);

  useEffect(() => {
    requestOnce().catch(() => undefined).finally(load);
  }, []);
  useEffect(load, [refresh]);

  const persist = () => {
    navigator.storage
      .persist()
      .then((ok) => {
        setDenied(!ok);
        load();
      })
      .catch(() => setDenied(true));
  };

  const share = state.usage !== null && state.quota ? Math.min(1, state.usage / state.quota) : null;
  return (
    <div class="pl-subsection" data-section="storage">
      <h3>{t('options.storage', lang)}</h3>
      {state.usage !== null && state.quota !== null ? (
        <>
          <p class="pl-small" data-field="storage-used">
            {t('options.storageUsed', lang, { used: formatBytes(state.usage), quota: formatBytes(state.quota) })}
          </p>
          {share !== null && (
            <div class="pl-meter" role="img" aria-label={`${Math.round(share * 1000) / 10}%`}>
              <span style={{ width: `${Math.max(share * 100, 0.5)}%` }} />
            </div>
          )}
        </>
      ) : (
        <p class="pl-small pl-muted">{t('options.storageUnknown', lang)}</p>
      )}
      <div class="pl-bar">
        <span class="pl-grow pl-small" data-field="persisted" data-persisted={state.persisted === null ? undefined : String(state.persisted)}>
          {t(state.persisted ? 'options.persisted' : 'options.notPersisted', lang)}
        </span>
        {!state.persisted && (
          <button type="button" class="pl-btn" data-action="persist" onClick={persist}>
            {t('options.persist', lang)}
          </button>
        )}
      </div>
      {denied && <p class="pl-msg">{t('options.persistDenied', lang)}</p>}
    </div>
  );
}
