import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup, exportJson } from '../../lib/db/backup';
import { capturePlan } from '../../lib/db/capture';
import { deleteHighlight, saveHighlight, updateHighlight } from '../../lib/db/highlights';
import { clearAll } from '../../lib/db/maintenance';
import { deletePlan } from '../../lib/db/plans';
import { openDatabase } from '../../lib/db/schema';
import { search } from '../../lib/db/search';
import { DATA_STAMP_KEY, SNAPSHOT_ID, dropSearchIndex, saveSnapshot, searchIndexFor, searchIndexInfo, setSnapshotDelay } from '../../lib/db/search-index';
import { JX2022, JX2024, freshDb, notice } from './db-fixtures';

const PARA = '稳步扩大有效投资。加快沪乍杭铁路等项目前期，实现固定资产投资增长6%以上。';
const top = (r: Awaited<ReturnType<typeof search>>) => r.indicators.map((g) => `${g.indicator}@${g.region}`).filter((k) => !k.startsWith('x-'));

beforeEach(() => setSnapshotDelay(0)); // snapshots saved explicitly in these tests
afterEach(() => setSnapshotDelay(1500));

async function small() {
  const db = freshDb('index');
  await capturePlan(db, notice('嘉兴市', 2022, JX2022), { url: 'https://www.jiaxing.gov.cn/a.html' });
  await capturePlan(db, notice('嘉兴市', 2024, JX2024, { extra: [PARA] }), { url: 'https://www.jiaxing.gov.cn/b.html' });
  return db;
}

describe('in-memory search index', () => {
  it('follows every write without a rebuild: capture, delete, highlight save/update/delete', async () => {
    const db = await small();
    expect(top(await search(db, '固定资产投资'))).toEqual(['fixed-asset-investment@嘉兴市']);
    const built = searchIndexInfo(db);
    expect(built.source).toBe('built');

    await capturePlan(db, notice('湖州市', 2024, JX2024, { extra: ['湖州市新建高标准农田10万亩。'] }), { url: 'https://www.huzhou.gov.cn/c.html' });
    const r = await search(db, '高标准农田');
    expect(r.passages.map((p) => p.region)).toEqual(['湖州市']);
    expect(top(await search(db, '固定资产投资', { region: '湖州市' }))).toEqual(['fixed-asset-investment@湖州市', 'fixed-asset-investment@嘉兴市']);

    await deletePlan(db, '湖州市/2024/annual-plan');
    expect((await search(db, '高标准农田')).passages).toEqual([]);
    expect(top(await search(db, '固定资产投资'))).toEqual(['fixed-asset-investment@嘉兴市']);

    const h = await saveHighlight(db, { url: 'https://www.jiaxing.gov.cn/b.html', planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 5 }], exact: '沪乍杭铁路', note: '', tags: [] });
    expect((await search(db, '沪乍杭')).highlights.map((x) => x.id)).toEqual([h.id]);
    await updateHighlight(db, h.id, { note: '关注轨道交通', tags: ['交通'] });
    expect((await search(db, '轨道交通')).highlights.map((x) => x.field)).toEqual(['note']);
    await deleteHighlight(db, h.id);
    expect((await search(db, '轨道交通')).highlights).toEqual([]);
    // Never rebuilt: every change came through the committed transactions.
    expect(searchIndexInfo(db).source).toBe('built');
    expect(searchIndexInfo(db).loadMs).toBe(built.loadMs);
  });

  it('an aborted write changes nothing in memory either', async () => {
    const db = await small();
    await search(db, 'GDP');
    const original = db.targets.bulkPut.bind(db.targets);
    db.targets.bulkPut = (() => Promise.reject(new DOMException('disk full', 'QuotaExceededError'))) as never;
    await expect(capturePlan(db, notice('湖州市', 2024, JX2024, { extra: ['湖州市新建高标准农田10万亩。'] }), { url: null })).rejects.toThrow();
    db.targets.bulkPut = original;
    expect((await search(db, '高标准农田')).passages).toEqual([]);
    expect(top(await search(db, '固定资产投资'))).toEqual(['fixed-asset-investment@嘉兴市']);
  });

  it('import (merge and replace) and wipe', async () => {
    const db = await small();
    const other = freshDb('index-other');
    await capturePlan(other, notice('湖州市', 2024, JX2024), { url: null });
    const file = await exportJson(other);
    await search(db, 'GDP');
    await importBackup(db, file, { mode: 'merge' });
    expect(top(await search(db, '固定资产投资', { region: '嘉兴市' }))).toEqual(['fixed-asset-investment@嘉兴市', 'fixed-asset-investment@湖州市']);
    await importBackup(db, file, { mode: 'replace' });
    expect(top(await search(db, '固定资产投资'))).toEqual(['fixed-asset-investment@湖州市']);
    await clearAll(db, true);
    expect(await search(db, '固定资产投资')).toMatchObject({ indicators: [], passages: [], highlights: [] });
  });

  it('a restarted worker loads the snapshot; a stale or missing snapshot is rebuilt from the tables', async () => {
    const db = await small();
    const before = await search(db, '固定资产投资');
    expect(await saveSnapshot(db)).toBe(true);
    const snapshot = await db.searchIndex.get(SNAPSHOT_ID);
    expect(snapshot?.stamp).toBe((await db.meta.get(DATA_STAMP_KEY))?.value);

    // Restart: a new connection, nothing in memory.
    const name = db.name;
    db.close();
    dropSearchIndex(db);
    const again = openDatabase(name);
    expect(await search(again, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(again).source).toBe('snapshot');

    // Someone else wrote (stamp moved): the snapshot is stale, the tables are indexed again.
    await again.meta.put({ key: DATA_STAMP_KEY, value: 'elsewhere' });
    dropSearchIndex(again);
    expect(await search(again, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(again).source).toBe('built');

    // A live index notices the stamp moving under it too.
    await again.meta.put({ key: DATA_STAMP_KEY, value: 'elsewhere-2' });
    await searchIndexFor(again);
    expect(searchIndexInfo(again).source).toBe('built');
    expect((await searchIndexFor(again)).stamp).toBe('elsewhere-2');

    // No snapshot at all.
    await again.searchIndex.clear();
    dropSearchIndex(again);
    expect(await search(again, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(again).source).toBe('built');
    again.close();
  });

  it('a snapshot of another format is not used', async () => {
    const db = await small();
    await search(db, 'GDP');
    await saveSnapshot(db);
    await db.searchIndex.update(SNAPSHOT_ID, { format: -1 });
    dropSearchIndex(db);
    expect(top(await search(db, 'GDP'))[0]).toBe('gdp@嘉兴市');
    expect(searchIndexInfo(db).source).toBe('built');
  });
});
