// @vitest-environment happy-dom
/**
 * Issue 14 around the anchoring itself: how other tools' positions are read on import, the
 * confirmHighlight message that re-records a fuzzy placement, and the side panel's list showing
 * fuzzy placements as "please check" with a confirm control — never as certain.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { HighlightList } from '@/components/HighlightList';
import { countingOf } from '@/lib/annotation-tools';
import { ANNO_CONTEXT, highlightsToJsonLd, jsonLdToHighlights } from '@/lib/export-highlights';
import { createHandlers } from '@/lib/db/handlers';
import { confirmHighlight, saveHighlight } from '@/lib/db/highlights';
import { type MessageSenderLike, createRouter } from '@/lib/db/router';
import type { SessionArea } from '@/lib/db/tab-state';
import { PROTOCOL } from '@/lib/messages';
import type { HighlightRecord, Selector } from '@/lib/types';
import { freshDb } from './db-fixtures';

const PAGE = 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_5.html';

describe('import: positions read the way their tool counted', () => {
  const annotation = (extra: Record<string, unknown>, selector: unknown[]) => ({
    '@context': ANNO_CONTEXT,
    type: 'Annotation',
    ...extra,
    target: { source: PAGE, selector },
  });
  const quote = { type: 'TextQuoteSelector', exact: '固定资产投资', prefix: '实现', suffix: '增长' };
  const position = { type: 'TextPositionSelector', start: 120, end: 126 };

  it.each([
    ['a Hypothesis id', { id: 'https://hypothes.is/a/x1' }, 'all-text'],
    ['a Hypothesis creator', { id: 'x2', creator: 'acct:someone@hypothes.is' }, 'all-text'],
    ['a generator object', { id: 'x3', generator: { id: 'https://hypothes.is/', type: 'Software', name: 'Hypothesis' } }, 'all-text'],
    ['an unknown tool', { id: 'x4', generator: { name: 'SomeAnnotator 2.1' } }, 'unknown'],
    ['no provenance at all', { id: 'x5' }, 'unknown'],
  ])('%s → %s', (_label, extra, counting) => {
    const [h] = jsonLdToHighlights(annotation(extra, [quote, position]));
    expect(h.selectors).toContainEqual({ ...position, counting });
  });

  it("PlanLens's own files keep their positions as they are (and round-trip)", () => {
    const record: HighlightRecord = {
      id: 'p1',
      url: PAGE,
      planId: null,
      selectors: [
        { type: 'TextQuoteSelector', exact: '固定资产投资', prefix: '实现', suffix: '增长' },
        { type: 'TextPositionSelector', start: 3, end: 9 },
      ],
      exact: '固定资产投资',
      note: '',
      tags: [],
      color: 'yellow',
      createdAt: 1,
      updatedAt: 1,
    };
    const [back] = jsonLdToHighlights(JSON.stringify(highlightsToJsonLd([record])));
    expect(back.selectors).toEqual(record.selectors);
    expect(countingOf({ id: 'urn:planlens:highlight:p1' })).toBe('page-text');
  });

  it('keeps a RangeSelector, in Hypothesis form or W3C form, and exports it again', () => {
    const flat = { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 4, endContainer: '/div[1]/p[2]', endOffset: 10 };
    const w3c = {
      type: 'RangeSelector',
      startSelector: { type: 'XPathSelector', value: '/div[1]/p[2]', refinedBy: { type: 'TextPositionSelector', start: 4 } },
      endSelector: { type: 'XPathSelector', value: '/div[1]/p[2]', refinedBy: { type: 'TextPositionSelector', start: 10 } },
    };
    for (const range of [flat, w3c]) {
      const [h] = jsonLdToHighlights(annotation({ id: 'https://hypothes.is/a/r' }, [range, quote]));
      expect(h.selectors).toContainEqual(flat);
      const out = highlightsToJsonLd([{ ...h, createdAt: 1, updatedAt: 1 }]).first.items[0].target.selector;
      expect(out.map((s) => s.type)).toEqual(['TextQuoteSelector', 'RangeSelector']);
    }
  });
});

describe('confirmHighlight', () => {
  const ID = 'ext-id';
  const POPUP: MessageSenderLike = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
  const CONTENT: MessageSenderLike = { id: ID, url: PAGE, tab: { id: 7, url: PAGE } };
  const OTHER: MessageSenderLike = { id: ID, url: 'https://www.zj.gov.cn/o.html', tab: { id: 8, url: 'https://www.zj.gov.cn/o.html' } };
  const fresh: Selector[] = [
    { type: 'TextQuoteSelector', exact: '固定资产投资增长7%', prefix: '实现', suffix: '以上' },
    { type: 'TextPositionSelector', start: 40, end: 50 },
  ];

  beforeEach(() => fakeBrowser.reset());

  it('re-records selectors and text, keeping note, tags and colour; the search tokens follow', async () => {
    const db = freshDb('confirm');
    await saveHighlight(db, { id: 'a', url: PAGE, planId: null, selectors: [{ type: 'TextQuoteSelector', exact: '固定资产投资增长6%', prefix: '', suffix: '' }], exact: '固定资产投资增长6%', note: '笔记', tags: ['t'], color: 'green' }, 1);
    const h = await confirmHighlight(db, 'a', fresh, '固定资产投资增长7%', 5);
    expect(h).toMatchObject({ id: 'a', selectors: fresh, exact: '固定资产投资增长7%', note: '笔记', tags: ['t'], color: 'green', createdAt: 1, updatedAt: 5 });
    await expect(confirmHighlight(db, 'missing', fresh, 'x')).rejects.toMatchObject({ code: 'not-found' });
    db.close();
  });

  it('is validated and only a page or the extension may confirm its own highlight', async () => {
    const db = freshDb('confirm-router');
    const router = createRouter(createHandlers({ db, bundled: { version: 'b', plans: [] }, session: browser.storage.session as unknown as SessionArea }), {
      extensionId: () => ID,
      extensionBase: () => `chrome-extension://${ID}/`,
    });
    const ask = (payload: unknown, sender: MessageSenderLike) => router.handle({ protocol: PROTOCOL, type: 'confirmHighlight', payload }, sender);
    await saveHighlight(db, { id: 'a', url: PAGE, planId: null, selectors: fresh, exact: '固定资产投资增长7%' }, 1);
    expect(await ask({ id: 'a', selectors: [], exact: 'x' }, POPUP)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ask({ id: 'a', selectors: [{ type: 'XPathSelector' }], exact: 'x' }, POPUP)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ask({ id: 'a', selectors: fresh, exact: '' }, POPUP)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ask({ id: 'a', selectors: fresh, exact: '固定资产投资增长7%' }, OTHER)).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(await ask({ id: 'a', selectors: fresh, exact: '固定资产投资增长7%' }, CONTENT)).toMatchObject({ ok: true, value: { id: 'a', selectors: fresh } });
    db.close();
  });
});

describe('HighlightList: anchor states', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const hl = (id: string): HighlightRecord => ({
    id,
    url: PAGE,
    planId: null,
    selectors: [{ type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }],
    exact: `文字${id}`,
    note: '',
    tags: [],
    color: 'yellow',
    createdAt: 1,
    updatedAt: 1,
  });
  const noop = () => undefined;

  it('marks fuzzy placements with data-anchor="fuzzy" and a confirm control; others are exact or orphans', () => {
    const onConfirm = vi.fn();
    act(() => {
      render(
        <HighlightList
          highlights={[hl('a'), hl('b'), hl('c')]}
          orphanIds={['c']}
          fuzzyIds={['b']}
          anchorsKnown
          lang="en"
          onNoteChange={noop}
          onTagsChange={noop}
          onJump={noop}
          onDelete={noop}
          onConfirm={onConfirm}
        />,
        root,
      );
    });
    const item = (id: string) => root.querySelector(`[data-highlight-id="${id}"]`)!;
    expect(['a', 'b', 'c'].map((id) => item(id).getAttribute('data-anchor'))).toEqual(['exact', 'fuzzy', 'orphan']);
    expect(item('c').hasAttribute('data-orphan')).toBe(true);
    expect(item('a').querySelector('[data-action="confirm-anchor"]')).toBeNull();
    expect(item('b').textContent).toContain('Please check');
    const button = item('b').querySelector<HTMLButtonElement>('button[data-action="confirm-anchor"]')!;
    act(() => button.click());
    expect(onConfirm).toHaveBeenCalledWith('b');
  });

  it('says nothing about placement until the page has reported it', () => {
    act(() => {
      render(<HighlightList highlights={[hl('a')]} lang="zh" onNoteChange={noop} onTagsChange={noop} onJump={noop} onDelete={noop} />, root);
    });
    expect(root.querySelector('[data-highlight-id="a"]')!.hasAttribute('data-anchor')).toBe(false);
  });
});
