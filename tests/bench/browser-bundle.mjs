// Bundles tests/bench/browser-entry.ts (synthetic database, seeding, extraction) into one IIFE
// with esbuild, as scripts/build-tools.mjs does for the CLI. Written to test-output/bench/ so a
// failing run can be inspected; returned as text for page.evaluate (extension pages' CSP blocks
// inline <script>, DevTools evaluation is not subject to it).
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** @returns {Promise<string>} the bundle's source; it defines globalThis.PlanLensBench */
export async function browserBundle() {
  const outfile = join(repo, 'test-output/bench/bench-browser.js');
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({
    entryPoints: [join(repo, 'tests/bench/browser-entry.ts')],
    outfile,
    bundle: true,
    format: 'iife',
    globalName: 'PlanLensBench',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: true,
    alias: { '@': repo },
    logLevel: 'warning',
  });
  if (result.errors.length > 0) throw new Error(`bench bundle failed: ${result.errors[0].text}`);
  return readFileSync(outfile, 'utf8');
}
