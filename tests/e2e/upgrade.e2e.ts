/**
 * Upgrades (RELIABILITY.md U1): the previous release (commit 1ee8b9a, schema v2) is built once into
 * .output/previous-release/<commit>/ from git (git archive + this checkout's node_modules, ~10 s; reused
 * afterwards), installed in a Chromium profile, used — plans captured, highlights saved with notes and
 * tags — and then the current build is loaded from the same extension directory into the same
 * profile. Every plan and highlight is still there and readable; figures are re-read by the schema
 * upgrade (gain planYear, never fewer); highlights are placed on the page again. Without git history
 * (a tarball, a shallow clone) the test is skipped and says why. Keep it for every schema change.
 */
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPortal, type Portal } from '../../scripts/portal/server.mjs';
import { blocksOfParagraphs } from '../../lib/db/schema';
import { extractFromBlocks } from '../../lib/notice/extract';
import type { PlanKind } from '../../lib/types';
import { launchWithExtension, type Harness } from './harness';
import { collectErrors, extensionClient, selectText, waitForMarks, type ErrorLog, type ExtensionClient } from './page-probes';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PREVIOUS = '1ee8b9a';
const CACHE = join(ROOT, '.output/previous-release', PREVIOUS);
const CURRENT = process.env.PLANLENS_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
/** Both builds are run from this one directory, so Chromium sees the same extension id (and storage). */
const SLOT = join(ROOT, '.output/upgrade-test/extension');

function hasCommit(): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${PREVIOUS}^{commit}`], { cwd: ROOT, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The previous release's chrome-mv3 build, built from git once and cached. */
function previousBuild(): string {
  const out = join(CACHE, 'out/chrome-mv3');
  if (existsSync(join(out, 'manifest.json'))) return out;
  const src = join(CACHE, 'src');
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  execSync(`git archive --format=tar ${PREVIOUS} | tar -x -C "${src}"`, { cwd: ROOT, stdio: 'pipe' });
  // Its dependencies are a subset of this checkout's (same versions): reuse them instead of npm ci.
  // (@floating-ui/dom stays a devDependency for this build only: the current content script uses
  // @floating-ui/core.)
  symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['scripts/build-tools.mjs'], { cwd: src, stdio: 'pipe' });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: src,
    stdio: 'pipe',
    env: { ...process.env, PLANLENS_OUT_DIR: join(CACHE, 'out') },
  });
  return out;
}

/**
 * Puts a build in the slot. A release upgrade always raises the version, and Chromium keeps the
 * cached service worker of an extension whose version did not change: the newer build gets a
 * fourth version component (0.1.0 → 0.1.0.1), as a store update would.
 */
function install(build: string, bumpVersion = false): void {
  rmSync(SLOT, { recursive: true, force: true });
  mkdirSync(dirname(SLOT), { recursive: true });
  cpSync(build, SLOT, { recursive: true });
  if (bumpVersion) {
    const file = join(SLOT, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
    manifest.version = `${manifest.version.split('.').slice(0, 3).join('.')}.1`;
    writeFileSync(file, JSON.stringify(manifest));
  }
}

interface Backup {
  plans: { id: string; source: string; title: string; url: string | null; year: number; region: string; kind: PlanKind; issued: string | null; paragraphs: string[] }[];
  targets: { id: string; planId: string; year: number; planYear?: number; role: string; indicator: string; text: string }[];
  highlights: { id: string; url: string; exact: string; note: string; tags: string[]; color: string }[];
}
const backup = async (ext: ExtensionClient): Promise<Backup> => JSON.parse((await ext.call<{ text: string }>('exportJson', {})).text);

const NOTE = '升级前的笔记：固定资产投资\n第二行 <b>不是标签</b>';
const TAGS = ['升级', 'v2'];

const profile = mkdtempSync(join(tmpdir(), 'planlens-upgrade-profile-'));
let portal: Portal | null = null;
let h: Harness | null = null;
afterAll(async () => {
  await h?.close();
  await portal?.close();
  rmSync(profile, { recursive: true, force: true });
});

const available = hasCommit();
if (!available) console.warn(`upgrade.e2e: skipped — git history with commit ${PREVIOUS} (the previous release) is not in this checkout`);

describe.skipIf(!available)(`upgrade from the previous release (${PREVIOUS}) in the same profile`, () => {
  let before: Backup;
  let errors: ErrorLog;

  it('the previous release, built from git, captures plans and saves highlights with notes', async () => {
    const started = Date.now();
    install(previousBuild());
    console.log(`previous release ready in ${Date.now() - started} ms (cached in ${CACHE})`);
    portal = await startPortal();
    h = await launchWithExtension({ extensionDir: SLOT, userDataDir: profile, portal });
    const ext = await extensionClient(h);
    const pages: Page[] = [];
    for (const open of [() => h!.gotoNotice(2022), () => h!.gotoNotice(2024), () => h!.gotoFixture('hangzhou-2019-execution')]) {
      const page = await open();
      await waitForMarks(page);
      pages.push(page);
    }
    for (const [page, text] of [
      [pages[1], '全力激发民间投资活力'],
      [pages[2], '杭州市'],
    ] as const) {
      await page.bringToFront();
      await selectText(page, text);
      await page.locator('planlens-toolbar button[data-action="save-highlight"]').click();
      await page.waitForSelector('planlens-highlight');
    }
    for (const hl of await ext.call<{ id: string }[]>('listAllHighlights', {})) {
      await ext.call('updateHighlight', { id: hl.id, patch: { note: NOTE, tags: TAGS } });
    }
    before = await backup(ext);
    const oldVersion = await (await h.serviceWorker()).evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'planlens')?.version ?? null);
    expect(oldVersion).toBe(20);
    expect(before.plans.filter((p) => p.source === 'captured').length).toBe(3);
    expect(before.highlights).toHaveLength(2);
    await h.close();
    h = null;
  });

  it('the current build in the same profile: every record is still there, readable and re-read', async () => {
    expect(before).toBeDefined();
    install(CURRENT, true);
    // Chromium restarts an unpacked extension from its directory but keeps serving the worker script
    // it registered; a store update replaces it. Dropping the profile's worker registrations (not
    // its IndexedDB or storage) makes the restart register the new build's worker, as an update does.
    rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
    h = await launchWithExtension({ extensionDir: SLOT, userDataDir: profile, portal: portal! });
    errors = collectErrors(h);
    const ext = await extensionClient(h);
    const after = await backup(ext);
    // IndexedDB version = Dexie version × 10: the previous release left v2 (20).
    const idbVersion = await (await h.serviceWorker()).evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'planlens')?.version ?? null);
    const running = await (await h.serviceWorker()).evaluate(() => (globalThis as any).chrome.runtime.getManifest().version);
    console.log(`IndexedDB version after the upgrade: ${idbVersion}; running version ${running}`);
    expect(idbVersion).toBeGreaterThan(20);

    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const plans = byId(after.plans);
    for (const p of before.plans) expect(plans.get(p.id), p.id).toMatchObject({ source: p.source, title: p.title, url: p.url, year: p.year });
    const highlights = byId(after.highlights);
    for (const hl of before.highlights) {
      expect(highlights.get(hl.id), hl.id).toMatchObject({ url: hl.url, exact: hl.exact, note: NOTE, tags: TAGS, color: hl.color });
    }
    const report: Record<string, string> = {};
    for (const p of before.plans) {
      const was = before.targets.filter((t) => t.planId === p.id);
      const now = after.targets.filter((t) => t.planId === p.id);
      expect(now.length, p.id).toBeGreaterThanOrEqual(was.length);
      for (const t of now) expect(t.planYear ?? p.year, t.id).toBe(p.year);
      const years = (rows: Backup['targets']) => [...new Set(rows.map((t) => `${t.year}/${t.role}`))].sort().join(' ');
      // What the current extractor reads from the stored text (the schema upgrade's rule: used unless fewer).
      const meta = { id: p.id, region: p.region, year: p.year, kind: p.kind, title: p.title, issued: p.issued, url: p.url };
      const fresh = extractFromBlocks(blocksOfParagraphs(p.paragraphs), meta).targets;
      report[p.id] = `${was.length} → ${now.length} figures (current extractor on the stored text: ${fresh.length}); year/role ${years(was)} → ${years(now)}`;
      // The upgrade's rule: re-read figures replace the stored ones unless there are fewer.
      expect(now.length, p.id).toBe(Math.max(fresh.length, was.length));
      // The previous release filed an execution report's figures under the plan year; now the
      // executed year's outcomes are that year's.
      if (p.kind === 'plan-execution' && fresh.length >= was.length) expect(now.some((t) => t.year === p.year - 1)).toBe(true);
    }
    console.log('upgrade:', JSON.stringify(report, null, 2));
  });

  it('the upgraded data works on the pages: marks, cards and the highlights placed again', async () => {
    const page = await h!.gotoNotice(2024);
    expect(await waitForMarks(page)).toBeGreaterThan(40);
    await page.waitForSelector('planlens-highlight', { state: 'attached', timeout: 10_000 });
    const card = page.locator('planlens-mark[data-indicator="fixed-asset-investment"]').first();
    await card.hover();
    await page.locator('planlens-card [role="tooltip"] [data-year="2022"]').waitFor({ state: 'attached', timeout: 8_000 });
    const side = await h!.openExtensionPage('sidepanel', { tabId: await h!.tabIdOf(page) });
    await expect.poll(() => side.locator('textarea[name="note"]').first().inputValue(), { timeout: 8_000 }).toBe(NOTE);
    expect(errors.fromExtension()).toEqual([]);
  });
});
