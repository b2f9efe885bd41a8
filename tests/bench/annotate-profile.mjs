#!/usr/bin/env node
/**
 * A DevTools CPU profile (CDP Profiler.start/stop) of the built extension annotating the 2 MB
 * notice (or with --seed the 2024 seed notice): one warm-up visit (capture), then one profiled reload. Only samples taken inside the
 * content script's annotate() (the function that records performance.measure('planlens:annotate'))
 * are counted; prints the top self-time functions and writes the .cpuprofile (open it in DevTools).
 *
 *   flock /tmp/planlens-build.lock -c 'npm run build >/dev/null && node tests/bench/annotate-profile.mjs [--seed] [out.cpuprofile]'
 *
 * The content script is minified: its own functions are named by position in notice.js with the
 * first characters of their source; native DOM calls (splitText, insertBefore, …) keep their names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_EXTENSION_DIR, launchChromiumWithExtension } from '../../scripts/portal/launch.mjs';
import { startPortal } from '../../scripts/portal/server.mjs';
import { bigNoticePage } from './annotate-page.mjs';
import { loadAndRead } from './page-figures.mjs';

const seed = process.argv.includes('--seed');
const out = process.argv.find((a) => a.endsWith('.cpuprofile')) ?? `test-output/annotate-${seed ? 'seed' : '2mb'}.cpuprofile`;
const script = readFileSync(join(DEFAULT_EXTENSION_DIR, 'content-scripts/notice.js'), 'utf8');
const lines = script.split('\n');
const offsetOf = (/** @type {number} */ line, /** @type {number} */ col) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + col;
// The measure's name as a whole string literal (not the prefix of planlens:annotate-all).
const measureAt = script.search(/["'`]planlens:annotate["'`]/);

const portal = await startPortal();
const GOV = 'www.jiaxing.gov.cn';
const BIG_PATH = '/art/2024/2/8/art_1229426397_9100002.html';
portal.setPage(GOV, BIG_PATH, bigNoticePage());
const launched = await launchChromiumWithExtension({ port: portal.port });
let profile;
let annotateMs;
try {
  const page = await launched.context.newPage();
  const target = seed ? portal.seedUrl(2024) : portal.url(GOV, BIG_PATH);
  await loadAndRead(page, target, ['planlens:annotate'], 90_000);
  const cdp = await launched.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const got = await loadAndRead(page, target, ['planlens:annotate'], 90_000);
  ({ profile } = await cdp.send('Profiler.stop'));
  annotateMs = got['planlens:annotate'][0];
} finally {
  await launched.close();
  await portal.close();
}
writeFileSync(out, JSON.stringify(profile));

/** @type {Map<number, any>} */
const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
/** @type {Map<number, number>} */
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inScript = (/** @type {any} */ cf) => cf.url.endsWith('content-scripts/notice.js');
// annotate(): the content-script function starting closest before the measure's name.
let annotateStart = -1;
for (const n of profile.nodes) {
  const cf = n.callFrame;
  if (!inScript(cf)) continue;
  const at = offsetOf(cf.lineNumber, cf.columnNumber);
  if (at < measureAt && at > annotateStart) annotateStart = at;
}
const label = (/** @type {any} */ cf) => {
  if (!inScript(cf)) return cf.functionName || '(anonymous)';
  const at = offsetOf(cf.lineNumber, cf.columnNumber);
  return `notice.js@${at} ${cf.functionName || ''} «${script.slice(at, at + 60).replace(/\s+/g, ' ')}»`;
};
/** @type {Map<string, number>} */
const self = new Map();
/** @type {Map<string, number>} */
const total = new Map();
let inside = 0;
profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
  const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const chain = [];
  let hit = false;
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const cf = byId.get(n).callFrame;
    chain.push(label(cf));
    if (inScript(cf) && offsetOf(cf.lineNumber, cf.columnNumber) === annotateStart) hit = true;
  }
  if (!hit) return;
  inside += d;
  self.set(chain[0], (self.get(chain[0]) ?? 0) + d);
  for (const k of new Set(chain)) total.set(k, (total.get(k) ?? 0) + d);
});
const f = (/** @type {number} */ x) => x.toFixed(1).padStart(7);
console.log(`planlens:annotate ${annotateMs?.toFixed(1)} ms; ${inside.toFixed(1)} ms of samples inside annotate(); profile → ${out}`);
console.log('top self time:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${f(v)} ms ${((100 * v) / inside).toFixed(1).padStart(5)}%  ${k}`);
console.log('top total time (content-script functions):');
for (const [k, v] of [...total].filter(([k]) => k.startsWith('notice.js')).sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${f(v)} ms ${((100 * v) / inside).toFixed(1).padStart(5)}%  ${k}`);
