/**
 * One shared hover card for every mark (design.md §6): hover or focus a `<planlens-mark>` and
 * the card shows that indicator's history; leaving it or pressing Escape closes it. Event
 * delegation on the document, so marks added later need no listeners of their own.
 */
import { h, render } from 'preact';
import { TargetCard, CARD_ID } from '@/components/TargetCard';
import { CARD_CSS } from '@/components/styles';
import { getIndicator } from '@/lib/indicators/lookup';
import type { Lang } from '@/lib/i18n-core';
import type { IndicatorHistory } from '@/lib/types';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { parseReaderLocation } from '@/lib/reader-url';
import { sendMessage } from '@/lib/messaging';

export interface CardContext {
  lang: Lang;
  currentYear?: number;
  currentPlanId?: string;
  history(key: string): IndicatorHistory | undefined;
  readerUrl(planId: string, position: number): string;
}

const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 250;

export interface CardController {
  close(): void;
  /** Close the card if the page removed its mark (no mouseout ever comes from a removed element). */
  closeIfDetached(): void;
}

/**
 * A bundled plan's source link points at the extension's reader page, which a web page may not
 * open itself: ask the background to open it instead.
 */
function openReaderLinks(e: Event) {
  const link = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || !/^(chrome|moz)-extension:/.test(link.href)) return;
  e.preventDefault();
  // The card's shadow root is open: a page script could plant a link and click it. Users only.
  if (!e.isTrusted) return;
  const url = new URL(link.href);
  const { planId, position } = parseReaderLocation(url.search, url.hash);
  if (planId) sendMessage('openReader', { planId, position: position ?? 0 }).catch(() => undefined);
}

export function installCardController(ctx: CardContext, signal: AbortSignal): CardController {
  let host: ShadowHost | null = null;
  let current: HTMLElement | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest('planlens-mark') as HTMLElement | null) : null;

  function open(mark: HTMLElement) {
    clearTimeout(closeTimer);
    const key = mark.dataset.indicator ?? '';
    const history = ctx.history(key);
    if (!history) return;
    if (!host) {
      host = createShadowHost('planlens-card', CARD_CSS);
      host.root.addEventListener('click', openReaderLinks);
    } else if (!host.host.isConnected) {
      // A page script removed our card: put it back (its shadow root and listeners are kept).
      document.documentElement.appendChild(host.host);
    }
    const info = getIndicator(key);
    const zhName = info?.zh ?? history.entries.find((e) => e.year === ctx.currentYear)?.name ?? history.entries[0]?.name ?? key;
    render(
      h(TargetCard, {
        history,
        zhName,
        enName: info?.en,
        currentYear: ctx.currentYear,
        currentPlanId: ctx.currentPlanId,
        lang: ctx.lang,
        readerUrl: ctx.readerUrl,
        id: CARD_ID,
      }),
      host.mount,
    );
    current = mark;
    host.host.style.visibility = 'hidden';
    host.show();
    const shown = host;
    void shown.placeNear(mark).then(() => {
      if (current === mark) shown.host.style.visibility = 'visible';
    });
  }

  function close() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    current = null;
    host?.hide();
  }

  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  };

  const opts = { signal, capture: true } as const;
  document.addEventListener(
    'mouseover',
    (e) => {
      const mark = markOf(e.target);
      if (mark) {
        clearTimeout(openTimer);
        if (mark === current) clearTimeout(closeTimer);
        else openTimer = setTimeout(() => open(mark), OPEN_DELAY_MS);
      } else if (host && e.target === host.host) {
        clearTimeout(closeTimer); // moving into the card keeps it open (its links are clickable)
      }
    },
    opts,
  );
  document.addEventListener(
    'mouseout',
    (e) => {
      if (markOf(e.target) || (host && e.target === host.host)) {
        clearTimeout(openTimer);
        if (current) scheduleClose();
      }
    },
    opts,
  );
  document.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
  }, opts);
  document.addEventListener('focusout', (e) => {
    if (markOf(e.target) && current) scheduleClose();
  }, opts);
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && current) {
        close();
        e.stopPropagation();
      }
    },
    opts,
  );
  window.addEventListener('scroll', () => current && host && void host.placeNear(current), { signal, passive: true });

  signal.addEventListener('abort', () => {
    close();
    if (host) {
      render(null, host.mount);
      host.remove();
      host = null;
    }
  });
  return {
    close,
    closeIfDetached: () => {
      if (current && !current.isConnected) close();
    },
  };
}
