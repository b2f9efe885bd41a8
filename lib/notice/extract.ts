/**
 * A notice → plan meta, targets and blocks (design.md §1 steps 2–3). The same code reads a page
 * (content script, CLI on .html) and the seeds' text form (bundled plans, CLI on .txt).
 */
import type { Block, DroppedCandidate, ExtractedNotice, ExtractedTarget, PlanMeta } from '../types';
import { resolveIndicator } from '../indicators/index';
import { blockOffsets, blocksFromText, noticeText } from './blocks';
import { countsBeforeNouns, qualitativeTargets, targetsFromProse, type ProseDrop } from './body';
import { readPage, type PageReading } from './read-page';
import { detectNotice } from './detect';
import { categoryHeading } from './normalize';
import { targetsFromRows, type RowAt, type TargetDraft } from './table';
import { parseValue } from './value';
import { docTime, documentScope, figureScope, headingScope, openingScope, type DocTime, type TimeScope } from './scope';
import { kindOf } from './kinds';
import { toSimplified, asWritten } from './simplify';
import { dropPinyinDebris } from './fold';

export interface ExtractOptions {
  url?: string | null;
  explain?: boolean;
}

/** A body heading (一、着力扩大有效需求) names the category of the targets under it. */
function bodyCategory(text: string): string | null {
  if (text.length > 40 || /[。；]/.test(text)) return null;
  return categoryHeading(text);
}

/** A block that is a heading: short, one line, no sentence inside. */
function isHeading(text: string): boolean {
  return text.length <= 60 && !/[。；;]/.test(text.replace(/[。；;]$/, ''));
}

/** The document's time, from its meta: the years its title names decide an execution report's executed year. */
export function timeOf(meta: PlanMeta): DocTime {
  const years = (meta.title.match(/(?:19|20)\d{2}(?=\s?年)/g) ?? []).map(Number);
  return docTime(meta.kind, meta.year, years, toSimplified(meta.title));
}

function drafts(blocks: Block[], meta: PlanMeta, dropped?: DroppedCandidate[]): TargetDraft[] {
  const offsets = blockOffsets(blocks);
  const doc = timeOf(meta);
  const out: TargetDraft[] = [];
  let category: string | null = null;
  let scope: TimeScope = documentScope(doc);
  let heading = '';
  // The paragraph right after a heading: its opening year speaks for the section.
  let afterHeading = false;
  let run: RowAt[] = [];
  const endRun = () => {
    if (run.length > 0) {
      // Read in Simplified script; names and values are then quoted as the row wrote them.
      const simple = run.map((r) => ({ ...r, cells: r.cells.map(toSimplified), text: toSimplified(r.text) }));
      const byOffset = new Map(run.map((r, k) => [r.offset, [simple[k].text, r.text] as const]));
      const skipped: { text: string; position: number; reason: string }[] | undefined = dropped ? [] : undefined;
      for (const d of targetsFromRows(simple, { year: meta.year, doc, scope, skipped })) {
        const [read, written] = byOffset.get(d.position) ?? [d.quote, d.quote];
        const name = asWritten(d.name, read, written);
        // The indicator is resolved from the simplified name (地區生產總值 is gdp too).
        const w = { ...d, name, text: asWritten(d.text, read, written), quote: asWritten(d.quote, read, written), ...(name !== d.name ? { keyName: d.keyName ?? d.name } : {}) };
        out.push(w.why && !w.why.context ? { ...w, why: { ...w.why, context: heading } } : w);
      }
      for (const k of skipped ?? []) dropped!.push({ text: byOffset.get(k.position)?.[1] ?? k.text, quote: byOffset.get(k.position)?.[1] ?? k.text, position: k.position, reason: `table row: ${k.reason}` });
    }
    run = [];
  };
  blocks.forEach((block, i) => {
    if (block.type === 'row') {
      run.push({ cells: block.cells ?? block.text.split('\t'), text: block.text, offset: offsets[i] });
      return;
    }
    endRun();
    category = bodyCategory(block.text) ?? category;
    // Read in Simplified script; positions are those of the text as written (simplify.ts).
    const folded = toSimplified(block.text);
    // The document's own title (its first lines name the document) sets no section.
    const title = i < 4 && kindOf(folded) !== null && /报告|通知|公报|纲要|草案|规划|分解/.test(folded);
    const headingLike = isHeading(folded);
    const next = title ? null : headingLike ? headingScope(folded, doc) : openingScope(folded, doc, afterHeading);
    afterHeading = headingLike && !title;
    if (next) {
      scope = next;
      heading = block.text.length > 60 ? block.text.slice(0, 40) + '…' : block.text;
    }
    const drops: ProseDrop[] | undefined = dropped ? [] : undefined;
    // Figures are read on the simplified text and quoted as written.
    const read = folded;
    const found = [...targetsFromProse(read, drops), ...qualitativeTargets(read), ...countsBeforeNouns(read)];
    for (const d of drops ?? []) dropped!.push({ text: d.text, quote: d.quote, position: offsets[i] + d.quoteStart, reason: d.reason });
    for (const t of found) {
      const s = figureScope(t.before, scope, doc);
      if (t.qualitative && s.role !== 'target') {
        dropped?.push({ text: t.text, quote: t.quote, position: offsets[i] + t.quoteStart, reason: `qualitative outside a target scope (${s.rule})` });
        continue;
      }
      const quote = block.text.slice(t.quoteStart, t.quoteStart + t.quote.length);
      const name = asWritten(t.name, dropPinyinDebris(t.quote), dropPinyinDebris(quote));
      out.push({
        name, ...(name !== t.name ? { keyName: t.name } : {}), category, text: asWritten(t.text, read, block.text, t.quoteStart),
        valueText: t.valueText ?? t.text, origin: 'body', role: s.role,
        quote, position: offsets[i] + t.quoteStart,
        year: s.year, ...(s.period ? { period: s.period } : {}),
        why: { rule: 'prose', scope: s.rule, cue: s.cue, context: heading },
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

export interface ExtractFromBlocksOptions {
  /** Attach a trace to each figure (CLI --explain). */
  explain?: boolean;
}

export function extractFromBlocks(blocks: Block[], meta: PlanMeta, options: ExtractFromBlocksOptions = {}): ExtractedNotice {
  const indicatorOf = memo(resolveIndicator);
  const valueOf = memo(parseValue);
  const dropped: DroppedCandidate[] | undefined = options.explain ? [] : undefined;
  const targets: ExtractedTarget[] = drafts(blocks, meta, dropped).map((d) => {
    const year = d.year ?? meta.year;
    return {
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
      year,
      ...(d.period ? { period: d.period, horizon: 'multi-year' as const } : {}),
      region: meta.region,
      ...(options.explain && d.why ? { trace: { rule: d.why.rule, scope: d.why.scope, cue: d.why.cue, context: d.why.context ?? '' } } : {}),
    };
  });
  targets.sort((a, b) => a.position - b.position);
  return { plan: meta, targets, blocks, ...(dropped ? { dropped } : {}) };
}

/** Seed text form (table cells as tab-indented lines) → notice, or null when it is not a plan-family document. */
export function extractFromText(text: string, options: ExtractOptions = {}): ExtractedNotice | null {
  const blocks = blocksFromText(String(text ?? ''));
  const meta = detectNotice({ title: null, metas: {}, url: options.url ?? null, text: noticeText(blocks) });
  return meta ? extractFromBlocks(blocks, meta, options) : null;
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
  return meta ? extractFromBlocks(reading.blocks, meta, options) : null;
}

/** A parsed page → notice, or null when it is not a plan-family document. */
export function extractFromDocument(doc: Document, options: ExtractOptions = {}): ExtractedNotice | null {
  const reading = readPage(doc);
  return reading ? extractFromReading(reading, options) : null;
}
