/**
 * In-page code for tests/bench/annotate-lab.mjs: the content script's own annotate() (same
 * patterns: registry names, aliases and names as written) over the live page, with histories
 * built from the page's extraction plus the bundled 2022 plan (what the background would add).
 */
import { annotate } from '../../entrypoints/notice.content/annotator';
import { extractFromDocument } from '../../lib/notice/extract';
import { entriesFromNotice } from '../../lib/history-entries';
import { findArticleRoot } from '../../lib/notice/article-root';
import bundledJson from '../../seeds/generated/bundled.json';
import type { HistoryEntry, IndicatorHistory } from '../../lib/types';

export function histories(): IndicatorHistory[] {
  const notice = extractFromDocument(document);
  if (!notice) throw new Error('not a notice');
  const byKey = entriesFromNotice(notice, location.href);
  for (const { plan, targets } of (bundledJson as unknown as { plans: { plan: { id: string; title: string; kind: string }; targets: any[] }[] }).plans) {
    if (plan.id === notice.plan.id) continue;
    for (const t of targets) {
      const e = { ...t, planTitle: plan.title, url: null } as HistoryEntry;
      const list = byKey.get(t.indicator);
      if (list) list.push(e);
      else byKey.set(t.indicator, [e]);
    }
  }
  return [...byKey].map(([indicator, entries]) => ({ indicator, region: notice.plan.region, entries }));
}

/** Time annotate() `runs` times, each on a fresh copy of the article; undo checked exact. */
export async function timeAnnotate(list: IndicatorHistory[], runs: number): Promise<{ ms: number[]; marks: number; exact: boolean; walk: number[] }> {
  const root0 = findArticleRoot(document) ?? document.body;
  const pristine = root0.cloneNode(true) as Element;
  const ms: number[] = [];
  const walk: number[] = [];
  let marks = 0;
  let exact = true;
  for (let i = 0; i < runs; i++) {
    const cur = findArticleRoot(document) ?? document.body;
    const fresh = pristine.cloneNode(true) as Element;
    cur.replaceWith(fresh);
    const before = fresh.innerHTML;
    let t = performance.now();
    const w = document.createTreeWalker(fresh, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
    walk.push(performance.now() - t);
    if (chars === 0) throw new Error('no text');
    t = performance.now();
    const a = annotate(fresh, list);
    ms.push(performance.now() - t);
    await a.done;
    marks = fresh.querySelectorAll('planlens-mark').length;
    a.undo();
    exact = exact && fresh.innerHTML === before;
  }
  return { ms, marks, exact, walk };
}

/**
 * One annotate() on the live article, as the content script does once per page load (cold code):
 * the synchronous part (planlens:annotate), then until every mark is in (planlens:annotate-all).
 */
export async function annotateOnce(list: IndicatorHistory[]): Promise<{ ms: number; allMs: number; marks: number }> {
  const root = findArticleRoot(document) ?? document.body;
  const t = performance.now();
  const a = annotate(root, list);
  const ms = performance.now() - t;
  await a.done;
  const all = performance.getEntriesByName('planlens:annotate-all').pop() as PerformanceMeasure | undefined;
  return { ms, allMs: all?.duration ?? ms, marks: root.querySelectorAll('planlens-mark').length };
}

let pending: Promise<void> | null = null;

/** annotate() without waiting for the idle part (annotateDone() waits), for CPU-time readings around each. */
export function annotateStart(list: IndicatorHistory[]): number {
  const root = findArticleRoot(document) ?? document.body;
  const t = performance.now();
  pending = annotate(root, list).done;
  return performance.now() - t;
}

export async function annotateDone(): Promise<number> {
  await pending;
  // And the frame that lays the marks out.
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return (findArticleRoot(document) ?? document.body).querySelectorAll('planlens-mark').length;
}

/** A bare TreeWalker pass over the article's text (as tests/bench/page-figures.mjs treeWalkerPass, without the copy). */
export function walk(): number {
  const w = document.createTreeWalker(findArticleRoot(document) ?? document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
  return chars;
}
