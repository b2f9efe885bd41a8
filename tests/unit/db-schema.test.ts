import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, openDatabase } from '../../lib/db/schema';
import { toPlanRecord, toTargetRecords } from '../../lib/db/records';
import { search } from '../../lib/db/search';
import type { HighlightRecord } from '../../lib/types';
import { JX2024, notice } from './db-fixtures';

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
    expect(db.verno).toBe(2);
    // Old data is intact, the text moved to its own table…
    const { paragraphs, ...row } = plan;
    expect(await db.plans.get(plan.id)).toEqual(row);
    expect(await db.texts.get(plan.id)).toEqual({ id: plan.id, paragraphs });
    expect(await db.targets.count()).toBe(JX2024.length);
    // …and the v2 search rows were built from it.
    expect(await db.passages.where('planId').equals(plan.id).count()).toBe(n.blocks.length);
    expect((await db.terms.toArray()).map((t) => `${t.region}:${t.name}`).sort()).toEqual(JX2024.map((r) => `嘉兴市:${r.name}`).sort());
    const h = await db.highlights.get('h1');
    expect(h?.tokens).toEqual(expect.arrayContaining(['固定', '投资', '2022', '年低']));
    expect((await db.meta.get('schema'))?.value).toMatchObject({ version: 2, upgradedFrom: 1 });
    // And search works on upgraded data.
    const results = await search(db, '有效投资');
    expect(results.passages.map((p) => p.text)).toEqual(['稳步扩大有效投资，实现固定资产投资增长6%以上。']);
    expect(results.highlights).toEqual([]);
    expect((await search(db, '比2022年低')).highlights.map((x) => x.id)).toEqual(['h1']);
    db.close();
  });

  it('a fresh database is created at version 2 with every table', async () => {
    const db = openDatabase(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['highlights', 'meta', 'passages', 'plans', 'targets', 'terms', 'texts']);
    db.close();
  });
});
