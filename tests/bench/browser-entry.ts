/**
 * Entry bundled by tests/bench/browser-bundle.mjs into one IIFE (global `PlanLensBench`) that the
 * benchmark runner evaluates inside Chromium pages:
 *  - in an extension page (same origin as the service worker, so the same IndexedDB 'planlens'):
 *    fill the database with the synthetic research-scale data (gen-db.ts), with the product's
 *    own schema and search rows, and time first-install seeding into a fresh database;
 *  - in a plain page: run the extractor over the live DOM (extraction speed).
 */
import bundledJson from '../../seeds/generated/bundled.json';
import type { BundledData } from '../../lib/db/bundled';
import { SCHEMA_VERSION, openDatabase } from '../../lib/db/schema';
import { search } from '../../lib/db/search';
import { seedBundled } from '../../lib/db/seed';
import { extractFromDocument, extractFromText } from '../../lib/notice/extract';
import { allIndicators } from '../../lib/indicators';
import { generateDatabase, loadInto } from './gen-db';

const bundled = bundledJson as unknown as BundledData;

export interface FillResult {
  plans: number;
  targets: number;
  highlights: number;
  generateMs: number;
  loadMs: number;
  schemaVersion: number;
}

/** Writes 1,000 plans / 100,000 targets (by default) into the database `name` ('planlens' = the extension's). */
export async function fillDatabase(name = 'planlens', plans = 1000, targetsPerPlan = 100): Promise<FillResult> {
  let t = performance.now();
  const data = generateDatabase({ plans, targetsPerPlan });
  const generateMs = performance.now() - t;
  const db = openDatabase(name);
  await db.open();
  t = performance.now();
  await loadInto(db, data);
  const loadMs = performance.now() - t;
  const schemaVersion = db.verno;
  db.close();
  return { plans: data.plans.length, targets: data.targets.length, highlights: data.highlights.length, generateMs, loadMs, schemaVersion };
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
