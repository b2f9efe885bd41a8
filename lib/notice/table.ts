/**
 * Targets from tables, decided by the header row:
 *  - indicator tables (指标名称 | 2024年目标 [| 实际完成]): one target per row, categories from
 *    一、… rows, numbering and （注） stripped, sub-rows joined to an empty-target parent row;
 *    a 实际完成 / 完成情况 column gives a `role: 'actual'` row as well;
 *  - task tables (序号 | 主要工作任务 | 责任单位): the prose extractor over the task cells;
 *  - anything else (e.g. 房屋征收计划表): nothing.
 */
import type { FigureTrace, TargetRole } from '../types';
import { targetsFromProse } from './body';
import { categoryHeading, cleanRowName, hasRowNumber, normalizeText, stripTrailingMarkers } from './normalize';
import { figureScope, type DocTime, type Period, type TimeScope } from './scope';

export interface RowAt {
  cells: string[];
  /** The row's text (cells joined by '\t') and its offset in the notice text. */
  text: string;
  offset: number;
}

/** A target before indicator resolution and value parsing (extract.ts finishes it). */
export interface TargetDraft {
  name: string;
  category: string | null;
  text: string;
  /** The text parseValue should read when the header carries the unit (增长(%) + `7左右`). */
  valueText: string;
  origin: 'table' | 'body';
  role: TargetRole;
  quote: string;
  position: number;
  /** The year the figure is for, and its period when multi-year (scope.ts). */
  year?: number;
  period?: Period;
  /** How role and year were decided (for --explain). */
  why?: Omit<FigureTrace, 'context'> & { context?: string };
  /** The name to resolve the indicator from, when it differs from the name as written. */
  keyName?: string;
}

export interface TableOptions {
  /** The plan's year: picks the 预期目标 column of that year in a multi-year table. */
  year?: number;
  /** The document's time and the section's scope: a cell's role and year when its header names none. */
  doc?: DocTime;
  scope?: TimeScope;
}

type Layout =
  | {
      kind: 'indicator';
      name: number;
      targets: number[];
      actual: number | null;
      category: number | null;
      seq: number | null;
      unit: number | null;
      header: string[];
    }
  | { kind: 'task'; task: number; progress: number | null; header?: string[] };

const NAME_HEADER = /名称|^指标$|^主要指标$|^指标项目$|^项目$/;
const TARGET_HEADER = /目标|预期|计划/;
const ACTUAL_HEADER = /实际|完成情况|完成值|执行情况|实绩|完成数/;
const TASK_HEADER = /任务|内容与要求|工作内容|主要工作|重点工作|具体内容|工作事项/;
const DUTY_HEADER = /责任|牵头|配合|进展/;
const PROGRESS_HEADER = /进展|完成情况|进度|落实情况/;
const NOT_TARGET_HEADER = /属性|单位|序号|分类|类别|领域|备注|任务/;

function layoutOf(cells: string[]): Layout | null {
  const filled = cells.filter((c) => c.length > 0);
  if (filled.length < 2 || filled.some((c) => c.length > 30 || /[。；]/.test(c))) return null;
  const find = (test: (c: string) => boolean) => cells.findIndex(test);
  const task = find((c) => TASK_HEADER.test(c) && !DUTY_HEADER.test(c));
  if (task >= 0 && cells.some((c) => DUTY_HEADER.test(c))) {
    // A progress column (进展情况, 完成情况) reports what happened in the plan year so far.
    const progress = find((c) => PROGRESS_HEADER.test(c));
    return { kind: 'task', task, progress: progress >= 0 && progress !== task ? progress : null, header: cells };
  }
  const name = find((c) => NAME_HEADER.test(c) && !ACTUAL_HEADER.test(c));
  const targets: number[] = [];
  let actual: number | null = null;
  cells.forEach((c, i) => {
    if (i === name) return;
    if (ACTUAL_HEADER.test(c) && !/预期/.test(c)) actual ??= i;
    else if (TARGET_HEADER.test(c) && !NOT_TARGET_HEADER.test(c)) targets.push(i);
  });
  if (name < 0 || (targets.length === 0 && actual === null)) return null;
  const category = find((c) => /分类|类别|领域/.test(c));
  const seq = find((c) => /^序号$/.test(c));
  const unit = find((c) => /^(?:计量)?单位$/.test(c));
  return {
    kind: 'indicator', name, targets, actual, header: cells,
    category: category >= 0 ? category : null, seq: seq >= 0 ? seq : null, unit: unit >= 0 ? unit : null,
  };
}

/** Cells that mean "no target": empty or a dash. */
function isBlank(cell: string | undefined): boolean {
  // A dash, or a value still pending (待省反馈, 待定, 待统计): no figure yet.
  return !cell || /^[-—–/／\\—]*$/.test(cell) || /^待/.test(cell);
}

const BARE_NUMBER = /^(\d+\.\d+|\d+)(以上|以下|以内|左右)?$/;

/**
 * The text parseValue should read when the unit sits in the header or a unit column:
 * `7左右` under 2019年目标增长(%) → 增长7%左右; `6.5左右` in a row 地区生产总值增长 | % → 增长6.5%左右.
 */
function valueTextFor(text: string, header: string | undefined, unit: string, name: string): string {
  const m = BARE_NUMBER.exec(text);
  if (!m) return text;
  const headerUnit = header && /[（(]\s*[%％]\s*[）)]/.test(header) ? '%' : '';
  const u = unit || headerUnit;
  if (!u) return text;
  const growth = /增长|增速/.test(header ?? '') || /(?:增长|增速)$/.test(name);
  return `${growth ? '增长' : ''}${m[1]}${u}${m[2] ?? ''}`;
}

function yearOfHeader(header: string | undefined): number | null {
  const m = header ? /(?:19|20)\d{2}/.exec(header) : null;
  return m ? Number(m[0]) : null;
}

/** Where a cell's text starts in its row's text (cells joined by tabs, merged cells once). */
function offsetOfCell(row: RowAt, cell: string): number {
  const at = cell ? row.text.indexOf(cell) : -1;
  return at >= 0 ? at : 0;
}

/** Targets from one run of consecutive table rows. */
export function targetsFromRows(rows: RowAt[], options: TableOptions = {}): TargetDraft[] {
  const out: TargetDraft[] = [];
  let layout: Layout | null = null;
  let category: string | null = null;
  let parent: string | null = null;

  for (const row of rows) {
    const cells = row.cells.map(normalizeText);
    const next = layoutOf(cells);
    if (next) {
      layout = next;
      category = null;
      parent = null;
      continue;
    }
    if (!layout) continue;
    // Distinct filled cells: a category row spanning the table (colspan) repeats its one cell.
    const filled = [...new Set(cells.filter((c) => c.length > 0))];

    if (layout.kind === 'task') {
      const cell = cells[layout.task] ?? '';
      const heading = filled.length === 1 ? categoryHeading(filled[0]) : null;
      if (heading && !/\d/.test(heading)) {
        category = heading;
        continue;
      }
      const cellAt = row.offset + offsetOfCell(row, cell);
      for (const t of targetsFromProse(cell)) {
        const s = options.scope && options.doc ? figureScope(t.before, options.scope, options.doc) : null;
        out.push({
          name: t.name, category, text: t.text, valueText: t.text, origin: 'table', role: s?.role ?? 'target',
          quote: t.quote, position: cellAt + t.quoteStart,
          ...(s ? { year: s.year, ...(s.period ? { period: s.period } : {}), why: { rule: 'table:task-cell', scope: s.rule, cue: s.cue, context: layout.header?.join(' | ') } } : {}),
        });
      }
      if (layout.progress !== null) {
        const progressCell = cells[layout.progress] ?? '';
        const progressAt = row.offset + offsetOfCell(row, progressCell);
        const year = options.scope?.year ?? options.year;
        for (const t of targetsFromProse(progressCell)) {
          out.push({
            name: t.name, category, text: t.text, valueText: t.text, origin: 'table', role: 'actual',
            quote: t.quote, position: progressAt + t.quoteStart,
            ...(year !== undefined ? { year } : {}),
            why: { rule: 'table:progress-cell', scope: 'column:progress', cue: layout.header?.[layout.progress] ?? '', context: layout.header?.join(' | ') },
          });
        }
      }
      continue;
    }

    // Indicator table.
    const grid = layout;
    if (grid.category !== null && cells[grid.category]) category = cells[grid.category];
    const rawName = cells[grid.name] ?? '';
    // In a multi-year table, the plan's own year's column; else the first filled one.
    // A value cell: not blank, and not the row's name repeated into it (a short row filled by colspan).
    const isValue = (i: number) => !isBlank(cells[i]) && cells[i] !== rawName;
    const yearCol = grid.targets.find((i) => yearOfHeader(grid.header[i]) === options.year && isValue(i));
    const targetCol = yearCol ?? grid.targets.find(isValue);
    const targetText = targetCol === undefined ? '' : cells[targetCol];
    const actualText = grid.actual !== null && isValue(grid.actual) ? cells[grid.actual] : '';
    // A category row: one distinct cell (一、经济发展), or a numbered heading with no target.
    const heading = categoryHeading(filled.length === 1 ? filled[0] : rawName);
    if (heading && (filled.length === 1 || (!targetText && !actualText))) {
      category = heading;
      parent = null;
      continue;
    }
    const name = cleanRowName(rawName);
    if (!name || /^注[:：]/.test(name)) continue;
    const numbered = grid.seq !== null ? /\d/.test(cells[grid.seq] ?? '') : hasRowNumber(rawName);
    if (!targetText && !actualText) {
      // A parent row: its sub-rows (10—50万元群体比例) carry the targets.
      parent = name;
      continue;
    }
    const fullName = !numbered && parent ? parent + name : name;
    if (numbered) parent = null;
    const unit = grid.unit !== null ? cells[grid.unit] ?? '' : '';
    const header = grid.header;
    // A name such as 地区生产总值增长 (unit %) names the indicator without its verb.
    const keyName = unit || BARE_NUMBER.test(targetText) ? fullName.replace(/(?:增长|增速)$/, '') : fullName;
    const emit = (cell: string, role: TargetRole, col: number) => {
      // A footnote marker printed after the value (增长6%以上<sup>[1]</sup>) is no part of it.
      const text = stripTrailingMarkers(cell);
      // One cell holding two figures (增长26万左右,年末户籍人口800万左右): each its own, read as prose.
      if (/[,，;；]/.test(text)) {
        const parts = targetsFromProse(`${fullName}${text}`);
        if (parts.length >= 2) {
          for (const p of parts) push(p.name, p.text, p.text, role, col);
          return;
        }
      }
      push(fullName, text, valueTextFor(text, header[col], unit, fullName), role, col);
    };
    const push = (name: string, text: string, valueText: string, role: TargetRole, col: number) => {
      const headerYear = yearOfHeader(header[col]);
      const scope = options.scope;
      // The header path decides: a year in the column's header, else the section's year (an
      // execution section's table is about the executed year), else the plan's.
      const sectionYear = scope ? (role === 'actual' && scope.role !== 'actual' && options.doc ? options.doc.reviewed : scope.year) : options.year;
      const year = headerYear ?? sectionYear;
      const period = headerYear === null && role === 'target' && scope?.period ? scope.period : undefined;
      out.push({
        name, category, text, valueText,
        origin: 'table', role, quote: row.text, position: row.offset,
        ...(year !== undefined ? { year } : {}),
        ...(period ? { period } : {}),
        why: {
          rule: `table:${role === 'actual' ? 'actual-column' : 'target-column'}`,
          scope: headerYear !== null ? 'column:header-year' : scope ? `section:${scope.rule}` : 'document',
          cue: headerYear !== null ? header[col] : scope?.cue ?? '',
          context: `${header[grid.name] ?? ''} › ${header[col] ?? ''}`,
        },
        ...(name === fullName && keyName !== fullName && keyName ? { keyName } : {}),
      });
    };
    if (targetText && targetCol !== undefined) emit(targetText, 'target', targetCol);
    // Other years' target columns (an execution table's 2019年预期目标 beside 2020年预期目标): each
    // is that year's target, not the plan year's.
    for (const col of grid.targets) {
      const y = yearOfHeader(header[col]);
      if (col === targetCol || y === null || y === yearOfHeader(header[targetCol ?? -1]) || !isValue(col)) continue;
      emit(cells[col], 'target', col);
    }
    if (actualText && grid.actual !== null) emit(actualText, 'actual', grid.actual);
  }
  return out;
}
