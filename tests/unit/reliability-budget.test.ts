// @vitest-environment happy-dom
/** The content script's page budget (RELIABILITY.md X1–X4): the first limit passed, found by a walk that stops early. */
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_BUDGET, checkPageBudget } from '../../entrypoints/notice.content/budget';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('checkPageBudget', () => {
  it('a normal notice is within budget', () => {
    document.body.innerHTML = `<div id="zoom">${'<p>地区生产总值增长5.5%左右。</p>'.repeat(500)}<table>${'<tr><td>1</td><td>固定资产投资</td><td>6%</td></tr>'.repeat(300)}</table></div>`;
    expect(checkPageBudget(document)).toBeNull();
  });

  it('too many characters', () => {
    document.body.innerHTML = `<p>${'字'.repeat(1000)}</p>`;
    expect(checkPageBudget(document, { ...PAGE_BUDGET, chars: 999 })).toEqual({ reason: 'characters', budget: 999 });
  });

  it('too many text nodes', () => {
    document.body.innerHTML = `<p>${'<span>字</span>'.repeat(101)}</p>`;
    expect(checkPageBudget(document, { ...PAGE_BUDGET, textNodes: 100 })).toEqual({ reason: 'text-nodes', budget: 100 });
  });

  it('nesting too deep (1,000 inline elements)', () => {
    document.body.innerHTML = `<p>${'<span>'.repeat(1000)}字${'</span>'.repeat(1000)}</p>`;
    expect(checkPageBudget(document)).toEqual({ reason: 'depth', budget: PAGE_BUDGET.depth });
  });

  it('the 10 MB notice fails on characters without walking all of it', () => {
    document.body.innerHTML = `<p>${'固定资产投资增长8%以上。'.repeat(200_000)}</p><p>x</p>`;
    const t = performance.now();
    expect(checkPageBudget(document)?.reason).toBe('characters');
    expect(performance.now() - t).toBeLessThan(1_000);
  });
});
