// @vitest-environment happy-dom
/**
 * Issue 13: the page scan behind the marks — one automaton over the Text nodes' data (whitespace
 * skipped in place, block boundaries honoured), and markPass, which marks a huge notice a stretch
 * at a time (what is on screen first, the rest in idle time) with the same result as one pass.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatcher, scanStarts, type MatchPattern } from '@/lib/annotate/matcher';
import { mentionsIn } from '@/lib/annotate/mentions';
import { blockOf, collectText, newRun, textReader } from '@/lib/annotate/textmap';
import { markPass, wrapMentions } from '@/lib/annotate/wrap';
import { unwrapElements } from '@/lib/annotate/dom-split';

const PATTERNS: MatchPattern[] = [
  { text: '地区生产总值', key: 'gdp' },
  { text: '生产总值', key: 'x-short' },
  { text: '固定资产投资', key: 'fai' },
  { text: 'ab', key: 'ab' },
  { text: 'bcd', key: 'bcd' },
  { text: 'cd', key: 'cd' },
];
const matcher = buildMatcher(PATTERNS);

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

/** [key, text] of every mark under el, in document order. */
const marksOf = (el: Element) => Array.from(el.querySelectorAll('planlens-mark')).map((m) => [m.getAttribute('data-indicator'), m.textContent]);

/** Mark the whole root with a pass taking `chars` characters per step; returns the steps taken. */
function passInSteps(at: Node | null, chars: number): { steps: number; marks: HTMLElement[] } {
  const pass = markPass(root, matcher, at);
  let steps = 1;
  while (pass.step(chars)) steps++;
  return { steps, marks: pass.marks };
}

describe('the page scan (one automaton over Text nodes, raw offsets)', () => {
  const cases: { name: string; html: string; want: [string, string][] }[] = [
    { name: 'overlapping names: leftmost first, then what is left', html: '<p>abcd</p>', want: [['ab', 'ab'], ['cd', 'cd']] },
    { name: 'longest name at a position wins', html: '<p>全市地区生产总值增长</p>', want: [['gdp', '地区生产总值']] },
    { name: 'a shorter name elsewhere still matches', html: '<p>地区生产总值与工业生产总值</p>', want: [['gdp', '地区生产总值'], ['x-short', '生产总值']] },
    { name: 'whitespace inside a mention (line break, U+3000, &nbsp;)', html: '<p>固定资产\n  投\u3000资；地区\u00a0生产总值</p>', want: [['fai', '固定资产\n  投\u3000资'], ['gdp', '地区\u00a0生产总值']] },
    { name: 'across inline elements (pieces)', html: '<p><span>地区</span><b>生产</b>总值</p>', want: [['gdp', '地区'], ['gdp', '生产'], ['gdp', '总值']] },
    { name: 'across a <br>', html: '<p>地区生产<br>总值</p>', want: [['gdp', '地区生产'], ['gdp', '总值']] },
    { name: 'never across paragraphs: the longest name that fits wins', html: '<p>地区</p><p>生产总值</p>', want: [['x-short', '生产总值']] },
    { name: 'never across table cells', html: '<table><tbody><tr><td>a</td><td>bcd</td></tr></tbody></table>', want: [['bcd', 'bcd']] },
    { name: 'a block inside the same parent ends a run; an inline element does not', html: '<div>a<p>x</p>b<span>cd</span></div>', want: [['bcd', 'b'], ['bcd', 'cd']] },
  ];
  for (const c of cases) {
    it(`${c.name} — one pass`, () => {
      root.innerHTML = c.html;
      wrapMentions(root, matcher);
      expect(marksOf(root)).toEqual(c.want);
    });
    it(`${c.name} — one character per step`, () => {
      root.innerHTML = c.html;
      passInSteps(null, 1);
      expect(marksOf(root)).toEqual(c.want);
    });
  }

  it('scanStarts reports, for each start position, the longest name starting there', () => {
    const m = buildMatcher([{ text: '生产总值', key: 's' }, { text: '地区生产总值', key: 'l' }, { text: '总值', key: 't' }]);
    const hits = scanStarts(m, ['地区生产', '总值'], null);
    // Last chunk, last offset first.
    const starts = hits.chunk.map((c, i) => [c, hits.offset[i], m.keys[hits.pattern[i]]]);
    expect(starts).toEqual([
      [1, 0, 't'],
      [0, 2, 's'],
      [0, 0, 'l'],
    ]);
    // A block boundary before the second chunk: nothing crosses it.
    expect(scanStarts(m, ['地区生产', '总值'], Uint8Array.from([1, 1])).offset).toEqual([0]);
  });

  it('mentions come back in raw offsets of the whole text', () => {
    root.innerHTML = '<p>一 地区\n生产总值</p><p>ab</p>';
    const map = collectText(root);
    expect(mentionsIn(map, matcher).map((m) => [m.key, m.start, m.end])).toEqual([
      ['gdp', 2, 9],
      ['ab', 9, 11],
    ]);
  });
});

/** Every Text node a textReader reads from `from` to `stop`. */
function readAll(from: Node | null = null, stop: Node | null = null) {
  const run = newRun();
  expect(textReader(root, from, stop)(run, Infinity)).toBe(false);
  return run;
}

describe('textReader', () => {
  it('starts at a block, as if a block began there, and stops before another node', () => {
    root.innerHTML = '<p id="a">1<span>2</span></p><p id="b">3</p>x<p id="c">4</p>';
    const seq = (from: Node | null, stop: Node | null) => {
      const run = readAll(from, stop);
      return run.data.map((d, i) => `${run.breakBefore[i]}${d}`);
    };
    expect(seq(null, null)).toEqual(['11', '02', '13', '1x', '14']);
    expect(seq(root.querySelector('#b'), null)).toEqual(['13', '1x', '14']);
    expect(seq(null, root.querySelector('#b'))).toEqual(['11', '02']);
  });

  it('reads a stretch of at least `chars` characters up to a block boundary, then goes on from there', () => {
    const cases: { chars: number; stretches: string[][] }[] = [
      { chars: 0, stretches: [['ab', 'c'], ['de'], ['f']] },
      { chars: 1, stretches: [['ab', 'c'], ['de'], ['f']] },
      { chars: 4, stretches: [['ab', 'c', 'de'], ['f']] },
      { chars: 100, stretches: [['ab', 'c', 'de', 'f']] },
    ];
    for (const { chars, stretches } of cases) {
      root.innerHTML = '<p>ab<span>c</span></p><p>de</p>f';
      const read = textReader(root);
      const got: string[][] = [];
      let more = true;
      while (more) {
        const run = newRun();
        more = read(run, chars);
        got.push(run.data);
      }
      expect(got, `chars ${chars}`).toEqual(stretches);
    }
  });

  it('blockOf: the block holding a node, or null outside root or in skipped text', () => {
    root.innerHTML = '<p id="p"><span>地区</span></p><script>x</script>';
    const span = root.querySelector('span')!;
    expect(blockOf(root, span.firstChild)).toBe(root.querySelector('#p'));
    expect(blockOf(root, root.querySelector('script')!.firstChild)).toBeNull();
    expect(blockOf(root, document.body)).toBeNull();
    expect(blockOf(root, null)).toBeNull();
  });
});

describe('markPass', () => {
  const page = () =>
    ['<p>abcd 地区生产总值</p>', '<p>固定资产<span>投资</span></p>', '<p id="mid">cd ab</p>', '<p><b>地区</b>生产总值</p>', '<p>bcd</p>'].join('');

  it('from a block in the middle: that block first, then to the end, then the start — the same marks as one pass', () => {
    root.innerHTML = page();
    wrapMentions(root, matcher);
    const once = marksOf(root);
    root.innerHTML = page();
    const before = root.innerHTML;
    const pass = markPass(root, matcher, root.querySelector('#mid')!.firstChild);
    expect(pass.step(1)).toBe(true);
    // The first step covered the block at `at` only (a block boundary after one character).
    expect(marksOf(root)).toEqual([
      ['cd', 'cd'],
      ['ab', 'ab'],
    ]);
    while (pass.step(3));
    expect(marksOf(root)).toEqual(once);
    unwrapElements(pass.marks);
    expect(root.innerHTML).toBe(before);
  });

  it('goes on after the page changed the DOM behind and ahead of it', () => {
    root.innerHTML = page();
    const pass = markPass(root, matcher, null);
    pass.step(1);
    root.firstElementChild!.remove(); // behind
    const p = document.createElement('p');
    p.textContent = '地区生产总值';
    root.append(p); // ahead
    while (pass.step(1));
    expect(marksOf(p)).toEqual([['gdp', '地区生产总值']]);
  });

  it('does not mark again what another pass marked ahead of it', () => {
    root.innerHTML = page();
    const pass = markPass(root, matcher, null);
    pass.step(1);
    wrapMentions(root.lastElementChild!, matcher);
    while (pass.step(1));
    expect(root.querySelectorAll('planlens-mark planlens-mark').length).toBe(0);
    wrapMentions(root, matcher);
    const again = marksOf(root);
    root.innerHTML = page();
    wrapMentions(root, matcher);
    expect(again).toEqual(marksOf(root));
  });

  it('stops once its root leaves the document', () => {
    root.innerHTML = page();
    const pass = markPass(root, matcher, null);
    expect(pass.step(1)).toBe(true);
    root.remove();
    expect(pass.step(1)).toBe(false);
  });

  it('any step size and any starting node give the marks of one pass, and unwrap restores the page (property)', () => {
    const para = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ' ', '地区', '生产', '总值', '<b>b</b>', '<span>c</span>', '<br>', '\n'), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), fc.nat(), fc.integer({ min: 1, max: 12 }), (paras, pick, chars) => {
        const html = paras.map((p, i) => (i % 3 === 2 ? `<span>${p.join('')}</span>` : `<p>${p.join('')}</p>`)).join('');
        root.innerHTML = html;
        wrapMentions(root, matcher);
        const once = marksOf(root);
        root.innerHTML = html;
        const texts = readAll().nodes;
        const at = texts.length > 0 ? texts[pick % texts.length] : null;
        const { marks } = passInSteps(at, chars);
        expect(marksOf(root)).toEqual(once);
        unwrapElements(marks);
        expect(root.innerHTML).toBe(html);
      }),
      { numRuns: 300 },
    );
  });
});
