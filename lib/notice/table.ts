/**
 * Targets from tables. A header row picks a shape from TABLE_SHAPES (each `matches(header)` and
 * says where its columns are); later header rows join each column's header path (2024年实绩 ›
 * 增速); body rows are read by their shape's reader:
 *  - indicator tables (指标名称 | 2024年目标 [| 实际完成 | 单位 | 备注]): a figure per value cell,
 *    role and year from the column's header path, categories from 一、… rows, numbering and （注）
 *    stripped, sub-rows joined to an empty-target parent row (readIndicatorRow);
 *  - task tables (序号 | 主要工作任务 | 责任单位 [| 进展情况]): the prose extractor over the task
 *    cells, the progress cell as outcomes (readTaskRow);
 *  - statistical tables (指标 | 单位 | 绝对数 | 比上年增长(%)): outcomes, read as indicator tables;
 *  - anything else (e.g. 房屋征收计划表): nothing.
 * Rows that give no figure are reported with the reason when `skipped` is given (--explain).
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
  /** Rows read but giving no figure, with the reason (for --explain). */
  skipped?: { text: string; position: number; reason: string }[];
}

type Layout =
  | {
      kind: 'indicator';
      name: number;
      /** A name header spanning two columns (指标 over parent | sub-indicator): the second one. */
      subName: number | null;
      targets: number[];
      /** Outcome columns: 实际完成, 实绩 (any sub-column: 绝对值 | 增速), progress (一季度完成, 1-6月). */
      actuals: number[];
      remark: number | null;
      category: number | null;
      seq: number | null;
      unit: number | null;
      header: string[];
    }
  | { kind: 'task'; task: number; progress: number | null; header?: string[] };

const NAME_HEADER = /名称|^指标$|^主要指标$|^指标项目$|^项目$/;
const TARGET_HEADER = /目标|预期|计划/;
/** 完成 alone (2024年完成) reports an outcome; 完成目标 is a target. */
const ACTUAL_HEADER = /实际|完成(?!目标|任务)|执行情况|实绩/;
const TASK_HEADER = /任务|内容与要求|工作内容|主要工作|重点工作|具体内容|工作事项/;
const DUTY_HEADER = /责任|牵头|配合|进展/;
const PROGRESS_HEADER = /进展|完成情况|进度|落实情况/;
const NOT_TARGET_HEADER = /属性|单位|序号|分类|类别|领域|备注|任务/;
/** Part-year progress columns of an indicator table: outcomes of the plan year so far. */
const PERIOD_PROGRESS_HEADER = /[一二三四1-4]季度|上半年|前三季度|\d{1,2}[-—–至]\d{1,2}月|进度/;

/**
 * Table shapes this reader knows, tried in order: each says from a header row whether it is its
 * shape and where its columns are (`matches`), and reads its body rows (`read`, below).
 * Add a shape here, not a case inside the row loop.
 */
interface TableShape {
  kind: Layout['kind'];
  matches(header: string[]): Layout | null;
}

const findIn = (cells: string[]) => (test: (c: string) => boolean) => cells.findIndex(test);

/** A task table (序号 | 主要工作任务 | 责任单位 [| 进展情况]): tasks in prose, a progress column of outcomes. */
const TASK_TABLE: TableShape = {
  kind: 'task',
  matches(cells) {
    const find = findIn(cells);
    const task = find((c) => TASK_HEADER.test(c) && !DUTY_HEADER.test(c));
    if (task < 0 || !cells.some((c) => DUTY_HEADER.test(c))) return null;
    // A progress column (进展情况, 完成情况) reports what happened in the plan year so far.
    const progress = find((c) => PROGRESS_HEADER.test(c));
    return { kind: 'task', task, progress: progress >= 0 && progress !== task ? progress : null, header: cells };
  },
};

/** Where an indicator-like table's columns are, given which value columns are targets and which outcomes. */
function indicatorColumns(cells: string[], classify: (c: string) => TargetRole | null): Layout | null {
  // Headers are read without inner spaces (指 标 is 指标).
  const plain = cells.map((c) => c.replace(/\s+/g, ''));
  const find = findIn(plain);
  const name = find((c) => NAME_HEADER.test(c) && !ACTUAL_HEADER.test(c));
  // The name header merged over two columns (colspan): parent name, then the sub-indicator.
  const subName = name >= 0 && cells[name + 1] === cells[name] ? name + 1 : null;
  const targets: number[] = [];
  const actuals: number[] = [];
  plain.forEach((c, i) => {
    if (i === name || i === subName) return;
    const role = classify(c);
    if (role === 'actual') actuals.push(i);
    else if (role === 'target') targets.push(i);
  });
  if (name < 0 || (targets.length === 0 && actuals.length === 0)) return null;
  const remark = find((c) => /^备注$/.test(c));
  const category = find((c) => /分类|类别|领域/.test(c));
  const seq = find((c) => /^序号$/.test(c));
  const unit = find((c) => /^(?:计量)?单位$/.test(c));
  return {
    kind: 'indicator', name, subName, targets, actuals, remark: remark >= 0 ? remark : null, header: cells,
    category: category >= 0 ? category : null, seq: seq >= 0 ? seq : null, unit: unit >= 0 ? unit : null,
  };
}

/** An indicator table (指标名称 | 2024年目标 [| 实际完成 | 单位 | 备注 …]): one figure per value cell. */
const INDICATOR_TABLE: TableShape = {
  kind: 'indicator',
  matches: (cells) =>
    indicatorColumns(cells, (c) =>
      (ACTUAL_HEADER.test(c) || PERIOD_PROGRESS_HEADER.test(c)) && !/预期/.test(c) ? 'actual' : TARGET_HEADER.test(c) && !NOT_TARGET_HEADER.test(c) ? 'target' : null,
    ),
};

/** Value columns of a statistical table: amounts and rates that happened (绝对数, 产量, 比上年增长%). */
const STATISTIC_HEADER = /^(?:绝对数|绝对值|总量|产量|金额|数量|比上年增长|增长速度|增速|涨跌幅|比重)|^比上年增长|^比上年(?:增减|涨跌)/;

/**
 * A statistical table (指标 | 单位 | 绝对数 | 比上年增长(%), a bulletin's 表3): outcomes only, of the
 * year the section or document reports. Tried after the indicator table, so a table with a target
 * column is never read as one.
 */
const STATISTIC_TABLE: TableShape = {
  kind: 'indicator',
  matches: (cells) => indicatorColumns(cells, (c) => (STATISTIC_HEADER.test(c) ? 'actual' : null)),
};

const TABLE_SHAPES: readonly TableShape[] = [TASK_TABLE, INDICATOR_TABLE, STATISTIC_TABLE];

/** A header row → the first shape that matches it, or null (a body row, or a table we do not read). */
function layoutOf(cells: string[]): Layout | null {
  const filled = cells.filter((c) => c.length > 0);
  if (filled.length < 2 || filled.some((c) => c.length > 30 || /[。；]/.test(c))) return null;
  for (const shape of TABLE_SHAPES) {
    const layout = shape.matches(cells);
    if (layout) return layout;
  }
  return null;
}

/** Cells that mean "no target": empty or a dash. */
function isBlank(cell: string | undefined): boolean {
  // A dash, or a value still pending (待省反馈, 待定, 待统计): no figure yet.
  return !cell || /^[-—–/／\\—]*$/.test(cell) || /^待/.test(cell);
}

const BARE_NUMBER = /^(\d+\.\d+|\d+)(以上|以下|以内|左右)?$/;
/** A remark opening with its year (2024年预计, 2024年实际): that year's figure. */
const REMARK_YEAR = /^((?:19|20)\d{2})年(?:预计|实际|完成|底|末)?(?:值|数)?[:：为达]?/;

/**
 * The text parseValue should read when the unit sits in the header or a unit column:
 * `7左右` under 2019年目标增长(%) → 增长7%左右; `6.5左右` in a row 地区生产总值增长 | % → 增长6.5%左右.
 */
function valueTextFor(text: string, header: string | undefined, unit: string, name: string): string {
  const m = BARE_NUMBER.exec(text);
  if (!m) return text;
  // The column's own unit (比上年增长(%), 增速%) wins over the row's unit column (万吨 is the amount's).
  const headerUnit = header && /[（(]\s*[%％]\s*[）)]|[%％]$/.test(header) ? '%' : '';
  const u = headerUnit || unit;
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

/** What a table's rows carry down: the category heading and the parent indicator above them. */
interface RowState {
  category: string | null;
  parent: string | null;
}

type TaskLayout = Extract<Layout, { kind: 'task' }>;

/** A task table's body row: the tasks cell read as prose (targets), the progress cell as outcomes. */
function readTaskRow(row: RowAt, cells: string[], layout: TaskLayout, state: RowState, options: TableOptions, out: TargetDraft[], skip: (reason: string) => void): void {
  // Distinct filled cells: a category row spanning the table (colspan) repeats its one cell.
  const filled = [...new Set(cells.filter((c) => c.length > 0))];
  const cell = cells[layout.task] ?? '';
  const heading = filled.length === 1 ? categoryHeading(filled[0]) : null;
  if (heading && !/\d/.test(heading)) {
    state.category = heading;
    skip('a category heading');
    return;
  }
  const cellAt = row.offset + offsetOfCell(row, cell);
  for (const t of targetsFromProse(cell)) {
    const s = options.scope && options.doc ? figureScope(t.before, options.scope, options.doc) : null;
    out.push({
      name: t.name, category: state.category, text: t.text, valueText: t.text, origin: 'table', role: s?.role ?? 'target',
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
        name: t.name, category: state.category, text: t.text, valueText: t.text, origin: 'table', role: 'actual',
        quote: t.quote, position: progressAt + t.quoteStart,
        ...(year !== undefined ? { year } : {}),
        why: { rule: 'table:progress-cell', scope: 'column:progress', cue: layout.header?.[layout.progress] ?? '', context: layout.header?.join(' | ') },
      });
    }
  }
}

type IndicatorLayout = Extract<Layout, { kind: 'indicator' }>;

/** An indicator table's body row: a figure per value cell (target, other years, outcomes, remark). */
function readIndicatorRow(row: RowAt, cells: string[], grid: IndicatorLayout, state: RowState, options: TableOptions, out: TargetDraft[], skip: (reason: string) => void): void {
  const header = grid.header;
  // Distinct filled cells: a category row spanning the table (colspan) repeats its one cell.
  const filled = [...new Set(cells.filter((c) => c.length > 0))];
  if (grid.category !== null && cells[grid.category]) state.category = cells[grid.category];
  const rawName = cells[grid.name] ?? '';
  // In a multi-year table, the plan's own year's column; else the first filled one.
  // A value cell: not blank, and not the row's name repeated into it (a short row filled by colspan).
  const isValue = (i: number) => !isBlank(cells[i]) && cells[i] !== rawName;
  const yearCol = grid.targets.find((i) => yearOfHeader(grid.header[i]) === options.year && isValue(i));
  const targetCol = yearCol ?? grid.targets.find(isValue);
  const targetText = targetCol === undefined ? '' : cells[targetCol];
  const actualCols = grid.actuals.filter(isValue);
  const actualText = actualCols.length > 0 ? cells[actualCols[0]] : '';
  // A category row: one distinct cell (一、经济发展), or a numbered heading with no target.
  const heading = categoryHeading(filled.length === 1 ? filled[0] : rawName);
  if (heading && (filled.length === 1 || (!targetText && !actualText))) {
    state.category = heading;
    state.parent = null;
    skip('a category heading');
    return;
  }
  // Parent | sub-indicator name columns: the sub-indicator names the row (a short one such as
  // 总量 or 增速 keeps its parent in front).
  const sub = grid.subName !== null ? cleanRowName((cells[grid.subName] ?? '').replace(/^其中[:：]?/, '')) : '';
  const ownName = cleanRowName(rawName);
  const name = sub && sub !== ownName ? (sub.length <= 3 ? ownName + sub : sub) : ownName;
  if (!name || /^注[:：]/.test(name)) {
    skip(name ? 'a note' : 'no indicator name');
    return;
  }
  const numbered = grid.seq !== null ? /\d/.test(cells[grid.seq] ?? '') : hasRowNumber(rawName);
  if (!targetText && !actualText) {
    // A parent row: its sub-rows (10—50万元群体比例) carry the targets.
    state.parent = name;
    const pending = [...grid.targets, ...grid.actuals].some((i) => /^待/.test(cells[i] ?? ''));
    skip(pending ? 'the value is pending (待…)' : 'no value: a parent row, or every value blank');
    return;
  }
  const fullName = !numbered && state.parent ? state.parent + name : name;
  if (numbered) state.parent = null;
  const unit = grid.unit !== null ? cells[grid.unit] ?? '' : '';
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
  const push = (name: string, text: string, valueText: string, role: TargetRole, col: number, ownYear: number | null = null) => {
    const headerYear = ownYear ?? yearOfHeader(header[col]);
    const scope = options.scope;
    // The header path decides: a year in the column's header, else the section's year (an
    // execution section's table is about the executed year), else the plan's.
    const sectionYear = scope ? (role === 'actual' && scope.role !== 'actual' && options.doc ? options.doc.reviewed : scope.year) : options.year;
    // A part-year progress column (一季度完成, 1-6月) reports the plan year so far.
    const partYear = role === 'actual' && PERIOD_PROGRESS_HEADER.test(header[col] ?? '') ? options.scope?.year ?? options.year : undefined;
    const year = headerYear ?? partYear ?? sectionYear;
    const period = headerYear === null && role === 'target' && scope?.period ? scope.period : undefined;
    out.push({
      name, category: state.category, text, valueText,
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
  // A cell merged over two columns (colspan) is one figure, not two.
  const seen = new Set<string>();
  const once = (col: number) => {
    const key = `${header[col]}\n${cells[col]}`;
    if (seen.has(key) || (col > 0 && cells[col - 1] === cells[col] && header[col - 1] === header[col])) return false;
    seen.add(key);
    return true;
  };
  if (targetText && targetCol !== undefined && once(targetCol)) emit(targetText, 'target', targetCol);
  // Other target columns: another year's (an execution table's 2019年预期目标 beside
  // 2020年预期目标) or another sub-column of the same (绝对值 | 增速): each its own figure.
  for (const col of grid.targets) {
    if (col === targetCol || !isValue(col)) continue;
    const y = yearOfHeader(header[col]);
    const sameYear = y === yearOfHeader(header[targetCol ?? -1]);
    if ((y === null || sameYear) && !/\s/.test(header[col])) continue;
    if (once(col)) emit(cells[col], 'target', col);
  }
  for (const col of actualCols) if (once(col)) emit(cells[col], 'actual', col);
  // A remark that states a figure (备注: 总量达到1500亿元) speaks of the same row. One that opens
  // with an earlier year (2024年预计4213.4亿元) reports that year's outcome: the base of the target.
  if (grid.remark !== null && /\d/.test(cells[grid.remark] ?? '')) {
    const remark = REMARK_YEAR.exec(cells[grid.remark]);
    const remarkYear = remark ? Number(remark[1]) : null;
    const earlier = remarkYear !== null && remarkYear < (options.scope?.year ?? options.year ?? remarkYear + 1);
    const role: TargetRole = earlier || !targetText ? 'actual' : 'target';
    const said = remark ? cells[grid.remark].slice(remark[0].length) : cells[grid.remark];
    for (const p of targetsFromProse(`${fullName.replace(/(?:增长|增速)$/, '')}${said}`)) push(p.name, p.text, p.text, role, grid.remark, earlier ? remarkYear : null);
  }
}

export function targetsFromRows(rows: RowAt[], options: TableOptions = {}): TargetDraft[] {
  const out: TargetDraft[] = [];
  let layout: Layout | null = null;
  const state: RowState = { category: null, parent: null };

  let justHeader = false;
  let previousCells: string[] = [];
  for (const row of rows) {
    let cells = row.cells.map(normalizeText);
    const current = layout as Layout | null;
    const top: string[] = current?.header ?? [];
    // A second header row (2024年实绩 over 绝对值 | 增速(%)): no figures, the name column repeated
    // (rowspan) or empty. Its labels join the header path of their columns; it is never a figure
    // itself, nor a new table (it may look like a header on its own).
    const secondHeader: boolean = justHeader && current !== null && current.kind === 'indicator' && new Set(cells.filter(Boolean)).size >= 2 && !cells.some((c) => categoryHeading(c)) && !cells.some((c) => /\d/.test(c) && !/[（(]\s*[%％‰]/.test(c) && !top.includes(c)) && (cells[current.name] === top[current.name] || !cells[current.name]);
    const next: Layout | null = secondHeader ? null : layoutOf(cells);
    const skip = (reason: string) => options.skipped?.push({ text: row.text, position: row.offset, reason });
    if (next) {
      layout = next;
      state.category = null;
      state.parent = null;
      justHeader = true;
      skip(`a table header (${next.kind} table)`);
      continue;
    }
    if (!layout) {
      if (/\d/.test(row.text)) skip('a row before any header this reader knows');
      continue;
    }
    const header: string[] = layout.header ?? [];
    if (secondHeader && layout.kind === 'indicator') {
      const merged: string[] = header.map((h: string, c: number) => (!cells[c] || cells[c] === h ? h : `${h} ${cells[c]}`));
      layout = layoutOf(merged) ?? layout;
      skip('a second header row: its labels join the header path');
      continue;
    }
    justHeader = false;
    // A row narrower than the header: its first cells are merged down from above (a block label
    // spanning the table's rows), so carry them from the previous row.
    if (cells.length < header.length && cells.length > 1) {
      const missing = header.length - cells.length;
      cells = [...(previousCells.length >= missing ? previousCells.slice(0, missing) : Array<string>(missing).fill('')), ...cells];
    }
    previousCells = cells;
    if (layout.kind === 'task') {
      readTaskRow(row, cells, layout, state, options, out, skip);
      continue;
    }

    readIndicatorRow(row, cells, layout, state, options, out, skip);
  }
  return out;
}
