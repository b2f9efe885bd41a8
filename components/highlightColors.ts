/** The highlight colours a user can pick; the stored `HighlightRecord.color` is one of these names. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

/** Page background (translucent, so text stays readable on light and dark pages) and a solid edge colour. */
export const HIGHLIGHT_PALETTE: Record<HighlightColor, { fill: string; edge: string }> = {
  yellow: { fill: 'rgba(255, 214, 10, 0.38)', edge: '#e3b500' },
  green: { fill: 'rgba(52, 199, 89, 0.30)', edge: '#2da44e' },
  blue: { fill: 'rgba(10, 132, 255, 0.22)', edge: '#0a84ff' },
  pink: { fill: 'rgba(255, 55, 95, 0.22)', edge: '#e5486b' },
};

export function isHighlightColor(value: string): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}
