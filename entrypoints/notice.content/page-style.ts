// The only CSS PlanLens puts in a page (planlens-* selectors only), added once and removed on switch-off.
import { PAGE_CSS } from '@/components/styles';

const ID = 'planlens-page-style';

export function addPageStyle(): () => void {
  if (!document.getElementById(ID)) {
    const style = document.createElement('style');
    style.id = ID;
    style.textContent = PAGE_CSS;
    (document.head ?? document.documentElement).appendChild(style);
  }
  return () => document.getElementById(ID)?.remove();
}
