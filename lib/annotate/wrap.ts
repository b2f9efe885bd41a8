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
import { mentionsIn, type Mention, type MentionPiece } from './mentions';
import { collectText, MARK_TAG } from './textmap';
import { unwrapElements, wrapPieces } from './dom-split';

export type { Mention } from './mentions';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

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
  return mentionsIn(collectText(root), matcher).map(({ key, pattern, start, end }) => ({ key, pattern, start, end }));
}

interface PendingPiece extends MentionPiece {
  key: string;
  mention: string | null;
}

/** An HTML element inside SVG/MathML would not render: such text is left alone. */
function inHtml(node: Text): boolean {
  const parent = node.parentNode as Element | null;
  return parent !== null && (parent.namespaceURI === null || parent.namespaceURI === HTML_NS);
}

export function wrapMentions(root: Node, matcher: Matcher, options: WrapOptions = {}): WrapResult {
  const map = collectText(root);
  const pending: PendingPiece[] = [];
  let mentions = 0;
  for (const m of mentionsIn(map, matcher)) {
    if (m.inMark || !m.pieces.every((p) => inHtml(map.nodes[p.node]))) continue;
    if (options.isAllowed && !options.isAllowed({ key: m.key, pattern: m.pattern, node: map.nodes[m.pieces[0].node] })) continue;
    const mention = m.pieces.length > 1 ? `m${++mentionSeq}` : null;
    for (const p of m.pieces) pending.push({ node: p.node, start: p.start, end: p.end, key: m.key, mention });
    mentions++;
  }

  // One prototype per key, attributes set once: cloneNode(false) copies them far cheaper
  // than setAttribute on each of thousands of marks (measured in Chromium).
  const doc = (root.ownerDocument ?? root) as Document;
  const protos = new Map<string, HTMLElement>();
  const markFor = (key: string, mention: string | null): HTMLElement => {
    let proto = protos.get(key);
    if (proto === undefined) {
      proto = doc.createElement(MARK_TAG);
      proto.setAttribute('tabindex', '0');
      proto.setAttribute('data-indicator', key);
      protos.set(key, proto);
    }
    const el = proto.cloneNode(false) as HTMLElement;
    if (mention !== null) el.setAttribute('data-mention', mention);
    return el;
  };

  const marks: HTMLElement[] = [];
  // Pending pieces are in document order; wrap each Text node's group in one pass.
  for (let i = 0; i < pending.length; ) {
    let j = i + 1;
    while (j < pending.length && pending[j].node === pending[i].node) j++;
    const group = pending.slice(i, j);
    const n = pending[i].node;
    const made = wrapPieces(map.nodes[n], map.data[n], group, (g) => markFor(group[g].key, group[g].mention));
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
