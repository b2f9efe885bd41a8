/**
 * The planlens CLI as users run it: the bundle built by scripts/build-tools.mjs, through
 * bin/planlens.mjs, in a child process (design.md §6: outputs, exit codes, stderr).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { csvField } from '@/lib/cli/output';
import { parseArgs } from '@/lib/cli/args';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/planlens.mjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A small RFC 4180 reader, to check the CLI's CSV field by field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-tools.mjs')], { cwd: root, stdio: 'pipe' });
}, 120_000);

describe('planlens extract', () => {
  it('reads a seed text file and writes the plan and targets as JSON', async () => {
    const r = await run('extract', 'seeds/jiaxing-2024-plan.txt');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out.plan).toEqual({
      id: '嘉兴市/2024/annual-plan',
      region: '嘉兴市',
      year: 2024,
      kind: 'annual-plan',
      title: '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知',
      issued: '2024-02-08',
      url: null,
    });
    expect(Object.keys(out)).toEqual(['plan', 'targets']);
    for (const t of out.targets) expect(Object.keys(t).filter((k) => k !== 'period' && k !== 'horizon')).toEqual(['indicator', 'name', 'category', 'text', 'value', 'origin', 'role', 'year', 'region', 'quote', 'position']);
    const fai = out.targets.find((t: { name: string; origin: string }) => t.name === '固定资产投资' && t.origin === 'table');
    expect([fai.text, fai.category, fai.role, fai.value.metric, fai.value.number]).toEqual(['增长6%以上', '经济发展', 'target', 'growth', 6]);
    expect(out.targets.filter((t: { origin: string }) => t.origin === 'table')).toHaveLength(21);
  });

  it('reads a portal page with --url and writes RFC 4180 CSV', async () => {
    const url = 'https://www.jiaxing.gov.cn/art/2023/3/1/art_1229426397_2458230.html';
    const json = JSON.parse((await run('extract', 'tests/fixtures/pages/jiaxing-2023-plan.html', '--url', url)).stdout);
    expect([json.plan.id, json.plan.url, json.plan.issued]).toEqual(['嘉兴市/2023/annual-plan', url, '2023-03-01']);

    const r = await run('extract', 'tests/fixtures/pages/jiaxing-2023-plan.html', `--url=${url}`, '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['region', 'year', 'kind', 'category', 'indicator', 'name', 'text', 'role', 'origin', 'plan_year']);
    expect(rows.length).toBe(json.targets.length + 1);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    expect(rows.slice(1).map((row) => row[5])).toEqual(json.targets.map((t: { name: string }) => t.name));
  });

  it('--explain gives each figure its rule, scope, cue and context, and lists dropped candidates', async () => {
    const r = await run('extract', 'tests/fixtures/pages/hangzhou-2019-execution.html', '--explain');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Array.isArray(out.dropped)).toBe(true);
    for (const t of out.targets) expect(Object.keys(t.explain).sort()).toEqual(['context', 'cue', 'rule', 'scope']);
    const actual = out.targets.find((t: { role: string; origin: string }) => t.role === 'actual' && t.origin === 'table');
    expect([actual.year, actual.explain.rule]).toEqual([2019, 'table:actual-column']);
    // Skipped table rows and the grammar's rejections say why (issue 11: every decision traceable).
    const reasons = new Set(out.dropped.map((d: { reason: string }) => d.reason));
    expect(reasons).toContain('table row: a table header (indicator table)');
    expect([...reasons].some((r) => String(r).startsWith('not a figure: '))).toBe(true);
    const header = out.dropped.find((d: { reason: string }) => d.reason === 'table row: a table header (indicator table)');
    expect(header.text).toMatch(/指标/);
    const plain = JSON.parse((await run('extract', 'tests/fixtures/pages/hangzhou-2019-execution.html')).stdout);
    expect(plain.targets.some((t: object) => 'explain' in t)).toBe(false);
  });

  it('quotes CSV fields with commas, quotes and line breaks', () => {
    expect([csvField('a,b'), csvField('say "hi"'), csvField('x\ny'), csvField(null), csvField(2024), csvField('增长6%')]).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"x\ny"',
      '',
      '2024',
      '增长6%',
    ]);
  });

  it.each([
    ['a news page', ['extract', 'tests/fixtures/pages/news.html'], /not a plan notice/],
    ['a missing file', ['extract', 'no/such/file.txt'], /cannot read no\/such\/file\.txt: ENOENT/],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['an unknown option', ['extract', 'seeds/jiaxing-2024-plan.txt', '--verbose', 'x'], /unknown option --verbose/],
    ['a bad format', ['extract', 'seeds/jiaxing-2024-plan.txt', '--format', 'xml'], /--format must be json or csv/],
    ['a missing argument', ['compare', 'seeds/jiaxing-2024-plan.txt'], /compare takes two files/],
  ])('exits 2 with a one-line reason on %s', async (_name, args, reason) => {
    const r = await run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads GBK-encoded pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planlens-'));
    const file = join(dir, 'gbk.html');
    // 国民经济 in GBK, inside a page that declares its charset.
    const title = Buffer.from([0xb9, 0xfa, 0xc3, 0xf1, 0xbe, 0xad, 0xbc, 0xc3]);
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="gbk"><title>2024'),
      Buffer.from([0xc4, 0xea]), // 年
      Buffer.from([0xbc, 0xce, 0xd0, 0xcb, 0xca, 0xd0]), // 嘉兴市
      title,
      Buffer.from([0xba, 0xcd, 0xc9, 0xe7, 0xbb, 0xe1, 0xb7, 0xa2, 0xd5, 0xb9, 0xbc, 0xc6, 0xbb, 0xae]), // 和社会发展计划
      Buffer.from('</title></head><body><div id="zoom"><p>x</p></div></body></html>'),
    ]);
    writeFileSync(file, html);
    const r = await run('extract', file);
    expect([r.code, JSON.parse(r.stdout).plan.title]).toEqual([0, '2024年嘉兴市国民经济和社会发展计划']);
  });
});

describe('planlens compare', () => {
  it('pairs the two years’ targets by indicator', async () => {
    const r = await run('compare', 'seeds/jiaxing-2022-plan.txt', 'seeds/jiaxing-2024-plan.txt');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['from', 'to', 'pairs']);
    expect([out.from.id, out.to.id]).toEqual(['嘉兴市/2022/annual-plan', '嘉兴市/2024/annual-plan']);
    for (const p of out.pairs) expect(Object.keys(p)).toEqual(['indicator', 'fromName', 'toName', 'from', 'to', 'change', 'ambition', 'delta']);
    const fai = out.pairs.find((p: { fromName: string; toName: string }) => p.fromName === '固定资产投资' && p.toName === '固定资产投资');
    expect([fai.from, fai.to]).toEqual(['增长8%以上', '增长6%以上']);
    // Every table row of both years appears in some pair (rows pair by key, or stand alone as new/dropped).
    const names = new Set(out.pairs.flatMap((p: { fromName: string | null; toName: string | null }) => [p.fromName, p.toName]));
    expect(names.has('常住人口城镇化率')).toBe(true);
    expect(names.has('全员劳动生产率')).toBe(true);
  });
});

describe('main', () => {
  it('exits 1 on an internal error', async () => {
    vi.resetModules();
    vi.doMock('@/lib/cli/read-notice', () => ({
      readNotice: () => {
        throw new Error('boom');
      },
    }));
    const { main } = await import('@/lib/cli/main');
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (errors.push(String(s)), true));
    const code = await main(['extract', 'x.txt']);
    spy.mockRestore();
    vi.doUnmock('@/lib/cli/read-notice');
    expect([code, errors.join('')]).toEqual([1, 'planlens: internal error: boom\n']);
  });

  it('parses arguments', () => {
    expect(parseArgs(['extract', 'a.html', '--url', 'https://x/', '--format=csv'])).toEqual({ command: 'extract', file: 'a.html', url: 'https://x/', format: 'csv', explain: false });
    expect(parseArgs(['extract', 'a.txt', '--explain'])).toEqual({ command: 'extract', file: 'a.txt', url: null, format: 'json', explain: true });
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
  });
});
