// `npm run eval`: bundles tests/corpus/cli.ts for node with esbuild (the repository's TypeScript
// runs in node without a separate loader) and runs it with the given arguments.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'planlens', 'eval.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'tests/corpus/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'error',
  // __dirname inside the bundle must be the corpus folder, where the documents are.
  define: { __dirname: JSON.stringify(join(root, 'tests/corpus')) },
  alias: { '@': root },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  external: ['linkedom'],
});
await import(pathToFileURL(out).href);
