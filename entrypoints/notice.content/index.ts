/**
 * The notice content script (design.md §1). On every government page: the cheap gate. On plan
 * notices: extract, capture, fetch history, annotate, hover cards. On every page where PlanLens
 * runs: highlights. Everything is undone when the user switches PlanLens off for the site.
 */
import { browser } from 'wxt/browser';
import { uiLanguage, type Lang } from '@/lib/i18n-core';
import { loadSettings, onSettingsChanged } from '@/lib/settings-store';
import { isActiveOn, type Settings } from '@/lib/settings';
import { runGate } from './gate';
import { activate, type Session } from './session';

function langOf(settings: Settings): Lang {
  return settings.language === 'auto' ? uiLanguage() : settings.language;
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const isFamily = runGate();
    document.documentElement.dataset.planlens = isFamily ? 'notice' : 'page';

    let session: Session | null = null;
    let settings = await loadSettings();

    const start = () => {
      session?.stop();
      session = activate({ isFamily, lang: langOf(settings) });
    };
    const stop = () => {
      session?.stop();
      session = null;
    };
    const apply = () => (isActiveOn(settings, location.hostname) ? start() : stop());

    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      onSettingsChanged((next) => {
        const wasOn = isActiveOn(settings, location.hostname);
        const langChanged = langOf(next) !== langOf(settings);
        settings = next;
        if (wasOn !== isActiveOn(settings, location.hostname) || langChanged) apply();
      }),
    );
    // Single-page portals: a new article without a page load gets a fresh session.
    ctx.addEventListener(window, 'wxt:locationchange', () => apply());

    const onMessage = (message: unknown) => {
      const m = message as { type?: string; id?: string } | null;
      if (!m || typeof m.type !== 'string' || !session) return undefined;
      if (m.type === 'planlens:save-selection') return session.saveSelection().then((saved) => ({ saved: !!saved }));
      if (m.type === 'planlens:jump-to-highlight' && typeof m.id === 'string') return Promise.resolve({ found: session.jumpTo(m.id) });
      if (m.type === 'planlens:refresh-highlights') return session.refreshHighlights().then(() => ({ ok: true }));
      if (m.type === 'planlens:confirm-highlight' && typeof m.id === 'string') return session.confirmHighlight(m.id).then((confirmed) => ({ confirmed }));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    apply();
  },
});
