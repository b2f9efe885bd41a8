import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importBackup, exportJson } from '../../lib/db/backup';
import { capturePlan } from '../../lib/db/capture';
import { confirmHighlight, deleteHighlight, saveHighlight, updateHighlight } from '../../lib/db/highlights';
import { clearAll } from '../../lib/db/maintenance';
import { deletePlan } from '../../lib/db/plans';
import { openDatabase } from '../../lib/db/schema';
import { search } from '../../lib/db/search';
import { SearchIndex } from '../../lib/db/search-index';
import { PostingIndex } from '../../lib/search/engine';
import { queryTerms, tokenize } from '../../lib/search/tokenize';
import { DATA_STAMP_KEY, DEFAULT_SNAPSHOT_DELAY, SNAPSHOT_FORMAT, SNAPSHOT_ID, dropSearchIndex, liveSearchIndex, noteActivity, saveSnapshot, searchIndexFor, searchIndexInfo, setSnapshotDelay } from '../../lib/db/search-index';
import { JX2022, JX2024, freshDb, notice, storedTerms } from './db-fixtures';
import { generateDatabase, loadInto } from '../bench/gen-db';

const PARA = '稳步扩大有效投资。加快沪乍杭铁路等项目前期，实现固定资产投资增长6%以上。';
const top = (r: Awaited<ReturnType<typeof search>>) => r.indicators.map((g) => `${g.indicator}@${g.region}`).filter((k) => !k.startsWith('x-'));

beforeEach(() => setSnapshotDelay(0)); // snapshots saved explicitly in these tests
afterEach(() => setSnapshotDelay(DEFAULT_SNAPSHOT_DELAY));

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

  it('a format-2 snapshot (one vocabulary document per indicator × region × name) is rebuilt, not misread', async () => {
    const db = await small();
    const before = await search(db, '固定资产投资');
    expect(await saveSnapshot(db)).toBe(true);
    const current = (await db.searchIndex.get(SNAPSHOT_ID))!;
    expect(current.format).toBe(SNAPSHOT_FORMAT);
    expect(SNAPSHOT_FORMAT).toBeGreaterThan(2);
    // The row as a format-2 build wrote it: same stamp (current data), the old table shape.
    const old = JSON.parse(current.tables) as Record<string, unknown>;
    const v2Tables = { terms: [[1, 'fixed-asset-investment', '嘉兴市', '固定资产投资']], passages: old.passages, highlights: old.highlights, plans: old.plans };
    await db.searchIndex.put({ ...current, format: 2, tables: JSON.stringify(v2Tables) });
    dropSearchIndex(db);
    expect(await search(db, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(db).source).toBe('built');
    // The rebuilt index's own snapshot is format 3 again and is used by the next restart.
    expect(await saveSnapshot(db)).toBe(true);
    expect((await db.searchIndex.get(SNAPSHOT_ID))?.format).toBe(SNAPSHOT_FORMAT);
    dropSearchIndex(db);
    expect(await search(db, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(db).source).toBe('snapshot');
  });

  it('posting lists survive the compact snapshot form: any document order, large numbers, one-character prefixes', async () => {
    const posting = new PostingIndex();
    const docs: [number, string][] = [
      [7, '固定资产投资增长'],
      [3, '固定资产'],
      [2 ** 40 + 5, '投资 gdp'],
      [1, 'gdp 增长'],
      [300_000, '增长'],
    ];
    for (const [doc, text] of docs) posting.add(doc, tokenize(text));
    const copy = PostingIndex.fromSnapshot(await posting.export(), posting.postings);
    for (const q of ['固定资产', '增长', 'gdp', '投', 'g', '固定资产投资', '无']) {
      expect(copy.query(queryTerms(q)), q).toEqual(posting.query(queryTerms(q)));
    }
    expect(copy.query(queryTerms('投')).sort((a, b) => a - b)).toEqual([7, 2 ** 40 + 5]);
    const empty = new PostingIndex();
    expect(PostingIndex.fromSnapshot(await empty.export(), 0).query(queryTerms('投'))).toEqual([]);
  });

  it('a capture writes one vocabulary row for its plan, and search finds names old and new', async () => {
    const db = await small();
    const rows = await db.vocab.count();
    const names = (await storedTerms(db)).length;
    await capturePlan(db, notice('嘉兴市', 2025, JX2024), { url: 'https://www.jiaxing.gov.cn/d.html' });
    expect(await db.vocab.count()).toBe(rows + 1);
    expect((await storedTerms(db)).length).toBe(names); // the same names in the same region
    await capturePlan(db, notice('嘉兴市', 2026, [...JX2024, { name: '新增公共充电桩', text: '1000个' }]), { url: 'https://www.jiaxing.gov.cn/e.html' });
    expect((await storedTerms(db)).length).toBe(names + 1);
    const found = (await search(db, '公共充电桩')).indicators.map((g) => g.region);
    expect(found).toEqual(['嘉兴市']);
    // A restart rebuilding from the tables gives the same answers as the live index.
    const live = await search(db, '固定资产投资');
    dropSearchIndex(db);
    await db.searchIndex.clear();
    expect(await search(db, '固定资产投资')).toEqual(live);
    expect((await search(db, '公共充电桩')).indicators.map((g) => g.region)).toEqual(['嘉兴市']);
  });

  it('the vocabulary is one document per distinct name, and stays right as pairs are pruned', async () => {
    const db = await small();
    await capturePlan(db, notice('湖州市', 2024, JX2024), { url: 'https://www.huzhou.gov.cn/c.html' });
    const index = await searchIndexFor(db);
    const names = new Set([...JX2022, ...JX2024].map((r) => r.name));
    expect(index.size.terms).toBeLessThanOrEqual(names.size); // 嘉兴市 and 湖州市 share their names
    expect(top(await search(db, '固定资产投资')).sort()).toEqual(['fixed-asset-investment@嘉兴市', 'fixed-asset-investment@湖州市'].sort());
    await deletePlan(db, '湖州市/2024/annual-plan');
    expect(top(await search(db, '固定资产投资'))).toEqual(['fixed-asset-investment@嘉兴市']);
    expect(index.regionsOf('fixed-asset-investment')).toEqual(['嘉兴市']);
    await deletePlan(db, '嘉兴市/2024/annual-plan');
    await deletePlan(db, '嘉兴市/2022/annual-plan');
    // Committed changes wait for the next task or the next reader: read through the accessor.
    expect((await searchIndexFor(db)).findTerms(queryTerms('固定资产投资'))).toEqual([]);
    expect(index.size.terms).toBe(0);
  });

  it('a capture answers before the index takes its change; any reader of the index applies it first', async () => {
    const db = await small();
    await searchIndexFor(db);
    const apply = vi.spyOn(SearchIndex.prototype, 'apply');
    try {
      await capturePlan(db, notice('湖州市', 2025, JX2024, { extra: ['湖州推进南太湖新区建设。'] }), { url: 'https://www.huzhou.gov.cn/f.html' });
      expect(apply).not.toHaveBeenCalled(); // tokenizing and indexing 1,500 paragraphs is not the writer's wait
      expect(liveSearchIndex(db)!.findPassages(queryTerms('南太湖'))).toEqual([expect.stringMatching(/^湖州市\/2025\/annual-plan#p\d+$/)]);
      expect(apply).toHaveBeenCalledTimes(1);
      // Left alone, the change is applied in the next task.
      await capturePlan(db, notice('湖州市', 2026, JX2024), { url: 'https://www.huzhou.gov.cn/g.html' });
      expect(apply).toHaveBeenCalledTimes(1);
      await new Promise((r) => setTimeout(r, 0));
      expect(apply).toHaveBeenCalledTimes(2);
      expect(top(await search(db, '固定资产投资'))).toContain('fixed-asset-investment@湖州市');
    } finally {
      apply.mockRestore();
    }
  });

  it('plan titles and held target rows stay in step: capture, recapture, import, delete, highlight confirm, restart', async () => {
    const db = await small();
    const years = async (region: string | null = null) => {
      const r = await search(db, '固定资产投资', { region });
      const g = r.indicators.find((x) => x.indicator === 'fixed-asset-investment' && x.region === '嘉兴市');
      return g ? g.entries.filter((e) => e.indicator === 'fixed-asset-investment').map((e) => `${e.year}:${e.text}:${e.planTitle}`) : [];
    };
    const t22 = '嘉兴市人民政府关于下达2022年嘉兴市国民经济和社会发展计划的通知';
    const t24 = '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知';
    expect(await years()).toEqual([`2022:增长8%以上:${t22}`, `2024:增长6%以上:${t24}`]);
    const index = await searchIndexFor(db);
    expect(index.size.heldTargets).toBeGreaterThan(0); // the rows above are now held in memory

    // Capture a new year: the held rows of the pair are dropped, the new entry shows.
    const jx2025 = JX2024.map((r) => (r.name === '固定资产投资' ? { ...r, text: '增长5%以上' } : r));
    await capturePlan(db, notice('嘉兴市', 2025, jx2025, { title: '二〇二五年计划' }), { url: 'https://www.jiaxing.gov.cn/c.html' });
    expect(await years()).toEqual([`2022:增长8%以上:${t22}`, `2024:增长6%以上:${t24}`, '2025:增长5%以上:二〇二五年计划']);

    // Recapture with another title and figure: plan card and rows follow.
    const changed = JX2024.map((r) => (r.name === '固定资产投资' ? { ...r, text: '增长4%以上' } : r));
    await capturePlan(db, notice('嘉兴市', 2025, changed, { title: '二〇二五年计划（修订）', extra: ['修订说明：固定资产投资目标下调。'] }), { url: 'https://www.jiaxing.gov.cn/c.html' });
    expect((await years()).at(-1)).toBe('2025:增长4%以上:二〇二五年计划（修订）');
    expect((await search(db, '修订说明')).passages.map((p) => p.title)).toEqual(['二〇二五年计划（修订）']);

    // Import (merge) a plan of another year for the same pair.
    const other = freshDb('index-import');
    await capturePlan(other, notice('嘉兴市', 2023, JX2022, { title: '二〇二三年计划' }), { url: null });
    await importBackup(db, await exportJson(other), { mode: 'merge' });
    expect((await years()).map((y) => y.slice(0, 4))).toEqual(['2022', '2023', '2024', '2025']);

    // Delete: the rows and the plan card go.
    await deletePlan(db, '嘉兴市/2025/annual-plan');
    expect((await years()).map((y) => y.slice(0, 4))).toEqual(['2022', '2023', '2024']);
    expect((await search(db, '修订说明')).passages).toEqual([]);

    // Confirming a highlight re-records its quote: search follows the new text.
    const h = await saveHighlight(db, { url: 'https://www.jiaxing.gov.cn/b.html', planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 5 }], exact: '沪乍杭铁路', note: '', tags: [] });
    await confirmHighlight(db, h.id, [{ type: 'TextPositionSelector', start: 0, end: 6 }], '通苏嘉甬铁路');
    expect((await search(db, '通苏嘉甬')).highlights.map((x) => x.id)).toEqual([h.id]);
    expect((await search(db, '沪乍杭')).highlights).toEqual([]);

    // Never rebuilt along the way.
    expect(searchIndexInfo(db).source).toBe('built');
    const queries = ['固定资产投资', 'GDP', '就业', '二〇二三年计划', '通苏嘉甬', '投'];
    const live = await Promise.all(queries.map((q) => search(db, q, { region: '嘉兴市' })));

    // A restarted worker gives the same answers from the snapshot, and from the tables without one.
    expect(await saveSnapshot(db)).toBe(true);
    dropSearchIndex(db);
    expect(await Promise.all(queries.map((q) => search(db, q, { region: '嘉兴市' })))).toEqual(live);
    expect(searchIndexInfo(db).source).toBe('snapshot');
    await db.searchIndex.clear();
    dropSearchIndex(db);
    expect(await Promise.all(queries.map((q) => search(db, q, { region: '嘉兴市' })))).toEqual(live);
    expect(searchIndexInfo(db).source).toBe('built');
  });

  it('rows read while a write was being applied are not held', () => {
    const index = new SearchIndex();
    const row = { id: 't1', planId: 'p', indicator: 'gdp', region: '嘉兴市', year: 2024 } as never;
    const before = index.generation;
    index.apply({ termsPut: [] }); // a write committed while the rows were being read
    index.cacheTargets('嘉兴市', 'gdp', [row], before);
    expect(index.cachedTargets('嘉兴市', 'gdp')).toBeUndefined();
    index.cacheTargets('嘉兴市', 'gdp', [row], index.generation);
    expect(index.cachedTargets('嘉兴市', 'gdp')).toEqual([row]);
    index.apply({ pairsTouched: [['嘉兴市', 'gdp']] });
    expect(index.cachedTargets('嘉兴市', 'gdp')).toBeUndefined();
  });

  it('a snapshot save gives up when a message comes in meanwhile (and succeeds once quiet)', async () => {
    const db = await small();
    await search(db, 'GDP');
    const saving = saveSnapshot(db);
    noteActivity(db); // a message arrives while the posting lists are being exported
    expect(await saving).toBe(false);
    expect(await db.searchIndex.count()).toBe(0);
    expect(await saveSnapshot(db)).toBe(true);
    expect(await db.searchIndex.count()).toBe(1);
  });

  it('rows written by someone else (stamp moved) are answered at once, though the live index answers while its stamp is compared', async () => {
    const db = await small();
    expect((await search(db, '高标准农田')).passages).toEqual([]);
    // The benchmark's way: rows straight into the tables, then a new stamp (write.ts not involved).
    await loadInto(db, generateDatabase({ plans: 30, targetsPerPlan: 40, highlights: 0 }));
    const r = await search(db, '高标准农田');
    expect(r.indicators.length + r.passages.length).toBeGreaterThan(0);
    expect(searchIndexInfo(db).source).toBe('built');
  });
});
