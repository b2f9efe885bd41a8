/**
 * A page's article element → blocks, the same model blocks.ts reads from the seed text.
 * Works on any DOM implementation (browser, happy-dom, linkedom): it only uses childNodes,
 * nodeType, localName/nodeName, data and getAttribute.
 */
import type { Block } from '../types';
import { makeRow } from './block-row';
import { normalizeText } from './normalize';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object',
  'embed', 'svg', 'math', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'video', 'audio',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'body',
  'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
]);

/** Marks a `<br>` in collected text until we decide whether it ends a line or sits inside a word. */
const BR = '\u0000';

export function tagOf(node: Node): string {
  const el = node as Element;
  return (el.localName || el.nodeName || '').toLowerCase();
}

/** Elements whose text is not part of the notice: scripts, hidden nodes and PlanLens's own. */
export function isSkipped(node: Node): boolean {
  const tag = tagOf(node);
  if (SKIP.has(tag) || tag.startsWith('planlens-')) return true;
  const el = node as Element;
  if (typeof el.getAttribute !== 'function') return false;
  if (el.getAttribute('hidden') !== null) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * Collected inline text → paragraph texts. A `<br>` ends a line when the next line is indented
 * (NBSP / U+3000, as signatures and dates are) or the text before it ends a sentence or clause;
 * elsewhere it is a stray break inside a word and disappears like other whitespace.
 */
function splitAtBreaks(raw: string): string[] {
  if (!raw.includes(BR)) return [normalizeText(raw)];
  const out: string[] = [];
  let current = '';
  raw.split(BR).forEach((piece, i) => {
    if (i === 0) {
      current = piece;
      return;
    }
    const sofar = normalizeText(current);
    if (sofar && (/^[\u00a0\u3000]/.test(piece) || /[。！？；：:;!?]$/.test(sofar))) {
      out.push(sofar);
      current = piece;
    } else {
      current += '\n' + piece;
    }
  });
  out.push(normalizeText(current));
  return out;
}

interface Walk {
  blocks: Block[];
  buffer: string[];
}

function flush(w: Walk): void {
  if (w.buffer.length === 0) return;
  const raw = w.buffer.join('');
  w.buffer = [];
  for (const text of splitAtBreaks(raw)) if (text) w.blocks.push({ type: 'paragraph', text });
}

/** A footnote reference set as a superscript: 1, [2], （注）, *, ①. */
const FOOTNOTE_REF = /^\s*(?:[（([]?(?:\d{1,2}|注\d{0,2}|[*※])[）)\]]?|[\u2460-\u2473])\s*$/;
/** Where a figure ends (增长6%以上): a superscript right after it is a footnote, not a unit's power (米²). */
const FIGURE_END = /(?:[\d%％‰]|以上|以下|以内|左右|上下)\s*$/;

/** Text of a table cell: everything inside it except nested tables and footnote references, block breaks as spaces. */
function cellText(cell: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1 && !isSkipped(child)) {
        const tag = tagOf(child);
        if (tag === 'table') continue;
        if (tag === 'sup' && FOOTNOTE_REF.test(child.textContent ?? '') && FIGURE_END.test(parts.join(''))) continue;
        if (tag === 'br' || BLOCK.has(tag)) parts.push('\n');
        visit(child);
        if (BLOCK.has(tag)) parts.push('\n');
      }
    }
  };
  visit(cell);
  return parts.join('');
}

function hasNestedTable(node: Node): boolean {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1 || isSkipped(child)) continue;
    if (tagOf(child) === 'table' || hasNestedTable(child)) return true;
  }
  return false;
}

function rowsOf(table: Node): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.childNodes)) {
    if (child.nodeType !== 1 || isSkipped(child)) continue;
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child as Element);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const tr of Array.from(child.childNodes)) if (tr.nodeType === 1 && tagOf(tr) === 'tr') rows.push(tr as Element);
    }
  }
  return rows;
}

function span(el: Element, name: string, max: number): number {
  const n = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}

/** One table → row blocks, merged cells repeated in every slot they span. */
function walkTable(table: Node, w: Walk): void {
  const carried = new Map<number, { text: string; rowsLeft: number }>();
  for (const tr of rowsOf(table)) {
    const cellEls = Array.from(tr.childNodes).filter(
      (c) => c.nodeType === 1 && (tagOf(c) === 'td' || tagOf(c) === 'th'),
    ) as Element[];
    // A layout row (cells holding whole tables) is read as containers, not as data.
    if (cellEls.some(hasNestedTable)) {
      for (const cell of cellEls) walkChildren(cell, w);
      flush(w);
      continue;
    }
    const cells: string[] = [];
    const own: string[] = [];
    const takeCarried = () => {
      let c = carried.get(cells.length);
      while (c) {
        cells.push(c.text);
        if (--c.rowsLeft <= 0) carried.delete(cells.length - 1);
        c = carried.get(cells.length);
      }
    };
    for (const cell of cellEls) {
      takeCarried();
      const text = cellText(cell);
      own.push(text);
      const cols = span(cell, 'colspan', 100);
      const rows = span(cell, 'rowspan', 10_000);
      for (let k = 0; k < cols; k++) {
        if (rows > 1) carried.set(cells.length, { text, rowsLeft: rows - 1 });
        cells.push(text);
      }
    }
    takeCarried();
    // Cells still carried further right (a short row) come after.
    for (const col of [...carried.keys()].sort((a, b) => a - b)) {
      if (col < cells.length) continue;
      while (cells.length < col) cells.push('');
      const c = carried.get(col)!;
      cells.push(c.text);
      if (--c.rowsLeft <= 0) carried.delete(col);
    }
    const block = makeRow(cells, own);
    if (block) w.blocks.push(block);
  }
}

function walkChildren(node: Node, w: Walk): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      w.buffer.push((child as Text).data);
      continue;
    }
    if (child.nodeType !== 1 || isSkipped(child)) continue;
    const tag = tagOf(child);
    if (tag === 'br') w.buffer.push(BR);
    else if (tag === 'table') {
      flush(w);
      walkTable(child, w);
    } else if (BLOCK.has(tag)) {
      flush(w);
      walkChildren(child, w);
      flush(w);
    } else walkChildren(child, w);
  }
}

export function blocksFromDom(root: Element): Block[] {
  const w: Walk = { blocks: [], buffer: [] };
  walkChildren(root, w);
  flush(w);
  return w.blocks;
}
