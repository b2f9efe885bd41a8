/**
 * Notice text → blocks (paragraphs and table rows). This file reads the seeds' flattened text
 * form; dom-blocks.ts reads a page. Both must give the same Block.text sequence for the same
 * notice, so the one extractor serves both.
 *
 * Text form: one paragraph per line; a table row is a run of lines each starting with a TAB
 * (one cell a line), rows separated by one blank line, tables by two or more. A cell may
 * continue on following lines without a tab (a line break, or after one blank line another
 * paragraph of the same cell), as scripts/portal/seed-format.mjs reads it too.
 */
import type { Block } from '../types';
import { makeRow } from './block-row';
import { normalizeText } from './normalize';

export { blocksFromDom } from './dom-blocks';
export { findArticleRoot } from './article-root';

export function blocksFromText(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  // The open row: its cells, each as its raw lines; `closed` once a blank line follows it.
  const open: { cells: string[][] | null; closed: boolean } = { cells: null, closed: false };
  let blanks = 0;

  const flushRow = () => {
    if (open.cells) {
      const block = makeRow(open.cells.map((parts) => parts.join('\n')));
      if (block) blocks.push(block);
    }
    open.cells = null;
    open.closed = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (line.startsWith('\t')) {
      if (!open.cells || open.closed) {
        flushRow();
        open.cells = [];
      }
      open.cells.push([line.slice(1)]);
      blanks = 0;
      continue;
    }
    if (line.trim() === '') {
      blanks++;
      if (open.cells) open.closed = true;
      continue;
    }
    // A line without a tab inside a table (fewer than two blank lines after a cell) continues
    // the last cell: a line break, or a blank line between two paragraphs of the same cell.
    if (open.cells && open.cells.length > 0 && blanks < 2) {
      open.cells[open.cells.length - 1].push(line);
      open.closed = false;
      blanks = 0;
      continue;
    }
    blanks = 0;
    flushRow();
    const paragraph = normalizeText(line);
    if (paragraph) blocks.push({ type: 'paragraph', text: paragraph });
  }
  flushRow();
  return blocks;
}

/** The notice text that positions count in: blocks' text joined by '\n'. */
export function noticeText(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** Offset of each block's text in noticeText(blocks). */
export function blockOffsets(blocks: Block[]): number[] {
  const offsets: number[] = new Array<number>(blocks.length);
  let at = 0;
  for (let i = 0; i < blocks.length; i++) {
    offsets[i] = at;
    at += blocks[i].text.length + 1;
  }
  return offsets;
}
