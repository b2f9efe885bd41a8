// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromReading } from '@/lib/notice/extract';
import { readPage } from '@/lib/notice/read-page';
import { createHandlers } from '@/lib/db/handlers';
import { renderNotice } from '@/scripts/portal/render.mjs';

const root = join(__dirname, '../..');
const url = 'http://www.jiaxing.gov.cn/art/2024/2/8/art_1229426397_1.html';

function page(file: string): Document {
  const html = renderNotice(readFileSync(join(root, 'seeds', file), 'utf8'), { url });
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('reading a page apart from extracting it', () => {
  it.each(['jiaxing-2022-plan.txt', 'jiaxing-2024-plan.txt'])('%s: readPage + extractFromReading = extractFromDocument', (file) => {
    const doc = page(file);
    const reading = readPage(doc)!;
    expect(reading.metas.ArticleTitle).toContain('国民经济和社会发展计划');
    // The reading crosses a message boundary: it must survive structured cloning unchanged.
    const cloned = structuredClone(reading);
    expect(extractFromReading(cloned, { url })).toEqual(extractFromDocument(doc, { url }));
  });

  it('says null for a page without an article or that is not a notice', () => {
    const doc = new DOMParser().parseFromString('<html><head><title>新闻</title></head><body></body></html>', 'text/html') as unknown as Document;
    const reading = readPage(doc);
    expect(reading === null || extractFromReading(reading, { url }) === null).toBe(true);
  });

  it('the background handler answers with plan and targets (the page keeps its own blocks)', async () => {
    const reading = readPage(page('jiaxing-2024-plan.txt'))!;
    const handlers = createHandlers({ db: {} as never, bundled: { version: 't', plans: [] }, session: {} as never });
    const answer = await handlers.extractNotice({ reading, url }, { kind: 'content', tabId: 1, url });
    expect(answer?.plan.id).toBe('嘉兴市/2024/annual-plan');
    expect(answer?.targets.length).toBeGreaterThan(40);
    expect(answer).not.toHaveProperty('blocks');
  });
});
