/**
 * The DOM side of reading a notice: what the content script takes from the page (the article's
 * blocks, title, head metas, the header text above the article). Extraction itself
 * (lib/notice/extract.ts) needs none of the DOM, so it can run in the background.
 */
import type { Block } from '../types';
import { blocksFromDom, isSkipped, tagOf } from './dom-blocks';
import { findArticleRoot } from './article-root';

export interface PageReading {
  title: string | null;
  metas: Record<string, string>;
  /** Visible text before the article (索引号 / 成文日期 block), at most 3,000 characters. */
  headerText: string;
  blocks: Block[];
}

/** Head metas by name (ArticleTitle, PubDate, ContentSource…). */
export function metasOf(doc: Document): Record<string, string> {
  const metas: Record<string, string> = {};
  for (const el of Array.from(doc.querySelectorAll('meta[name]'))) {
    const name = el.getAttribute('name');
    const content = el.getAttribute('content');
    if (name && content !== null && !(name in metas)) metas[name] = content;
  }
  return metas;
}

/** Up to `max` characters of the page's visible text before the article (the 索引号 / 成文日期 block). */
function headerTextOf(doc: Document, article: Element, max = 3000): string {
  const parts: string[] = [];
  let length = 0;
  let done = false;
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (done) return;
      if (child === article) {
        done = true;
        return;
      }
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        parts.push(data);
        length += data.length;
        if (length > max) done = true;
      } else if (child.nodeType === 1 && !isSkipped(child) && tagOf(child) !== 'head') {
        visit(child);
        parts.push('\n');
      }
    }
  };
  if (doc.body) visit(doc.body);
  return parts.join('').slice(0, max);
}

/** The page's article and what surrounds it, or null when the page has no article. */
export function readPage(doc: Document): PageReading | null {
  const article = findArticleRoot(doc);
  if (!article) return null;
  return { title: doc.title ?? null, metas: metasOf(doc), headerText: headerTextOf(doc, article), blocks: blocksFromDom(article) };
}
