/**
 * A PlanLens UI host on the page: an unregistered custom tag (customElements is null in the
 * content script's isolated world) with an OPEN shadow root (design.md §6 contract), its own
 * style sheet inside, positioned by us (position: fixed + floating-ui), never in the flow.
 */
import { computePosition, flip, offset, shift, type Dimensions, type Placement, type Platform, type Rect } from '@floating-ui/core';

function sizeOf(el: { getBoundingClientRect(): DOMRect }): Dimensions {
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height };
}

/**
 * floating-ui's placement algorithm (offset, flip, shift) with the small platform a
 * `position: fixed` host needs: every rectangle is in viewport coordinates and the viewport
 * clips. @floating-ui/dom's general platform (offset parents, scroll ancestors, transforms) is
 * 5.5 KB gzip of a content script that runs on every government page, and a fixed host never
 * needs it.
 */
const FIXED_PLATFORM: Platform = {
  getElementRects: ({ reference, floating }) => {
    const r = (reference as { getBoundingClientRect(): DOMRect }).getBoundingClientRect();
    return { reference: { x: r.left, y: r.top, width: r.width, height: r.height }, floating: { x: 0, y: 0, ...sizeOf(floating as HTMLElement) } };
  },
  getClippingRect: (): Rect => ({ x: 0, y: 0, width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }),
  getDimensions: (el) => sizeOf(el as HTMLElement),
};

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
        platform: FIXED_PLATFORM,
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
