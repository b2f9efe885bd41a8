import type { Block } from '../types';

/**
 * cyrb53: a fast, synchronous 53-bit string hash. Used for change detection (not security):
 * it runs the same in node (build time), the service worker and tests, where crypto.subtle
 * would force everything async.
 */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Whitespace-insensitive form of a block: the same notice re-rendered with other spacing hashes the same. */
function normalizeBlockText(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff) continue;
    out += c;
  }
  return out;
}

/** Hash of the normalized block text (design.md §4): a changed notice gets a new hash. */
export function hashBlocks(blocks: readonly Block[]): string {
  return hashString(blocks.map((b) => normalizeBlockText(b.text)).filter((t) => t.length > 0).join('\n'));
}
