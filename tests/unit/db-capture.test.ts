import { describe, expect, it } from 'vitest';
import { capturePlan } from '../../lib/db/capture';
import { deletePlan, getPlan, listPlans } from '../../lib/db/plans';
import { toPlanRecord, toTargetRecords } from '../../lib/db/records';
import { seedBundled } from '../../lib/db/seed';
import { JX2022, JX2024, freshDb, notice, storedPassages, storedTerms } from './db-fixtures';

const URL_2024 = 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_5.html';

describe('capturePlan', () => {
  it('same notice twice → one plan, same targets, second time unchanged with no writes', async () => {
    const db = freshDb();
    const n = notice('嘉兴市', 2024, JX2024);
    const first = await capturePlan(db, n, { url: URL_2024, now: 1 });
    const ids1 = (await db.targets.toArray()).map((t) => t.id).sort();
    const second = await capturePlan(db, n, { url: URL_2024, now: 2 });
    expect(first).toEqual({ planId: '嘉兴市/2024/annual-plan', status: 'created', targets: JX2024.length });
    expect(second).toEqual({ planId: '嘉兴市/2024/annual-plan', status: 'unchanged', targets: JX2024.length });
    expect(await db.plans.count()).toBe(1);
    expect((await db.targets.toArray()).map((t) => t.id).sort()).toEqual(ids1);
    expect((await db.plans.get(n.plan.id))?.capturedAt).toBe(1);
    expect(ids1[0]).toMatch(/^嘉兴市\/2024\/annual-plan#(table|body)-target-\d+-/);
  });

  it('whitespace-only differences in the page keep the same hash', async () => {
    const db = freshDb();
    const n = notice('嘉兴市', 2024, JX2024);
    await capturePlan(db, n, { url: URL_2024 });
    const spaced = { ...n, blocks: n.blocks.map((b) => ({ ...b, text: b.text.replace(/。/g, '。 ') + '\u00a0' })) };
    expect((await capturePlan(db, spaced, { url: URL_2024 })).status).toBe('unchanged');
  });

  it('a changed notice replaces its own targets in place', async () => {
    const db = freshDb();
    await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: URL_2024 });
    await capturePlan(db, notice('嘉兴市', 2022, JX2022), { url: 'https://www.jiaxing.gov.cn/art/2022/5/14/art_1.html' });
    const revised = notice('嘉兴市', 2024, [{ ...JX2024[0], text: '增长5.5%左右' }, JX2024[1]]);
    const result = await capturePlan(db, revised, { url: URL_2024 });
    expect(result).toEqual({ planId: '嘉兴市/2024/annual-plan', status: 'updated', targets: 2 });
    const rows = await db.targets.where('planId').equals('嘉兴市/2024/annual-plan').toArray();
    expect(rows.map((t) => t.text).sort()).toEqual(['增长5.5%左右', '增长6%以上']);
    expect(await db.targets.where('planId').equals('嘉兴市/2022/annual-plan').count()).toBe(JX2022.length);
    // Vocabulary of indicators no target uses any more is pruned.
    const indicators = new Set((await db.targets.toArray()).map((t) => t.indicator));
    expect((await storedTerms(db)).every((t) => indicators.has(t.indicator))).toBe(true);
  });

  it('the portal copy of a bundled plan updates it (url, source) instead of adding a second plan', async () => {
    const db = freshDb();
    const b = notice('嘉兴市', 2024, JX2024);
    const plan = toPlanRecord(b.plan, b.blocks, 'bundled', 0);
    await seedBundled(db, { version: 'x', plans: [{ plan, targets: toTargetRecords(plan, b.targets) }] });
    const result = await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: URL_2024 });
    expect(result.status).toBe('updated');
    expect(await db.plans.count()).toBe(1);
    expect(await db.targets.count()).toBe(JX2024.length);
    const stored = await getPlan(db, '嘉兴市/2024/annual-plan');
    expect([stored.source, stored.url]).toEqual(['captured', URL_2024]);
  });

  it.each([
    ['a non-notice (no blocks)', (n: ReturnType<typeof notice>) => ({ ...n, blocks: [] }), 'notice.blocks'],
    ['an id that is not region/year/kind', (n: ReturnType<typeof notice>) => ({ ...n, plan: { ...n.plan, id: 'evil' } }), 'notice.plan.id'],
    ['a bad value metric', (n: ReturnType<typeof notice>) => ({ ...n, targets: [{ ...n.targets[0], value: { metric: 'huge' } }] }), 'notice.targets[0].value.metric'],
    ['a year out of range', (n: ReturnType<typeof notice>) => ({ ...n, plan: { ...n.plan, year: 99999 } }), 'notice.plan.year'],
  ])('refuses %s and stores nothing', async (_label, mutate, where) => {
    const db = freshDb();
    const bad = mutate(notice('嘉兴市', 2024, JX2024)) as never;
    await expect(capturePlan(db, bad, { url: URL_2024 })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining(where) });
    expect(await db.plans.count()).toBe(0);
    expect(await db.targets.count()).toBe(0);
  });
});

describe('listPlans / deletePlan', () => {
  it('lists plans with counts and deletes captured plans only', async () => {
    const db = freshDb();
    const b = notice('嘉兴市', 2022, JX2022);
    const plan = toPlanRecord(b.plan, b.blocks, 'bundled', 0);
    await seedBundled(db, { version: 'x', plans: [{ plan, targets: toTargetRecords(plan, b.targets) }] });
    await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: URL_2024 });
    const list = await listPlans(db);
    expect(list.map((p) => [p.id, p.source, p.targets])).toEqual([
      ['嘉兴市/2024/annual-plan', 'captured', JX2024.length],
      ['嘉兴市/2022/annual-plan', 'bundled', JX2022.length],
    ]);
    expect(list[0]).not.toHaveProperty('paragraphs');
    await expect(deletePlan(db, '嘉兴市/2022/annual-plan')).rejects.toMatchObject({ code: 'invalid' });
    await expect(deletePlan(db, 'nope')).rejects.toMatchObject({ code: 'not-found' });
    expect(await deletePlan(db, '嘉兴市/2024/annual-plan')).toEqual({ planId: '嘉兴市/2024/annual-plan', deletedTargets: JX2024.length });
    expect(await db.targets.count()).toBe(JX2022.length);
    expect(await storedPassages(db, '嘉兴市/2024/annual-plan')).toEqual([]);
    expect(await db.vocab.get('嘉兴市/2024/annual-plan')).toBeUndefined();
    expect(await db.plans.count()).toBe(1);
  });
});
