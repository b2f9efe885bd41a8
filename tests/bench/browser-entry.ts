/**
 * Entry bundled by tests/bench/browser-bundle.mjs into one IIFE (global `PlanLensBench`) that the
 * benchmark runner evaluates inside Chromium pages:
 *  - in an extension page (same origin as the service worker, so the same IndexedDB 'planlens'):
 *    fill the database with the synthetic research-scale data (gen-db.ts), with the product's
 *    own schema and search rows, and time first-install seeding into a fresh database;
 *  - in a plain page: run the extractor over the live DOM (extraction speed), and re-anchor
 *    highlights in it (issue 14).
 */
import { anchorAll } from '../../lib/annotate/anchor';
import { describeOffsets } from '../../lib/annotate/selectors';
import { collectText, rawText } from '../../lib/annotate/textmap';
import type { Selector } from '../../lib/types';
import bundledJson from '../../seeds/generated/bundled.json';
import type { BundledData } from '../../lib/db/bundled';
import { SCHEMA_VERSION, openDatabase } from '../../lib/db/schema';
import { search } from '../../lib/db/search';
import { seedBundled } from '../../lib/db/seed';
import { extractFromDocument, extractFromText } from '../../lib/notice/extract';
import { allIndicators } from '../../lib/indicators';
import { generateDatabase, loadInto } from './gen-db';
import { capturePlan } from '../../lib/db/capture';
import { passagesFor, termsFor } from '../../lib/db/indexing';
import { toPlanRecord, toTargetRecords } from '../../lib/db/records';
import { ExtractedNoticeSchema, parseOrThrow } from '../../lib/db/validate';

const bundled = bundledJson as unknown as BundledData;

export interface FillResult {
  plans: number;
  targets: number;
  highlights: number;
  generateMs: number;
  loadMs: number;
  schemaVersion: number;
}

/**
 * Writes plans [from, to) of a `total`-plan synthetic database (1,000 plans / 100,000 targets by
 * default) into the database `name` ('planlens' = the extension's), in slices of 500 plans so a
 * million targets never sit in the page's memory at once.
 */
export async function fillDatabase(name = 'planlens', plans = 1000, targetsPerPlan = 100, from = 0, total = plans): Promise<FillResult> {
  const db = openDatabase(name);
  await db.open();
  const out: FillResult = { plans: 0, targets: 0, highlights: 0, generateMs: 0, loadMs: 0, schemaVersion: db.verno };
  for (let at = from; at < plans; at += 500) {
    let t = performance.now();
    const data = generateDatabase({ plans: total, targetsPerPlan, from: at, to: Math.min(plans, at + 500) });
    out.generateMs += performance.now() - t;
    t = performance.now();
    await loadInto(db, data);
    out.loadMs += performance.now() - t;
    out.plans += data.plans.length;
    out.targets += data.targets.length;
    out.highlights += data.highlights.length;
  }
  db.close();
  return out;
}

/** Removes the search index snapshot (the next worker start must index the tables again). */
export async function dropSnapshot(name = 'planlens'): Promise<void> {
  const db = openDatabase(name);
  await db.open();
  await db.searchIndex.clear();
  db.close();
}

/**
 * A work report as the extractor hands it to capture: `count` targets (registry names and long-tail
 * names, table rows and body sentences) over blocks of its own text.
 */
export function captureNotice(count = 1500, region = '嘉兴市', year = 2031): { notice: unknown; paragraphs: string[] } {
  const data = generateDatabase({ plans: 1, targetsPerPlan: count, highlights: 0, seed: 1500 });
  const plan = data.plans[0];
  const blocks = plan.paragraphs.map((text) => (text.includes('\t') ? { type: 'row', text, cells: text.split('\t') } : { type: 'paragraph', text }));
  // Every target's sentence is a block too, as in a real report (a table row or a body paragraph).
  for (const t of data.targets) blocks.push(t.origin === 'table' ? { type: 'row', text: t.quote, cells: t.quote.split('\t') } : { type: 'paragraph', text: t.quote });
  const id = `${region}/${year}/work-report`;
  const notice = {
    plan: { id, region, year, kind: 'work-report', title: `${year}年${region}政府工作报告`, issued: `${year}-01-20`, url: null },
    targets: data.targets.map((t) => ({ indicator: t.indicator, name: t.name, category: t.category, text: t.text, value: t.value, origin: t.origin, role: t.role, quote: t.quote, position: t.position, year, region })),
    blocks,
  };
  return { notice, paragraphs: blocks.map((b) => b.text) };
}

/**
 * First-install seeding of the bundled plans into fresh databases, `runs` times: `ms` whole
 * (database creation included, as on install), of which `openMs` creating and opening the database.
 */
export async function timeSeeding(runs = 5): Promise<{ ms: number[]; openMs: number[]; plans: number; targets: number }> {
  const ms: number[] = [];
  const openMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const name = `planlens-bench-seed-${i}`;
    const db = openDatabase(name);
    const t = performance.now();
    await db.open();
    openMs.push(performance.now() - t);
    await seedBundled(db, bundled);
    ms.push(performance.now() - t);
    db.close();
    await db.delete();
  }
  return { ms, openMs, plans: bundled.plans.length, targets: bundled.plans.reduce((n, p) => n + p.targets.length, 0) };
}

/**
 * The search function itself in this page over database `name` (no messaging, no service
 * worker): tells the message round trip apart from the search. One warm-up round, then one timed.
 */
export async function timeSearchInPage(queries: string[], name = 'planlens', limit = 10): Promise<number[]> {
  const db = openDatabase(name);
  await db.open();
  const ms: number[] = [];
  for (const round of [0, 1]) {
    for (const q of queries) {
      const t = performance.now();
      await search(db, q, { limit });
      if (round === 1) ms.push(performance.now() - t);
    }
  }
  db.close();
  return ms;
}

/** Extraction over the live page DOM and over its text, `runs` times each (ms). */
export function timeExtraction(runs = 3): { domMs: number[]; textMs: number[]; targets: number; textChars: number; textBytes: number } {
  const domMs: number[] = [];
  const textMs: number[] = [];
  let targets = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const notice = extractFromDocument(document);
    domMs.push(performance.now() - t);
    targets = notice?.targets.length ?? 0;
  }
  const text = document.body.innerText;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    extractFromText(text);
    textMs.push(performance.now() - t);
  }
  return { domMs, textMs, targets, textChars: text.length, textBytes: new TextEncoder().encode(text).length };
}

export interface AnchorTiming {
  highlights: number;
  /** Main-thread ms of anchorAll over the unchanged page (positions hold). */
  unchangedMs: number[];
  /** The same after the page changed: text inserted at the top (every position shifts) and a tenth of the passages reworded. */
  changedMs: number[];
  placed: { exact: number; fuzzy: number; orphan: number };
}

/**
 * Re-anchoring `count` highlights spread over the live page (issue 14): selectors recorded from
 * the page, anchored as on a revisit (unchanged), then after a moderate change. Measured, never
 * asserted.
 */
export function timeAnchoring(count = 200, runs = 3): AnchorTiming {
  const body = document.body;
  const map = collectText(body);
  const text = rawText(map);
  const list: Selector[][] = [];
  const step = Math.floor(text.length / (count + 1));
  for (let i = 1; list.length < count && i * step < text.length; i++) {
    let at = i * step;
    while (at < text.length && /\s/.test(text[at])) at++;
    const len = 12 + (i % 4) * 8;
    if (text.slice(at, at + len).trim().length < len / 2) continue;
    list.push(describeOffsets(text, at, at + len));
  }
  const unchangedMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    anchorAll(body, list);
    unchangedMs.push(performance.now() - t);
  }
  // The page changes: a notice at the top, and one character in every tenth passage.
  body.insertBefore(document.createTextNode('【本文已于发布后更新，以下内容有修改。】'), body.firstChild);
  list.forEach((sel, i) => {
    if (i % 10 !== 0 || sel[1].type !== 'TextPositionSelector') return;
    const mid = Math.floor((sel[1].start + sel[1].end) / 2);
    for (let n = 0; n < map.nodes.length; n++) {
      if (map.starts[n] <= mid && mid < map.starts[n + 1]) {
        const node = map.nodes[n];
        const k = mid - map.starts[n];
        node.data = node.data.slice(0, k) + (node.data[k] === '改' ? '动' : '改') + node.data.slice(k + 1);
        break;
      }
    }
  });
  const changedMs: number[] = [];
  let found: ReturnType<typeof anchorAll> = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    found = anchorAll(body, list);
    changedMs.push(performance.now() - t);
  }
  const placed = { exact: 0, fuzzy: 0, orphan: 0 };
  for (const f of found) placed[f === null ? 'orphan' : f.state]++;
  return { highlights: list.length, unchangedMs, changedMs, placed };
}

export { SCHEMA_VERSION };

/**
 * The popup search mix (≥ 50 queries), derived from the indicator registry so it follows the
 * registry as it grows: Chinese names, aliases, partial words, English names and prefixes,
 * abbreviations, topics and long-tail names outside the registry.
 */
export function searchQueries(): string[] {
  const all = allIndicators();
  const every = <T>(xs: readonly T[], step: number, max: number) => xs.filter((_, i) => i % step === 0).slice(0, max);
  const zh = every(all, 3, 18).map((i) => i.zh);
  const aliases = every(all.filter((i) => i.aliases.length > 0), 4, 10).map((i) => i.aliases[0]);
  const partial = every(all, 5, 10).map((i) => [...i.zh].slice(0, 2).join(''));
  const en = every(all, 6, 8).map((i) => i.en);
  const enPrefix = every(all, 7, 5).map((i) => i.en.split(/\s+/)[0].toLowerCase().slice(0, 5));
  const abbreviations = ['GDP', 'PM2.5', 'CPI', 'R&D', '5G', 'FDI'];
  const topics = ['就业', '投资', 'employment', 'income'];
  const longTail = ['新增省级专精特新企业', '高标准农田', '未来社区', '公共充电桩'];
  return [...new Set([...zh, ...aliases, ...partial, ...en, ...enPrefix, ...abbreviations, ...topics, ...longTail].filter((q) => q.trim().length > 0))];
}

/**
 * Where a capture's time goes, in this page over database `name` (no messaging, no service
 * worker): validation, records, passage and vocabulary rows, then capturePlan as a whole. The
 * background runs the same code; the messaging figure minus `captureMs` is the message's cost.
 */
export async function timeCapturePhases(name = 'planlens', runs = 3, count = 1500, yearFrom = 2051): Promise<Record<string, number>[]> {
  const db = openDatabase(name);
  await db.open();
  const out: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const { notice } = captureNotice(count, '嘉兴市', yearFrom + i);
    let t = performance.now();
    const n = parseOrThrow(ExtractedNoticeSchema, notice, 'notice');
    const validateMs = performance.now() - t;
    t = performance.now();
    const plan = toPlanRecord({ ...n.plan, url: null }, n.blocks, 'captured', Date.now());
    const targets = toTargetRecords(plan, n.targets);
    const recordsMs = performance.now() - t;
    t = performance.now();
    passagesFor(plan.id, plan.paragraphs);
    const passagesMs = performance.now() - t;
    t = performance.now();
    termsFor(targets);
    const termsMs = performance.now() - t;
    t = performance.now();
    await capturePlan(db, notice as never, { url: null });
    const captureMs = performance.now() - t;
    const json = JSON.stringify({ notice, url: null }).length;
    out.push({ validateMs, recordsMs, passagesMs, termsMs, captureMs, messageChars: json });
  }
  db.close();
  return out;
}
