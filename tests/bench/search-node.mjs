/**
 * Search latency over a research-scale database in node (fake-indexeddb), design.md §7:
 * `node tests/bench/search-node.mjs [plans] [targetsPerPlan] [limit]`.
 * Also times first-install seeding of the real bundled notices (seeds/*.txt through the
 * extractor, as scripts/build-tools.mjs does) into an empty database.
 * Bundles tests/bench/gen-db.ts with lib/db through esbuild (as scripts/build-tools.mjs does),
 * loads 1,000 plans / 100,000 targets, then times the popup's queries: p50 / p95 per query mix.
 * fake-indexeddb is a pure-JS IndexedDB, much slower than Chromium's: the Chromium figure is
 * measured by the lead with the same generator.
 */
import 'fake-indexeddb/auto';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { nodeBundle, repo } from './node-bundle.mjs';

const { generateDatabase, loadInto, openDatabase, search, buildBundledData, seedBundled } = await nodeBundle(
  'search-node',
  `export { generateDatabase, loadInto } from './tests/bench/gen-db.ts';
export { openDatabase } from './lib/db/schema.ts';
export { search } from './lib/db/search.ts';
export { buildBundledData } from './lib/db/bundled.ts';
export { seedBundled } from './lib/db/seed.ts';`,
);

const plans = Number(process.argv[2] ?? 1000);
const perPlan = Number(process.argv[3] ?? 100);
const limit = Number(process.argv[4] ?? 10);

// First install: the bundled plans into an empty database (median of 5 fresh databases).
const seedFiles = (await readdir(resolve(repo, 'seeds'))).filter((f) => f.endsWith('.txt')).sort();
const bundled = buildBundledData(await Promise.all(seedFiles.map(async (file) => ({ file, text: await readFile(resolve(repo, 'seeds', file), 'utf8') }))));
const seedTimes = [];
for (let i = 0; i < 5; i++) {
  const fresh = openDatabase(`seed-${Date.now()}-${i}`);
  const s = performance.now();
  await seedBundled(fresh, bundled);
  seedTimes.push(performance.now() - s);
  fresh.close();
}
seedTimes.sort((a, b) => a - b);
console.log(`first install: ${bundled.plans.length} bundled plans (${bundled.plans.reduce((n, p) => n + p.targets.length, 0)} targets) seeded in ${seedTimes[2].toFixed(0)} ms (median of 5, database creation included)`);
const QUERIES = ['固定资产投资', '固投', 'GDP', '就业', 'fixed asset', '城镇调查失业率', '研发', 'PM2.5', '专项债', '高新技术企业', '社零', '居民收入', '投', '营商环境', '新增省级专精特新企业', 'unemployment'];

let t = performance.now();
const data = generateDatabase({ plans, targetsPerPlan: perPlan });
const genMs = performance.now() - t;
const db = openDatabase(`bench-${Date.now()}`);
t = performance.now();
await loadInto(db, data);
const loadMs = performance.now() - t;
console.log(`generated ${data.plans.length} plans / ${data.targets.length} targets / ${data.highlights.length} highlights in ${genMs.toFixed(0)} ms; loaded into fake-indexeddb in ${(loadMs / 1000).toFixed(1)} s`);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
for (const q of QUERIES) await search(db, q, { limit }); // warm-up
const all = [];
const perQuery = new Map();
for (let round = 0; round < 10; round++) {
  for (const q of QUERIES) {
    const s = performance.now();
    const r = await search(db, q, { limit, region: round % 2 ? '嘉兴市' : null });
    const ms = performance.now() - s;
    all.push(ms);
    perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
    if (round === 0) console.log(`  ${q.padEnd(12)} top: ${r.indicators.slice(0, 2).map((g) => `${g.indicator}@${g.region}(${g.entries.length})`).join(', ')} | passages ${r.passages.length} | highlights ${r.highlights.length}`);
  }
}
console.log(`search (limit ${limit}) over ${all.length} queries: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms`);
for (const [q, xs] of perQuery) console.log(`  ${q.padEnd(12)} p50 ${pct(xs, 50).toFixed(1)} ms`);
db.close();
