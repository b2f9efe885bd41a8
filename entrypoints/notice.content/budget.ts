/**
 * What PlanLens takes on (RELIABILITY.md, extreme pages). Before reading a notice the content
 * script walks the page's text once, stopping as soon as a limit is passed; past a limit it steps
 * aside (no extraction, marks or capture) and says why in the popup's tab status, instead of
 * freezing the tab for seconds on a page no reader could use anyway.
 */
import type { PageLimit } from '@/lib/db/tab-state';

export const PAGE_BUDGET = {
  /** Characters of text under <body> (a long annual plan is ~60,000; the 10 MB stress page is far past this). */
  chars: 2_000_000,
  /** Text nodes under <body> (a portal notice has a few thousand). */
  textNodes: 40_000,
  /** Element nesting at any text node (portal pages stay under ~40). */
  depth: 256,
} as const;

/** The first limit the page passes, or null when it is within budget. Stops walking at the first excess. */
export function checkPageBudget(doc: Document, budget: { chars: number; textNodes: number; depth: number } = PAGE_BUDGET): PageLimit | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  let lastParent: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += (n as Text).length;
    if (nodes > budget.textNodes) return { reason: 'text-nodes', budget: budget.textNodes };
    if (chars > budget.chars) return { reason: 'characters', budget: budget.chars };
    // Depth only when the parent changes (siblings share it); bounded walk up.
    const parent = n.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      let depth = 0;
      for (let p: Node | null = parent; p && p !== body && depth <= budget.depth; p = p.parentNode) depth++;
      if (depth > budget.depth) return { reason: 'depth', budget: budget.depth };
    }
  }
  return null;
}
