/**
 * A stranger's clone has nothing beside it: no test, script or config may read a file outside the
 * checkout (the shared folder beside it, absolute machine paths). Scans the sources for such paths.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');
const SCANNED = ['tests', 'scripts', 'lib', 'entrypoints', 'components', 'bin', 'wxt.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts', 'package.json', '.ci'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'corpus', 'generated', '.output', 'test-output']);
const SOURCE = /\.(?:[cm]?[jt]sx?|json|sh)$|^run$/;

function* files(path: string): Generator<string> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isFile()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path)) {
    if (SKIP_DIRS.has(name)) continue;
    const child = join(path, name);
    if (statSync(child).isDirectory()) yield* files(child);
    else if (SOURCE.test(name)) yield child;
  }
}

/** Paths that leave the checkout: the shared folder beside it, or a machine's absolute paths. */
const OUTSIDE = [/\.\.\/shared\b/, /\/work\/shared\//, /(?:readFileSync|readFile|existsSync|createReadStream|join|resolve)\(\s*['"`]\/(?!usr\/|etc\/|proc\/|dev\/)[a-z]/];

describe('the repository tests itself with nothing beside it', () => {
  test('no source reads a path outside the checkout', () => {
    const offenders: string[] = [];
    for (const top of SCANNED) {
      for (const file of files(join(root, top))) {
        if (file === __filename) continue;
        const text = readFileSync(file, 'utf8');
        for (const pattern of OUTSIDE) if (pattern.test(text)) offenders.push(`${relative(root, file)}: ${pattern}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test('the scan sees a planted outside path (it can fail)', () => {
    // Built from pieces so this file does not itself hold the paths it looks for.
    const up = '..';
    expect(OUTSIDE.some((p) => p.test(`readFileSync('${up}/shared/eval/gold.json')`))).toBe(true);
    expect(OUTSIDE.some((p) => p.test(`readFileSync('${'/'}home/me/x.json')`))).toBe(true);
    expect(OUTSIDE.some((p) => p.test("const fake = '/home/u/.cache/chrome';"))).toBe(false);
  });
});
