/**
 * One activation of PlanLens on a page, from switch-on to switch-off. Everything it adds to the
 * page is tied to one AbortSignal, and stop() restores the page's DOM exactly (design.md §8).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { readPage } from '@/lib/notice/read-page';
import { findArticleRoot } from '@/lib/notice/article-root';
import { isOwnNode } from '@/lib/annotate';
import type { Lang } from '@/lib/i18n-core';
import type { TabState } from '@/lib/db/tab-state';
import type { IndicatorHistory } from '@/lib/types';
import { annotate, type Annotation } from './annotator';
import { installCardController } from './card-controller';
import { installHighlighter } from './highlighter';
import { addPageStyle } from './page-style';
import { checkPageBudget } from './budget';
import { readerHref } from '@/lib/reader-url';
import { entriesFromNotice, withNotice } from '@/lib/history-entries';

export interface Session {
  stop(): void;
  saveSelection(): Promise<unknown>;
  jumpTo(id: string): boolean;
  refreshHighlights(): Promise<void>;
  /** The user confirmed a fuzzily placed highlight in the side panel (issue 14). */
  confirmHighlight(id: string): Promise<boolean>;
}

const MUTATION_DEBOUNCE_MS = 250;
/** A page that never stops mutating still gets its new nodes annotated at least this often. */
const MUTATION_MAX_WAIT_MS = 2_000;
/** Added nodes kept between two passes; past this the rest of a burst is not annotated (no unbounded memory). */
const MUTATION_MAX_PENDING = 5_000;
/** Keys per historyForKeys request (lib/messages.ts allows 1,000). */
const HISTORY_BATCH = 1_000;
const DATASET_KEYS = ['planlensRegion', 'planlensYear', 'planlensTargets', 'planlensMarks'] as const;

const pageUrl = () => location.href.split('#')[0];

export function activate({ isFamily, lang }: { isFamily: boolean; lang: Lang }): Session {
  const controller = new AbortController();
  const { signal } = controller;
  // One lifecycle: every part below installs itself with `signal` and undoes itself on abort.
  addPageStyle(signal);
  const histories = new Map<string, IndicatorHistory>();
  let annotation: Annotation | null = null;
  let planId: string | null = null;
  let year: number | undefined;

  const state: TabState = {
    url: pageUrl(),
    detected: false,
    planId: null,
    region: null,
    year: null,
    kind: null,
    title: null,
    targets: 0,
    marks: 0,
    captured: false,
    captureStatus: null,
    error: null,
    orphans: [],
    fuzzy: [],
    limit: null,
  };
  const report = () => {
    if (!signal.aborted) sendMessage('setTabState', { state }).catch(() => undefined);
  };

  // Our own DOM writes must never wake our own observer: run them, then drop the records.
  let observer: MutationObserver | null = null;
  const quiet = <T>(fn: () => T): T => {
    try {
      return fn();
    } finally {
      observer?.takeRecords();
    }
  };

  const highlighter = installHighlighter(
    {
      lang,
      url: pageUrl,
      planId: () => planId,
      onAnchorsChanged: ({ orphans, fuzzy }) => {
        state.orphans = orphans;
        state.fuzzy = fuzzy;
        report();
      },
      onError: (message) => {
        state.error = message;
        report();
      },
    },
    signal,
  );
  const cards = installCardController(
    {
      lang,
      get currentYear() {
        return year;
      },
      get currentPlanId() {
        return planId ?? undefined;
      },
      history: (key) => histories.get(key),
      readerUrl: (id, position) => readerHref(browser.runtime.getURL('/'), id, position),
    },
    signal,
  );

  let marksSettled = false;
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  observer = new MutationObserver((records) => {
    for (const r of records) r.addedNodes.forEach((n) => !isOwnNode(n) && pending.length < MUTATION_MAX_PENDING && pending.push(n));
    if (pending.length === 0) return;
    // Debounced, but a page that mutates without pause still gets a pass every MUTATION_MAX_WAIT_MS.
    if (timer !== undefined && performance.now() - firstPendingAt >= MUTATION_MAX_WAIT_MS) return;
    if (timer === undefined) firstPendingAt = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const nodes = pending.filter((n) => n.isConnected);
      pending = [];
      quiet(() => {
        annotation?.annotateMore(nodes);
        highlighter.retryOrphans();
      });
      cards.closeIfDetached();
      if (annotation) {
        state.marks = annotation.marks;
        // Only once the first annotation is complete: the attribute promises every mark is there.
        if (marksSettled) document.documentElement.dataset.planlensMarks = String(annotation.marks);
      }
    }, MUTATION_DEBOUNCE_MS);
  });

  async function run() {
    await quiet(() => highlighter.refresh()).catch((err) => (state.error = String(err instanceof Error ? err.message : err)));
    observer?.takeRecords();
    if (!isFamily || signal.aborted) return report();
    // A page past the budget (10 MB of text, 50,000 text nodes, nesting 1,000 deep) is not read:
    // PlanLens steps aside and the popup says why, rather than freezing the tab.
    const limit = checkPageBudget(document);
    if (limit) {
      state.limit = limit;
      return report();
    }
    // The page is read here; detection and extraction run in the background (a smaller content script).
    const reading = readPage(document);
    // An article with no readable block (only invisible characters) has nothing to capture.
    if (!reading || reading.blocks.length === 0) return report();
    const extracted = await sendMessage('extractNotice', { reading, url: pageUrl() });
    if (!extracted || signal.aborted) return report();
    const notice = { ...extracted, blocks: reading.blocks };
    const { plan } = notice;
    planId = plan.id;
    year = plan.year;
    Object.assign(state, { detected: true, planId, region: plan.region, year: plan.year, kind: plan.kind, title: plan.title, targets: notice.targets.length });
    const html = document.documentElement.dataset;
    html.planlensRegion = plan.region;
    html.planlensYear = String(plan.year);
    html.planlensTargets = String(notice.targets.length);
    // History first, with this notice's own targets put in from the page itself: the marks never
    // wait for the capture, which on a huge notice takes the background a while.
    const keys = [...new Set(notice.targets.map((t) => t.indicator))];
    const own = entriesFromNotice(notice, pageUrl());
    // In batches: the protocol takes at most HISTORY_BATCH keys per request (a 5,000-row table names thousands).
    const batches: string[][] = [];
    for (let i = 0; i < keys.length; i += HISTORY_BATCH) batches.push(keys.slice(i, i + HISTORY_BATCH));
    const answers = await Promise.all(batches.map((batch) => sendMessage('historyForKeys', { region: plan.region, keys: batch })));
    const list = answers.flat().map((hist) => ({
      ...hist,
      entries: withNotice(hist.entries, plan.id, own.get(hist.indicator)),
    }));
    if (signal.aborted) return;
    for (const hist of list) histories.set(hist.indicator, hist);
    const root = findArticleRoot(document) ?? document.body;
    // A huge notice gets its on-screen marks now and the rest in idle time (annotation.done).
    annotation = quiet(() => annotate(root, list, { around: quiet }));
    state.marks = annotation.marks;
    report();
    const marked = annotation.done;
    try {
      // The stored text is every block's text, capture's default: not sent twice (a 1,500-target report's message is ~0.5 MB).
      const captured = await sendMessage('capturePlan', { notice, url: pageUrl() });
      Object.assign(state, { captured: true, captureStatus: captured.status });
    } catch (err) {
      // Not stored (e.g. disk full): the page still shows what the database already knew.
      state.error = err instanceof Error ? err.message : String(err);
    }
    await marked;
    if (signal.aborted || !annotation) return;
    // Set once the capture is settled and every mark is in, so automation waiting for it sees the
    // database up to date and the whole design.md §6 contract holding.
    state.marks = annotation.marks;
    html.planlensMarks = String(annotation.marks);
    marksSettled = true;
    report();
  }

  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer?.disconnect();
    observer = null;
    pending = [];
    annotation?.undo();
    annotation = null;
    for (const k of DATASET_KEYS) delete document.documentElement.dataset[k];
  });
  void run().catch((err) => {
    state.error = err instanceof Error ? err.message : String(err);
    report();
  });

  return {
    stop() {
      // Everything (style, observer, marks, highlights, card, toolbar, listeners, dataset) undoes itself on abort.
      controller.abort();
    },
    saveSelection: () => highlighter.saveSelection(),
    jumpTo: (id) => highlighter.jumpTo(id),
    confirmHighlight: (id) => highlighter.confirm(id),
    refreshHighlights: () => quiet(() => highlighter.refresh()),
  };
}
