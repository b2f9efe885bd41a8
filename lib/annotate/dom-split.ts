/**
 * Splitting Text nodes into wrapped pieces, and undoing it exactly (DOM code).
 *
 * Shared by mention marks and user highlights, which may nest in either order. The rule
 * that makes undo exact: a split keeps the original Text node as the FIRST piece (page
 * scripts holding it keep a live node) and every further piece is a new Text node we
 * remember. Unwrapping an element moves its children out and merges each remembered
 * piece into the Text node just before it once they are siblings again — never two
 * original nodes, so adjacent page Text nodes stay separate and innerHTML is identical.
 */

const created = new WeakSet<Text>();
const ours = new WeakSet<Element>();

export interface Piece {
  /** Offsets in the Text node's data, end exclusive, non-empty, sorted, non-overlapping. */
  start: number;
  end: number;
}

/** True for a wrapper or a split-off Text node made by this module in this page session. */
export function isOwnNode(node: Node): boolean {
  return node.nodeType === 3 ? created.has(node as Text) : ours.has(node as Element);
}

/**
 * Wrap pieces[from..to) of `node` (whose data is `data`) in elements from `make(i)`, appended to
 * `out` in document order (and returned). Few DOM calls, whatever the number of pieces, and no
 * splitText (each one copies the node's text and lays it out again): the node keeps the text
 * before the first piece (or, wrapped, is that piece), every further piece and gap is a new Text
 * node built off the document, and they go in after the node in one call. Live ranges inside
 * the node do not follow (a saved highlight clears the selection anyway).
 */
export function wrapPieces(
  node: Text,
  data: string,
  pieces: readonly Piece[],
  make: (i: number) => HTMLElement,
  out: HTMLElement[] = [],
  from = 0,
  to = pieces.length,
): HTMLElement[] {
  const parent = node.parentNode;
  if (parent === null || from >= to) return out;
  const doc = node.ownerDocument;
  const text = (s: string): Text => {
    const t = doc.createTextNode(s);
    created.add(t);
    return t;
  };
  const wrapper = (i: number): HTMLElement => {
    const w = make(i);
    ours.add(w);
    out.push(w);
    return w;
  };
  // A first piece at offset 0 wraps the node itself (the original node stays the first piece).
  const lead = pieces[from].start === 0 ? wrapper(from) : null;
  const keep = lead === null ? pieces[from].start : pieces[from].end;
  const after: Node[] = [];
  let cursor = keep;
  for (let i = lead === null ? from : from + 1; i < to; i++) {
    const { start, end } = pieces[i];
    if (start > cursor) after.push(text(data.slice(cursor, start)));
    const w = wrapper(i);
    w.appendChild(text(data.slice(start, end)));
    after.push(w);
    cursor = end;
  }
  if (cursor < data.length) after.push(text(data.slice(cursor)));
  if (keep < data.length) node.data = data.slice(0, keep);
  if (after.length > 0) node.after(...after);
  if (lead !== null) {
    parent.insertBefore(lead, node);
    lead.appendChild(node);
  }
  return out;
}

/**
 * Remove wrapper elements, keeping their content in place, and merge split Text nodes
 * back. Wrappers left by an earlier session (extension reloaded) are unknown to us: their
 * text is merged with whatever Text touches it, which still restores the page's markup.
 */
export function unwrapElements(elements: Iterable<Element>): void {
  const candidates: Node[] = [];
  const loose = new Set<Node>();
  for (const el of elements) {
    const parent = el.parentNode;
    if (parent === null) continue;
    const stale = !ours.has(el);
    const after = el.nextSibling;
    for (let c = el.firstChild; c !== null; c = el.firstChild) {
      parent.insertBefore(c, el);
      candidates.push(c);
      if (stale) loose.add(c);
    }
    parent.removeChild(el);
    ours.delete(el);
    if (after !== null) {
      candidates.push(after);
      if (stale) loose.add(after);
    }
  }
  for (const c of candidates) mergeRun(c, loose);
}

function mergeable(n: Node | null, loose: Set<Node>): n is Text {
  return n !== null && n.nodeType === 3 && (created.has(n as Text) || loose.has(n));
}

/** Merge the run of split pieces around `c` into its head, setting the data once. */
function mergeRun(c: Node, loose: Set<Node>): void {
  if (c.parentNode === null || !mergeable(c, loose)) return;
  let head: Node = c;
  while (mergeable(head, loose) && head.previousSibling !== null && head.previousSibling.nodeType === 3) {
    head = head.previousSibling;
  }
  const parts = [(head as Text).data];
  const parent = head.parentNode!;
  let n: Node | null = head.nextSibling;
  while (mergeable(n, loose)) {
    parts.push(n.data);
    const next: Node | null = n.nextSibling;
    parent.removeChild(n);
    n = next;
  }
  if (parts.length > 1) (head as Text).data = parts.join('');
}
