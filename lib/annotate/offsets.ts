/**
 * Conversions between DOM Ranges and raw text offsets of a TextMap (DOM code).
 */
import { locate, type TextMap } from './textmap';

/** Index of a mapped Text node, built on demand (only selectors and highlights need it). */
const indexCache = new WeakMap<TextMap, Map<Text, number>>();

function indexOf(map: TextMap): Map<Text, number> {
  let idx = indexCache.get(map);
  if (!idx) {
    idx = new Map();
    for (let i = 0; i < map.nodes.length; i++) idx.set(map.nodes[i], i);
    indexCache.set(map, idx);
  }
  return idx;
}

/** The node after `node`'s subtree in document order, staying inside root. */
function following(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n !== null && n !== root) {
    if (n.nextSibling !== null) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/** Pre-order successor inside root. */
function nextInOrder(node: Node, root: Node): Node | null {
  return node.firstChild ?? following(node, root);
}

/**
 * Raw offset of a DOM boundary point. A point between Text nodes (or inside a skipped
 * one) counts as the start of the next mapped Text node: in the concatenated text the
 * end of one node and the start of the next are the same offset.
 */
export function pointToOffset(map: TextMap, container: Node, offset: number): number {
  const idx = indexOf(map);
  const direct = container.nodeType === 3 ? idx.get(container as Text) : undefined;
  if (direct !== undefined) return map.starts[direct] + Math.min(offset, map.data[direct].length);
  if (!map.root.contains(container)) {
    // Outside the root: before it or after it.
    const pos = map.root.compareDocumentPosition(container);
    return pos & 2 /* PRECEDING */ ? 0 : map.length;
  }
  let n: Node | null;
  if (container.nodeType === 3 || container.nodeType === 8 || container.nodeType === 7) {
    n = offset > 0 ? following(container, map.root) : container;
  } else {
    n = container.childNodes[offset] ?? following(container, map.root);
  }
  while (n !== null) {
    const i = n.nodeType === 3 ? idx.get(n as Text) : undefined;
    if (i !== undefined) return map.starts[i];
    n = nextInOrder(n, map.root);
  }
  return map.length;
}

/** [start, end) raw offsets of a Range (clamped to the root). */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } {
  const start = pointToOffset(map, range.startContainer, range.startOffset);
  const end = pointToOffset(map, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

/** A Range over raw offsets [start, end), or null when they fall outside the text. */
export function offsetsToRange(map: TextMap, start: number, end: number): Range | null {
  const a = locate(map, start, 'forward');
  const b = locate(map, end, 'backward');
  if (!a || !b) return null;
  const doc = map.root.ownerDocument ?? (map.root as Document);
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
