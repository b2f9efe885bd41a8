/**
 * Showing a saved highlight as <planlens-highlight data-id="…"> pieces (design.md §6) and
 * removing it exactly (DOM code). Only the id and a colour go into the page's DOM: the
 * note stays in the extension (design.md §8). Highlights and mention marks may nest or
 * overlap in either order; dom-split.ts keeps undo exact.
 */
import { isSpaceCode } from './matcher';
import { collectText, HIGHLIGHT_TAG } from './textmap';
import { rangeToOffsets } from './offsets';
import { unwrapElements, wrapPieces } from './dom-split';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function isBlank(d: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpaceCode(d.charCodeAt(i))) return false;
  return true;
}

/**
 * Wrap the text of `range` (limited to root's page text) in highlight pieces, one per
 * Text node; whitespace-only pieces (between table cells) are skipped.
 */
export function wrapHighlight(root: Node, range: Range, id: string, color: string): HTMLElement[] {
  const { start, end } = rangeToOffsets(collectText(root), range);
  return wrapHighlightAt(root, start, end, id, color);
}

/** Same, by raw text offsets (textmap.ts) — e.g. from anchorAll, or a TextPositionSelector. */
export function wrapHighlightAt(root: Node, start: number, end: number, id: string, color: string): HTMLElement[] {
  const map = collectText(root);
  if (end <= start) return [];
  const doc = (root.ownerDocument ?? root) as Document;
  const out: HTMLElement[] = [];
  for (let n = 0; n < map.nodes.length && map.starts[n] < end; n++) {
    const base = map.starts[n];
    const d = map.data[n];
    if (base + d.length <= start) continue;
    const a = Math.max(start, base) - base;
    const b = Math.min(end, base + d.length) - base;
    const parent = map.nodes[n].parentNode as Element | null;
    if (a >= b || isBlank(d, a, b) || parent === null || (parent.namespaceURI !== null && parent.namespaceURI !== HTML_NS)) continue;
    const made = wrapPieces(map.nodes[n], d, [{ start: a, end: b }], () => {
      const el = doc.createElement(HIGHLIGHT_TAG);
      el.setAttribute('data-id', id);
      el.style.setProperty('background-color', color);
      return el;
    });
    out.push(...made);
  }
  return out;
}

function highlightsOf(root: ParentNode, id: string | null): Element[] {
  const all = Array.from(root.querySelectorAll(HIGHLIGHT_TAG));
  return id === null ? all : all.filter((el) => el.getAttribute('data-id') === id);
}

/** Remove one highlight's pieces; the page's DOM is as if it had never been shown. */
export function removeHighlight(root: ParentNode, id: string): void {
  unwrapElements(highlightsOf(root, id));
}

export function removeAllHighlights(root: ParentNode): void {
  unwrapElements(highlightsOf(root, null));
}
