// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatcher } from '@/lib/annotate/matcher';
import { findMentions, unwrapAll, wrapMentions } from '@/lib/annotate/wrap';
import { removeHighlight, wrapHighlight } from '@/lib/annotate/highlight-dom';
import { collectText, rawText } from '@/lib/annotate/textmap';
import { offsetsToRange } from '@/lib/annotate/offsets';

type Tree = { t: 'text'; data: string } | { t: 'comment'; data: string } | { t: 'el'; tag: string; kids: Tree[] };

// Mostly pattern letters, so mentions (and mentions split across nodes) are common.
const textArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'a', 'b', 'c', ' ', '\u00a0', '\n', '&', '<'), maxLength: 6 });
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.record({ t: fc.constant('el' as const), tag: fc.constant('div'), kids: fc.array(tie('node'), { minLength: 1, maxLength: 6 }) }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('text' as const), data: textArb }),
    fc.record({ t: fc.constant('text' as const), data: textArb }),
    fc.record({ t: fc.constant('comment' as const), data: textArb }),
    fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom('span', 'span', 'b', 'p', 'td', 'br', 'script', 'planlens-card'),
      kids: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
}));
const patternsArb = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });

function build(t: Tree): Node {
  if (t.t === 'text') return document.createTextNode(t.data);
  if (t.t === 'comment') return document.createComment(t.data);
  const el = document.createElement(t.tag);
  if (t.tag !== 'br') for (const k of t.kids) el.append(build(k));
  return el;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

const strip = (s: string) => s.replace(/[\s\u00a0]/g, '');

function mount(t: Tree): HTMLElement {
  document.body.replaceChildren();
  const root = build(t) as HTMLElement;
  document.body.append(root);
  return root;
}

describe('wrap/unwrap properties (random DOM trees, random patterns)', () => {
  it('marks spell whole patterns, skip non-prose, and unwrap restores the DOM exactly', () => {
    fc.assert(
      fc.property(tree, patternsArb, (t, words) => {
        const root = mount(t);
        const patterns = words.map((w, i) => ({ text: w, key: 'k' + i }));
        const keyOf = new Map<string, string>();
        for (const p of patterns) if (!keyOf.has(p.text)) keyOf.set(p.text, p.key);
        const matcher = buildMatcher(patterns);
        const before = root.innerHTML;
        const nodesBefore = textNodes(root);
        const dataBefore = nodesBefore.map((n) => n.data);
        const textBefore = rawText(collectText(root));
        const expectedMentions = findMentions(root, matcher).length;

        const res = wrapMentions(root, matcher);
        expect(res.mentions).toBe(expectedMentions);
        // Group pieces by mention; each group spells one pattern with its key.
        const groups = new Map<string, HTMLElement[]>();
        res.marks.forEach((m, i) => {
          const id = m.getAttribute('data-mention') ?? `single${i}`;
          groups.set(id, [...(groups.get(id) ?? []), m]);
        });
        expect(groups.size).toBe(expectedMentions);
        for (const pieces of groups.values()) {
          const spelled = strip(pieces.map((p) => p.textContent).join(''));
          expect(keyOf.get(spelled)).toBe(pieces[0].getAttribute('data-indicator'));
          for (const p of pieces) {
            expect(p.getAttribute('data-indicator')).toBe(pieces[0].getAttribute('data-indicator'));
            expect(p.parentElement!.closest('planlens-mark, script, planlens-card')).toBeNull();
          }
        }
        expect(rawText(collectText(root))).toBe(textBefore);

        res.unwrap();
        expect(root.innerHTML).toBe(before);
        const nodesAfter = textNodes(root);
        expect(nodesAfter.length).toBe(nodesBefore.length);
        nodesAfter.forEach((n, i) => {
          expect(n).toBe(nodesBefore[i]);
          expect(n.data).toBe(dataBefore[i]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('highlights interleaved with marks, removed in any order, restore the DOM exactly', () => {
    fc.assert(
      fc.property(tree, patternsArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom(0, 1, 2), (t, words, a, b, c, d, marksFirst, order) => {
        const root = mount(t);
        const before = root.innerHTML;
        const nodesBefore = textNodes(root);
        const len = collectText(root).length;
        if (len === 0) return;
        const matcher = buildMatcher(words.map((w, i) => ({ text: w, key: 'k' + i })));
        const highlight = (x: number, y: number, id: string) => {
          const [s, e] = [x % (len + 1), y % (len + 1)].sort((p, q) => p - q);
          const range = offsetsToRange(collectText(root), s, e);
          if (range) wrapHighlight(root, range, id, 'yellow');
          expect(rawText(collectText(root)).length).toBe(len);
        };
        if (marksFirst) wrapMentions(root, matcher);
        highlight(a, b, 'h1');
        highlight(c, d, 'h2');
        if (!marksFirst) wrapMentions(root, matcher);
        const steps = [() => unwrapAll(root), () => removeHighlight(root, 'h1'), () => removeHighlight(root, 'h2')];
        for (let i = 0; i < 3; i++) steps[(order + i) % 3]();
        expect(root.innerHTML).toBe(before);
        const nodesAfter = textNodes(root);
        expect(nodesAfter.length).toBe(nodesBefore.length);
        expect(nodesAfter.every((n, i) => n === nodesBefore[i])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
