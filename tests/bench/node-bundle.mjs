// Bundles a few exports of the repository's TypeScript (lib/, tests/bench/) for node with esbuild,
// as scripts/build-tools.mjs does for the CLI, and imports the bundle. For the node benches.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {string} name the bundle's file name under test-output/bench/
 * @param {string} contents an ES module of re-exports, paths relative to the repository
 * @returns {Promise<any>} the bundle's exports
 */
export async function nodeBundle(name, contents) {
  const outfile = resolve(repo, `test-output/bench/${name}.bundle.mjs`);
  await mkdir(dirname(outfile), { recursive: true });
  await build({
    stdin: { contents, resolveDir: repo, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@': repo },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
