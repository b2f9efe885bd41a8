/** Keyboard movement of an active descendant in a list (WAI-ARIA listbox pattern). Pure. */

/** The new active index for a key, or null when the key is not a navigation key. No wrapping. */
export function nextActiveIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(Math.max(current, 0) + 5, count - 1);
    case 'PageUp':
      return Math.max(current - 5, 0);
    default:
      return null;
  }
}
