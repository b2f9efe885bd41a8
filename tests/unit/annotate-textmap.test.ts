// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SENTINEL, collectText, locate, matchingView, rawText } from '@/lib/annotate/textmap';
import { offsetsToRange, rangeToOffsets } from '@/lib/annotate/offsets';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('collectText', () => {
  const cases: { name: string; html: string; raw: string }[] = [
    { name: 'plain paragraphs', html: '<p>一</p><p>二三</p>', raw: '一二三' },
    { name: 'skips script, style, noscript, template', html: 'a<script>s()</script>b<style>p{}</style>c<noscript>n</noscript>d<template>t</template>e', raw: 'abcde' },
    { name: 'skips form fields', html: 'a<textarea>x</textarea>b<select><option>o</option></select>c<input value="v">d', raw: 'abcd' },
    { name: 'skips contenteditable subtrees', html: 'a<div contenteditable="true">x<b>y</b></div>b<div contenteditable>z</div>c', raw: 'abc' },
    { name: 'keeps contenteditable="false"', html: 'a<span contenteditable="false">x</span>b', raw: 'axb' },
    { name: 'skips our UI but not marks and highlights', html: 'a<planlens-card>card</planlens-card>b<planlens-toolbar>t</planlens-toolbar><planlens-mark>m</planlens-mark><planlens-highlight>h</planlens-highlight>', raw: 'abmh' },
    { name: 'keeps whitespace, entities decoded, comments ignored', html: '<p>a&nbsp;b <!-- c --> &amp;\n</p>', raw: 'a\u00a0b  &\n' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      root.innerHTML = c.html;
      expect(rawText(collectText(root))).toBe(c.raw);
    });
  }

  it('flags text inside a mark and block boundaries', () => {
    root.innerHTML = '<p>a<planlens-mark>b<i>c</i></planlens-mark>d</p><p>e</p>';
    const map = collectText(root);
    expect(map.data).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Array.from(map.inMark)).toEqual([0, 1, 1, 0, 0]);
    expect(Array.from(map.breakBefore)).toEqual([1, 0, 0, 0, 1]);
    expect(map.starts).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('leaves out empty Text nodes', () => {
    root.append(document.createTextNode(''), document.createTextNode('x'), document.createTextNode(''));
    expect(collectText(root).nodes.length).toBe(1);
  });
});

describe('matchingView', () => {
  it('drops whitespace and maps back to raw offsets', () => {
    root.innerHTML = '<p>地区 生产<br>\n总值&nbsp;\u3000增长</p>';
    const map = collectText(root);
    const raw = rawText(map);
    const view = matchingView(map);
    expect(view.text).toBe('地区生产总值增长');
    expect(Array.from(view.text, (_, i) => view.toRaw(i))).toEqual([0, 1, 3, 4, 6, 7, 10, 11]);
    expect(raw[view.toRaw(4)]).toBe('总');
  });

  it('puts a sentinel at block boundaries only', () => {
    root.innerHTML = '<table><tr><td>地区生产</td><td>总值</td></tr></table><p>a<span>b</span></p>';
    const view = matchingView(collectText(root));
    expect(view.text).toBe(`地区生产${BLOCK_SENTINEL}总值${BLOCK_SENTINEL}ab`);
    expect(matchingView(collectText(root), false).text).toBe('地区生产总值ab');
  });
});

describe('locate and offsets', () => {
  it('prefers the next node for starts and the previous node for ends', () => {
    root.innerHTML = '<b>ab</b><i>cd</i>';
    const map = collectText(root);
    const [ab, cd] = map.nodes;
    expect(locate(map, 2, 'forward')).toEqual({ node: cd, offset: 0 });
    expect(locate(map, 2, 'backward')).toEqual({ node: ab, offset: 2 });
    expect(locate(map, 0, 'backward')).toEqual({ node: ab, offset: 0 });
    expect(locate(map, 4, 'forward')).toEqual({ node: cd, offset: 2 });
    expect(locate(map, 5, 'forward')).toBeNull();
  });

  it('converts element boundary points and skipped text to offsets', () => {
    root.innerHTML = '<p>ab<script>x</script>cd</p><p>ef</p>';
    const map = collectText(root);
    const p1 = root.firstChild!;
    const range = document.createRange();
    range.setStart(p1, 1); // before <script>
    range.setEnd(p1.childNodes[1].firstChild!, 1); // inside the script's text
    expect(rangeToOffsets(map, range)).toEqual({ start: 2, end: 2 });
    range.setStart(root, 1); // before the second <p>
    range.setEnd(root, 2); // after it
    expect(rangeToOffsets(map, range)).toEqual({ start: 4, end: 6 });
  });

  it('round-trips offsets through a Range', () => {
    root.innerHTML = '<p>一<span>二三</span>四</p><p>五六</p>';
    const map = collectText(root);
    for (const [s, e] of [[0, 6], [1, 3], [2, 5], [3, 4]]) {
      const r = offsetsToRange(map, s, e)!;
      expect(r.toString()).toBe('一二三四五六'.slice(s, e));
      expect(rangeToOffsets(map, r)).toEqual({ start: s, end: e });
    }
  });
});
