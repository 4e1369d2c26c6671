/**
 * Paints ranges with the CSS Custom Highlight API: one Highlight per name, and no change to the
 * page's DOM, so pages whose frameworks own the DOM keep working. Where the API is missing, each
 * range's text is wrapped in <mark> instead, and unwrapped again on clear.
 */

export interface Painter {
  paint(groups: Map<string, Range[]>): void;
  clear(): void;
  readonly usesHighlights: boolean;
}

export type PageWindow = Window & typeof globalThis;
type HighlightWindow = PageWindow & { Highlight?: new (...ranges: Range[]) => object };

export function createPainter(doc: Document, win: PageWindow): Painter {
  const w = win as HighlightWindow;
  const registry = (w.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (registry && w.Highlight) {
    const Highlight = w.Highlight;
    const names = new Set<string>();
    return {
      usesHighlights: true,
      paint(groups) {
        for (const name of names) if (!groups.has(name)) registry.delete(name);
        names.clear();
        for (const [name, ranges] of groups) {
          registry.set(name, new Highlight(...ranges));
          names.add(name);
        }
      },
      clear() {
        for (const name of names) registry.delete(name);
        names.clear();
      },
    };
  }
  return markPainter(doc);
}

function markPainter(doc: Document): Painter {
  let wrapped: HTMLElement[] = [];
  const clear = () => {
    for (const mark of wrapped) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    wrapped = [];
  };
  return {
    usesHighlights: false,
    paint(groups) {
      clear();
      for (const [name, ranges] of groups) {
        for (const range of ranges) {
          if (range.startContainer !== range.endContainer || range.collapsed) continue;
          const mark = doc.createElement('mark');
          mark.className = name;
          try {
            range.surroundContents(mark);
            wrapped.push(mark);
          } catch {
            // A range that no longer fits the page is left unpainted.
          }
        }
      }
    },
    clear,
  };
}

/** Adds a style sheet without adding an element to the page; returns how to take it away. */
export function adoptStyles(doc: Document, win: PageWindow, css: string): () => void {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => {};
  }
}
