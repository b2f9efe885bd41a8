import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, exportJson, importBackup, parseBackup } from '../../lib/db/backup';
import { capturePlan } from '../../lib/db/capture';
import { csvField, exportCsv } from '../../lib/db/csv';
import { saveHighlight } from '../../lib/db/highlights';
import { clearAll } from '../../lib/db/maintenance';
import { toPlanRecord, toTargetRecords } from '../../lib/db/records';
import type { PlanLensDB } from '../../lib/db/schema';
import type { ExtractedTarget, HighlightRecord, PlanKind, PlanRecord, TargetRecord } from '../../lib/types';
import { JX2022, JX2024, freshDb, notice, storedPassages, storedTerms } from './db-fixtures';

/** Everything a backup must preserve, in a canonical order. */
async function snapshot(db: PlanLensDB) {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    plans: byId(await db.plans.toArray()),
    texts: byId(await db.texts.toArray()),
    targets: byId(await db.targets.toArray()),
    highlights: byId((await db.highlights.toArray()).map(({ tokens: _t, ...h }) => h)),
    passages: byId(await storedPassages(db)),
    terms: byId(await storedTerms(db)),
  };
}

async function sample() {
  const db = freshDb();
  await capturePlan(db, notice('嘉兴市', 2022, JX2022), { url: 'https://www.jiaxing.gov.cn/a.html', now: 5 });
  await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: 'https://www.jiaxing.gov.cn/b.html', now: 6 });
  await saveHighlight(db, { id: 'h1', url: 'https://www.jiaxing.gov.cn/b.html#x', planId: '嘉兴市/2024/annual-plan', selectors: [{ type: 'TextQuoteSelector', exact: '固定资产投资', prefix: '实现', suffix: '增长' }], exact: '固定资产投资', note: '注意', tags: ['a'] }, 7);
  return db;
}

// ── property test: random valid content survives export → wipe → import ──
const text = fc.string({ maxLength: 12 });
const kinds: PlanKind[] = ['annual-plan', 'work-report', 'plan-execution', 'statistical-bulletin'];
const planArb = fc.record({
  region: fc.constantFrom('嘉兴市', '湖州市', '海宁市'),
  year: fc.integer({ min: 2000, max: 2025 }),
  kind: fc.constantFrom(...kinds),
  title: text,
  paragraphs: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 4 }),
  source: fc.constantFrom('captured' as const, 'imported' as const),
  targets: fc.array(
    fc.record({
      indicator: fc.constantFrom('gdp', 'fixed-asset-investment', 'x-abc'),
      name: fc.string({ minLength: 1, maxLength: 10 }),
      category: fc.option(text, { nil: null }),
      text,
      value: fc.oneof(
        fc.record({ metric: fc.constant('growth' as const), number: fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 100 }), unit: fc.constant('%'), bound: fc.constantFrom('about' as const, 'at-least' as const) }),
        fc.record({ metric: fc.constant('qualitative' as const) }),
      ),
      origin: fc.constantFrom('table' as const, 'body' as const),
      role: fc.constantFrom('target' as const, 'actual' as const),
      quote: text,
      position: fc.nat({ max: 5000 }),
    }),
    { maxLength: 5 },
  ),
});
type PlanArb = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

const highlightArb = fc.record({
  id: fc.uuid(),
  url: fc.constantFrom('https://www.jiaxing.gov.cn/a.html', 'https://www.zj.gov.cn/b.html'),
  planId: fc.constant(null),
  selectors: fc.constant<HighlightRecord['selectors']>([{ type: 'TextPositionSelector', start: 1, end: 4 }]),
  exact: fc.string({ minLength: 1, maxLength: 20 }),
  note: text,
  tags: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 3 }),
  color: fc.constantFrom('yellow', 'green'),
  createdAt: fc.nat(),
  updatedAt: fc.nat(),
});

function materialize(plans: PlanArb[], highlights: HighlightRecord[]) {
  const seen = new Set<string>();
  const out: { plans: PlanRecord[]; targets: TargetRecord[]; highlights: HighlightRecord[] } = { plans: [], targets: [], highlights: [] };
  for (const p of plans) {
    const id = `${p.region}/${p.year}/${p.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const plan: PlanRecord = { id, region: p.region, year: p.year, kind: p.kind, title: p.title, issued: null, url: null, source: p.source, capturedAt: 1, hash: 'h', paragraphs: p.paragraphs };
    out.plans.push(plan);
    out.targets.push(...toTargetRecords(plan, p.targets as ExtractedTarget[]));
  }
  out.highlights = [...new Map(highlights.map((h) => [h.id, h])).values()];
  return out;
}

describe('backup round trip', () => {
  it('export → wipe → import gives back the same database (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planArb, { maxLength: 4 }), fc.array(highlightArb, { maxLength: 3 }), fc.constantFrom('json', 'full'), async (plans, highlights, kind) => {
        const db = freshDb('prop');
        const content = materialize(plans, highlights);
        await importBackup(db, JSON.stringify({ format: 'planlens-backup', version: 1, ...content }));
        const before = await snapshot(db);
        const file = kind === 'json' ? await exportJson(db) : await exportBackup(db);
        await clearAll(db, true);
        expect(await db.plans.count()).toBe(0);
        await importBackup(db, file);
        expect(await snapshot(db)).toEqual(before);
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it('the JSON export has the documented header', async () => {
    const db = await sample();
    const file = JSON.parse(await exportJson(db, new Date('2025-01-02T03:04:05Z')));
    expect([file.format, file.version, file.exportedAt]).toEqual(['planlens-backup', 1, '2025-01-02T03:04:05.000Z']);
    expect([file.plans.length, file.targets.length, file.highlights.length]).toEqual([2, JX2022.length + JX2024.length, 1]);
    expect(file.highlights[0]).not.toHaveProperty('tokens');
  });

  it('the full backup is dexie-export-import format without the derived tables, and restores everything', async () => {
    const db = await sample();
    const before = await snapshot(db);
    const text = await exportBackup(db);
    const file = JSON.parse(text);
    expect(file.formatName).toBe('dexie');
    expect(file.data.data.map((t: { tableName: string }) => t.tableName).sort()).toEqual(['highlights', 'meta', 'plans', 'targets', 'texts']);
    const other = freshDb();
    expect(await importBackup(other, text, { mode: 'replace' })).toEqual({ format: 'dexie', mode: 'replace', plans: 2, targets: JX2022.length + JX2024.length, highlights: 1 });
    expect(await snapshot(other)).toEqual(before);
  });
});

describe('corrupt imports change nothing and say why', () => {
  const cases: [string, (good: Record<string, unknown[]> & { format: string }) => unknown, RegExp][] = [
    ['not JSON', () => '{"format": "planlens-backup", ', /not JSON/],
    ['another format', () => ({ format: 'other' }), /not a PlanLens backup/],
    ['a newer version', (g) => ({ ...g, version: 9 }), /version: .*up to 1/],
    ['a bad target field', (g) => ({ ...g, targets: g.targets.map((t, i) => (i === 3 ? { ...(t as object), value: { metric: 'huge' } } : t)) }), /^.*targets\[3\]\.value\.metric: .*record id "嘉兴市\/2022\/annual-plan#table-target-/],
    ['a target without its plan', (g) => ({ ...g, plans: g.plans.slice(1) }), /targets\[0\]\.planId: no plan "嘉兴市\/2022\/annual-plan"/],
    ['a duplicate id', (g) => ({ ...g, highlights: [g.highlights[0], g.highlights[0]] }), /highlights\[1\]\.id: "h1" appears twice/],
    ['a highlight without text', (g) => ({ ...g, highlights: [{ ...(g.highlights[0] as object), exact: '' }] }), /highlights\[0\]\.exact: must not be empty/],
  ];

  it.each(cases)('%s', async (_label, corrupt, reason) => {
    const db = await sample();
    const good = JSON.parse(await exportJson(db));
    // Something stored that a half-applied import would clobber.
    await capturePlan(db, notice('湖州市', 2024, JX2024), { url: 'https://www.huzhou.gov.cn/c.html' });
    const before = await snapshot(db);
    const bad = corrupt(good);
    const input = typeof bad === 'string' ? bad : JSON.stringify(bad);
    for (const mode of ['merge', 'replace'] as const) {
      const err = await importBackup(db, input, { mode }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'invalid', message: expect.stringMatching(/^The backup was not imported, nothing was changed: /) });
      expect((err as Error).message.replace(/^The backup was not imported, nothing was changed: /, '')).toMatch(reason);
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('a write failing halfway rolls the whole import back', async () => {
    const db = await sample();
    const file = await exportJson(db);
    const before = await snapshot(db);
    const original = db.highlights.bulkPut.bind(db.highlights);
    db.highlights.bulkPut = (() => Promise.reject(new DOMException('disk full', 'QuotaExceededError'))) as never;
    await expect(importBackup(db, file, { mode: 'replace' })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    db.highlights.bulkPut = original;
    expect(await snapshot(db)).toEqual(before);
  });

  it('parseBackup accepts a BOM and rejects a non-object', () => {
    expect(parseBackup('\uFEFF{"format":"planlens-backup","version":1,"plans":[],"targets":[],"highlights":[]}').content.plans).toEqual([]);
    expect(() => parseBackup('42')).toThrow(/not a PlanLens backup/);
  });
});

describe('CSV panel', () => {
  it('rows = indicator × role, columns = years, with BOM, CRLF and RFC 4180 quoting', async () => {
    const db = await sample();
    await capturePlan(
      db,
      notice('嘉兴市', 2023, [
        { name: '地区生产总值', text: '增长5.5%以上, 力争6%', value: { metric: 'growth', number: 5.5, unit: '%', bound: 'at-least' } },
        { name: '地区生产总值', text: '增长6.3%', role: 'actual', origin: 'body', value: { metric: 'growth', number: 6.3, unit: '%', bound: 'exact' } },
        { name: '某"特色"指标', text: '=1+1', value: { metric: 'qualitative' } },
      ]),
      { url: null },
    );
    const csv = await exportCsv(db, '嘉兴市');
    expect(csv.startsWith('\uFEFF指标,Indicator,key,role,2022,2023,2024\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const gdp = lines.filter((l) => l.includes(',gdp,'));
    expect(gdp).toEqual([expect.stringMatching(/^地区生产总值,Gross domestic product \(GDP\),gdp,target,增长6\.5%左右,"增长5\.5%以上, 力争6%",增长6%左右$/), '地区生产总值,Gross domestic product (GDP),gdp,actual,,增长6.3%,']);
    expect(lines.find((l) => l.startsWith('"某""特色""指标"'))).toMatch(/,'=1\+1,$/);
    expect(lines.length).toBe(1 + new Set([...JX2022, ...JX2024].map((r) => r.name)).size + 2 + 1);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['-5%', '-5%'],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('csvField(%j) = %j', (input, expected) => expect(csvField(input)).toBe(expected));

  it('plans from the records helpers keep their ids', () => {
    const n = notice('嘉兴市', 2024, JX2024);
    expect(toPlanRecord(n.plan, n.blocks, 'captured', 0).id).toBe('嘉兴市/2024/annual-plan');
  });
});
