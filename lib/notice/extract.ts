import type { ExtractedNotice } from '../types';

export interface ExtractOptions {
  url?: string | null;
}

/** Seed text form (table cells as tab-indented lines) → notice, or null when it is not a plan-family document. STUB. */
export function extractFromText(_text: string, _options: ExtractOptions = {}): ExtractedNotice | null {
  return null;
}

/** A parsed page → notice, or null when it is not a plan-family document. STUB. */
export function extractFromDocument(_doc: Document, _options: ExtractOptions = {}): ExtractedNotice | null {
  return null;
}
