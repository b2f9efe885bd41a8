/**
 * Indicator mentions in a page's text (pure over a TextMap; no DOM access).
 *
 * The matcher scans the Text nodes' data directly, backward, skipping whitespace and
 * restarting at block boundaries (textmap.ts) — no whitespace-free copy of the page and
 * no per-character offset map. Only for each chosen match do we walk forward over its
 * few characters to find where it ends and which Text nodes it covers.
 */
import { isSpaceCode, scanStarts, type Matcher } from './matcher';
import type { TextMap } from './textmap';

/** What the scan reads of a TextMap (a whole root's, or a stretch of one: wrap.ts markPass). */
export type ScanText = Pick<TextMap, 'nodes' | 'data' | 'starts' | 'inMark' | 'breakBefore'>;

export interface Mention {
  key: string;
  pattern: string;
  /** Raw text offsets (textmap.ts), end exclusive. */
  start: number;
  end: number;
}

/** The part of a mention inside one Text node, trimmed of whitespace (offsets in its data). */
export interface MentionPiece {
  node: number;
  start: number;
  end: number;
}

export interface FoundMention extends Mention {
  /** Non-empty pieces in document order (whitespace-only stretches left out). */
  pieces: MentionPiece[];
  /** True when some Text node it covers is inside a <planlens-mark>. */
  inMark: boolean;
}

/** Mentions in the map's text, leftmost-longest and non-overlapping, in document order. */
export function mentionsIn(map: ScanText, matcher: Matcher): FoundMention[] {
  const { chunk, offset, pattern } = scanStarts(matcher, map.data, map.breakBefore);
  const { lengths, keys, texts } = matcher;
  const out: FoundMention[] = [];
  let free = 0;
  // The hits come last-first; the greedy goes first-last.
  for (let j = chunk.length - 1; j >= 0; j--) {
    const n = chunk[j];
    const start = map.starts[n] + offset[j];
    if (start < free) continue;
    const p = pattern[j];
    const m = spanOf(map, n, offset[j], lengths[p]);
    free = m.end;
    out.push({ key: keys[p], pattern: texts[p], start, end: m.end, pieces: m.pieces, inMark: m.inMark });
  }
  return out;
}

/**
 * From a match's first character (node n, offset i), `count` non-whitespace code units
 * forward: the raw end offset and the trimmed pieces per Text node.
 */
function spanOf(map: ScanText, n: number, i: number, count: number): { end: number; pieces: MentionPiece[]; inMark: boolean } {
  const pieces: MentionPiece[] = [];
  let inMark = false;
  let left = count;
  let end = map.starts[n] + i;
  for (let node = n, from = i; left > 0 && node < map.nodes.length; node++, from = 0) {
    const d = map.data[node];
    if (map.inMark[node] === 1) inMark = true;
    let first = -1;
    let last = -1;
    for (let k = from; k < d.length && left > 0; k++) {
      if (isSpaceCode(d.charCodeAt(k))) continue;
      if (first < 0) first = k;
      last = k;
      left--;
    }
    if (first >= 0) {
      pieces.push({ node, start: first, end: last + 1 });
      end = map.starts[node] + last + 1;
    }
  }
  return { end, pieces, inMark };
}
