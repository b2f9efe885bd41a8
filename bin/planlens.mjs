#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript in lib/cli, bundled at install time by scripts/build-tools.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('./dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('planlens: the CLI is not built; run `npm install` (or `node scripts/build-tools.mjs`) first\n');
  process.exit(1);
}
const { main } = await import(bundle);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`planlens: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
