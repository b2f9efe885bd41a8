// `npm run demo` (after the build): the fixture portal plus Chromium with the extension, on the
// 2024 bundled notice as served by "www.jiaxing.gov.cn".
//  - with a display ($DISPLAY): a real window you can use; Ctrl-C ends it;
//  - without one: headless; hovers a few <planlens-mark>s, writes screenshots to demo-output/
//    and prints what the extension did, then exits 0.
// Options: --year 2022|2024, --headless (force headless even with a display).
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension } from './portal/launch.mjs';
import { hoverMarks, readPageState, waitForContentScript } from './portal/probe.mjs';
import { startPortal } from './portal/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'demo-output');
const argv = process.argv.slice(2);
const yearArg = argv.indexOf('--year');
const year = yearArg >= 0 ? Number(argv[yearArg + 1]) : 2024;
const headless = argv.includes('--headless') || !process.env.DISPLAY;
const MAX_HOVERS = 4;

const portal = await startPortal();
let launched;
try {
  launched = await launchChromiumWithExtension({ port: portal.port, headless });
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  await portal.close();
  process.exit(1);
}
const { context, extensionId } = launched;
const url = portal.seedUrl(year);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url, { waitUntil: 'load' });
const ran = await waitForContentScript(page, 10_000);

if (!headless) {
  console.log(`demo: Chromium is showing ${url} with PlanLens (${extensionId}).`);
  console.log(`demo: other pages: ${portal.origin}/ lists them (open them as http://<host><path>). Ctrl-C to quit.`);
  const stop = async () => {
    await launched.close();
    await portal.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', () => void portal.close().then(() => process.exit(0)));
} else {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Let the content script finish annotating after the gate (marks may arrive a moment later).
  if (ran) await page.waitForSelector('planlens-mark', { state: 'attached', timeout: 4_000 }).catch(() => undefined);
  const state = await readPageState(page);
  await page.screenshot({ path: join(outDir, 'notice-full.png'), fullPage: true });
  await page.screenshot({ path: join(outDir, 'notice-top.png') });

  const hovers = await hoverMarks(page, {
    max: MAX_HOVERS,
    screenshot: (i, indicator) => join(outDir, `hover-${i}-${indicator.replace(/[^\w-]/g, '_')}.png`),
  });

  const show = (/** @type {string | null} */ v) => v ?? '(not reported)';
  console.log('PlanLens demo summary');
  console.log(`  page:             ${url}`);
  console.log(`  extension id:     ${extensionId}`);
  console.log(`  content script:   ${ran ? 'ran' : 'did NOT run'}`);
  console.log(`  notice detected:  ${state.planlens === 'notice' ? 'yes' : state.planlens === 'page' ? 'no (page)' : 'unknown'}`);
  console.log(`  region:           ${show(state.region)}`);
  console.log(`  year:             ${show(state.year)}`);
  console.log(`  targets:          ${show(state.targets)}`);
  console.log(`  marks:            ${state.marks} (${state.indicators.length} indicators)`);
  if (hovers.length === 0) console.log('  hovers:           none (no <planlens-mark> on the page yet)');
  for (const h of hovers) {
    const card = h.card === null ? 'no card' : `card: ${h.card.slice(0, 80)}${h.card.length > 80 ? '…' : ''}`;
    console.log(`  hover ${h.indicator}: ${h.error ? `failed (${h.error})` : `${card} → ${h.file}`}`);
  }
  console.log(`  screenshots:      ${outDir}/notice-full.png, notice-top.png${hovers.length ? ', hover-*.png' : ''}`);
  await launched.close();
  await portal.close();
}
