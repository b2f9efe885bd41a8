// The only CSS PlanLens puts in a page (planlens-* selectors only), added once and removed on switch-off.
import { PAGE_CSS } from '@/components/styles';

const ID = 'planlens-page-style';

/** Adds the page style until `signal` aborts (then removes it). */
export function addPageStyle(signal: AbortSignal): void {
  if (signal.aborted) return;
  if (!document.getElementById(ID)) {
    const style = document.createElement('style');
    style.id = ID;
    style.textContent = PAGE_CSS;
    (document.head ?? document.documentElement).appendChild(style);
  }
  signal.addEventListener('abort', () => document.getElementById(ID)?.remove(), { once: true });
}
