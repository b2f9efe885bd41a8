// Types for render.mjs (plain JavaScript so node scripts can run it without a build step).
export interface CellPart {
  text: string;
  /** Blank lines before this part in the seed text (0 = a plain line break). */
  gap: number;
}
export interface Cell {
  parts: CellPart[];
}
export interface ParagraphItem {
  type: 'paragraph';
  /** One paragraph; several when the page joins them with <br> (an indented line right after another). */
  lines: string[];
}
export interface TableItem {
  type: 'table';
  rows: Cell[][];
}
export type SeedItem = ParagraphItem | TableItem;

export interface NoticeOptions {
  title?: string;
  pubDate?: string;
  source?: string;
  url?: string;
  column?: string;
  host?: string;
  indexNo?: string;
  docNo?: string;
  issued?: string;
  publisher?: string;
  topic?: string;
  comment?: string;
}
export interface NewsOptions {
  title: string;
  paragraphs: string[];
  pubDate?: string;
  source?: string;
  column?: string;
  host?: string;
  url?: string;
  editor?: string;
  comment?: string;
}
export interface FixtureEntry {
  name: string;
  file: string;
  source: string;
  render: 'notice' | 'news';
  host: string;
  path: string;
  title: string;
  pubDate: string;
  contentSource: string;
  column: string;
  indexNo?: string;
  docNo?: string;
  issued?: string;
  publisher?: string;
  topic?: string;
  editor?: string;
  isNotice: boolean;
  kind: string | null;
  region: string;
  year: number;
  what: string;
}

export function escapeHtml(text: string): string;
export function parseSeed(text: string): SeedItem[];
export function cellText(cell: Cell): string;
export function renderSeedBody(seedText: string): string;
export function renderNotice(seedText: string, options?: NoticeOptions): string;
export function renderNews(options: NewsOptions): string;
export function renderFixture(entry: FixtureEntry, sourceText: string): string;
export const COMPOSED_COMMENT: string;
