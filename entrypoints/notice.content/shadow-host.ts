/**
 * A PlanLens UI host on the page: an unregistered custom tag (customElements is null in the
 * content script's isolated world) with an OPEN shadow root (design.md §6 contract), its own
 * style sheet inside, positioned by us (position: fixed + @floating-ui/dom), never in the flow.
 */
import { computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element Preact renders into. */
  mount: HTMLElement;
  placeNear(reference: Element | { getBoundingClientRect(): DOMRect }, placement?: Placement): Promise<void>;
  show(): void;
  hide(): void;
  isShown(): boolean;
  remove(): void;
}

export function createShadowHost(tag: `planlens-${string}`, css: string): ShadowHost {
  const host = document.createElement(tag);
  // Inline styles on the host: the page's CSS cannot reach inside, and nothing here takes layout.
  host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483646;display:none;margin:0;padding:0;border:0;';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  root.append(style, mount);
  // After <body>, not inside it: the page's own body DOM stays exactly as the page made it.
  document.documentElement.appendChild(host);

  return {
    host,
    root,
    mount,
    async placeNear(reference, placement = 'bottom-start') {
      const { x, y } = await computePosition(reference, host, {
        placement,
        strategy: 'fixed',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      });
      host.style.left = `${Math.round(x)}px`;
      host.style.top = `${Math.round(y)}px`;
    },
    show() {
      host.style.display = 'block';
    },
    hide() {
      host.style.display = 'none';
    },
    isShown() {
      return host.style.display !== 'none';
    },
    remove() {
      host.remove();
    },
  };
}
