/** Indicator registry and name matching (design.md §6 keys). STUB: replaced by the registry. */
export function resolveIndicator(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return 'x-' + h.toString(36);
}
