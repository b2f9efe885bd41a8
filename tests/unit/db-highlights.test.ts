import { describe, expect, it } from 'vitest';
import { deleteHighlight, listAllHighlights, listHighlights, saveHighlight, updateHighlight } from '../../lib/db/highlights';
import { search } from '../../lib/db/search';
import { freshDb } from './db-fixtures';

const PAGE = 'https://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_5.html';
const input = (exact: string, extra: Record<string, unknown> = {}) => ({
  url: `${PAGE}#:~:text=${encodeURIComponent(exact)}`,
  planId: '嘉兴市/2024/annual-plan',
  selectors: [
    { type: 'TextQuoteSelector' as const, exact, prefix: '实现', suffix: '增长' },
    { type: 'TextPositionSelector' as const, start: 10, end: 10 + exact.length },
  ],
  exact,
  ...extra,
});

describe('highlights', () => {
  it('save → list by page (fragment ignored) → update note/tags/color → delete', async () => {
    const db = freshDb();
    const a = await saveHighlight(db, input('固定资产投资', { id: 'a', tags: [' 投资 ', '', '投资', '对比'] }), 100);
    const b = await saveHighlight(db, input('社会消费品零售总额', { id: 'b', color: 'green' }), 200);
    await saveHighlight(db, { ...input('别的页面'), id: 'c', url: 'https://www.zj.gov.cn/x.html' }, 300);
    expect(a).toMatchObject({ id: 'a', url: PAGE, note: '', tags: ['投资', '对比'], color: 'yellow', createdAt: 100, updatedAt: 100 });
    expect(b.color).toBe('green');
    expect((await listHighlights(db, `${PAGE}#top`)).map((h) => h.id)).toEqual(['a', 'b']);

    const updated = await updateHighlight(db, 'a', { note: '比2022年的8%低', tags: ['重点'] }, 400);
    expect(updated).toMatchObject({ note: '比2022年的8%低', tags: ['重点'], color: 'yellow', createdAt: 100, updatedAt: 400 });
    expect((await listAllHighlights(db)).map((h) => h.id)).toEqual(['a', 'c', 'b']);
    // Search reads the updated tokens: the new note is found, the old tag is not.
    expect((await search(db, '8%低')).highlights.map((h) => h.id)).toEqual(['a']);
    expect((await search(db, '对比')).highlights).toEqual([]);

    expect(await deleteHighlight(db, 'a')).toEqual({ id: 'a' });
    await expect(deleteHighlight(db, 'a')).rejects.toMatchObject({ code: 'not-found' });
    await expect(updateHighlight(db, 'a', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    expect((await listHighlights(db, PAGE)).map((h) => h.id)).toEqual(['b']);
  });

  it('saving the same id again keeps its creation time; invalid input is refused', async () => {
    const db = freshDb();
    await saveHighlight(db, input('固定资产投资', { id: 'a' }), 100);
    expect((await saveHighlight(db, input('固定资产投资', { id: 'a', note: 'n' }), 200)).createdAt).toBe(100);
    expect(await db.highlights.count()).toBe(1);
    await expect(saveHighlight(db, input('x', { selectors: [] }), 1)).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('highlight.selectors') });
    await expect(saveHighlight(db, input('x', { selectors: [{ type: 'CssSelector', value: 'p' }] }), 1)).rejects.toMatchObject({ code: 'invalid' });
    await expect(saveHighlight(db, input(''), 1)).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('highlight.exact') });
  });
});
