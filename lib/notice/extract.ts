/**
 * A notice → plan meta, targets and blocks (design.md §1 steps 2–3). The same code reads a page
 * (content script, CLI on .html) and the seeds' text form (bundled plans, CLI on .txt).
 */
import type { Block, ExtractedNotice, ExtractedTarget, PlanMeta } from '../types';
import { resolveIndicator } from '../indicators/index';
import { blockOffsets, blocksFromText, noticeText } from './blocks';
import { targetsFromProse } from './body';
import { readPage, type PageReading } from './read-page';
import { detectNotice } from './detect';
import { categoryHeading } from './normalize';
import { targetsFromRows, type RowAt, type TargetDraft } from './table';
import { parseValue } from './value';

export interface ExtractOptions {
  url?: string | null;
}

/** A body heading (一、着力扩大有效需求) names the category of the targets under it. */
function bodyCategory(text: string): string | null {
  if (text.length > 40 || /[。；]/.test(text)) return null;
  return categoryHeading(text);
}

function drafts(blocks: Block[], meta: PlanMeta): TargetDraft[] {
  const offsets = blockOffsets(blocks);
  const out: TargetDraft[] = [];
  let category: string | null = null;
  let run: RowAt[] = [];
  const endRun = () => {
    if (run.length > 0) out.push(...targetsFromRows(run, { year: meta.year }));
    run = [];
  };
  blocks.forEach((block, i) => {
    if (block.type === 'row') {
      run.push({ cells: block.cells ?? block.text.split('\t'), text: block.text, offset: offsets[i] });
      return;
    }
    endRun();
    category = bodyCategory(block.text) ?? category;
    // A bulletin reports outcomes; so does the 执行情况 part of an execution report.
    const role = meta.kind === 'statistical-bulletin' || (meta.kind === 'plan-execution' && /执行情况|完成情况/.test(category ?? '')) ? 'actual' : 'target';
    for (const t of targetsFromProse(block.text)) {
      out.push({
        name: t.name, category, text: t.text, valueText: t.text, origin: 'body', role,
        quote: t.quote, position: offsets[i] + t.quoteStart,
      });
    }
  });
  endRun();
  return out;
}

/** Blocks already read, and what detection said about them → the extracted notice. */
/** `fn` remembered per argument for one extraction: notices repeat names and values. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = fn(s)));
    return v;
  };
}

export function extractFromBlocks(blocks: Block[], meta: PlanMeta): ExtractedNotice {
  const indicatorOf = memo(resolveIndicator);
  const valueOf = memo(parseValue);
  const targets: ExtractedTarget[] = drafts(blocks, meta).map((d) => ({
    indicator: indicatorOf(d.keyName ?? d.name),
    name: d.name,
    category: d.category,
    text: d.text,
    // A copy per target: callers may change one target's value without touching another's.
    value: { ...valueOf(d.valueText) },
    origin: d.origin,
    role: d.role,
    quote: d.quote,
    position: d.position,
    ...(d.year !== undefined ? { year: d.year } : {}),
  }));
  targets.sort((a, b) => a.position - b.position);
  return { plan: meta, targets, blocks };
}

/** Seed text form (table cells as tab-indented lines) → notice, or null when it is not a plan-family document. */
export function extractFromText(text: string, options: ExtractOptions = {}): ExtractedNotice | null {
  const blocks = blocksFromText(String(text ?? ''));
  const meta = detectNotice({ title: null, metas: {}, url: options.url ?? null, text: noticeText(blocks) });
  return meta ? extractFromBlocks(blocks, meta) : null;
}

/**
 * What the content script read from a page (lib/notice/read-page.ts) → notice, or null when it is
 * not a plan-family document. Runs wherever the extractor lives (the background, the CLI).
 */
export function extractFromReading(reading: PageReading, options: ExtractOptions = {}): ExtractedNotice | null {
  const url = options.url ?? null;
  const meta = detectNotice({
    title: reading.title,
    metas: reading.metas,
    url,
    text: noticeText(reading.blocks),
    headerText: reading.headerText,
  });
  return meta ? extractFromBlocks(reading.blocks, meta) : null;
}

/** A parsed page → notice, or null when it is not a plan-family document. */
export function extractFromDocument(doc: Document, options: ExtractOptions = {}): ExtractedNotice | null {
  const reading = readPage(doc);
  return reading ? extractFromReading(reading, options) : null;
}
