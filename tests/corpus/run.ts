/**
 * The evaluation: every labelled document rendered as a portal page, read by the extractor as
 * the content script's page reading would be (linkedom DOM → extractFromDocument), and scored.
 * Shared by `npm run eval` (scripts/eval.mjs) and the floors test (tests/unit/corpus-eval.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractFromDocument } from '../../lib/notice/extract';
import { corpusPage } from './page';
import { scoreDocument, totals, type DocLabels, type DocScore, type Totals } from './score';

export const CORPUS_DIR = join(__dirname);

export function loadLabels(dir = CORPUS_DIR): DocLabels[] {
  return readdirSync(join(dir, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as DocLabels);
}

export interface EvalReport {
  scores: DocScore[];
  totals: Totals;
  /** Characters of document text read, and the time the extraction took (for a rough MB/s). */
  chars: number;
  ms: number;
}

export function runEval(dir = CORPUS_DIR, only?: (id: string) => boolean): EvalReport {
  const scores: DocScore[] = [];
  let chars = 0;
  let ms = 0;
  for (const labels of loadLabels(dir)) {
    if (only && !only(labels.doc)) continue;
    const page = corpusPage(join(dir, 'docs'), labels.doc, labels.pageTitle);
    const { document } = parseHTML(page.html);
    const t0 = performance.now();
    const notice = extractFromDocument(document as unknown as Document, { url: page.url, explain: true });
    ms += performance.now() - t0;
    chars += page.text.length;
    scores.push(scoreDocument(labels, notice));
  }
  return { scores, totals: totals(scores), chars, ms };
}
