/**
 * The search index snapshot at research scale, in node (fake-indexeddb): its size and the time to
 * write it, clone it (v8 serialize/deserialize, what IndexedDB's structured clone does) and rebuild
 * the index from it — the share of a worker restart this code controls (docs/profile-search.md).
 *
 *   node tests/bench/snapshot-node.mjs [plans=1000] [targetsPerPlan=100] [--answers out.json] [--bundle name]
 *
 * `--answers` writes every query's full results (searchQueries() mix + a few more) from the
 * snapshot-loaded index, to compare two versions of the code: identical files, identical answers.
 */
import 'fake-indexeddb/auto';
import { writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { nodeBundle } from './node-bundle.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const answersOut = flag('--answers');
const bundleName = flag('--bundle') ?? 'snapshot-node';
const plans = Number(args[0] ?? 1000);
const perPlan = Number(args[1] ?? 100);

const m = await nodeBundle(
  bundleName,
  `export { generateDatabase, loadInto } from './tests/bench/gen-db.ts';
export { searchQueries } from './tests/bench/browser-entry.ts';
export { openDatabase } from './lib/db/schema.ts';
export { search } from './lib/db/search.ts';
export { SearchIndex, searchIndexFor, saveSnapshot, dropSearchIndex, setSnapshotDelay, searchIndexInfo, SNAPSHOT_ID } from './lib/db/search-index.ts';`,
);
m.setSnapshotDelay(0);

const ms = (t) => (performance.now() - t).toFixed(0);
let t = performance.now();
const db = m.openDatabase(`snap-${Date.now()}`);
const data = m.generateDatabase({ plans, targetsPerPlan: perPlan });
await m.loadInto(db, data);
console.log(`filled ${data.plans.length} plans / ${data.targets.length} targets in ${ms(t)} ms`);

t = performance.now();
const built = await m.SearchIndex.build(db);
console.log(`build from tables: ${ms(t)} ms; size ${JSON.stringify(built.size)}`);
// searchIndexFor builds the live index (the same as above), then the snapshot is saved from it.
await m.searchIndexFor(db);
t = performance.now();
const index = await m.searchIndexFor(db);
const snapshotRow = await index.toSnapshot();
console.log(`toSnapshot: ${ms(t)} ms`);
const bytes = serialize(snapshotRow).length;
const part = (x) => (x === undefined ? 0 : serialize(x).length);
console.log(`snapshot: ${(bytes / 1e6).toFixed(2)} MB structured clone (${Object.entries(snapshotRow)
  .filter(([k]) => !['id', 'format', 'stamp', 'nextDoc', 'savedAt'].includes(k))
  .map(([k, v]) => (k === 'postings' ? Object.entries(v).map(([pk, pv]) => `postings.${pk} ${(part(pv) / 1e6).toFixed(2)}`).join(', ') : `${k} ${(part(v) / 1e6).toFixed(2)}`))
  .join(', ')} MB)`);

const times = { clone: [], decode: [] };
for (let i = 0; i < 5; i++) {
  let s = performance.now();
  const copy = deserialize(serialize(snapshotRow));
  times.clone.push(performance.now() - s);
  s = performance.now();
  m.SearchIndex.fromSnapshot(copy);
  times.decode.push(performance.now() - s);
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
console.log(`clone (serialize + deserialize) median ${med(times.clone)} ms; fromSnapshot median ${med(times.decode)} ms (5 runs)`);

// Answers from the snapshot-loaded index (the restart path) equal those of the built index.
if (!(await m.saveSnapshot(db))) console.log('snapshot not saved (the restart below rebuilds)');
const queries = [...m.searchQueries(), '固定资产投资', '固投', '就业', '投', '新增', '项目', '省级专精特新企业', 'x'];
const answer = async () => {
  const out = {};
  for (const q of queries) out[q] = await m.search(db, q);
  return out;
};
const fromBuilt = await answer();
m.dropSearchIndex(db);
t = performance.now();
await m.searchIndexFor(db);
console.log(`restart in node (read row + fromSnapshot): ${ms(t)} ms, source ${m.searchIndexInfo(db).source}`);
const fromSnapshot = await answer();
console.log(`snapshot answers equal built answers: ${JSON.stringify(fromBuilt) === JSON.stringify(fromSnapshot)} (${queries.length} queries)`);
if (answersOut) {
  await writeFile(answersOut, JSON.stringify(fromSnapshot, null, 1));
  console.log(`answers written to ${answersOut}`);
}
db.close();
