// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMatcher } from '@/lib/annotate/matcher';
import { unwrapAll, wrapMentions } from '@/lib/annotate/wrap';
import { removeAllHighlights, removeHighlight, wrapHighlight } from '@/lib/annotate/highlight-dom';
import { collectText, rawText } from '@/lib/annotate/textmap';
import { offsetsToRange } from '@/lib/annotate/offsets';

const matcher = buildMatcher([
  { text: '地区生产总值', key: 'gdp' },
  { text: '城镇调查失业率', key: 'urban-surveyed-unemployment-rate' },
]);

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

/** A Range over raw offsets of root's current text. */
function rangeOf(start: number, end: number): Range {
  return offsetsToRange(collectText(root), start, end)!;
}
const pieces = (id: string) => Array.from(root.querySelectorAll(`planlens-highlight[data-id="${id}"]`)).map((e) => e.textContent);

describe('wrapHighlight / removeHighlight', () => {
  it('wraps a range across elements in pieces carrying only id and colour', () => {
    root.innerHTML = '<p>全市<b>地区</b>生产总值增长6%左右</p>';
    const els = wrapHighlight(root, rangeOf(1, 9), 'h1', 'rgb(255, 235, 59)');
    expect(els.map((e) => e.textContent)).toEqual(['市', '地区', '生产总值增']);
    for (const el of els) {
      expect(el.tagName.toLowerCase()).toBe('planlens-highlight');
      expect(Array.from(el.attributes).map((a) => a.name).sort()).toEqual(['data-id', 'style']);
      expect(el.style.backgroundColor).toBe('rgb(255, 235, 59)');
    }
    expect(rawText(collectText(root))).toBe('全市地区生产总值增长6%左右');
  });

  it('skips whitespace-only pieces between table cells', () => {
    root.innerHTML = '<table><tbody><tr><td>一</td>\n<td>二</td></tr></tbody></table>';
    const els = wrapHighlight(root, rangeOf(0, 3), 'h', 'yellow');
    expect(els.map((e) => e.textContent)).toEqual(['一', '二']);
    expect(els.map((e) => e.parentElement!.tagName)).toEqual(['TD', 'TD']);
  });

  it('an empty range wraps nothing', () => {
    root.innerHTML = '<p>abc</p>';
    expect(wrapHighlight(root, rangeOf(1, 1), 'h', 'yellow')).toEqual([]);
  });

  const pages = [
    '<p>&lt;a&gt; 地区<span>生产</span>总值&nbsp;增长<!-- c --> 6%</p><p>城镇调查失业率</p>',
    '<table><tbody><tr><td><span>城镇</span>调查失业率</td><td>5%以内</td></tr></tbody></table>',
  ];
  for (const html of pages) {
    it(`restores innerHTML exactly: ${html.slice(0, 30)}…`, () => {
      root.innerHTML = html;
      const before = root.innerHTML;
      const len = collectText(root).length;
      wrapHighlight(root, rangeOf(1, len - 1), 'a', 'yellow');
      wrapHighlight(root, rangeOf(2, 5), 'b', 'pink');
      removeHighlight(root, 'a');
      expect(pieces('a')).toEqual([]);
      expect(pieces('b').join('')).toBe(rawText(collectText(root)).slice(2, 5));
      removeHighlight(root, 'b');
      expect(root.innerHTML).toBe(before);
    });
  }

  it('removeAllHighlights removes every id', () => {
    root.innerHTML = '<p>一二三四五</p>';
    const before = root.innerHTML;
    wrapHighlight(root, rangeOf(0, 2), 'a', 'yellow');
    wrapHighlight(root, rangeOf(3, 5), 'b', 'yellow');
    removeAllHighlights(root);
    expect(root.innerHTML).toBe(before);
    expect(root.firstChild!.childNodes.length).toBe(1);
  });
});

describe('highlights and marks overlap in any order', () => {
  const html = '<p>全市<span>地区生产</span>总值和城镇调查失业率</p>';
  // 地区生产总值 is at 2..8; the highlight 1..4 starts before the mark and ends inside it.
  const orders: { name: string; run: () => void }[] = [
    { name: 'mark, highlight; remove highlight, then marks', run: () => {
      const w = wrapMentions(root, matcher);
      wrapHighlight(root, rangeOf(1, 4), 'h', 'yellow');
      expect(pieces('h')).toEqual(['市', '地区']);
      expect(root.querySelector('planlens-mark planlens-highlight')!.textContent).toBe('地区');
      removeHighlight(root, 'h');
      w.unwrap();
    } },
    { name: 'mark, highlight; remove marks, then highlight', run: () => {
      wrapMentions(root, matcher);
      wrapHighlight(root, rangeOf(1, 4), 'h', 'yellow');
      unwrapAll(root);
      expect(pieces('h')).toEqual(['市', '地区']);
      removeHighlight(root, 'h');
    } },
    { name: 'highlight, mark; remove highlight, then marks', run: () => {
      wrapHighlight(root, rangeOf(1, 4), 'h', 'yellow');
      const w = wrapMentions(root, matcher);
      expect(w.marks.map((m) => m.textContent)).toEqual(['地区', '生产', '总值', '城镇调查失业率']);
      expect(root.querySelector('planlens-highlight planlens-mark')!.textContent).toBe('地区');
      removeHighlight(root, 'h');
      w.unwrap();
    } },
    { name: 'highlight, mark; remove marks, then highlight', run: () => {
      wrapHighlight(root, rangeOf(1, 4), 'h', 'yellow');
      wrapMentions(root, matcher).unwrap();
      removeHighlight(root, 'h');
    } },
    { name: 'highlight covering a whole mark and more', run: () => {
      const w = wrapMentions(root, matcher);
      wrapHighlight(root, rangeOf(0, 12), 'h', 'yellow');
      expect(pieces('h').join('')).toBe('全市地区生产总值和城镇调');
      w.unwrap();
      removeHighlight(root, 'h');
    } },
  ];
  for (const o of orders) {
    it(o.name, () => {
      root.innerHTML = html;
      const before = root.innerHTML;
      o.run();
      expect(root.innerHTML).toBe(before);
    });
  }
});
