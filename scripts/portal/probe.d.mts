import type { Page } from 'playwright-core';
export interface PageState {
  /** html[data-planlens]: 'notice' | 'page'; null when the content script did not run. */
  planlens: string | null;
  region: string | null;
  year: string | null;
  targets: string | null;
  marks: number;
  indicators: string[];
  gateMeasures: number;
}
export function readPageState(page: Page): Promise<PageState>;
export function waitForContentScript(page: Page, timeout?: number): Promise<boolean>;
export function cardText(page: Page): Promise<string | null>;
export interface HoverResult {
  indicator: string;
  /** The card's tooltip text; null when no card showed. */
  card: string | null;
  file: string | null;
  error: string | null;
}
export function hoverMarks(
  page: Page,
  options?: { max?: number; screenshot?: (index: number, indicator: string) => string },
): Promise<HoverResult[]>;
