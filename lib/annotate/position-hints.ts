/**
 * Positions written by other tools, read the way they counted (issue 14). DOM code.
 *
 * PlanLens counts TextPositionSelector offsets over the page text of textmap.ts (script, style,
 * form fields and our own UI left out). Hypothesis, and tools that reuse its anchoring, count
 * over every Text node of the body — text inside <script> and <style> included. `allTextToRaw`
 * converts such an offset to ours; `resolveRangeSelector` turns a RangeSelector (XPath to an
 * element + character offset into its text, Hypothesis's form) into our offsets. Both only give
 * hints: the quote still decides (anchor.ts).
 */
import type { RangeSelector } from '@/lib/types';
import type { TextMap } from './textmap';

const SHOW_TEXT = 4;

/** Offset counted over every Text node under the map's root → raw offset (textmap.ts). */
export function allTextToRaw(map: TextMap): (offset: number) => number {
  const mapped = new Map<Text, number>();
  map.nodes.forEach((n, i) => mapped.set(n, i));
  const doc = map.root.ownerDocument ?? (map.root as Document);
  // For each mapped node: where it starts in the all-text count.
  const allStarts = new Float64Array(map.nodes.length);
  const walker = doc.createTreeWalker(map.root, SHOW_TEXT);
  let all = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const i = mapped.get(n as Text);
    if (i !== undefined) allStarts[i] = all;
    all += (n as Text).data.length;
  }
  return (offset) => {
    let lo = 0;
    let hi = map.nodes.length - 1;
    if (hi < 0 || offset < allStarts[0]) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (allStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Inside the node, or in skipped text after it (which maps to where the next node starts).
    return map.starts[lo] + Math.min(offset - allStarts[lo], map.data[lo].length);
  };
}

/** The node an XPath like `/div[1]/p[2]` (or `/p[2]/text()[1]`) names under root, or null. */
export function nodeFromXPath(root: Node, xpath: string): Node | null {
  const steps = xpath.split('/').filter((s) => s !== '' && s !== '.');
  let node: Node | null = root;
  for (const step of steps) {
    // `name` or `name[n]` (no regular expression: steps come from imported files).
    const open = step.indexOf('[');
    const name = (open < 0 ? step : step.slice(0, open)).toLowerCase();
    const index = open < 0 ? 1 : Number(step.slice(open + 1, step.endsWith(']') ? -1 : undefined));
    if (node === null || name === '' || !Number.isInteger(index) || index < 1) return null;
    let seen = 0;
    let found: Node | null = null;
    for (let c: Node | null = node.firstChild; c !== null; c = c.nextSibling) {
      const match = name === 'text()' ? c.nodeType === 3 : c.nodeType === 1 && (c as Element).localName.toLowerCase() === name.replace(/^[\w-]+:/, '');
      if (match && ++seen === index) {
        found = c;
        break;
      }
    }
    node = found;
  }
  return node;
}

/** Raw offset of character `offset` of `container`'s text (all Text nodes, as Hypothesis counts). */
function pointToRaw(map: TextMap, mapped: Map<Text, number>, container: Node, offset: number): number | null {
  const doc = map.root.ownerDocument ?? (map.root as Document);
  const walker = doc.createTreeWalker(container, SHOW_TEXT);
  let left = offset;
  let last: number | null = null;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const t = n as Text;
    const i = mapped.get(t);
    if (left <= t.data.length) {
      if (i !== undefined) return map.starts[i] + left;
      // In skipped text: the next mapped node's start (or the end of the previous one).
      for (let k = walker.nextNode(); k !== null; k = walker.nextNode()) {
        const j = mapped.get(k as Text);
        if (j !== undefined) return map.starts[j];
      }
      return last;
    }
    left -= t.data.length;
    if (i !== undefined) last = map.starts[i] + t.data.length;
  }
  return null;
}

/** A RangeSelector's raw offsets in `map`, or null when its elements are gone. */
export function resolveRangeSelector(map: TextMap, sel: RangeSelector): { start: number; end: number } | null {
  const a = nodeFromXPath(map.root, sel.startContainer);
  const b = nodeFromXPath(map.root, sel.endContainer);
  if (!a || !b) return null;
  const mapped = new Map<Text, number>();
  map.nodes.forEach((n, i) => mapped.set(n, i));
  const start = pointToRaw(map, mapped, a, sel.startOffset);
  const end = pointToRaw(map, mapped, b, sel.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
