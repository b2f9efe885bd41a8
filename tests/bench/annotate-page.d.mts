/** Types for annotate-page.mjs (benchmark page generators). */
export function readSeed2024(): string;
export function escapeHtml(s: string): string;
export function newsPage(options?: { bytes?: number; seed?: number }): string;
export function noticePage(options?: { text?: string }): string;
export function bigNoticePage(options?: { bytes?: number; text?: string }): string;
export function benchTerms(text?: string): string[];
