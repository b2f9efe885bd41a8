// The composed fixture pages (tests/fixtures/pages): manifest, sources, committed HTML.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFixture } from './render.mjs';

/** @typedef {import('./render.mjs').FixtureEntry} FixtureEntry */

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages');

/** @returns {FixtureEntry[]} */
export function loadManifest() {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8'));
}

/** @param {FixtureEntry} entry @returns {string} the seed-format source text */
export function fixtureSource(entry) {
  return readFileSync(join(FIXTURE_DIR, entry.source), 'utf8');
}

/** @param {FixtureEntry} entry @returns {string} freshly rendered HTML */
export function renderFixtureEntry(entry) {
  return renderFixture(entry, fixtureSource(entry));
}

/** @param {FixtureEntry} entry @returns {string} the committed HTML file */
export function fixtureHtml(entry) {
  return readFileSync(join(FIXTURE_DIR, entry.file), 'utf8');
}
