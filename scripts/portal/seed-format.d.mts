export type { CellPart, Cell, ParagraphItem, TableItem, SeedItem } from './render.mjs';
import type { Cell, SeedItem } from './render.mjs';
export function parseSeed(text: string): SeedItem[];
export function cellText(cell: Cell): string;
