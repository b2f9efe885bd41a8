#!/usr/bin/env node
/**
 * Where the background's time goes (issue 13): fills the extension's database to `--targets`
 * (synthetic, as the scale bench), then records a CDP CPU profile of the service worker during
 * popup searches through messaging and during 1,500-target captures, and prints the top self-time
 * functions with the timings. Build without minification for readable names
 * (see docs/profile-search.md for the command).
 *
 *   node tests/bench/profile-search.mjs [--targets 100000] [--rounds 2] [--captures 3]
 *        [--user-data-dir DIR]   keep the profile (and the filled database) between runs
 *        [--json FILE]           write timings and the top functions as JSON
 *        [--restart]             also profile the first query after a worker restart
 *
 * PLANLENS_EXTENSION_DIR selects the built extension (default .output/chrome-mv3).
 */
import { writeFileSync } from 'node:fs';
import { launchChromiumWithExtension } from '../../scripts/portal/launch.mjs';
import { startPortal } from '../../scripts/portal/server.mjs';
import { browserBundle } from './browser-bundle.mjs';
import { installBundle, timeSearches } from './db-figures.mjs';
import { timeOneSearch, topSelfTime, workerSession } from './scale-figures.mjs';
import { fmt, percentile } from './stats.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const targets = Number(arg('targets', '100000'));
const rounds = Number(arg('rounds', '2'));
const captures = Number(arg('captures', '3'));
const userDataDir = arg('user-data-dir', undefined);
const jsonOut = arg('json', undefined);
const plans = Math.round(targets / 100);
const log = (s) => console.error(`[profile] ${s}`);

const portal = await startPortal();
const launched = await launchChromiumWithExtension({ port: portal.port, userDataDir });
const { context, extensionId } = launched;
const ext = (name) => `chrome-extension://${extensionId}/${name}.html`;
const out = { targets, rounds };
const show = (title, rows) => {
  console.log(`\n${title}`);
  for (const r of rows) console.log(`${fmt(r.ms).padStart(8)} ms ${(100 * r.share).toFixed(1).padStart(5)}%  ${r.fn}  ${r.where}`);
};
try {
  const bundle = await browserBundle();
  // Not the options page: it lists plans (a cursor over every target key), which would run beside the timed searches.
  const options = await context.newPage();
  await options.goto(ext('popup'), { waitUntil: 'load' });
  await installBundle(options, bundle);
  const filled = Number(await options.evaluate(() => localStorage.getItem('planlens-bench-filled') ?? '0'));
  if (filled < plans) {
    log(`filling ${filled} → ${plans} plans`);
    const t = Date.now();
    out.fill = await options.evaluate(([n, from]) => globalThis.PlanLensBench.fillDatabase('planlens', n, 100, from, n), [plans, filled]);
    await options.evaluate((n) => localStorage.setItem('planlens-bench-filled', String(n)), plans);
    log(`filled in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const queries = await options.evaluate(() => globalThis.PlanLensBench.searchQueries());
  await options.close();
  const popup = await context.newPage();
  await popup.goto(ext('popup'), { waitUntil: 'load' });
  const worker = await workerSession(context, popup, extensionId);
  out.firstQuery = await timeOneSearch(popup, queries[0]);
  log(`first query ${fmt(out.firstQuery.ms)} ms`);
  const samples = await timeSearches(popup, queries, { rounds, limit: 10 });
  const ms = samples.map((s) => s.ms);
  out.search = { p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms), errors: samples.filter((s) => s.error).length };
  out.firstResults = Object.fromEntries(samples.map((s) => [s.query, s.first]));
  log(`search p50 ${fmt(out.search.p50)} / p95 ${fmt(out.search.p95)} ms (max ${fmt(out.search.max)})`);
  const searchProfile = await worker.cpuProfile(() => timeSearches(popup, queries, { rounds: 1, limit: 10 }));
  out.searchTop = topSelfTime(searchProfile, 25);
  show('search: top self time in the service worker', out.searchTop);

  await installBundle(popup, bundle);
  await popup.waitForTimeout(4000); // the snapshot scheduled after the searches is saved before captures are timed
  const capture = () =>
    popup.evaluate(async (runs) => {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const { notice } = globalThis.PlanLensBench.captureNotice(1500, '嘉兴市', 2031 + i);
        const t = performance.now();
        const reply = await globalThis.chrome.runtime.sendMessage({ protocol: 'planlens/1', type: 'capturePlan', payload: { notice, url: null } });
        times.push({ ms: performance.now() - t, ok: Boolean(reply?.ok), status: reply?.value?.status, error: reply?.ok ? null : JSON.stringify(reply?.error) });
        await new Promise((r) => setTimeout(r, 300));
      }
      return times;
    }, captures);
  const remove = () =>
    popup.evaluate(async (runs) => {
      for (let i = 0; i < runs; i++) await globalThis.chrome.runtime.sendMessage({ protocol: 'planlens/1', type: 'deletePlan', payload: { id: `嘉兴市/${2031 + i}/work-report` } });
    }, captures);
  await remove();
  out.capture = await capture();
  await remove();
  await popup.waitForTimeout(2500); // snapshot saved, outside the profile
  log(`capture ${out.capture.map((c) => `${fmt(c.ms)} ms ${c.status ?? c.error}`).join(', ')}`);
  const captureProfile = await worker.cpuProfile(capture);
  await remove();
  out.captureTop = topSelfTime(captureProfile, 25);
  show('capture: top self time in the service worker (300 ms pauses between captures)', out.captureTop);
  if (process.env.PLANLENS_PROFILE_DIR) {
    writeFileSync(`${process.env.PLANLENS_PROFILE_DIR}/search.cpuprofile`, JSON.stringify(searchProfile));
    writeFileSync(`${process.env.PLANLENS_PROFILE_DIR}/capture.cpuprofile`, JSON.stringify(captureProfile));
  }
  if (process.argv.includes('--restart')) {
    await popup.waitForTimeout(10_000); // the snapshot is saved after 2.5 s of quiet
    await worker.stopWorkers();
    await popup.waitForTimeout(500);
    // Wake the worker with a message that does not touch the index, then profile the first search.
    await popup.evaluate(() => globalThis.chrome.runtime.sendMessage({ protocol: 'planlens/1', type: 'getTabState', payload: { tabId: 1 } }));
    const restartProfile = await worker.cpuProfile(async () => {
      out.restart = await timeOneSearch(popup, queries[3]);
    });
    log(`first query after restart ${fmt(out.restart.ms)} ms`);
    out.restartTop = topSelfTime(restartProfile, 25);
    show('first query after a worker restart: top self time', out.restartTop);
    if (process.env.PLANLENS_PROFILE_DIR) writeFileSync(`${process.env.PLANLENS_PROFILE_DIR}/restart.cpuprofile`, JSON.stringify(restartProfile));
  }
  await worker.close();
} finally {
  await launched.close();
  await portal.close();
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 1));
