// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMatcher } from '@/lib/annotate/matcher';
import { findMentions, unwrapAll, wrapMentions } from '@/lib/annotate/wrap';

const matcher = buildMatcher([
  { text: '地区生产总值', key: 'gdp' },
  { text: '生产总值', key: 'x-short' },
  { text: '城镇调查失业率', key: 'urban-surveyed-unemployment-rate' },
  { text: '固定资产投资', key: 'fixed-asset-investment' },
  { text: 'GDP', key: 'gdp' },
]);

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

const marksOf = (el: Element) =>
  Array.from(el.querySelectorAll('planlens-mark')).map((m) => [m.getAttribute('data-indicator'), m.textContent]);

describe('wrapMentions: finding', () => {
  const cases: { name: string; html: string; marks: [string, string][] }[] = [
    { name: 'plain text', html: '<p>地区生产总值增长6%左右</p>', marks: [['gdp', '地区生产总值']] },
    { name: 'split across spans (pieces)', html: '<p><span>地区</span><span>生产</span>总值</p>', marks: [['gdp', '地区'], ['gdp', '生产'], ['gdp', '总值']] },
    { name: 'split by <br>', html: '<p>地区生产<br>总值</p>', marks: [['gdp', '地区生产'], ['gdp', '总值']] },
    { name: '&nbsp; inside the name stays in one piece', html: '<p>城镇调查&nbsp;失业率</p>', marks: [['urban-surveyed-unemployment-rate', '城镇调查\u00a0失业率']] },
    { name: 'line break and U+3000 inside a word', html: '<p>固定资产\n   投\u3000资</p>', marks: [['fixed-asset-investment', '固定资产\n   投\u3000资']] },
    { name: 'whitespace-only Text between pieces is not wrapped', html: '<p><span>地区</span>\n  <span>生产总值</span></p>', marks: [['gdp', '地区'], ['gdp', '生产总值']] },
    { name: 'longest name wins, shorter one elsewhere', html: '<p>地区生产总值与工业生产总值</p>', marks: [['gdp', '地区生产总值'], ['x-short', '生产总值']] },
    { name: 'full-width Latin', html: '<p>亿元ＧＤＰ生产安全</p>', marks: [['gdp', 'ＧＤＰ']] },
    { name: 'not across table cells', html: '<table><tbody><tr><td>地区</td><td>生产总值</td></tr></tbody></table>', marks: [['x-short', '生产总值']] },
    { name: 'not across paragraphs', html: '<p>城镇调查</p><p>失业率</p>', marks: [] },
    {
      name: 'skips script, style, textarea, contenteditable, our card',
      html: '<script>var a="地区生产总值"</script><style>/*地区生产总值*/</style><textarea>地区生产总值</textarea><div contenteditable="true">地区生产总值</div><planlens-card>地区生产总值</planlens-card><noscript>GDP</noscript><p>GDP</p>',
      marks: [['gdp', 'GDP']],
    },
    { name: 'wraps inside a saved highlight', html: '<p><planlens-highlight data-id="h">地区生产总值</planlens-highlight></p>', marks: [['gdp', '地区生产总值']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      root.innerHTML = c.html;
      wrapMentions(root, matcher);
      expect(marksOf(root)).toEqual(c.marks);
    });
  }

  it('sets the design.md §6 attributes; pieces share a data-mention id', () => {
    root.innerHTML = '<p><span>地区</span>生产总值，GDP</p>';
    const { marks, mentions } = wrapMentions(root, matcher);
    expect(mentions).toBe(2);
    expect(marks.map((m) => m.tagName.toLowerCase())).toEqual(['planlens-mark', 'planlens-mark', 'planlens-mark']);
    expect(marks.every((m) => m.getAttribute('tabindex') === '0')).toBe(true);
    const [a, b, c] = marks;
    expect(a.getAttribute('data-mention')).toMatch(/^m\d+$/);
    expect(b.getAttribute('data-mention')).toBe(a.getAttribute('data-mention'));
    expect(c.hasAttribute('data-mention')).toBe(false);
  });

  it('never nests marks: a second run wraps nothing', () => {
    root.innerHTML = '<p>地区生产总值、城镇调查失业率</p>';
    expect(wrapMentions(root, matcher).marks.length).toBe(2);
    const before = root.innerHTML;
    expect(wrapMentions(root, matcher).marks.length).toBe(0);
    expect(root.innerHTML).toBe(before);
  });

  it('isAllowed filters by key and sees the node', () => {
    root.innerHTML = '<h1>GDP</h1><p>GDP与固定资产投资</p>';
    const seen: string[] = [];
    wrapMentions(root, matcher, {
      isAllowed: ({ key, node }) => {
        seen.push(`${key}@${node.parentElement!.tagName}`);
        return key === 'gdp' && node.parentElement!.tagName !== 'H1';
      },
    });
    expect(seen).toEqual(['gdp@H1', 'gdp@P', 'fixed-asset-investment@P']);
    expect(marksOf(root)).toEqual([['gdp', 'GDP']]);
  });

  it('findMentions returns raw offsets without touching the DOM', () => {
    root.innerHTML = '<p>一、地区<br>生产总值</p>';
    const before = root.innerHTML;
    expect(findMentions(root, matcher)).toEqual([{ key: 'gdp', pattern: '地区生产总值', start: 2, end: 8 }]);
    expect(root.innerHTML).toBe(before);
  });
});

describe('unwrap restores the DOM exactly', () => {
  const adversarial: { name: string; html: string }[] = [
    { name: 'entities', html: '<p>&lt;GDP&gt; &amp; 地区生产总值&nbsp;&quot;x&quot; &#x4E00;</p>' },
    { name: 'comments between and inside', html: '<p>地区<!--c-->生产总值<!-- GDP -->GDP</p>' },
    { name: 'nested spans', html: '<p><span><b>地区<i>生产</i></b>总</span>值 <span><span>G</span>DP</span></p>' },
    { name: 'table', html: '<table><tbody><tr><td> 1.地区生产总值（注）</td><td>增长6%左右</td></tr><tr><td><span>城镇调查</span>失业率</td><td>5%以内</td></tr></tbody></table>' },
    { name: 'mentions at both ends of a Text node', html: '<p>GDP地区生产总值GDP</p>' },
    { name: 'many mentions in one Text node (one-pass path)', html: '<p>GDP、地区生产总值、GDP，GDP；GDP。GDP GDP</p>' },
    { name: 'whitespace and line breaks', html: '<p>\n  地区生产\n  总值\n<br>  城镇调查&nbsp;失业率  </p>' },
  ];
  for (const c of adversarial) {
    it(c.name, () => {
      root.innerHTML = c.html;
      const before = root.innerHTML;
      const res = wrapMentions(root, matcher);
      expect(res.marks.length).toBeGreaterThan(0);
      expect(root.innerHTML).not.toBe(before);
      res.unwrap();
      expect(root.innerHTML).toBe(before);
      expect(root.querySelectorAll('planlens-mark').length).toBe(0);
    });
  }

  it('keeps adjacent page Text nodes separate and the same objects', () => {
    const p = document.createElement('p');
    const t1 = document.createTextNode('地区生');
    const t2 = document.createTextNode('产总值GDP');
    const t3 = document.createTextNode('GDP');
    p.append(t1, t2, t3);
    root.append(p);
    const res = wrapMentions(root, matcher);
    expect(marksOf(p)).toEqual([['gdp', '地区生'], ['gdp', '产总值'], ['gdp', 'GDP'], ['gdp', 'GDP']]);
    res.unwrap();
    expect(Array.from(p.childNodes)).toEqual([t1, t2, t3]);
    expect([t1.data, t2.data, t3.data]).toEqual(['地区生', '产总值GDP', 'GDP']);
  });

  it('unwrap() removes only its own marks; unwrapAll removes the rest', () => {
    root.innerHTML = '<p id="a">GDP增长</p><p id="b">GDP增长</p>';
    const before = root.innerHTML;
    const a = wrapMentions(root.querySelector('#a')!, matcher);
    wrapMentions(root.querySelector('#b')!, matcher);
    a.unwrap();
    expect(root.querySelector('#a')!.querySelectorAll('planlens-mark').length).toBe(0);
    expect(root.querySelector('#b')!.querySelectorAll('planlens-mark').length).toBe(1);
    unwrapAll(root);
    expect(root.innerHTML).toBe(before);
  });

  it('unwrapAll cleans marks left by an earlier session', () => {
    root.innerHTML = '<p>一、<planlens-mark data-indicator="gdp" tabindex="0">地区生产总值</planlens-mark>增长</p>';
    unwrapAll(root);
    expect(root.innerHTML).toBe('<p>一、地区生产总值增长</p>');
    expect(root.firstChild!.childNodes.length).toBe(1);
  });
});

describe('the 2024 seed notice', () => {
  const seed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds/jiaxing-2024-plan.txt'), 'utf8');
  // Indicator names from the attachment table ("\t12.单位地区生产总值用水量").
  const names = [...seed.matchAll(/^\t\d+\.(\D[^\n（]*)/gm)].map((m) => m[1].trim());
  const lines = seed.split('\n').map((l) => l.trim()).filter(Boolean);

  it('marks every table name and body mention, and restores the page', () => {
    expect(names.length).toBe(20);
    const m = buildMatcher(names.map((n, i) => ({ text: n, key: 'k' + i })));
    for (const line of lines) {
      const p = document.createElement('p');
      p.textContent = line;
      root.append(p);
    }
    const before = root.innerHTML;
    // Independent count: naive leftmost-longest over each paragraph.
    let expected = 0;
    for (const line of lines) {
      const s = line.replace(/[\s\u00a0\u3000]/g, '');
      for (let i = 0; i < s.length; ) {
        const hit = names.filter((n) => s.startsWith(n, i)).sort((x, y) => y.length - x.length)[0];
        if (hit) {
          expected++;
          i += hit.length;
        } else i++;
      }
    }
    const res = wrapMentions(root, m);
    expect(res.mentions).toBe(expected);
    expect(res.mentions).toBe(25); // 20 table names + 5 in the prose (the naive count above)
    for (const mark of res.marks) expect(names).toContain(mark.textContent);
    res.unwrap();
    expect(root.innerHTML).toBe(before);
  });
});
