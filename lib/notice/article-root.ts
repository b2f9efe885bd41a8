/**
 * Where a portal page keeps the notice body (design.md §3): the Zhejiang CMS's `#zoom` and its
 * known variants first, else the element holding the most paragraph text.
 */
import { isSkipped, tagOf } from './dom-blocks';

export const ARTICLE_SELECTORS = ['#zoom', 'div.content-text', '#ftcg', 'div.article-content-box', '#mainText'];

const PARAGRAPH_LIKE = new Set(['p', 'li', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const CONTAINER_LIKE = new Set(['td', 'div', 'span', 'font', 'section', 'article', 'main', 'center']);
const UNLIKELY = /(?:^|[\s_-])(?:nav|menu|footer|header|breadcrumb|sidebar|copyright|share|comment)(?:$|[\s_-])/i;

function directTextLength(el: Element): number {
  let n = 0;
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) n += (child as Text).data.trim().length;
  return n;
}

/** Readability-style scoring: each paragraph gives its text length to its parent, half to the grandparent. */
function largestTextBlock(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const add = (el: Element | null, n: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + n);
  };
  const visit = (el: Element) => {
    for (const child of Array.from(el.children ?? [])) {
      if (isSkipped(child)) continue;
      const tag = tagOf(child);
      const cls = `${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`;
      if (tag === 'nav' || tag === 'footer' || tag === 'header' || UNLIKELY.test(cls)) continue;
      const own = directTextLength(child);
      if (PARAGRAPH_LIKE.has(tag) || (CONTAINER_LIKE.has(tag) && own >= 20)) {
        const len = (child.textContent ?? '').trim().length;
        if (len >= 10) {
          add(child.parentElement, len);
          add(child.parentElement?.parentElement ?? null, len / 2);
        }
      }
      if (!PARAGRAPH_LIKE.has(tag)) visit(child);
    }
  };
  visit(body);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

export function findArticleRoot(doc: Document): Element {
  for (const selector of ARTICLE_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').trim().length > 0) return el;
  }
  return largestTextBlock(doc) ?? doc.body ?? doc.documentElement;
}
