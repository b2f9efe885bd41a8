/**
 * Data: plans by region and year with their target counts, storage, backup / JSON / per-region
 * CSV export, import (validated and atomic in the background: a bad file changes nothing and its
 * exact reason is shown), deleting a captured plan and clearing everything, both confirmed.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PlanSummary } from '@/lib/db/plans';
import type { DbStats } from '@/lib/db/maintenance';
import { MAX_IMPORT_BYTES } from '@/lib/db/limits';
import { downloadFile } from '@/lib/download';
import { errorMessage } from '@/lib/error-text';
import { kindLabel, t, type Lang } from '@/lib/i18n';
import { PlanLensError, sendMessage } from '@/lib/messaging';
import { readerUrl } from '@/lib/reader-link';
import { ConfirmDialog } from './ConfirmDialog';
import { plansByRegion } from './data-view';
import { StorageInfo } from './StorageInfo';

export interface DataSectionProps {
  plans: PlanSummary[] | null;
  stats: DbStats | null;
  lang: Lang;
  /** Reload plans and stats after a change. */
  onChanged: () => void;
}

type Msg = { kind: 'ok' | 'error'; text: string; area: string } | null;
type Confirm = { kind: 'clear' } | { kind: 'delete'; plan: PlanSummary } | null;

function PlanRow({ p, lang, onDelete }: { p: PlanSummary; lang: Lang; onDelete: (p: PlanSummary) => void }) {
  const href = p.url ?? readerUrl(p.id, 0);
  return (
    <tr data-plan-id={p.id}>
      <td>{p.year}</td>
      <td>{kindLabel(p.kind, lang)}</td>
      <td>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {p.title || p.id}
        </a>
      </td>
      <td>{t(`options.source.${p.source}`, lang)}</td>
      <td class="pl-num">{p.targets}</td>
      <td>
        {p.source !== 'bundled' && (
          <button type="button" class="pl-btn pl-btn--danger" data-action="delete-plan" onClick={() => onDelete(p)}>
            {t('options.delete', lang)}
          </button>
        )}
      </td>
    </tr>
  );
}

export function DataSection({ plans, stats, lang, onChanged }: DataSectionProps) {
  const [msg, setMsg] = useState<Msg>(null);
  const [busy, setBusy] = useState(false);
  const [replace, setReplace] = useState(false);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [refresh, setRefresh] = useState(0);

  const run = async (area: string, work: () => Promise<string | void>) => {
    setBusy(true);
    setMsg(null);
    try {
      const text = await work();
      if (text) setMsg({ kind: 'ok', text, area });
    } catch (err) {
      // A refused import file: the background's reason names the record and field, shown as it is.
      const exact = area === 'import' && err instanceof PlanLensError && err.code === 'invalid';
      setMsg({ kind: 'error', text: exact ? err.message : errorMessage(err, lang), area });
    } finally {
      setBusy(false);
      setRefresh((n) => n + 1);
    }
  };

  const exportFile = (type: 'exportBackup' | 'exportJson') => () =>
    run('export', async () => {
      downloadFile(await sendMessage(type, {}));
    });
  const exportCsv = (region: string) =>
    run('export', async () => {
      downloadFile(await sendMessage('exportCsv', { region }));
    });

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run('import', async () => {
      // Refused before reading it into memory; the background checks the same limit again.
      if (file.size > MAX_IMPORT_BYTES) throw new PlanLensError('invalid', t('options.importTooLarge', lang, { mb: Math.round(file.size / 1048576), max: MAX_IMPORT_BYTES / 1048576 }));
      const r = await sendMessage('importBackup', { text: await file.text(), mode: replace ? 'replace' : 'merge' });
      onChanged();
      return t('options.imported', lang, { plans: r.plans, targets: r.targets, highlights: r.highlights });
    });
  };

  const doConfirm = () => {
    const c = confirm;
    setConfirm(null);
    if (c?.kind === 'clear') {
      void run('clear', async () => {
        const r = await sendMessage('clearAll', { confirm: true });
        onChanged();
        return t('options.cleared', lang, { plans: r.plans, highlights: r.highlights });
      });
    } else if (c?.kind === 'delete') {
      void run('plans', async () => {
        await sendMessage('deletePlan', { id: c.plan.id });
        onChanged();
        return t('options.deleted', lang, { title: c.plan.title || c.plan.id });
      });
    }
  };

  const message = (area: string) =>
    msg?.area === area && (
      <p class={msg.kind === 'error' ? 'pl-msg pl-msg--error' : 'pl-msg pl-msg--ok'} role={msg.kind === 'error' ? 'alert' : 'status'} data-result={`${area}-${msg.kind}`}>
        {msg.kind === 'error' && area === 'import' ? t('options.importFailed', lang, { message: msg.text }) : msg.text}
      </p>
    );

  const groups = plans ? plansByRegion(plans) : [];
  const totalPlans = stats ? stats.plans.bundled + stats.plans.captured + stats.plans.imported : 0;
  return (
    <section class="pl-section" aria-labelledby="pl-data" data-section="data" aria-busy={busy ? 'true' : undefined}>
      <h2 id="pl-data">{t('options.data', lang)}</h2>
      {stats && (
        <p class="pl-small" data-field="stats">
          {t('options.stats', lang, { plans: totalPlans, targets: stats.targets, highlights: stats.highlights })}
          <br />
          <span class="pl-muted">{t('options.bundled', lang, { count: stats.plans.bundled, version: stats.bundledVersion ?? browser.runtime.getManifest().version })}</span>
        </p>
      )}

      <div class="pl-subsection" data-section="plans">
        <h3>{t('options.plans', lang)}</h3>
        {message('plans')}
        {plans === null && <p class="pl-muted">{t('page.loading', lang)}</p>}
        {plans?.length === 0 && <p class="pl-muted">{t('options.noPlans', lang)}</p>}
        {groups.map((g) => (
          <div key={g.region} data-region={g.region}>
            <div class="pl-region-head">
              <h3 class="pl-grow">
                {g.region} <span class="pl-muted pl-small">{t('popup.tabTargets', lang, { count: g.targets })}</span>
              </h3>
              <button type="button" class="pl-btn" data-action="export-csv" disabled={busy} onClick={() => void exportCsv(g.region)}>
                {t('options.exportCsv', lang)}
              </button>
            </div>
            <table class="pl-plans">
              <thead>
                <tr>
                  <th scope="col">{t('options.colYear', lang)}</th>
                  <th scope="col">{t('options.colKind', lang)}</th>
                  <th scope="col">{t('options.colTitle', lang)}</th>
                  <th scope="col">{t('options.colSource', lang)}</th>
                  <th scope="col" class="pl-num">
                    {t('options.colTargets', lang)}
                  </th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {g.plans.map((p) => (
                  <PlanRow key={p.id} p={p} lang={lang} onDelete={(plan) => setConfirm({ kind: 'delete', plan })} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>

      <StorageInfo lang={lang} refresh={refresh} />

      <div class="pl-subsection" data-section="backup">
        <h3>{t('options.backup', lang)}</h3>
        <div class="pl-bar">
          <button type="button" class="pl-btn" data-action="export-backup" disabled={busy} onClick={exportFile('exportBackup')}>
            {t('options.exportBackup', lang)}
          </button>
          <button type="button" class="pl-btn" data-action="export-json" disabled={busy} onClick={exportFile('exportJson')}>
            {t('options.exportJson', lang)}
          </button>
        </div>
        {message('export')}
        <div class="pl-bar">
          <label class="pl-btn pl-file">
            {t('options.import', lang)}
            <input type="file" name="import" accept=".json,application/json" disabled={busy} onChange={(e) => importFile(e.currentTarget as HTMLInputElement)} />
          </label>
          <label class="pl-small">
            <input type="checkbox" name="replace" checked={replace} onChange={(e) => setReplace((e.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('options.importReplace', lang)}
          </label>
        </div>
        {message('import')}
        <div class="pl-bar">
          <button type="button" class="pl-btn pl-btn--danger" data-action="clear-all" disabled={busy} onClick={() => setConfirm({ kind: 'clear' })}>
            {t('options.clearAll', lang)}
          </button>
        </div>
        {message('clear')}
      </div>

      <ConfirmDialog
        open={confirm !== null}
        lang={lang}
        title={confirm?.kind === 'delete' ? t('options.delete', lang) : t('options.clearTitle', lang)}
        text={
          confirm?.kind === 'delete'
            ? t('options.confirmDeletePlan', lang, { title: confirm.plan.title || confirm.plan.id, count: confirm.plan.targets })
            : t('options.clearText', lang)
        }
        confirmLabel={confirm?.kind === 'delete' ? t('options.delete', lang) : t('options.clearConfirm', lang)}
        onConfirm={doConfirm}
        onCancel={() => setConfirm(null)}
      />
    </section>
  );
}
