/**
 * Bad input (RELIABILITY.md rows I1–I3): the CLI (lib/cli main, in process) and backup import
 * (lib/db/backup) given truncated, empty, binary, oversized (sparse 101 MB file / 100 MB string),
 * wrong-version and schema-violating input, BOMs and GBK/GB18030 pages: each is read (saying on
 * stderr which encoding when not plain UTF-8) or refused with exactly one line, and nothing changes.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main';
import { exportJson, importBackup } from '../../lib/db/backup';
import { capturePlan } from '../../lib/db/capture';
import { saveHighlight } from '../../lib/db/highlights';
import { JX2024, freshDb, notice } from './db-fixtures';

const ROOT = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'planlens-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, cb?: (e?: Error) => void) => {
    stdout += String(chunk);
    if (typeof cb === 'function') cb();
    return true;
  }) as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const SEED = readFileSync(join(ROOT, 'seeds/jiaxing-2024-plan.txt'), 'utf8');
const oneLine = (s: string) => s.trimEnd().split('\n').length === 1;

describe('planlens extract: bad input is refused with one line, exit 2', () => {
  it.each([
    ['an empty file', () => file('empty.txt', ''), /the file is empty/],
    ['a binary file', () => file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array(64).fill(7)])), /binary file/],
    ['a directory', () => dir, /not a file/],
    ['truncated to its first line', () => file('trunc.txt', SEED.split('\n')[0].slice(0, 12)), /not a plan notice/],
    ['a page cut off inside a tag', () => file('cut.html', '<html><head><title>2024年嘉兴市国民经济和社会发展计划</title></head><body><div id="zoom"><p>地区生产总值增长5.5%<span class="'), /./],
  ])('%s', async (_name, make, reason) => {
    const r = await cli('extract', make());
    if (r.code === 0) {
      // A truncated page may still be a (shorter) notice: then it is read, not refused.
      expect(JSON.parse(r.stdout).plan.year).toBe(2024);
      return;
    }
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it('a file over 100 MB (sparse, never read) is refused at once', async () => {
    const path = join(dir, 'huge.html');
    closeSync(openSync(path, 'w'));
    truncateSync(path, 101 * 1024 * 1024);
    const started = performance.now();
    const r = await cli('extract', path);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/101 MB is larger than the 100 MB limit; not read/);
    expect(oneLine(r.stderr)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('planlens extract: encodings', () => {
  const expected = async () => JSON.parse((await cli('extract', file('utf8.txt', SEED))).stdout).targets.map((t: { text: string }) => t.text);

  it('UTF-8 without a BOM: nothing said on stderr', async () => {
    const r = await cli('extract', file('plain.txt', SEED));
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it.each([
    ['UTF-8 with a BOM', () => file('bom.txt', '\uFEFF' + SEED), /as UTF-8 \(byte-order mark\)/],
    ['UTF-16LE with a BOM', () => file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')])), /as UTF-16LE \(byte-order mark\)/],
    ['GB18030 text, undeclared', () => join(ROOT, 'tests/fixtures/encodings/jiaxing-2024-plan.gb18030.txt'), /as GB18030 \(the bytes are not UTF-8\)/],
  ])('%s: same targets as UTF-8, and stderr names the encoding in one line', async (_name, make, said) => {
    const r = await cli('extract', make());
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(said);
    expect(oneLine(r.stderr)).toBe(true);
    expect(JSON.parse(r.stdout).targets.map((t: { text: string }) => t.text)).toEqual(await expected());
  });

  it('a GBK portal page declaring charset=gb2312 is read as GB18030 and extracted', async () => {
    const r = await cli('extract', join(ROOT, 'tests/fixtures/encodings/jiaxing-2022-plan.gbk.html'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/as GB18030 \(declared charset\)/);
    const out = JSON.parse(r.stdout);
    expect([out.plan.region, out.plan.year]).toEqual(['嘉兴市', 2022]);
    expect(out.targets.length).toBeGreaterThan(10);
  });
});

describe('backup import: bad files are refused in one line and change nothing', () => {
  async function seeded() {
    const db = freshDb('bad-import');
    await capturePlan(db, notice('嘉兴市', 2024, JX2024), { url: 'https://www.jiaxing.gov.cn/a.html' });
    await saveHighlight(db, { url: 'https://www.jiaxing.gov.cn/a.html', planId: null, selectors: [{ type: 'TextPositionSelector', start: 0, end: 2 }], exact: '嘉兴', note: '我的笔记' });
    return db;
  }
  const snapshot = async (db: Awaited<ReturnType<typeof seeded>>) => (await exportJson(db, new Date(0))).replace(/"capturedAt":\d+|"createdAt":\d+|"updatedAt":\d+/g, '');

  it.each<[string, (good: string) => string, RegExp]>([
    ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /not JSON/],
    ['empty', () => '', /empty/],
    ['binary', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /binary file/],
    ['undecodable bytes (U+FFFD)', () => '\ufffd\ufffd\u0000', /binary file/],
    ['wrong version', (good) => good.replace('"version":1', '"version":99'), /version: this PlanLens reads backup versions up to 1/],
    ['not a backup', () => '{"hello":"world"}', /not a PlanLens backup/],
    ['schema-violating', (good) => good.replace(/"metric":"[a-z]+"/, '"metric":"<script>"'), /metric/],
    ['a javascript: page address', (good) => good.replace(/"url":"https:\/\/www\.jiaxing\.gov\.cn\/a\.html"/g, '"url":"javascript:alert(1)"'), /http\(s\) address/],
    ['a target without its plan', (good) => good.replace(/"planId":"嘉兴市\/2024\/annual-plan"/, '"planId":"nowhere"'), /no plan "nowhere"/],
    ['multi-line JSON error', () => '{\n"format":\n', /not JSON/],
  ])('%s', async (_name, corrupt, reason) => {
    const db = await seeded();
    const good = await exportJson(db);
    const before = await snapshot(db);
    const error = await importBackup(db, corrupt(good), { mode: 'replace' }).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(reason);
    expect(error?.message).toMatch(/^The backup was not imported, nothing was changed: /);
    expect(error!.message.includes('\n')).toBe(false);
    expect(await snapshot(db)).toBe(before);
    db.close();
  });

  it('a BOM is accepted', async () => {
    const db = await seeded();
    const good = await exportJson(db);
    expect(await importBackup(db, '\uFEFF' + good)).toMatchObject({ plans: 1, highlights: 1 });
    db.close();
  });

  it('over 100 MB is refused before parsing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const huge = ' '.repeat(100 * 1024 * 1024 + 1);
    const error = await importBackup(db, huge).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/larger than 100 MB/);
    expect(await snapshot(db)).toBe(before);
    db.close();
  });
});
