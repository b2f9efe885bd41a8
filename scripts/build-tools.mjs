// Build-time tools, run on `npm install` and before every extension build:
//  1. bundle the CLI (lib/cli, TypeScript) into bin/dist/cli.mjs so `npx planlens` runs on plain node 20;
//  2. run the same lib/ extractor over seeds/*.txt to produce seeds/generated/bundled.json,
//     the bundled plans the background seeds on install (no hand-written targets anywhere).
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRegions } from './gen-regions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bin/dist/cli.mjs');

// The region registry (lib/regions/divisions.generated.ts) first: the CLI bundle below imports it.
await generateRegions();

await build({
  entryPoints: [join(root, 'lib/cli/index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['linkedom'],
  logLevel: 'warning',
  // Some bundled CommonJS code calls require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

const { buildBundledData } = await import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
const seedDir = join(root, 'seeds');
const files = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
const seeds = await Promise.all(files.map(async (file) => ({ file, text: await readFile(join(seedDir, file), 'utf8') })));
const data = buildBundledData(seeds);
await mkdir(join(seedDir, 'generated'), { recursive: true });
await writeFile(join(seedDir, 'generated/bundled.json'), JSON.stringify(data));
console.log(`planlens tools: CLI bundled; ${data.plans.length} bundled plans (${data.plans.reduce((n, p) => n + p.targets.length, 0)} targets), data version ${data.version}`);
