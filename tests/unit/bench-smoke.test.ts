// The benchmark harness on tiny inputs (issue 13), so `npm run bench` cannot rot between runs:
// the synthetic database generator and its slices, the in-page helpers (fill, capture notice,
// search mix) over fake-indexeddb, the first-query-after-restart path and the chart. No timing
// is asserted anywhere.
import { describe, expect, it } from 'vitest';
import { capturePlan } from '../../lib/db/capture';
import { openDatabase } from '../../lib/db/schema';
import { search } from '../../lib/db/search';
import { DEFAULT_SNAPSHOT_DELAY, dropSearchIndex, saveSnapshot, searchIndexInfo, setSnapshotDelay } from '../../lib/db/search-index';
import { captureNotice, dropSnapshot, fillDatabase, searchQueries, timeCapturePhases } from '../bench/browser-entry';
import { generateDatabase } from '../bench/gen-db';
import { scaleChart } from '../bench/scale-figures.mjs';
import { percentile, table } from '../bench/stats.mjs';

describe('bench harness (tiny)', () => {
  it('generates the same plans whole or in slices', () => {
    const whole = generateDatabase({ plans: 6, targetsPerPlan: 12, highlights: 3 });
    const a = generateDatabase({ plans: 6, targetsPerPlan: 12, highlights: 3, from: 0, to: 2 });
    const b = generateDatabase({ plans: 6, targetsPerPlan: 12, highlights: 3, from: 2, to: 6 });
    expect([...a.plans, ...b.plans].map((p) => p.id)).toEqual(whole.plans.map((p) => p.id));
    expect([...a.targets, ...b.targets]).toEqual(whole.targets);
    expect(new Set(whole.plans.map((p) => p.id)).size).toBe(6);
    expect(whole.targets).toHaveLength(72);
    expect(b.highlights).toEqual([]);
  });

  it('fills a database in slices, searches it, captures a large report and restarts from the snapshot', async () => {
    setSnapshotDelay(0);
    const name = `bench-smoke-${Math.random().toString(36).slice(2)}`;
    const first = await fillDatabase(name, 4, 100, 0, 8);
    const second = await fillDatabase(name, 8, 100, 4, 8);
    expect(first.targets + second.targets).toBe(800);
    const db = openDatabase(name);
    const queries = searchQueries();
    expect(queries.length).toBeGreaterThanOrEqual(50);
    const answers = [];
    for (const q of queries.slice(0, 12)) answers.push(await search(db, q, { limit: 10 }));
    expect(answers.some((r) => r.indicators.length > 0)).toBe(true);
    expect((await search(db, 'GDP')).indicators[0]?.indicator).toBe('gdp');

    const { notice, paragraphs } = captureNotice(150);
    const captured = await capturePlan(db, notice as never, { url: null, paragraphs });
    expect(captured).toMatchObject({ status: 'created', targets: 150 });
    expect(searchIndexInfo(db).size?.terms).toBeGreaterThan(0);

    expect(await saveSnapshot(db)).toBe(true);
    const before = await search(db, '固定资产投资');
    db.close();
    dropSearchIndex(db);
    const restarted = openDatabase(name);
    expect(await search(restarted, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(restarted).source).toBe('snapshot');
    restarted.close();
    await dropSnapshot(name);
    const rebuilt = openDatabase(name);
    expect(await search(rebuilt, '固定资产投资')).toEqual(before);
    expect(searchIndexInfo(rebuilt).source).toBe('built');
    rebuilt.close();
    // Where a capture's time goes (the bench's note): each phase measured, the plan written.
    const phases = await timeCapturePhases(name, 1, 40, 2090);
    expect(Object.keys(phases[0]).sort()).toEqual(['captureMs', 'messageChars', 'passagesMs', 'recordsMs', 'termsMs', 'validateMs']);
    const after = openDatabase(name);
    expect(await after.targets.where('planId').equals('嘉兴市/2090/work-report').count()).toBe(40);
    after.close();
    setSnapshotDelay(DEFAULT_SNAPSHOT_DELAY);
  });

  it('draws the chart and the table', () => {
    const svg = scaleChart(
      [
        { targets: 1e4, p50: 1, p95: 2, heapMB: 10 },
        { targets: 1e5, p50: 2, p95: 3, heapMB: 30 },
        { targets: 1e6, p50: 3, p95: 5, heapMB: 120 },
      ],
      'smoke <test>',
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('smoke &lt;test>');
    expect(svg.match(/<polyline/g)).toHaveLength(3);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(table([{ figure: 'a', how: 'b', measured: 'c', goal: 'd', verdict: 'e' }]).split('\n')).toHaveLength(3);
  });
});
