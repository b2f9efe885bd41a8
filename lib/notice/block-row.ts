import type { Block } from '../types';
import { normalizeText } from './normalize';

/**
 * A row block (both readers use it); null when every cell is empty. `cells` is the row as the
 * table's grid has it — a merged cell repeated in every column and row it spans — while `text`
 * joins the row's own cells once each, so a page and its flattened text form read the same.
 */
export function makeRow(gridCells: string[], ownCells: string[] = gridCells): Block | null {
  const cells = gridCells.map(normalizeText);
  if (!cells.some((c) => c.length > 0)) return null;
  return { type: 'row', text: ownCells.map(normalizeText).join('\t'), cells };
}
