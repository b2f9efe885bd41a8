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
import { readerHref } from '@/lib/reader-url';
import { entriesFromNotice, withNotice } from '@/lib/history-entries';

export interface Session {
  stop(): void;
  saveSelection(): Promise<unknown>;
  jumpTo(id: string): boolean;
  refreshHighlights(): Promise<void>;
}

const MUTATION_DEBOUNCE_MS = 250;
const DATASET_KEYS = ['planlensRegion', 'planlensYear', 'planlensTargets', 'planlensMarks'] as const;

const pageUrl = () => location.href.split('#')[0];

export function activate({ isFamily, lang }: { isFamily: boolean; lang: Lang }): Session {
  const controller = new AbortController();
  const { signal } = controller;
  const removeStyle = addPageStyle();
  const histories = new Map<string, IndicatorHistory>();
  let annotation: Annotation | null = null;
  let planId: string | null = null;
  let year: number | undefined;

  const state: TabState & { orphans?: string[] } = {
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
      onOrphansChanged: (ids) => {
        state.orphans = ids;
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

  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  observer = new MutationObserver((records) => {
    for (const r of records) r.addedNodes.forEach((n) => !isOwnNode(n) && pending.push(n));
    if (pending.length === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const nodes = pending.filter((n) => n.isConnected);
      pending = [];
      quiet(() => {
        annotation?.annotateMore(nodes);
        highlighter.retryOrphans();
      });
      cards.closeIfDetached();
      if (annotation) {
        state.marks = annotation.marks;
        document.documentElement.dataset.planlensMarks = String(annotation.marks);
      }
    }, MUTATION_DEBOUNCE_MS);
  });

  async function run() {
    await quiet(() => highlighter.refresh()).catch((err) => (state.error = String(err instanceof Error ? err.message : err)));
    observer?.takeRecords();
    if (!isFamily || signal.aborted) return report();
    // The page is read here; detection and extraction run in the background (a smaller content script).
    const reading = readPage(document);
    if (!reading) return report();
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
    const list = (await sendMessage('historyForKeys', { region: plan.region, keys })).map((hist) => ({
      ...hist,
      entries: withNotice(hist.entries, plan.id, own.get(hist.indicator)),
    }));
    if (signal.aborted) return;
    for (const hist of list) histories.set(hist.indicator, hist);
    const root = findArticleRoot(document) ?? document.body;
    annotation = quiet(() => annotate(root, list));
    state.marks = annotation.marks;
    report();
    try {
      const captured = await sendMessage('capturePlan', { notice, url: pageUrl(), paragraphs: notice.blocks.map((b) => b.text) });
      Object.assign(state, { captured: true, captureStatus: captured.status });
    } catch (err) {
      // Not stored (e.g. disk full): the page still shows what the database already knew.
      state.error = err instanceof Error ? err.message : String(err);
    }
    if (signal.aborted) return;
    // Set once the capture is settled, so automation waiting for it sees the database up to date.
    html.planlensMarks = String(annotation.marks);
    report();
  }

  observer.observe(document.body, { childList: true, subtree: true });
  void run().catch((err) => {
    state.error = err instanceof Error ? err.message : String(err);
    report();
  });

  return {
    stop() {
      clearTimeout(timer);
      observer?.disconnect();
      observer = null;
      controller.abort();
      annotation?.undo();
      annotation = null;
      removeStyle();
      for (const k of DATASET_KEYS) delete document.documentElement.dataset[k];
    },
    saveSelection: () => highlighter.saveSelection(),
    jumpTo: (id) => highlighter.jumpTo(id),
    refreshHighlights: () => quiet(() => highlighter.refresh()),
  };
}
