import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_CSS, EXTENSION_CSS, PAGE_CSS, TOOLBAR_CSS } from '@/components/styles';

const dir = join(__dirname, '../../components');
const sources = readdirSync(dir)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('components safety', () => {
  it('never set HTML from strings', () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
    for (const [file, src] of sources) {
      expect(src, file).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(/);
    }
  });

  it('PAGE_CSS selects only planlens-* elements', () => {
    const selectors = PAGE_CSS.replace(/\{[^}]*\}/g, '\n')
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s);
    expect(selectors.length).toBeGreaterThan(5);
    for (const s of selectors) expect(s).toMatch(/^planlens-(mark|highlight|card|toolbar)\b/);
    expect(PAGE_CSS).toContain('planlens-mark{display:inline;');
    expect(PAGE_CSS).toMatch(/planlens-mark\{[^}]*text-decoration-style:dotted/);
    // Marks take no layout: no padding, margin, border or size.
    expect(PAGE_CSS).not.toMatch(/planlens-mark[^{]*\{[^}]*(padding|margin|border:|width|height|font-size)/);
  });

  it('shadow-root and extension CSS is scoped to .pl / :host and has a dark scheme', () => {
    for (const css of [CARD_CSS, TOOLBAR_CSS, EXTENSION_CSS]) {
      const body = css.replace(/@media[^{]*\{/g, '').replace(/\{[^}]*\}/g, '\n');
      const selectors = body
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s && s !== '}');
      for (const s of selectors) expect(s).toMatch(/^(:host|\.pl)/);
      expect(css).toContain('prefers-color-scheme: dark');
      expect(css).toContain('"PingFang SC"');
    }
    expect(CARD_CSS.startsWith(':host{all:initial}')).toBe(true);
  });
});
