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
/** Pieces per Text node up to which splitText is used (see wrapBySplitting). */
const FEW = 4;
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
 * Wrap `pieces` of `node` (whose data is `data`) in elements from `make(i)`.
 * Many pieces: one pass over the data — the node keeps the first chunk, the rest go in
 * after it in one fragment — so the cost stays linear. Returns the wrappers in order.
 */
export function wrapPieces(node: Text, data: string, pieces: readonly Piece[], make: (i: number) => HTMLElement): HTMLElement[] {
  const parent = node.parentNode;
  if (parent === null || pieces.length === 0) return [];
  if (pieces.length <= FEW) return wrapBySplitting(node, parent, pieces, make);
  const doc = node.ownerDocument;
  const frag = doc.createDocumentFragment();
  const wrappers: HTMLElement[] = [];
  let head: Node | null = null; // what now stands where `node` stood

  const place = (text: string, wrapper: HTMLElement | null): void => {
    if (head === null) {
      if (node.data !== text) node.data = text;
      if (wrapper !== null) {
        parent.insertBefore(wrapper, node);
        wrapper.appendChild(node);
      }
      head = wrapper ?? node;
      return;
    }
    const t = doc.createTextNode(text);
    created.add(t);
    if (wrapper !== null) wrapper.appendChild(t);
    frag.appendChild(wrapper ?? t);
  };

  let cursor = 0;
  for (let i = 0; i < pieces.length; i++) {
    const { start, end } = pieces[i];
    if (start > cursor) place(data.slice(cursor, start), null);
    const w = make(i);
    ours.add(w);
    wrappers.push(w);
    place(data.slice(start, end), w);
    cursor = end;
  }
  if (cursor < data.length) place(data.slice(cursor), null);
  if (frag.firstChild !== null) parent.insertBefore(frag, (head as Node | null)?.nextSibling ?? null);
  return wrappers;
}

/**
 * Few pieces: native splitText from the right end (fewest DOM calls; live Ranges such as
 * the user's selection follow). Each split copies the head, hence the bound FEW.
 */
function wrapBySplitting(node: Text, parent: ParentNode, pieces: readonly Piece[], make: (i: number) => HTMLElement): HTMLElement[] {
  const wrappers: HTMLElement[] = new Array(pieces.length);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { start, end } = pieces[i];
    if (end < node.length) created.add(node.splitText(end));
    let piece = node;
    if (start > 0) {
      piece = node.splitText(start);
      created.add(piece);
    }
    const w = make(i);
    ours.add(w);
    parent.insertBefore(w, piece);
    w.appendChild(piece);
    wrappers[i] = w;
  }
  return wrappers;
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
