// Content script size (design.md §7 row 7): the built file (WXT/vite minify it), gzipped with
// zlib's default level; and, to say what dominates, the same entry bundled by esbuild with a
// metafile, minified bytes grouped by package or lib/ folder (shares are of minified, not
// gzipped, bytes: good enough to point at the big parts).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {string} file e.g. .output/chrome-mv3/content-scripts/notice.js */
export function contentScriptSize(file) {
  const built = readFileSync(file);
  return { bytes: built.length, gzip: gzipSync(built).length };
}

/** Which part of the module graph a bundled input belongs to (package, lib/ folder, entry). */
function groupOf(/** @type {string} */ input) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg) return pkg[1];
  const parts = input.replace(/^\.\.?\//, '').split('/');
  return parts[0] === 'lib' || parts[0] === 'entrypoints' ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Minified bytes per group for entrypoints/notice.content/index.ts, largest first.
 * @returns {Promise<{ total: number, groups: { group: string, bytes: number }[] }>}
 */
export async function contentScriptComposition() {
  const shimDir = join(repo, 'test-output/bench');
  mkdirSync(shimDir, { recursive: true });
  const shim = join(shimDir, 'wxt-globals-shim.js');
  // WXT auto-imports defineContentScript; the shim stands in for it.
  writeFileSync(shim, 'export const defineContentScript = (d) => d;\n');
  const result = await build({
    entryPoints: [join(repo, 'entrypoints/notice.content/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    target: 'es2022',
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    inject: [shim],
    alias: { '@': repo },
    outfile: join(shimDir, 'notice-composition.js'),
    logLevel: 'silent',
    absWorkingDir: repo,
  });
  /** @type {Map<string, number>} */
  const groups = new Map();
  let total = 0;
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const g = groupOf(input);
      groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
      total += bytesInOutput;
    }
  }
  return { total, groups: [...groups].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes) };
}
