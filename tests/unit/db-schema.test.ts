import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_VERSION, openDatabase } from '../../lib/db/schema';
import { capturePlan } from '../../lib/db/capture';
import { DEFAULT_SNAPSHOT_DELAY, dropSearchIndex, saveSnapshot, searchIndexInfo, setSnapshotDelay } from '../../lib/db/search-index';
import { passagesFor, termsFor } from '../../lib/db/indexing';
import { toPlanRecord, toTargetRecords } from '../../lib/db/records';
import { search } from '../../lib/db/search';
import type { HighlightRecord } from '../../lib/types';
import { JX2024, notice, storedPassages, storedTerms } from './db-fixtures';

describe('schema upgrade v1 → v2', () => {
  it('opens data written by version 1 and builds the search rows it lacked', async () => {
    const name = `upgrade-${Math.random()}`;
    // Write with a v1-only Dexie instance, exactly as the first release did.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const n = notice('嘉兴市', 2024, JX2024, { extra: ['稳步扩大有效投资，实现固定资产投资增长6%以上。'] });
    const plan = toPlanRecord(n.plan, n.blocks, 'captured', 1000);
    const targets = toTargetRecords(plan, n.targets);
    const highlight: HighlightRecord = {
      id: 'h1',
      url: 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1.html',
      planId: plan.id,
      selectors: [{ type: 'TextPositionSelector', start: 3, end: 9 }],
      exact: '固定资产投资',
      note: '比2022年低',
      tags: ['投资'],
      color: 'yellow',
      createdAt: 1,
      updatedAt: 2,
    };
    await v1.table('plans').put(plan);
    await v1.table('targets').bulkPut(targets);
    await v1.table('highlights').put(highlight);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    // Old data is intact, the text moved to its own table…
    const { paragraphs, ...row } = plan;
    expect(await db.plans.get(plan.id)).toEqual(row);
    expect(await db.texts.get(plan.id)).toEqual({ id: plan.id, paragraphs });
    expect(await db.targets.count()).toBe(JX2024.length);
    // …and the v2 search rows were built from it.
    expect(await storedPassages(db, plan.id)).toHaveLength(n.blocks.length);
    expect((await storedTerms(db)).map((t) => `${t.region}:${t.name}`).sort()).toEqual(JX2024.map((r) => `嘉兴市:${r.name}`).sort());
    const h = await db.highlights.get('h1');
    expect(h?.tokens).toEqual(expect.arrayContaining(['固定', '投资', '2022', '年低']));
    expect((await db.meta.get('schema'))?.value).toMatchObject({ version: 3, upgradedFrom: 2 });
    // And search works on upgraded data.
    const results = await search(db, '有效投资');
    expect(results.passages.map((p) => p.text)).toEqual(['稳步扩大有效投资，实现固定资产投资增长6%以上。']);
    expect(results.highlights).toEqual([]);
    expect((await search(db, '比2022年低')).highlights.map((x) => x.id)).toEqual(['h1']);
    db.close();
  });

  it('a fresh database is created at the current version with every table', async () => {
    const db = openDatabase(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['highlights', 'meta', 'passagePages', 'plans', 'searchIndex', 'targets', 'texts', 'vocab']);
    db.close();
  });
});

describe('schema upgrade v2 → v3: figures get their own year', () => {
  it('re-reads a mis-yeared execution report from its stored text', async () => {
    const name = `upgrade3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const planId = '杭州市/2020/plan-execution';
    const paragraphs = [
      '关于杭州市2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告',
      '一、2019年国民经济和社会发展计划执行情况',
      '2019年，全市地区生产总值15373亿元，增长6.8%。',
      '指标名称\t2019年目标\t2019年实际完成',
      '城镇登记失业率\t控制在3.5%以内\t1.68%',
      '二、2020年国民经济和社会发展计划草案',
      '全市地区生产总值增长6.5%左右。',
    ];
    const plan = { id: planId, region: '杭州市', year: 2020, kind: 'plan-execution', title: paragraphs[0], issued: '2020-05-29', url: 'http://drc.hangzhou.gov.cn/art/2020/5/29/art_1.html', source: 'captured', capturedAt: 1, hash: 'h' };
    // What the previous release stored: every figure under the plan's year 2020.
    const old = (id: string, name: string, text: string, role: string, position: number) => ({
      id: `${planId}#${id}`, planId, region: '杭州市', year: 2020, kind: 'plan-execution', indicator: 'x', name, category: null,
      text, value: { metric: 'level' }, origin: 'body', role, quote: text, position,
    });
    await v2.table('plans').put(plan);
    await v2.table('texts').put({ id: planId, paragraphs });
    await v2.table('targets').bulkPut([old('a', '地区生产总值', '增长6.8%', 'target', 60), old('b', '城镇登记失业率', '1.68%', 'actual', 120)]);
    v2.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const rows = (await db.targets.where('planId').equals(planId).toArray()).map((t) => [t.name, t.text, t.role, t.year, t.planYear]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['地区生产总值', '增长6.8%', 'actual', 2019, 2020],
        ['城镇登记失业率', '控制在3.5%以内', 'target', 2019, 2020],
        ['城镇登记失业率', '1.68%', 'actual', 2019, 2020],
        ['地区生产总值', '增长6.5%左右', 'target', 2020, 2020],
      ]),
    );
    // The wrong rows are gone, not kept beside the corrected ones.
    expect(rows.some(([, text, role, year]) => text === '增长6.8%' && (role === 'target' || year === 2020))).toBe(false);
    expect((await db.meta.get('schema'))?.value).toMatchObject({ version: 3, upgradedFrom: 2, reextracted: 1 });
    db.close();
  });
});

describe('schema upgrade v3 → v4: search moves to the in-memory index', () => {
  it('drops the token indexes, keeps every row, and search answers from the rows it finds', async () => {
    const name = `upgrade4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const n = notice('嘉兴市', 2024, JX2024, { extra: ['稳步扩大有效投资，实现固定资产投资增长6%以上。'] });
    const plan = toPlanRecord(n.plan, n.blocks, 'captured', 1);
    const targets = toTargetRecords(plan, n.targets);
    const { paragraphs, ...row } = plan;
    await v3.table('plans').put(row);
    await v3.table('texts').put({ id: plan.id, paragraphs });
    await v3.table('targets').bulkPut(targets);
    await v3.table('passages').bulkPut(passagesFor(plan.id, paragraphs));
    await v3.table('terms').bulkPut(termsFor(targets));
    await v3.table('meta').put({ key: 'dataStamp', value: 'from-an-older-build' });
    v3.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.passagePages.schema.indexes).toEqual([]);
    expect(db.vocab.schema.indexes).toEqual([]);
    expect(db.highlights.schema.indexes.map((i) => i.name).sort()).toEqual(['planId', 'updatedAt', 'url']);
    expect(await db.meta.get('dataStamp')).toBeUndefined();
    expect(await db.searchIndex.count()).toBe(0);
    const results = await search(db, '固定资产投资');
    expect(results.indicators[0]).toMatchObject({ indicator: 'fixed-asset-investment', region: '嘉兴市' });
    expect(results.passages.map((p) => p.text)).toContain('稳步扩大有效投资，实现固定资产投资增长6%以上。');
    db.close();
  });
});

describe('schema upgrade v4 → v6: unqueried indexes dropped, search rows per plan', () => {
  it('keeps every row, the data stamp and the snapshot (a restarted worker still loads it); passages and vocabulary move to per-plan rows', async () => {
    setSnapshotDelay(0);
    const name = `upgrade5-${Math.random()}`;
    const extra = '稳步扩大有效投资，实现固定资产投资增长6%以上。';
    // A capture and its snapshot as the current build writes them…
    const seedDb = openDatabase(name);
    await capturePlan(seedDb, notice('嘉兴市', 2024, JX2024, { extra: [extra] }), { url: null });
    const before = await search(seedDb, '固定资产投资');
    expect(await saveSnapshot(seedDb)).toBe(true);
    seedDb.close();
    dropSearchIndex(seedDb);
    // …copied into a database opened with the v4 schema, with the per-paragraph and per-name rows v4 had.
    const name4 = `${name}-v4`;
    const old = new Dexie(name4);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    old.version(4).stores(SCHEMA_V4);
    const src = openDatabase(name);
    await src.open();
    for (const table of ['plans', 'texts', 'targets', 'highlights', 'meta', 'searchIndex']) await old.table(table).bulkPut(await src.table(table).toArray());
    const text = (await src.texts.toArray())[0];
    const targets = await src.targets.toArray();
    await old.table('passages').bulkPut(passagesFor(text.id, text.paragraphs));
    await old.table('terms').bulkPut(termsFor(targets));
    src.close();
    expect(old.verno).toBe(4);
    expect(old.table('targets').schema.indexes.map((i) => i.name).sort()).toEqual(['[region+indicator]', 'indicator', 'planId', 'year']);
    old.close();

    const db = openDatabase(name4);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.targets.schema.indexes.map((i) => i.name).sort()).toEqual(['[region+indicator]', 'planId']);
    expect(db.tables.map((t) => t.name)).not.toContain('passages');
    expect(db.tables.map((t) => t.name)).not.toContain('terms');
    expect(await db.targets.count()).toBe(targets.length);
    expect((await storedPassages(db)).map((p) => p.text)).toEqual(passagesFor(text.id, text.paragraphs).map((p) => p.text));
    expect((await storedTerms(db)).map((t) => t.id).sort()).toEqual(termsFor(targets).map((t) => t.id).sort());
    expect(await search(db, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(db).source).toBe('snapshot');
    // Without the snapshot, the index built from the new rows answers the same.
    dropSearchIndex(db);
    await db.searchIndex.clear();
    expect(await search(db, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(db).source).toBe('built');
    db.close();
    setSnapshotDelay(DEFAULT_SNAPSHOT_DELAY);
  });

  it('v5 → v6 pages a long text, a plan without text gets no pages, and vocabulary rows gather a plan\'s targets wherever their ids sort', async () => {
    const name = `upgrade6-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    const n = notice('嘉兴市', 2024, JX2024, { extra: Array.from({ length: 70 }, (_, i) => (i % 9 === 0 ? '' : `第${i}段：推进产业升级。`)) });
    const plan = toPlanRecord(n.plan, n.blocks, 'captured', 1);
    const { paragraphs, ...row } = plan;
    await v5.table('plans').bulkPut([row, { ...row, id: '嘉兴市/2023/annual-plan', year: 2023 }]);
    await v5.table('texts').bulkPut([{ id: plan.id, paragraphs }, { id: '嘉兴市/2023/annual-plan', paragraphs: [] }]);
    const rows = toTargetRecords(plan, n.targets);
    // Ids from elsewhere (an old import) need not begin with their plan's: plans interleave in key order.
    const other = '嘉兴市/2023/annual-plan';
    const foreign = [
      { ...rows[0], id: 'x-1', planId: other, name: '甲指标' },
      { ...rows[1], id: 'x-2', planId: plan.id, name: '乙指标' },
      { ...rows[2], id: 'x-3', planId: other, name: '丙指标' },
    ];
    await v5.table('targets').bulkPut([...rows, ...foreign]);
    v5.close();
    const db = openDatabase(name);
    await db.open();
    const pages = await db.passagePages.toArray();
    expect(pages.map((p) => p.id)).toEqual(Array.from({ length: Math.ceil(paragraphs.length / 32) }, (_, k) => `${plan.id}#g${k}`));
    expect((await storedPassages(db, plan.id)).map((p) => [p.index, p.text])).toEqual(passagesFor(plan.id, paragraphs).map((p) => [p.index, p.text]));
    expect((await db.vocab.get(other))?.terms.map((t) => t[2]).sort()).toEqual(['丙指标', '甲指标']);
    expect((await db.vocab.get(plan.id))?.terms.map((t) => t[2]).sort()).toEqual([...JX2024.map((r) => r.name), '乙指标'].sort());
    db.close();
  });
});

describe('a stored plan text reads back as the blocks it came from', () => {
  it('gives the same figures for both seeds (one-cell category rows stay rows)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { extractFromText, extractFromBlocks } = await import('../../lib/notice/extract');
    const { blocksOfParagraphs } = await import('../../lib/db/schema');
    const { paragraphsOf } = await import('../../lib/db/records');
    for (const file of ['jiaxing-2022-plan.txt', 'jiaxing-2024-plan.txt']) {
      const n = extractFromText(readFileSync(join(__dirname, '../../seeds', file), 'utf8'))!;
      const again = extractFromBlocks(blocksOfParagraphs(paragraphsOf(n.blocks)), n.plan);
      expect(again.targets.map((t) => [t.name, t.text, t.role, t.year])).toEqual(n.targets.map((t) => [t.name, t.text, t.role, t.year]));
    }
  });
});
