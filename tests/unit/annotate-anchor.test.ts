// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Selector } from '@/lib/types';
import { describeOffsets, describeRange } from '@/lib/annotate/selectors';
import { anchor, anchorAll, anchorInText } from '@/lib/annotate/anchor';
import { collectText, rawText } from '@/lib/annotate/textmap';
import { offsetsToRange } from '@/lib/annotate/offsets';
import { buildMatcher } from '@/lib/annotate/matcher';
import { wrapMentions } from '@/lib/annotate/wrap';
import { wrapHighlight, wrapHighlightAt } from '@/lib/annotate/highlight-dom';

const P1 = '稳步扩大有效投资。锚定基础设施、先进制造业、民生补短板等重点领域，谋划实施一批强基础、增功能、利长远的重大项目。';
const P2 = '全力稳定外贸外资。深入实施外贸主体培育行动，支持企业开拓多元市场，推动跨境电商高质量发展。';
const P3 = '着力保障改善民生。实施就业优先政策，城镇新增就业人数11万人，城镇调查失业率控制在5%以内。';
const QUOTE = '支持企业开拓多元市场'; // in P2

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

function page(paragraphs: string[]): void {
  root.replaceChildren(...paragraphs.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
}
function selectorsFor(text: string, quote: string, occurrence = 0): Selector[] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return describeOffsets(text, at, at + quote.length);
}

describe('describeRange', () => {
  it('gives the quote with 32 characters of context and the position', () => {
    page([P1, P2, P3]);
    const text = P1 + P2 + P3;
    const start = text.indexOf(QUOTE);
    const range = offsetsToRange(collectText(root), start, start + QUOTE.length)!;
    expect(describeRange(root, range)).toEqual([
      { type: 'TextQuoteSelector', exact: QUOTE, prefix: text.slice(start - 32, start), suffix: text.slice(start + QUOTE.length, start + QUOTE.length + 32) },
      { type: 'TextPositionSelector', start, end: start + QUOTE.length },
    ]);
  });

  it('clips context at the text edges', () => {
    expect(describeOffsets('abcdef', 0, 2)).toEqual([
      { type: 'TextQuoteSelector', exact: 'ab', prefix: '', suffix: 'cdef' },
      { type: 'TextPositionSelector', start: 0, end: 2 },
    ]);
  });

  it('is unchanged by marks and other highlights on the page', () => {
    page([P1, P2, P3]);
    const start = (P1 + P2 + P3).indexOf(QUOTE);
    const plain = describeRange(root, offsetsToRange(collectText(root), start, start + QUOTE.length)!);
    wrapMentions(root, buildMatcher([{ text: '城镇调查失业率', key: 'u' }, { text: '外贸', key: 'f' }, { text: '企业', key: 'e' }]));
    wrapHighlight(root, offsetsToRange(collectText(root), 5, 60)!, 'h', 'yellow');
    expect(root.querySelectorAll('planlens-mark').length).toBe(4);
    expect(describeRange(root, offsetsToRange(collectText(root), start, start + QUOTE.length)!)).toEqual(plain);
  });

  it('round-trips through anchor on the same page', () => {
    page([P1, P2, P3]);
    const start = (P1 + P2 + P3).indexOf(QUOTE);
    const sel = describeRange(root, offsetsToRange(collectText(root), start, start + QUOTE.length)!);
    const found = anchor(root, sel)!;
    expect(found.method).toBe('position');
    expect(found.range.toString()).toBe(QUOTE);
  });
});

describe('anchorInText', () => {
  const original = P1 + P2 + P3;
  const sel = selectorsFor(original, QUOTE);
  const cases: { name: string; text: string; selectors?: Selector[]; want: { text: string; method: string; start?: number } | null }[] = [
    { name: 'unchanged page → position', text: original, want: { text: QUOTE, method: 'position', start: original.indexOf(QUOTE) } },
    { name: 'text inserted before → quote', text: '【新增】' + original, want: { text: QUOTE, method: 'quote', start: original.indexOf(QUOTE) + 4 } },
    { name: 'whitespace re-flowed → quote', text: original.replace('开拓', '开\n  拓').replace('。', '。\n'), want: { text: '支持企业开\n  拓多元市场', method: 'quote' } },
    { name: 'characters changed inside the quote → fuzzy', text: original.replace('开拓多元', '开辟多样'), want: { text: '支持企业开辟多样市场', method: 'fuzzy' } },
    { name: 'changed inside and near the quote, text before → fuzzy', text: '前言。' + original.replace('外贸主体', '外贸企业').replace('开拓多元', '开辟多元'), want: { text: '支持企业开辟多元市场', method: 'fuzzy' } },
    { name: 'passage deleted → null', text: P1 + P3, want: null },
    { name: 'quote shortened beyond a quarter → null', text: original.replace('支持企业开拓多元市场', '支持开拓'), want: null },
    { name: 'position only, no quote', text: original, selectors: [{ type: 'TextPositionSelector', start: 2, end: 6 }], want: { text: original.slice(2, 6), method: 'position' } },
    { name: 'position out of range, no quote → null', text: 'short', selectors: [{ type: 'TextPositionSelector', start: 20, end: 26 }], want: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = anchorInText(c.text, c.selectors ?? sel);
      if (c.want === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got).not.toBeNull();
      expect({ text: c.text.slice(got!.start, got!.end), method: got!.method }).toEqual({ text: c.want.text, method: c.want.method });
      if (c.want.start !== undefined) expect(got!.start).toBe(c.want.start);
    });
  }

  it('repeated quotes: context picks the right one after the page shifted', () => {
    const rows = ['地区生产总值增长6%左右。', '一般公共预算收入增长6%左右。', '固定资产投资增长6%以上。', '社会消费品零售总额增长6%左右。'];
    const text = rows.join('');
    const s = selectorsFor(text, '增长6%左右', 1); // the budget-revenue row
    const shifted = '说明：' + text;
    const got = anchorInText(shifted, s)!;
    expect(got.method).toBe('quote');
    expect(shifted.slice(got.start - 8, got.end)).toBe('一般公共预算收入增长6%左右');
  });

  it('repeated quotes with equal context: the nearest to the old position wins', () => {
    const block = '增长6%左右。';
    const text = block.repeat(5);
    const s: Selector[] = [
      { type: 'TextQuoteSelector', exact: '6%左右', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 3 * block.length + 2 + 1, end: 3 * block.length + 2 + 5 },
    ];
    const got = anchorInText(text, s)!;
    expect(got.method).toBe('quote');
    expect(got.start).toBe(3 * block.length + 2);
  });

  it('fuzzy rejects a look-alike whose context does not match', () => {
    const text = '全力稳定外贸外资。深入实施外贸主体培育行动，支持企业开拓多元市场，推动跨境电商高质量发展。';
    const s = selectorsFor(text, '支持企业开拓多元市场');
    // Two edits: within the quote's budget, so only the context decides.
    const lookAlike = '完全不同的一段话，讲的是别的事情。支持个人开拓多元市场。另一段无关的文字，也是别的事情。';
    expect(anchorInText(lookAlike, s)).toBeNull();
    const sameContext = text.replace('企业', '个人');
    const got = anchorInText(sameContext, s)!;
    expect([got.method, sameContext.slice(got.start, got.end)]).toEqual(['fuzzy', '支持个人开拓多元市场']);
  });
});

describe('anchor (DOM)', () => {
  it('maps a quote match back to a Range across elements and marks', () => {
    page([P1, P2, P3]);
    const sel = selectorsFor(P1 + P2 + P3, QUOTE);
    // The page changed: a paragraph inserted, the quote split by a <span> and a mark.
    root.innerHTML = `<p>新段落。</p><p>${P1}</p><p>全力稳定外贸外资。深入实施外贸主体培育行动，支持<span>企业</span>开拓多元市场，推动跨境电商高质量发展。</p>`;
    wrapMentions(root, buildMatcher([{ text: '企业', key: 'e' }]));
    const found = anchor(root, sel)!;
    expect(found.method).toBe('quote');
    expect(found.range.toString()).toBe(QUOTE);
    expect(rawText(collectText(root))).toContain(QUOTE);
  });

  it('returns null for an orphan', () => {
    page([P1, P3]);
    expect(anchor(root, selectorsFor(P1 + P2 + P3, QUOTE))).toBeNull();
  });
});

describe('anchorAll', () => {
  it('anchors many highlights in one reading; offsets stay valid while each is wrapped', () => {
    page([P1, P2, P3]);
    const text = P1 + P2 + P3;
    const quotes = ['有效投资', '先进制造业', '支持企业开拓多元市场', '就业优先', '失业率控制在5%以内'];
    const saved = quotes.map((q) => selectorsFor(text, q));
    // The page changed since: a paragraph inserted before, and one passage gone.
    page(['新增一段。', P1, P2.replace('开拓多元', '开拓更多元'), P3.replace('实施就业优先政策，', '')]);
    const found = anchorAll(root, saved);
    expect(found.map((f) => f?.method ?? null)).toEqual(['quote', 'quote', 'fuzzy', null, 'quote']);
    const before = root.innerHTML;
    found.forEach((f, i) => f && wrapHighlightAt(root, f.start, f.end, 'h' + i, 'yellow'));
    const shown = (id: string) => Array.from(root.querySelectorAll(`planlens-highlight[data-id="${id}"]`)).map((e) => e.textContent).join('');
    expect(['h0', 'h1', 'h2', 'h3', 'h4'].map(shown)).toEqual(['有效投资', '先进制造业', '支持企业开拓更多元市场', '', '失业率控制在5%以内']);
    expect(root.innerHTML).not.toBe(before);
  });
});
