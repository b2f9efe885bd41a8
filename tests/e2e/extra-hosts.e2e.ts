/**
 * Issue 7: a host added in the options page gets the notice content script; removing it stops
 * annotation. A permission prompt cannot be answered by automation, so this file builds a TEST
 * extension that pre-grants www.example.com (PLANLENS_TEST_HOSTS, wxt.config.ts) — the options
 * page still goes through permissions.request, which resolves at once for a granted host.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';

const HOST = 'www.example.com';
let h: Harness;
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'planlens-test-build-'));
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, PLANLENS_OUT_DIR: outDir, PLANLENS_TEST_HOSTS: HOST },
    stdio: 'ignore',
  });
  h = await launchWithExtension({ extensionDir: join(outDir, 'chrome-mv3') });
}, 180_000);

afterAll(async () => {
  await h?.close();
  rmSync(outDir, { recursive: true, force: true });
});

async function visitMirror(): Promise<Page> {
  const page = await h.goto(h.portal.mirrorUrl(2024));
  expect(new URL(page.url()).host).toBe(HOST);
  return page;
}

async function marksAfterLoad(page: Page): Promise<number> {
  // Give a registered content script time to run and annotate (it would set data-planlens at once).
  await page.waitForTimeout(2_500);
  return page.evaluate(() => document.querySelectorAll('planlens-mark').length);
}

it('annotates a notice on a host added in options, and stops after the host is removed', async () => {
  // Before: the host is not a government site and not added — PlanLens does not run there.
  let page = await visitMirror();
  expect(await page.evaluate(() => document.documentElement.dataset.planlens ?? null)).toBeNull();
  expect(await marksAfterLoad(page)).toBe(0);

  const options = await h.openExtensionPage('options');
  await options.fill('input[name="extra-host"]', HOST);
  await options.click('button[data-action="add-host"]');
  await options.locator(`[data-extra-host="${HOST}"]`).waitFor();

  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('planlens-mark').length > 0, null, { timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.dataset.planlens)).toBe('notice');
  expect(await page.locator('planlens-mark[data-indicator="fixed-asset-investment"]').count()).toBeGreaterThan(0);

  await options.click(`[data-extra-host="${HOST}"] button[data-action="remove-host"]`);
  await options.locator(`[data-extra-host="${HOST}"]`).waitFor({ state: 'detached' });
  await page.close();
  // The background unregisters the script when settings change; give it a moment, then a fresh visit.
  await options.waitForTimeout(500);
  page = await visitMirror();
  expect(await marksAfterLoad(page)).toBe(0);
  expect(await page.evaluate(() => document.documentElement.dataset.planlens ?? null)).toBeNull();
});
