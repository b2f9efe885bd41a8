// @vitest-environment happy-dom
/**
 * Storage trouble (RELIABILITY.md rows S1–S2): a QuotaExceededError or an aborted transaction at
 * every write step of a capture and of an import (merge and replace) leaves every table exactly
 * as it was (fake-indexeddb), the router answers with the 'quota' code and a sentence a user can
 * act on, and the popup's tab status shows the content script's error.
 */
import Dexie from 'dexie';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { exportJson, importBackup } from '../../lib/db/backup';
import { capturePlan } from '../../lib/db/capture';
import { toPlanLensError } from '../../lib/db/errors';
import { saveHighlight } from '../../lib/db/highlights';
import type { PlanLensDB } from '../../lib/db/schema';
import { TabStatus } from '../../entrypoints/popup/TabStatus';
import { JX2022, JX2024, freshDb, notice } from './db-fixtures';

const URL_2024 = 'https://www.jiaxing.gov.cn/2024.html';
const TABLES = ['plans', 'texts', 'targets', 'passagePages', 'vocab', 'highlights'] as const;
/** The first write to `table` (put, bulkPut, delete, bulkDelete, clear…) fails. */
type Step = { table: (typeof TABLES)[number] };
const STEPS: Step[] = ['plans', 'texts', 'targets', 'passagePages', 'vocab'].map((table) => ({ table }) as Step);
const WRITES = ['put', 'bulkPut', 'add', 'bulkAdd', 'update', 'bulkUpdate', 'delete', 'bulkDelete', 'clear'];

const opened: PlanLensDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function stocked(): Promise<PlanLensDB> {
  const db = freshDb('storage');
  opened.push(db);
  await capturePlan(db, notice('嘉兴市', 2022, JX2022), { url: 'https://www.jiaxing.gov.cn/2022.html', now: 1 });
  await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: URL_2024, now: 2 });
  await saveHighlight(db, { url: URL_2024, planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 2 }], exact: '嘉兴', note: '笔记' });
  return db;
}

/** Every row of every table, in key order. */
async function dump(db: PlanLensDB): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await db.table(t).toArray();
  return JSON.stringify(out);
}

/** Make the first write to one table fail mid-transaction: by a quota error, or by aborting the transaction. */
function breakStep(db: PlanLensDB, step: Step, how: 'quota' | 'abort'): () => void {
  const table = (db as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>)[step.table];
  const originals = new Map(WRITES.map((m) => [m, table[m]] as const));
  for (const [m, original] of originals) {
    table[m] = function (this: unknown, ...args: unknown[]) {
      if (how === 'abort') {
        Dexie.currentTransaction?.abort();
        return original.apply(this, args);
      }
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    };
  }
  return () => {
    for (const [m, original] of originals) table[m] = original;
  };
}

describe('a failure at any write step leaves the database exactly as it was', () => {
  // A name no stored plan has, so the capture writes to every table (names already stored are not
  // written again).
  const revised = notice('嘉兴市', 2024, [...JX2024.slice(0, 2), { name: '数字经济核心产业增加值', text: '增长10%', value: { metric: 'growth', number: 10, unit: '%' } }], { extra: ['新的一段。'] });
  const cases = STEPS.flatMap((s) => (['quota', 'abort'] as const).map((how) => [s.table, how, s] as const));

  it.each(cases)('capture, the first write to %s fails by %s', async (_label, how, step) => {
    const db = await stocked();
    const before = await dump(db);
    const restore = breakStep(db, step, how);
    const error = await capturePlan(db, revised, { url: URL_2024, now: 3 }).then(() => null, (e: unknown) => e);
    restore();
    expect(error).not.toBeNull();
    expect(toPlanLensError(error).code).toBe(how === 'quota' ? 'quota' : 'internal');
    expect(await dump(db)).toBe(before);
    // …and the database still works afterwards.
    expect((await capturePlan(db, revised, { url: URL_2024, now: 4 })).status).toBe('updated');
  });

  it.each([...cases, ['highlights', 'quota', { table: 'highlights' }] as const, ['highlights', 'abort', { table: 'highlights' }] as const])(
    'import (replace), the first write to %s fails by %s',
    async (_label, how, step) => {
      const db = await stocked();
      const file = await exportJson(db);
      await capturePlan(db, notice('嘉兴市', 2023, JX2022), { url: 'https://www.jiaxing.gov.cn/2023.html', now: 5 });
      const before = await dump(db);
      const restore = breakStep(db, step as Step, how);
      const error = await importBackup(db, file, { mode: 'replace' }).then(() => null, (e: unknown) => e);
      restore();
      expect(error).not.toBeNull();
      expect(await dump(db)).toBe(before);
    },
  );

  it('the quota message tells the user what happened and what to do', () => {
    const e = toPlanLensError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(e.code).toBe('quota');
    expect(e.message).toMatch(/storage is full: nothing was changed\. Free some space/);
  });

  it('the popup’s tab status shows the content script’s error (e.g. a capture refused for quota)', () => {
    const root = document.createElement('div');
    const message = toPlanLensError(new DOMException('q', 'QuotaExceededError')).message;
    const state = { url: URL_2024, detected: true, planId: 'p', region: '嘉兴市', year: 2024, kind: 'annual-plan' as const, title: 't', targets: 3, captured: false, error: message, tabId: 1, updatedAt: 0 };
    render(h(TabStatus, { state, host: 'www.jiaxing.gov.cn', lang: 'en', siteOn: true, globalOn: true, onSiteChange: () => {}, onCompare: null }), root);
    expect(root.querySelector('.pl-msg--error')?.textContent).toBe(message);
    expect(root.querySelector('[data-field="captured"]')?.textContent).toBe('not saved');
    render(null, root);
  });
});
