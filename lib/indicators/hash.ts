/** FNV-1a (32-bit) over code points, base 36: short, stable across runs and platforms (design.md §6 `x-` keys). */
export function fnv1a36(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36);
}
