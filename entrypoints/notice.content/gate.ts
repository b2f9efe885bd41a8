/**
 * Step 1 of design.md §1, on every government page: title, ArticleTitle meta and the first few
 * hundred characters of body text — read with a TreeWalker that stops early, never the whole
 * body's textContent (a 2 MB page must cost the same as a small one).
 */
import { looksLikePlanFamily } from '@/lib/notice/gate';

const LEAD_CHARS = 800;

function leadText(root: Node | null): string {
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const tag = n.parentElement?.tagName;
      return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  let out = '';
  while (out.length < LEAD_CHARS && walker.nextNode()) out += walker.currentNode.nodeValue ?? '';
  return out.slice(0, LEAD_CHARS);
}

/** Runs the gate and records `planlens:gate` (design.md §6). */
export function runGate(): boolean {
  const start = performance.now();
  const metaTitle = document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '';
  const root = document.querySelector('#zoom') ?? document.body;
  const result = looksLikePlanFamily(document.title, leadText(root), metaTitle);
  performance.measure('planlens:gate', { start, end: performance.now() });
  return result;
}
