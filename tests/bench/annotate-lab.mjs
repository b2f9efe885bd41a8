#!/usr/bin/env node
/**
 * The content script's annotate() alone, in real Chromium, without the extension or a build:
 * `node tests/bench/annotate-lab.mjs [--runs N] [--cold | --cpu] [--profile FILE.cpuprofile]`.
 * Loads the seed notice and the 2 MB notice (annotate-page.mjs), builds histories as the content
 * script would get them (this page's extraction + the bundled 2022 plan), then times annotate()
 * on fresh copies of the article against a bare TreeWalker pass. With --profile, one more
 * annotate() on the 2 MB page runs under the DevTools CPU profiler (CDP Profiler.start/stop) and the
 * top self-time functions are printed (the bundle is not minified, so names are the source's).
 * With --cold, every run is a fresh page and a fresh isolated world, annotate() called once on the
 * rendered article, as the content script does it (cold code, laid-out text). With --cpu, the same
 * but timed in main-thread CPU time (CDP Performance.getMetrics ThreadTime, the next frame's layout
 * included), which other processes' load does not inflate: the part before annotate() returns and
 * the whole until every mark is in, beside a TreeWalker pass in the same world.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigNoticePage, noticePage } from './annotate-page.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (/** @type {string} */ name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 9);
const profileOut = arg('--profile');
const cold = process.argv.includes('--cold') || process.argv.includes('--cpu');
const cpuMode = process.argv.includes('--cpu');

const bundle = await build({
  entryPoints: [resolve(repo, 'tests/bench/annotate-lab-entry.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'PlanLensLab',
  target: 'chrome120',
  minify: false,
  keepNames: true,
  write: false,
  alias: { '@': repo },
  define: { 'import.meta.env.DEV': 'false' },
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
if (profileOut) writeFileSync(profileOut.replace(/\.cpuprofile$/, '') + '.bundle.js', code);
const median = (/** @type {number[]} */ xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const f = (/** @type {number} */ x) => x.toFixed(2);


/** Prints the top self-time functions under annotate() and writes the profile. */
function report(/** @type {any} */ profile, /** @type {string} */ what) {
  writeFileSync(profileOut, JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    // Only time inside annotate() (not the fresh copies, the undo, the checks).
    let under = false;
    for (let n = id; n !== undefined && !under; n = parent.get(n)) under = byId.get(n).callFrame.functionName === 'annotate';
    if (!under) return;
    const cf = byId.get(id).callFrame;
    const key = cf.url || cf.lineNumber < 0 || !cf.functionName.length ? `${cf.functionName || '(anonymous)'} ${cf.url ? cf.url.split('/').pop() : 'bundle'}:${cf.lineNumber + 1}` : cf.functionName;
    const d = (dt[i + 1] ?? 0) / 1000;
    total += d;
    self.set(key, (self.get(key) ?? 0) + d);
  });
  console.log(`profile of ${what} (${f(total)} ms inside annotate) → ${profileOut}; top self time:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${f(v).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [name, html] of /** @type {const} */ ([['seed notice', noticePage()], ['2 MB notice', bigNoticePage()]])) {
    if (cold) {
      const ms = [];
      const allMs = [];
      /** @type {{ walkCold: number, walkWarm: number, sync: number, total: number }[]} */
      const cpu = [];
      let marks = 0;
      // Histories once (extraction is slow), handed to every fresh world as JSON.
      await page.setContent(html);
      await page.addScriptTag({ content: code });
      const histJson = await page.evaluate(() => JSON.stringify(/** @type {any} */ (globalThis).PlanLensLab.histories()));
      for (let i = 0; i < runs; i++) {
        await page.setContent(html);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
        const cdp = await page.context().newCDPSession(page);
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `planlens-lab-${name}-${i}` });
        const ev = async (/** @type {string} */ expression) => {
          const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
          if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails).slice(0, 500));
          return r.result.value;
        };
        await ev(code);
        await ev(`globalThis.__hist = ${histJson}; 0`);
        const profiling = profileOut && name === '2 MB notice' && i === runs - 1;
        if (profiling) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
          await cdp.send('Profiler.start');
        }
        if (cpuMode) {
          // Main-thread CPU time (CDP Performance ThreadTime), immune to other processes' load.
          await cdp.send('Performance.enable');
          const thread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((/** @type {any} */ x) => x.name === 'ThreadTime').value * 1000;
          const t0 = await thread();
          await ev('0');
          const t1 = await thread();
          await page.evaluate(() => /** @type {any} */ (globalThis).PlanLensLab?.walk?.());
          await ev('PlanLensLab.walk()');
          const t2 = await thread();
          await ev('PlanLensLab.walk()');
          const t3 = await thread();
          await ev('PlanLensLab.annotateStart(__hist)');
          const t4 = await thread();
          marks = await ev('PlanLensLab.annotateDone()');
          const t5 = await thread();
          const empty = t1 - t0;
          cpu.push({ walkCold: t2 - t1 - empty, walkWarm: t3 - t2 - empty, sync: t4 - t3 - empty, total: t5 - t3 - 2 * empty });
          await cdp.detach();
          continue;
        }
        const r = await ev('PlanLensLab.annotateOnce(__hist)');
        if (profiling) report((await cdp.send('Profiler.stop')).profile, '1 cold annotate()');
        ms.push(r.ms);
        allMs.push(r.allMs);
        marks = r.marks;
        await cdp.detach();
      }
      if (cpuMode) {
        const col = (/** @type {'walkCold' | 'walkWarm' | 'sync' | 'total'} */ k) => `${f(Math.min(...cpu.map((x) => x[k])))}/${f(median(cpu.map((x) => x[k])))}`;
        console.log(`${name}: ${marks} marks; main-thread CPU ms min/median of ${cpu.length}: TreeWalker in the world cold ${col('walkCold')}, warm ${col('walkWarm')}; annotate sync ${col('sync')}; until every mark is in ${col('total')}; sync/warm walk ${f(median(cpu.map((x) => x.sync)) / median(cpu.map((x) => x.walkWarm)))}×`);
        continue;
      }
      console.log(`${name} (cold): ${marks} marks; annotate min/median ${f(Math.min(...ms))}/${f(median(ms))} ms; samples ${ms.map(f).join(', ')}`);
      console.log(`  until every mark is in (planlens:annotate-all, idle time included): min/median ${f(Math.min(...allMs))}/${f(median(allMs))} ms`);
      continue;
    }
    await page.setContent(html);
    // An isolated world, as a content script has: DOM wrappers are per world.
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'planlens-lab' });
    const inWorld = async (/** @type {string} */ expression) => {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails).slice(0, 500));
      return r.result.value;
    };
    await inWorld(code);
    const patterns = await inWorld('globalThis.__hist = PlanLensLab.histories(); __hist.length');
    const r = await inWorld(`PlanLensLab.timeAnnotate(__hist, ${runs})`);
    console.log(
      `${name}: ${patterns} indicators, ${r.marks} marks, exact undo ${r.exact}; annotate min/median ${f(Math.min(...r.ms))}/${f(median(r.ms))} ms; ` +
        `TreeWalker ${f(Math.min(...r.walk))}/${f(median(r.walk))} ms; ratio of medians ${f(median(r.ms) / median(r.walk))}×`,
    );
    console.log(`  samples: ${r.ms.map(f).join(', ')}`);
    if (profileOut && name === '2 MB notice') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await inWorld('PlanLensLab.timeAnnotate(__hist, 3)');
      report((await cdp.send('Profiler.stop')).profile, '3 annotate() calls');
    }
  }
} finally {
  await browser.close();
}
