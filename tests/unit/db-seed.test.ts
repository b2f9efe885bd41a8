import { describe, expect, it } from 'vitest';
import type { BundledData } from '../../lib/db/bundled';
import { buildBundledData } from '../../lib/db/bundled';
import { capturePlan } from '../../lib/db/capture';
import { saveHighlight } from '../../lib/db/highlights';
import { toPlanRecord, toTargetRecords } from '../../lib/db/records';
import { BUNDLED_VERSION_KEY, ensureSeeded, seedBundled } from '../../lib/db/seed';
import type { PlanLensDB } from '../../lib/db/schema';
import { JX2022, JX2024, freshDb, notice, storedPassages, storedTerms } from './db-fixtures';

function bundle(version: string, years: { year: number; rows: typeof JX2022 }[]): BundledData {
  return {
    version,
    plans: years.map(({ year, rows }) => {
      const n = notice('嘉兴市', year, rows);
      const plan = toPlanRecord(n.plan, n.blocks, 'bundled', 0);
      return { plan, targets: toTargetRecords(plan, n.targets) };
    }),
  };
}

async function counts(db: PlanLensDB) {
  return {
    plans: await db.plans.count(),
    targets: await db.targets.count(),
    passages: (await storedPassages(db)).length,
    terms: (await storedTerms(db)).length,
    highlights: await db.highlights.count(),
  };
}

const DATA = bundle('v1', [
  { year: 2022, rows: JX2022 },
  { year: 2024, rows: JX2024 },
]);

describe('seedBundled', () => {
  it('is idempotent: install twice gives the same counts and records the version', async () => {
    const db = freshDb();
    const first = await seedBundled(db, DATA);
    const after1 = await counts(db);
    const second = await seedBundled(db, DATA);
    const forced = await seedBundled(db, DATA, { force: true });
    expect(first).toEqual({ version: 'v1', written: 2, kept: 0, removed: 0 });
    expect(second.written).toBe(0);
    expect(forced.written).toBe(2);
    expect(await counts(db)).toEqual(after1);
    expect(after1.plans).toBe(2);
    expect(after1.targets).toBe(JX2022.length + JX2024.length);
    expect((await db.meta.get(BUNDLED_VERSION_KEY))?.value).toBe('v1');
    expect((await db.plans.get('嘉兴市/2024/annual-plan'))?.source).toBe('bundled');
  });

  it('never touches captured plans, highlights or other user data; an update removes plans the bundle dropped', async () => {
    const db = freshDb();
    await seedBundled(db, DATA);
    const portal = notice('嘉兴市', 2024, JX2024.slice(0, 3), { url: 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_1.html' });
    await capturePlan(db, portal, { url: portal.plan.url });
    await capturePlan(db, notice('湖州市', 2024, JX2024), { url: 'https://www.huzhou.gov.cn/art/2024/1/1/art_1_2.html' });
    await saveHighlight(db, { url: 'https://www.huzhou.gov.cn/art/2024/1/1/art_1_2.html', planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 2 }], exact: '固定' });

    const update = bundle('v2', [
      { year: 2024, rows: JX2024 },
      { year: 2025, rows: JX2024 },
    ]);
    const result = await seedBundled(db, update);
    expect(result).toEqual({ version: 'v2', written: 1, kept: 1, removed: 1 });
    const jx2024 = await db.plans.get('嘉兴市/2024/annual-plan');
    expect(jx2024?.source).toBe('captured');
    expect(await db.targets.where('planId').equals('嘉兴市/2024/annual-plan').count()).toBe(3);
    expect(await db.plans.get('嘉兴市/2022/annual-plan')).toBeUndefined();
    expect(await db.targets.where('planId').equals('嘉兴市/2022/annual-plan').count()).toBe(0);
    expect((await db.plans.get('湖州市/2024/annual-plan'))?.source).toBe('captured');
    expect(await db.highlights.count()).toBe(1);
    expect((await db.plans.get('嘉兴市/2025/annual-plan'))?.source).toBe('bundled');
  });

  it('ensureSeeded seeds only when the stored version differs (worker restart)', async () => {
    const db = freshDb();
    expect(await ensureSeeded(db, DATA)).toMatchObject({ written: 2 });
    expect(await ensureSeeded(db, DATA)).toBeNull();
    await db.meta.delete(BUNDLED_VERSION_KEY);
    expect(await ensureSeeded(db, DATA)).toMatchObject({ written: 2 });
    expect(await db.plans.count()).toBe(2);
  });
});

describe('buildBundledData', () => {
  it('is deterministic and skips seeds the extractor does not recognise', () => {
    const a = buildBundledData([{ file: 'not-a-notice.txt', text: '今天天气很好' }]);
    const b = buildBundledData([{ file: 'not-a-notice.txt', text: '今天天气很好' }]);
    expect(a.plans).toEqual([]);
    expect(a.version).toBe(b.version);
    expect(a.version).toMatch(/^[0-9a-z]+$/);
  });
});
