/**
 * Every regular expression in lib/ must be safe from catastrophic backtracking (ReDoS): the
 * extractor runs on arbitrary pages. Patterns are collected with the TypeScript parser — regex
 * literals and `RegExp(...)` / `new RegExp(...)` calls with a literal pattern — and each is
 * checked with safe-regex2 (star height ≤ 1, bounded repetition count).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

export function regexesIn(file: string, text: string): Found[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Found[] = [];
  const where = (node: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      out.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))) {
        const f = flags && ts.isStringLiteral(flags) ? flags.text : '';
        out.push({ where: where(node), source: pattern.text, flags: f });
      } else if (pattern) {
        // A pattern built at run time cannot be checked here: it must be an escaped literal.
        out.push({ where: where(node), source: '<dynamic>', flags: '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = sourceFiles(join(root, 'lib')).flatMap((file) => regexesIn(file, readFileSync(file, 'utf8')));

describe('ReDoS safety of lib/ regular expressions', () => {
  it('finds the patterns (the scan itself works)', () => {
    const sample = regexesIn('x.ts', 'const a = /a+b/g; const b = new RegExp("(a+)+"); const c = RegExp(`x{2}`, "u"); const d = new RegExp(s);');
    expect(sample.map((r) => [r.source, r.flags])).toEqual([
      ['a+b', 'g'],
      ['(a+)+', ''],
      ['x{2}', 'u'],
      ['<dynamic>', ''],
    ]);
    expect(safeRegex('(a+)+')).toBe(false);
    expect(all.length).toBeGreaterThan(20);
  });

  it('every pattern passes safe-regex2', () => {
    const unsafe = all.filter((r) => r.source !== '<dynamic>' && !safeRegex(new RegExp(r.source, r.flags.replace(/[gy]/g, ''))));
    expect(unsafe.map((r) => `${r.where} /${r.source}/${r.flags}`)).toEqual([]);
  });

  it('the extractor builds no pattern at run time (others are listed for review)', () => {
    const dynamic = all.filter((r) => r.source === '<dynamic>').map((r) => r.where);
    console.log(`[regex-safety] ${all.length} patterns checked; built at run time: ${dynamic.length ? dynamic.join(', ') : 'none'}`);
    expect(dynamic.filter((w) => w.startsWith('lib/notice/') || w.startsWith('lib/cli/'))).toEqual([]);
  });
});
