// Reads the seed text form (design.md §3): paragraphs one per line, attachment tables flattened as
// rows separated by a blank line, each cell on a line starting with TAB; a cell may continue on
// following untabbed lines (after a blank line: another paragraph of the same cell). Two blank
// lines end a table. The portal renders these items back into the HTML a government CMS serves.

/**
 * @typedef {{ text: string, gap: number }} CellPart  gap: blank lines before this part (0 = line break)
 * @typedef {{ parts: CellPart[] }} Cell
 * @typedef {{ type: 'paragraph', lines: string[] }} ParagraphItem  lines: one paragraph, or several
 *   joined by the page with <br> (an indented line right after the previous one, e.g. a signature)
 * @typedef {{ type: 'table', rows: Cell[][] }} TableItem
 * @typedef {ParagraphItem | TableItem} SeedItem
 */

/** @param {string} line */
const isBlank = (line) => line.trim() === '';

/**
 * The text of a cell as the page shows it: its parts joined without the flattening newlines.
 * @param {Cell} cell
 */
export function cellText(cell) {
  return cell.parts.map((p) => p.text).join('');
}

/**
 * Parse the seed text form into paragraphs and tables.
 * @param {string} text
 * @returns {SeedItem[]}
 */
export function parseSeed(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  /** @type {SeedItem[]} */
  const items = [];
  /** @type {TableItem | null} */
  let table = null;
  /** @type {Cell[] | null} */
  let row = null;
  let blanks = 0;
  let lastWasParagraph = false;

  for (const line of lines) {
    if (isBlank(line) && !line.startsWith('\t')) {
      blanks += 1;
      continue;
    }
    if (line.startsWith('\t')) {
      // A cell: same row after no blank, next row after one, a new table after two or more.
      if (!table || blanks >= 2) {
        table = { type: 'table', rows: [] };
        items.push(table);
        row = null;
      }
      if (!row || blanks >= 1) {
        row = [];
        table.rows.push(row);
      }
      row.push({ parts: [{ text: line.slice(1), gap: 0 }] });
      lastWasParagraph = false;
    } else if (table && row && row.length > 0 && blanks < 2) {
      // An untabbed line inside a table continues the last cell.
      row[row.length - 1].parts.push({ text: line, gap: blanks });
    } else {
      table = null;
      row = null;
      const previous = items[items.length - 1];
      // An indented line right after a paragraph line (no blank between) is shown on the same
      // <p> after a <br>, as CMS pages do with signatures and dates.
      if (lastWasParagraph && blanks === 0 && /^\s/.test(line) && previous && previous.type === 'paragraph') {
        previous.lines.push(line);
      } else {
        items.push({ type: 'paragraph', lines: [line] });
      }
      lastWasParagraph = true;
    }
    blanks = 0;
  }
  return items;
}
