import type { Handlers, SenderContext } from './router';
import { exportBackup, exportJson, importBackup } from './backup';
import type { BundledData } from './bundled';
import { capturePlan } from './capture';
import { extractFromReading } from '../notice/extract';
import { exportCsv } from './csv';
import { PlanLensError } from './errors';
import { confirmHighlight, deleteHighlight, getHighlight, listAllHighlights, listHighlights, saveHighlight, updateHighlight } from './highlights';
import { historyForKeys } from './history';
import { clearAll, stats } from './maintenance';
import { deletePlan, getPlan, listPlans } from './plans';
import { planTargets } from './plan-targets';
import type { PlanLensDB } from './schema';
import { search } from './search';
import { seedBundled } from './seed';
import { type SessionArea, getTabState, setTabState } from './tab-state';

export interface HandlerDeps {
  db: PlanLensDB;
  bundled: BundledData;
  /** browser.storage.session in the extension. */
  session: SessionArea;
  now?: () => Date;
  /** Opens an extension page in a new tab (browser.tabs.create in the extension). */
  openTab?: (url: string) => Promise<void>;
  /** The extension URL of the reader page for a plan at a position. */
  readerUrl?: (planId: string, position: number) => string;
}

/** A content script may only touch highlights of its own page. */
async function checkOwnHighlight(deps: HandlerDeps, id: string, ctx: SenderContext): Promise<void> {
  if (ctx.kind !== 'content') return;
  const h = await getHighlight(deps.db, id);
  if (h.url !== ctx.url) throw new PlanLensError('blocked', 'Refused: a page may only change its own highlights.');
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Every operation of the protocol (lib/messages.ts), over one database. The router has already validated payloads and senders. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  // Bundled plans come back after anything that may have removed them (a bundled plan's captured copy deleted, a wipe).
  const reseed = () => seedBundled(db, deps.bundled, { force: true });
  return {
    extractNotice: (p) => {
      const notice = extractFromReading(p.reading, { url: p.url });
      return notice ? { plan: notice.plan, targets: notice.targets } : null;
    },
    capturePlan: (p) => capturePlan(db, p.notice, { url: p.url, paragraphs: p.paragraphs }),
    historyForKeys: (p) => historyForKeys(db, p.region, p.keys),
    search: (p) => search(db, p.query, { limit: p.limit, region: p.region }),
    getPlan: (p) => getPlan(db, p.id),
    planTargets: (p) => planTargets(db, p.planId),
    openReader: async (p) => {
      if (!deps.openTab || !deps.readerUrl) throw new PlanLensError('internal', 'The reader page cannot be opened here.');
      await getPlan(db, p.planId); // not-found for an unknown plan, before any tab opens
      await deps.openTab(deps.readerUrl(p.planId, p.position));
      return { opened: true as const };
    },
    listPlans: () => listPlans(db),
    deletePlan: async (p) => {
      const result = await deletePlan(db, p.id);
      await reseed();
      return result;
    },
    saveHighlight: (p) => saveHighlight(db, p.highlight),
    updateHighlight: async (p, ctx) => {
      await checkOwnHighlight(deps, p.id, ctx);
      return updateHighlight(db, p.id, p.patch);
    },
    confirmHighlight: async (p, ctx) => {
      await checkOwnHighlight(deps, p.id, ctx);
      return confirmHighlight(db, p.id, p.selectors, p.exact);
    },
    deleteHighlight: async (p, ctx) => {
      await checkOwnHighlight(deps, p.id, ctx);
      return deleteHighlight(db, p.id);
    },
    listHighlights: (p) => listHighlights(db, p.url),
    listAllHighlights: () => listAllHighlights(db),
    exportBackup: async () => ({ filename: `planlens-backup-${day(now())}.json`, mime: 'application/json', text: await exportBackup(db) }),
    exportJson: async () => ({ filename: `planlens-export-${day(now())}.json`, mime: 'application/json', text: await exportJson(db, now()) }),
    exportCsv: async (p) => ({ filename: `planlens-${p.region}-${day(now())}.csv`, mime: 'text/csv;charset=utf-8', text: await exportCsv(db, p.region) }),
    importBackup: async (p) => {
      const result = await importBackup(db, p.text, { mode: p.mode });
      if (result.mode === 'replace') await reseed();
      return result;
    },
    stats: async () => ({ ...(await stats(db)), bundledVersion: deps.bundled.version }),
    clearAll: async (p) => {
      const result = await clearAll(db, p.confirm);
      await reseed();
      return result;
    },
    getTabState: (p) => getTabState(deps.session, p.tabId),
    setTabState: (p, ctx) => {
      const tabId = ctx.kind === 'content' ? ctx.tabId : (p.tabId ?? null);
      if (tabId === null) throw new PlanLensError('invalid', 'Invalid "setTabState" request: payload.tabId is required from extension pages.');
      return setTabState(deps.session, tabId, p.state);
    },
  };
}
