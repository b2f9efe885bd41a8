/**
 * Finding indicator mentions in page text and wrapping them in <planlens-mark> (DOM code).
 *
 * A mention whose text crosses element boundaries (`<span>地区</span><span>生产总值</span>`,
 * `生产<br>总值`) is wrapped as several adjacent pieces, one per Text node, sharing the
 * same `data-indicator` and a `data-mention` id (single-piece mentions carry no
 * data-mention). Whitespace-only pieces are not wrapped. A mention touching text already
 * inside a <planlens-mark> is left alone, so running again never nests marks.
 *
 * We only mutate synchronously: a MutationObserver owner drops our own records with
 * `observer.takeRecords()` right after calling wrapMentions / unwrap.
 */
import type { Matcher } from './matcher';
import { isSpaceCode } from './matcher';
import { collectText, matchingView, MARK_TAG, type TextMap } from './textmap';
import { unwrapElements, wrapPieces, type Piece } from './dom-split';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export interface Mention {
  key: string;
  pattern: string;
  /** Raw text offsets (textmap.ts), end exclusive. */
  start: number;
  end: number;
}

export interface MentionFilterInput {
  key: string;
  pattern: string;
  /** First Text node of the mention, to judge where it sits (heading, link, …). */
  node: Text;
}

export interface WrapOptions {
  /** Return false to leave a mention unwrapped (e.g. an indicator with no known history). */
  isAllowed?: (m: MentionFilterInput) => boolean;
}

export interface WrapResult {
  /** Every <planlens-mark> inserted, in document order. */
  marks: HTMLElement[];
  /** Number of mentions wrapped (a mention may have several pieces). */
  mentions: number;
  /** Remove exactly these marks and restore the text they split. */
  unwrap(): void;
}

let mentionSeq = 0;

/** Mentions of the matcher's patterns in the root's text (raw offsets), leftmost-longest. */
export function findMentions(root: Node, matcher: Matcher): Mention[] {
  return mentionsIn(collectText(root), matcher);
}

function mentionsIn(map: TextMap, matcher: Matcher): Mention[] {
  const view = matchingView(map, true);
  return matcher.findAll(view.text).map((m) => ({
    key: m.key,
    pattern: m.pattern,
    start: view.toRaw(m.start),
    end: view.toRaw(m.end - 1) + 1,
  }));
}

interface PendingPiece extends Piece {
  node: number;
  key: string;
  mention: string | null;
}

/** The pieces of [start, end) per Text node, trimmed of whitespace; null if not wrappable. */
function piecesOf(map: TextMap, first: number, start: number, end: number): { node: number; start: number; end: number }[] | null {
  const out: { node: number; start: number; end: number }[] = [];
  for (let n = first; n < map.nodes.length && map.starts[n] < end; n++) {
    if (map.inMark[n] === 1) return null;
    const base = map.starts[n];
    const d = map.data[n];
    let a = Math.max(start, base) - base;
    let b = Math.min(end, base + d.length) - base;
    while (a < b && isSpaceCode(d.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(d.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    const parent = map.nodes[n].parentNode as Element | null;
    // An HTML element inside SVG/MathML would not render; leave such text alone.
    if (parent === null || (parent.namespaceURI !== null && parent.namespaceURI !== HTML_NS)) return null;
    out.push({ node: n, start: a, end: b });
  }
  return out.length > 0 ? out : null;
}

export function wrapMentions(root: Node, matcher: Matcher, options: WrapOptions = {}): WrapResult {
  const map = collectText(root);
  const found = mentionsIn(map, matcher);
  const pending: PendingPiece[] = [];
  let mentions = 0;
  let n = 0;
  for (const m of found) {
    while (n < map.nodes.length - 1 && map.starts[n + 1] <= m.start) n++;
    const pieces = piecesOf(map, n, m.start, m.end);
    if (pieces === null) continue;
    if (options.isAllowed && !options.isAllowed({ key: m.key, pattern: m.pattern, node: map.nodes[pieces[0].node] })) continue;
    const mention = pieces.length > 1 ? `m${++mentionSeq}` : null;
    for (const p of pieces) pending.push({ ...p, key: m.key, mention });
    mentions++;
  }

  const doc = (root.ownerDocument ?? root) as Document;
  const proto = doc.createElement(MARK_TAG);
  proto.setAttribute('tabindex', '0');
  const marks: HTMLElement[] = [];
  // Pending pieces are in document order; wrap each Text node's group in one pass.
  for (let i = 0; i < pending.length; ) {
    let j = i + 1;
    while (j < pending.length && pending[j].node === pending[i].node) j++;
    const group = pending.slice(i, j);
    const node = map.nodes[pending[i].node];
    const made = wrapPieces(node, map.data[pending[i].node], group, (g) => {
      const el = proto.cloneNode(false) as HTMLElement;
      el.setAttribute('data-indicator', group[g].key);
      const id = group[g].mention;
      if (id !== null) el.setAttribute('data-mention', id);
      return el;
    });
    for (const el of made) marks.push(el);
    i = j;
  }

  return {
    marks,
    mentions,
    unwrap: () => unwrapElements(marks),
  };
}

/** Remove every <planlens-mark> under root (ours or left by an earlier session). */
export function unwrapAll(root: ParentNode): void {
  unwrapElements(Array.from(root.querySelectorAll(MARK_TAG)));
}
