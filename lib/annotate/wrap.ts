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
import { mentionsIn, type Mention, type MentionPiece, type ScanText } from './mentions';
import { blockOf, collectText, frozenRun, MARK_TAG, newRun, textReader } from './textmap';
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

/** An HTML element inside SVG/MathML would not render: such text is left alone. */
function inHtml(node: Text): boolean {
  const parent = node.parentNode as Element | null;
  return parent !== null && (parent.namespaceURI === null || parent.namespaceURI === HTML_NS);
}

export function wrapMentions(root: Node, matcher: Matcher, options: WrapOptions = {}): WrapResult {
  const pass = markPass(root, matcher, null, options);
  pass.step(Infinity);
  return { marks: pass.marks, mentions: pass.mentions, unwrap: () => unwrapElements(pass.marks) };
}

/**
 * wrapMentions in steps, for a notice too big to mark in one go: from the block holding `at`
 * (e.g. the top of the screen) to root's end, then from root's start up to that block, a
 * stretch of text at a time, each stretch read (textReader) just before it is marked and ending
 * at a block boundary (no mention crosses one). The walk goes on after the page changed the DOM
 * behind it; it stops when root leaves the document.
 */
export interface MarkPass {
  /** Every mark inserted so far. */
  readonly marks: HTMLElement[];
  /** Mentions wrapped so far (a mention may have several pieces). */
  readonly mentions: number;
  /** Mark at least `chars` more characters (to a block boundary); false once all is done. */
  step(chars: number): boolean;
}

export function markPass(root: Node, matcher: Matcher, at: Node | null, options: WrapOptions = {}): MarkPass {
  const doc = (root.ownerDocument ?? root) as Document;
  const from = blockOf(root, at);
  const walks = from === null ? [textReader(root)] : [textReader(root, from), textReader(root, null, from)];
  // One prototype per key, attributes set once: cloneNode(false) copies them far cheaper
  // than setAttribute on each of thousands of marks (measured in Chromium).
  const protos = new Map<string, HTMLElement>();
  const marks: HTMLElement[] = [];
  let mentions = 0;

  /** Find the mentions in `map` and wrap them: each Text node's pieces in one pass (wrapPieces). */
  const wrapText = (map: ScanText): void => {
    // The pieces to wrap, in document order, with their mark's prototype and data-mention id.
    const pieces: MentionPiece[] = [];
    const protoOf: HTMLElement[] = [];
    const mentionOf: (string | null)[] = [];
    for (const m of mentionsIn(map, matcher)) {
      if (m.inMark || !m.pieces.every((p) => inHtml(map.nodes[p.node]))) continue;
      if (options.isAllowed && !options.isAllowed({ key: m.key, pattern: m.pattern, node: map.nodes[m.pieces[0].node] })) continue;
      let proto = protos.get(m.key);
      if (proto === undefined) {
        proto = doc.createElement(MARK_TAG);
        proto.setAttribute('tabindex', '0');
        proto.setAttribute('data-indicator', m.key);
        protos.set(m.key, proto);
      }
      const mention = m.pieces.length > 1 ? `m${++mentionSeq}` : null;
      for (const p of m.pieces) {
        pieces.push(p);
        protoOf.push(proto);
        mentionOf.push(mention);
      }
      mentions++;
    }
    const make = (i: number): HTMLElement => {
      const el = protoOf[i].cloneNode(false) as HTMLElement;
      if (mentionOf[i] !== null) el.setAttribute('data-mention', mentionOf[i]!);
      return el;
    };
    for (let i = 0; i < pieces.length; ) {
      const n = pieces[i].node;
      let j = i + 1;
      while (j < pieces.length && pieces[j].node === n) j++;
      wrapPieces(map.nodes[n], map.data[n], pieces, make, marks, i, j);
      i = j;
    }
  };

  const connected = root.isConnected;
  const going = () => walks.length > 0 && (!connected || root.isConnected);
  return {
    marks,
    get mentions() {
      return mentions;
    },
    step(chars) {
      const run = newRun();
      // The next walk begins at a block boundary (root's start), so a stretch may go on into it.
      while (going() && !walks[0](run, chars)) walks.shift();
      wrapText(frozenRun(run));
      return going();
    },
  };
}

/** Remove every <planlens-mark> under root (ours or left by an earlier session). */
export function unwrapAll(root: ParentNode): void {
  unwrapElements(Array.from(root.querySelectorAll(MARK_TAG)));
}
