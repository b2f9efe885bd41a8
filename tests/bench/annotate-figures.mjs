#!/usr/bin/env node
/**
 * Only the annotate figures of `tests/bench/run.mjs` (design.md §7 rows 2–4), with the built
 * extension (.output/chrome-mv3) in real Chromium: planlens:annotate on the 2024 seed notice and on
 * the 2 MB notice, a bare TreeWalker pass over the same text, and mark.js on the same pages where
 * the extension does not run. No database figures, so it takes about a minute.
 *
 *   node tests/bench/annotate-figures.mjs [--loads N] [--big-loads N] [--mark-runs N] [--json FILE] [--no-settle]
 *
 * --no-settle: do not wait for planlens:annotate-all (a build from before it existed; set
 * PLANLENS_EXTENSION_DIR to measure another build).
 *
 * Build first, under the shared build lock:
 *   flock /tmp/planlens-build.lock -c 'npm run build >/dev/null && node tests/bench/annotate-figures.mjs'
 */
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension } from '../../scripts/portal/launch.mjs';
import { startPortal } from '../../scripts/portal/server.mjs';
import { benchTerms, bigNoticePage } from './annotate-page.mjs';
import { markJsRuns, repeatLoads, treeWalkerPass } from './page-figures.mjs';
import { fmt, median } from './stats.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const loads = arg('--loads', 9);
const bigLoads = arg('--big-loads', 7);
const markRuns = arg('--mark-runs', 3);
const jsonAt = process.argv.indexOf('--json');
const GATE = 'planlens:gate';
const ANNOTATE = 'planlens:annotate';
/** Until every mark is in (a huge notice's marks off screen are added in idle time); absent before issue 13's idle marking. */
const ALL = 'planlens:annotate-all';

const portal = await startPortal();
const GOV = 'www.jiaxing.gov.cn';
const MIRROR = 'www.example.com';
const BIG_PATH = '/art/2024/2/8/art_1229426397_9100002.html';
const big = bigNoticePage();
portal.setPage(GOV, BIG_PATH, big);
portal.setPage(MIRROR, BIG_PATH, big);
const markJs = readFileSync(join(repo, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const terms = benchTerms();

const launched = await launchChromiumWithExtension({ port: portal.port });
/** @type {Record<string, any>} */
const raw = {};
try {
  const page = await launched.context.newPage();
  raw.seed = await repeatLoads(page, portal.seedUrl(2024), [GATE, ANNOTATE], { loads, timeout: 10_000, after: (p) => treeWalkerPass(p, 3) });
  raw.big = await repeatLoads(page, portal.url(GOV, BIG_PATH), [GATE, ANNOTATE], { loads: bigLoads, timeout: 90_000, after: (p) => treeWalkerPass(p, 3), settle: process.argv.includes('--no-settle') ? undefined : ALL });
  raw.markSeed = await markJsRuns(page, portal.mirrorUrl(2024), markJs, terms, markRuns * 3);
  raw.markBig = await markJsRuns(page, portal.url(MIRROR, BIG_PATH), markJs, terms, markRuns);
} finally {
  await launched.close();
  await portal.close();
}

const seedAnn = median(raw.seed.durations[ANNOTATE]);
const bigAnn = median(raw.big.durations[ANNOTATE]);
const seedWalk = median(raw.seed.extra.flatMap((/** @type {any} */ e) => e.times));
const bigWalk = median(raw.big.extra.flatMap((/** @type {any} */ e) => e.times));
const markSeed = median(raw.markSeed.times);
const markBig = median(raw.markBig.times);
const figures = {
  seedAnnotateMs: seedAnn,
  seedMarks: raw.seed.state?.marks,
  bigAnnotateMs: bigAnn,
  bigWalkMs: bigWalk,
  bigMarks: raw.big.state?.marks,
  bigWalkRatio: bigAnn / bigWalk,
  markSeedMs: markSeed,
  markBigMs: markBig,
  markSeedRatio: markSeed / seedAnn,
  markBigRatio: markBig / bigAnn,
};
console.log(`annotate seed: ${fmt(seedAnn)} ms median of ${raw.seed.durations[ANNOTATE].length} (${figures.seedMarks} marks; TreeWalker ${fmt(seedWalk)} ms)  goal ≤ 10 ms`);
console.log(`annotate 2 MB: ${fmt(bigAnn)} ms median of ${raw.big.durations[ANNOTATE].length} / TreeWalker ${fmt(bigWalk)} ms = ${fmt(figures.bigWalkRatio)}× (${figures.bigMarks} marks)  goal ≤ 5×`);
console.log(`  samples: ${raw.big.durations[ANNOTATE].map((/** @type {number} */ x) => fmt(x)).join(', ')}`);
const all = raw.big.durations[ALL] ?? [];
if (all.length) console.log(`  every mark in (planlens:annotate-all, idle time included): ${fmt(median(all))} ms median`);
console.log(`mark.js seed: ${fmt(markSeed)} ms (${raw.markSeed.marks} marks) / ${fmt(seedAnn)} ms = ${fmt(figures.markSeedRatio)}×  goal ≥ 15×`);
console.log(`mark.js 2 MB: ${fmt(markBig)} ms (${raw.markBig.marks} marks) / ${fmt(bigAnn)} ms = ${fmt(figures.markBigRatio)}×  goal ≥ 75×`);
if (jsonAt >= 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ figures, raw }, null, 1));
