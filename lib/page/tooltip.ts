/**
 * The tooltip that explains a mark, on hover and when the keyboard steps to it. It lives in a
 * shadow root (its styles and the page's never meet) on a host element that exists only while it
 * shows, so the page's own DOM is left alone the rest of the time.
 */

export interface Tooltip {
  show(title: string, detail: string, near: DOMRect): void;
  hide(): void;
}

const STYLE = `
  .tip { position: fixed; z-index: 2147483647; max-width: 22rem; padding: 0.5rem 0.65rem; border-radius: 6px;
    background: #1f2328; color: #fff; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.25);
    pointer-events: none; }
  .title { font-weight: 600; display: block; }
`;

export function createTooltip(doc: Document): Tooltip {
  let host: HTMLElement | null = null;
  let tip: HTMLElement | null = null;
  let title: HTMLElement | null = null;
  let detail: HTMLElement | null = null;
  const build = () => {
    host = doc.createElement('sayso-tooltip');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    tip = doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'status');
    tip.setAttribute('aria-live', 'polite');
    title = doc.createElement('span');
    title.className = 'title';
    detail = doc.createElement('span');
    tip.append(title, detail);
    root.append(style, tip);
  };
  return {
    show(t, d, near) {
      if (!host) build();
      title!.textContent = t;
      detail!.textContent = d;
      if (!host!.isConnected) doc.documentElement.append(host!);
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const left = Math.max(8, Math.min(near.left, width - 360));
      const below = near.bottom + 8;
      const top = below + 80 > (view?.innerHeight ?? 768) ? Math.max(8, near.top - 72) : below;
      tip!.style.left = `${left}px`;
      tip!.style.top = `${top}px`;
    },
    hide() {
      host?.remove();
    },
  };
}
