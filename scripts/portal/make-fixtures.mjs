// Regenerates tests/fixtures/pages/*.html from manifest.json and src/*.txt.
//   node scripts/portal/make-fixtures.mjs           write the files
//   node scripts/portal/make-fixtures.mjs --check   exit 1 if a committed file is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR, loadManifest, renderFixtureEntry } from './fixtures.mjs';

const check = process.argv.includes('--check');
let stale = 0;
for (const entry of loadManifest()) {
  const file = join(FIXTURE_DIR, entry.file);
  const html = renderFixtureEntry(entry);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === html) continue;
  if (check) {
    console.error(`stale: ${entry.file}`);
    stale += 1;
  } else {
    writeFileSync(file, html);
    console.log(`wrote ${entry.file} (${html.length} chars)`);
  }
}
if (stale) process.exit(1);
