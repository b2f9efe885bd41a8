/**
 * The page's text as one string, with a map back to Text nodes (DOM code).
 *
 * Raw view: the concatenated data of the root's Text nodes (design.md §4 — the space
 * TextPositionSelector offsets count in), leaving out subtrees that are not page prose
 * or are ours. Text inside <planlens-mark> / <planlens-highlight> IS page text, so
 * annotating never shifts an offset. Empty Text nodes are left out (they hold no offset).
 *
 * Matching view: the raw text without whitespace (names split by <br>, &nbsp; or a line
 * break still match), with block boundaries kept as a sentinel so no match spans two
 * paragraphs or two table cells; `toRaw` maps a view index back to a raw offset.
 */
import { isSpaceCode } from './matcher';

export const MARK_TAG = 'planlens-mark';
export const HIGHLIGHT_TAG = 'planlens-highlight';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option']);

// Elements that end a run of prose: a name never continues across them. <br> is not here
// on purpose: portals break lines inside words.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'button',
]);

/** Sentinel placed in the matching view at block boundaries; never part of a pattern. */
export const BLOCK_SENTINEL = '\u0000';

export interface TextMap {
  root: Node;
  /** Text nodes in document order (non-empty, not skipped). */
  nodes: Text[];
  /** Their data, read once. */
  data: string[];
  /** Raw offset of each node; starts[nodes.length] is the total length. */
  starts: number[];
  /** 1 when the node is inside a <planlens-mark>. */
  inMark: Uint8Array;
  /** 1 when a block boundary lies between the previous node and this one. */
  breakBefore: Uint8Array;
  /** Total raw length. */
  length: number;
}

/** True for subtrees whose text is not page prose (design.md §4, issue 5). */
export function isSkippedElement(el: Element): boolean {
  const name = el.localName;
  if (SKIPPED.has(name)) return true;
  if (name.startsWith('planlens-')) return name !== MARK_TAG && name !== HIGHLIGHT_TAG;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Text nodes read by a textReader, as parallel arrays (a TextMap's fields before they are frozen). */
export interface TextRun {
  nodes: Text[];
  data: string[];
  /** Offset of each node from the run's start. */
  starts: number[];
  inMark: number[];
  breakBefore: number[];
  /** Characters read. */
  length: number;
}

export const newRun = (): TextRun => ({ nodes: [], data: [], starts: [], inMark: [], breakBefore: [], length: 0 });

/**
 * The root's non-empty Text nodes in document order: one walk (firstChild/nextSibling: cheaper
 * than a TreeWalker plus a per-parent lookup, measured in Chromium), skipping whole subtrees,
 * tracking whether we are inside a mark and whether a block boundary was crossed since the last
 * Text node. `from` (an element inside root, outside skipped subtrees) starts the walk there as
 * if a block began; the walk ends before `stop`.
 *
 * `read(run, chars)` appends Text nodes to `run` until it holds `chars` characters and the next
 * node begins a block (no mention crosses one), and says whether any node may be left. The walk
 * keeps its place and reads each node only when it gets to it, so it goes on after the caller
 * changed the DOM behind it. A loop appending to arrays, not a generator yielding a tuple per Text
 * node: on a small notice this runs once, in code the browser has not compiled yet (the seed
 * notice's walk: 0.8 → 0.7 ms main-thread CPU; docs/profile-annotate.md).
 */
export function textReader(root: Node, from: Node | null = null, stop: Node | null = null): (run: TextRun, chars: number) => boolean {
  const start = from ?? root;
  let markDepth = start.nodeType === 1 && (start as Element).closest(MARK_TAG) !== null ? 1 : 0;
  let pendingBreak = true;
  let node: Node | null = from ?? (root.nodeType === 3 ? root : root.firstChild);
  return (run, chars) => {
    while (node !== null && node !== stop) {
      if (node.nodeType === 3) {
        const d = (node as Text).data;
        if (d.length > 0) {
          // (A stretch holds at least one node, so reading always gets on.)
          if (pendingBreak && run.length > 0 && run.length >= chars) return true;
          run.nodes.push(node as Text);
          run.data.push(d);
          run.starts.push(run.length);
          run.inMark.push(markDepth > 0 ? 1 : 0);
          run.breakBefore.push(pendingBreak ? 1 : 0);
          run.length += d.length;
          pendingBreak = false;
        }
        if (node === root) break;
      } else if (node.nodeType === 1 && node.firstChild !== null) {
        const el = node as Element;
        if (!isSkippedElement(el)) {
          const name = el.localName;
          if (BLOCKS.has(name)) pendingBreak = true;
          if (name === MARK_TAG) markDepth++;
          node = el.firstChild;
          continue;
        }
      }
      // Next in document order, closing the elements we climb out of.
      let up: Node | null = node;
      while (up !== null && up.nextSibling === null) {
        up = up.parentNode;
        if (up === root) up = null;
        else if (up !== null) {
          const name = (up as Element).localName;
          if (name === MARK_TAG) markDepth--;
          else if (BLOCKS.has(name)) pendingBreak = true;
        }
      }
      node = up === null ? null : up.nextSibling;
    }
    node = null;
    return false;
  };
}

/** The block element inside root holding `at` (where a walk may start), or null (none, or `at` is outside root or in a skipped subtree). */
export function blockOf(root: Node, at: Node | null): Element | null {
  let block: Element | null = null;
  let n = at;
  for (; n !== null && n !== root; n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    if (isSkippedElement(n as Element)) return null;
    if (block === null && BLOCKS.has((n as Element).localName)) block = n as Element;
  }
  return n === null ? null : block;
}

/** The root's text, collected in one walk (textReader). */
export function collectText(root: Node): TextMap {
  const run = newRun();
  textReader(root)(run, Infinity);
  return { root, ...frozenRun(run), length: run.length };
}

/** A run read to its end as the scan reads it (starts closed by the run's length; flags as bytes). */
export function frozenRun(run: TextRun): Pick<TextMap, 'nodes' | 'data' | 'starts' | 'inMark' | 'breakBefore'> {
  run.starts.push(run.length);
  return { nodes: run.nodes, data: run.data, starts: run.starts, inMark: Uint8Array.from(run.inMark), breakBefore: Uint8Array.from(run.breakBefore) };
}

/** The raw text (design.md §4 position space). */
export function rawText(map: TextMap): string {
  return map.data.join('');
}

export interface MatchingView {
  text: string;
  /** Raw offset of view character i (a sentinel maps to the next node's start). */
  toRaw(i: number): number;
}

// The characters isSpaceCode() accepts, as one class (no quantifier: ReDoS-safe, native scan).
// eslint-disable-next-line no-control-regex -- C0 controls count as whitespace, as in isSpaceCode.
const HAS_SPACE = /[\u0000-\u0020\u00a0\u3000\u200b\ufeff]/;

/**
 * Whitespace-free view of the raw text; `blockBreaks` inserts BLOCK_SENTINEL at block
 * boundaries. The map back to raw offsets is kept as runs (view start, raw start) — one
 * per stretch without whitespace — so building the view costs no per-character writes.
 */
export function matchingView(map: TextMap, blockBreaks = true): MatchingView {
  const runView: number[] = [];
  const runRaw: number[] = [];
  const pieces: string[] = [];
  let k = 0;
  let lastSentinel = true; // no sentinel before the first run
  for (let n = 0; n < map.nodes.length; n++) {
    const d = map.data[n];
    const base = map.starts[n];
    if (blockBreaks && map.breakBefore[n] === 1 && !lastSentinel) {
      runView.push(k++);
      runRaw.push(base);
      pieces.push(BLOCK_SENTINEL);
      lastSentinel = true;
    }
    if (!HAS_SPACE.test(d)) {
      // Most prose nodes: one run, no per-character work in JS.
      runView.push(k);
      runRaw.push(base);
      pieces.push(d);
      k += d.length;
      lastSentinel = false;
      continue;
    }
    let from = -1;
    for (let i = 0; i <= d.length; i++) {
      if (i < d.length && !isSpaceCode(d.charCodeAt(i))) {
        if (from < 0) from = i;
      } else if (from >= 0) {
        runView.push(k);
        runRaw.push(base + from);
        pieces.push(from === 0 && i === d.length ? d : d.slice(from, i));
        k += i - from;
        from = -1;
        lastSentinel = false;
      }
    }
  }
  const views = Int32Array.from(runView);
  const raws = Int32Array.from(runRaw);
  const toRaw = (i: number): number => {
    let lo = 0;
    let hi = views.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (views[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return raws[lo] + (i - views[lo]);
  };
  return { text: pieces.join(''), toRaw };
}

/** Index of the node holding raw offset `offset` (the last node whose start ≤ offset). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * DOM point for a raw offset. 'forward' puts a boundary at a node's start (for range starts),
 * 'backward' at the previous node's end (for range ends).
 */
export function locate(map: TextMap, offset: number, affinity: 'forward' | 'backward'): { node: Text; offset: number } | null {
  if (map.nodes.length === 0 || offset < 0 || offset > map.length) return null;
  let i = nodeIndexAt(map, offset);
  if (affinity === 'backward' && offset === map.starts[i] && i > 0) i--;
  if (affinity === 'forward' && offset === map.starts[i + 1] && i + 1 < map.nodes.length) i++;
  return { node: map.nodes[i], offset: offset - map.starts[i] };
}
