/**
 * Shared data contracts (design.md §4, §6). Every context — content script, background,
 * extension pages, CLI — speaks these shapes. Keep this file free of runtime code.
 */

export type PlanKind =
  | 'annual-plan'
  | 'work-report'
  | 'work-report-tasks'
  | 'plan-execution'
  | 'statistical-bulletin'
  | 'five-year-plan';

export type Metric = 'growth' | 'level' | 'share' | 'count' | 'change' | 'qualitative' | 'deferred';
export type Bound = 'about' | 'at-least' | 'at-most' | 'exact' | 'above' | 'below';

/** Structured value of a target text, e.g. `增长6%左右` → { metric: 'growth', number: 6, unit: '%', bound: 'about' }. */
export interface TargetValue {
  metric: Metric;
  number?: number;
  min?: number;
  max?: number;
  unit?: string;
  bound?: Bound;
  base?: { year: number };
  /** A running total (累计…) rather than the year's own amount: not comparable with an annual figure (design.md §5). */
  cumulative?: boolean;
}

/** What detection says about a page. */
export interface PlanMeta {
  /** `${region}/${year}/${kind}`, the plan's identity. */
  id: string;
  region: string;
  year: number;
  kind: PlanKind;
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the page does not say. */
  issued: string | null;
  url: string | null;
}

export type PlanSource = 'bundled' | 'captured' | 'imported';

/** A stored plan (Dexie table `plans`). */
export interface PlanRecord extends PlanMeta {
  source: PlanSource;
  capturedAt: number;
  /** Hash of the normalized block text: a changed notice replaces its own targets. */
  hash: string;
  /** The notice's paragraphs as plain text, for passage search and the reader page. */
  paragraphs: string[];
}

export type TargetOrigin = 'table' | 'body';
export type TargetRole = 'target' | 'actual';

/** One target as the extractor returns it (CLI `extract` output, design.md §6). */
export interface ExtractedTarget {
  /** Canonical registry key, or `x-<hash>` for an indicator outside the registry. */
  indicator: string;
  /** Name as written (numbering and （注） stripped; a sub-row joined to its parent row). */
  name: string;
  category: string | null;
  /** Target text as written, e.g. `增长6%以上`. */
  text: string;
  value: TargetValue;
  origin: TargetOrigin;
  role: TargetRole;
  /** The sentence (body) or the row (table) the target came from. */
  quote: string;
  /** Offset of the quote in the notice text (blocks joined by '\n'), in UTF-16 code units. */
  position: number;
  /**
   * The year the figure is FOR (design.md §4), which is not always the document's year: a 2026
   * work report's review holds 2025 outcomes; a multi-year goal's year is its period's end.
   */
  year: number;
  /** A multi-year figure's span (十四五 年均… → 2021–2025; 到2030年 → 2026–2030). */
  period?: { from: number; to: number };
  /** `multi-year` for a figure with a period. */
  horizon?: 'multi-year';
  /** The region the figure is about (normally the document's). */
  region: string;
  /** Why the extractor emitted this figure (CLI `--explain` only; never stored). */
  trace?: FigureTrace;
}

/** How a figure's role and year were decided (design.md §6 `--explain`). */
export interface FigureTrace {
  /** The extraction rule: `table:<column role>` or `prose`. */
  rule: string;
  /** The rule that set role and year (`heading:year-review`, `sentence:past-year`, `column:actual`…). */
  scope: string;
  /** The words that decided role and year. */
  cue: string;
  /** The section heading, or the table header path of the cell. */
  context: string;
}

/** A candidate quantity that was found but not emitted, and why (CLI `--explain`). */
export interface DroppedCandidate {
  text: string;
  quote: string;
  position: number;
  reason: string;
}

/** A stored target (Dexie table `targets`). */
export interface TargetRecord extends Omit<ExtractedTarget, 'trace'> {
  id: string;
  planId: string;
  /** The year of the plan that states it (the figure's own year is `year`). */
  planYear?: number;
  kind: PlanKind;
}

/** A unit of notice text: a paragraph or a table row. */
export interface Block {
  type: 'paragraph' | 'row';
  /** Text with whitespace normalized; for rows, cells joined by '\t'. */
  text: string;
  /** Table cells, for rows only (merged cells repeated where the table spans them). */
  cells?: string[];
}

export interface ExtractedNotice {
  plan: PlanMeta;
  targets: ExtractedTarget[];
  blocks: Block[];
  /** Candidates found but not emitted (only when extracting with `explain`). */
  dropped?: DroppedCandidate[];
}

export type ChangeKind =
  | 'raised'
  | 'lowered'
  | 'unchanged'
  | 'reworded'
  | 'quantified'
  | 'dequantified'
  | 'rebased'
  | 'new'
  | 'dropped';

export type Ambition = 'more' | 'less' | 'same' | null;

export interface Comparison {
  change: ChangeKind;
  ambition: Ambition;
  /** Difference in the indicator's own unit (pp for rates, 万人 for people), or null. */
  delta: { value: number; unit: string } | null;
}

/** W3C Web Annotation selectors (design.md §4). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
  /**
   * How the tool that wrote it counted (issue 14). Absent or 'page-text': PlanLens's way (design.md §4:
   * script, style and similar left out). 'all-text': every Text node of the body, script and style
   * included (Hypothesis and tools built on its anchoring). 'unknown': imported from a tool we do
   * not recognise — both are tried against the quote.
   */
  counting?: PositionCounting;
}
export type PositionCounting = 'page-text' | 'all-text' | 'unknown';
/**
 * A range between two elements named by XPath relative to the body, with character offsets
 * into their text (the form Hypothesis writes). Kept from imports as one more position hint.
 */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export interface HighlightRecord {
  id: string;
  url: string;
  planId: string | null;
  selectors: Selector[];
  exact: string;
  note: string;
  tags: string[];
  color: string;
  createdAt: number;
  updatedAt: number;
}

/** One year of an indicator's history, as cards and search results show it. */
export interface HistoryEntry {
  /** The entry's own indicator key: differs from IndicatorHistory.indicator for a linked indicator (urban income in an all-residents history). Optional, added by the database. */
  indicator?: string;
  year: number;
  kind: PlanKind;
  planId: string;
  planTitle: string;
  url: string | null;
  name: string;
  text: string;
  value: TargetValue;
  role: TargetRole;
  quote: string;
  position: number;
}

/** Every known year of one indicator in one region. */
export interface IndicatorHistory {
  indicator: string;
  region: string;
  entries: HistoryEntry[];
}
