import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundledData } from '../../lib/db/bundled';
import { capturePlan } from '../../lib/db/capture';
import { seedBundled } from '../../lib/db/seed';
import { extractFromText } from '../../lib/notice/extract';
import { freshDb, storedPassages, storedTerms } from './db-fixtures';

// The real bundled notices through the real extractor: what the background seeds on install.
const dir = join(__dirname, '../../seeds');
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

describe('bundled seeds', () => {
  it('build two bundled plans with targets, deterministically', () => {
    const data = buildBundledData(seeds);
    expect(data.plans.map((p) => [p.plan.id, p.plan.source, p.plan.url])).toEqual([
      ['嘉兴市/2022/annual-plan', 'bundled', null],
      ['嘉兴市/2024/annual-plan', 'bundled', null],
    ]);
    expect(data.plans.every((p) => p.targets.length > 20)).toBe(true);
    expect(new Set(data.plans.flatMap((p) => p.targets.map((t) => t.id))).size).toBe(data.plans.reduce((n, p) => n + p.targets.length, 0));
    expect(buildBundledData([...seeds].reverse()).version).toBe(data.version);
  });

  it('seed twice → same counts; the portal copy of the 2024 seed updates it in place', async () => {
    const data = buildBundledData(seeds);
    const db = freshDb();
    const t0 = performance.now();
    await seedBundled(db, data);
    const seedMs = performance.now() - t0;
    const counts = async () => [await db.plans.count(), await db.targets.count(), (await storedPassages(db)).length, (await storedTerms(db)).length];
    const first = await counts();
    await seedBundled(db, data, { force: true });
    expect(await counts()).toEqual(first);
    expect(first[1]).toBe(data.plans.reduce((n, p) => n + p.targets.length, 0));

    const text2024 = seeds.find((s) => s.file.includes('2024'))!.text;
    const url = 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_2512345.html';
    const notice = extractFromText(text2024, { url })!;
    const result = await capturePlan(db, notice, { url });
    expect(result).toMatchObject({ planId: '嘉兴市/2024/annual-plan', status: 'updated' });
    expect(await db.plans.count()).toBe(2);
    expect((await db.plans.get('嘉兴市/2024/annual-plan'))?.source).toBe('captured');
    expect(await db.targets.count()).toBe(first[1]);
    console.log(`seeded ${data.plans.length} bundled plans (${first[1]} targets) into fake-indexeddb in ${seedMs.toFixed(0)} ms`);
  });
});
