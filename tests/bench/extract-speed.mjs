#!/usr/bin/env node
// Extraction speed on a ~2 MB notice (the 2024 seed's body repeated), measured, not asserted.
//  1. in process: lib/notice bundled on the fly with esbuild, text form and a linkedom page;
//  2. end to end: `node bin/planlens.mjs extract` on the same notice as a file (includes node start-up);
//     the CLI bundle is rebuilt first (scripts/build-tools.mjs) so it measures the current code.
// Usage: node tests/bench/extract-speed.mjs [--mb 2] [--runs 5]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetMb = arg('mb', 2);
const runs = arg('runs', 5);

// The notice: its heading, then body paragraphs repeated to the size wanted, then the attachment.
const seed = readFileSync(join(root, 'seeds/jiaxing-2024-plan.txt'), 'utf8');
const lines = seed.split('\n');
const bodyStart = lines.findIndex((l) => l.startsWith('按照上述要求'));
const bodyEnd = lines.findIndex((l) => l.startsWith('附件：'));
const head = lines.slice(0, bodyStart).join('\n');
const body = lines.slice(bodyStart, bodyEnd).join('\n');
const tail = lines.slice(bodyEnd).join('\n');
const copies = Math.max(1, Math.round((targetMb * 1024 * 1024 - Buffer.byteLength(head + tail)) / Buffer.byteLength(body)));
const notice = [head, ...Array.from({ length: copies }, () => body), tail].join('\n');
const bytes = Buffer.byteLength(notice);
const mb = bytes / 1024 / 1024;

const dir = mkdtempSync(join(tmpdir(), 'planlens-bench-'));
try {
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export { extractFromText, extractFromDocument } from ${JSON.stringify(join(root, 'lib/notice/extract.ts'))};\nexport { parseHTML } from 'linkedom';\n`);
  const outfile = join(dir, 'extract.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', external: ['linkedom'], nodePaths: [join(root, 'node_modules')], alias: { '@': root } });
  // linkedom resolves from the repo, not the temp dir.
  writeFileSync(outfile, readFileSync(outfile, 'utf8').replace(/from "linkedom"/g, `from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/linkedom/esm/index.js')).href)}`));
  const { extractFromText, extractFromDocument, parseHTML } = await import(pathToFileURL(outfile).href);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (fn) => {
    const out = [];
    let result;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      result = fn();
      out.push(performance.now() - t0);
    }
    return { ms: median(out), result };
  };

  const text = time(() => extractFromText(notice));
  const html = `<html><head><title>2024年嘉兴市国民经济和社会发展计划</title></head><body><div id="zoom">${notice
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('\t'))
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')}</div></body></html>`;
  const parsed = time(() => parseHTML(html));
  const page = time(() => extractFromDocument(parseHTML(html).document));

  execFileSync(process.execPath, [join(root, 'scripts/build-tools.mjs')], { cwd: root, stdio: 'pipe' });
  const file = join(dir, 'notice.txt');
  writeFileSync(file, notice);
  const cli = time(() => execFileSync(process.execPath, [join(root, 'bin/planlens.mjs'), 'extract', file], { maxBuffer: 512 * 1024 * 1024 }));

  const rate = (ms) => (mb / (ms / 1000)).toFixed(1);
  console.log(`notice: ${mb.toFixed(2)} MB (${copies} copies of the 2024 body), ${text.result.targets.length} targets; median of ${runs} runs`);
  console.log(`extractFromText            ${text.ms.toFixed(0).padStart(6)} ms  ${rate(text.ms).padStart(6)} MB/s`);
  console.log(`linkedom parse only        ${parsed.ms.toFixed(0).padStart(6)} ms`);
  console.log(`parse + extractFromDocument${page.ms.toFixed(0).padStart(6)} ms  ${rate(page.ms).padStart(6)} MB/s (page ${(Buffer.byteLength(html) / 1048576).toFixed(2)} MB)`);
  console.log(`planlens extract (CLI)     ${cli.ms.toFixed(0).padStart(6)} ms  ${rate(cli.ms).padStart(6)} MB/s end to end`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
