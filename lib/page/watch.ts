/**
 * Follows changes to the article: when its text changes, sayso analyses again, debounced and in
 * idle time so typing or a live blog's updates never wait on it. sayso's own painting is paused out.
 */

const DEBOUNCE_MS = 400;

export interface Watcher {
  watch(elements: Element[]): void;
  /** Runs `fn` without reporting the changes it makes. */
  pause(fn: () => void): void;
}

export function watchArticle(win: Window & typeof globalThis, signal: AbortSignal, onChange: () => void): Watcher {
  let targets: Element[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const idle = (win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(() => !signal.aborted && onChange(), { timeout: 2000 });
      else if (!signal.aborted) onChange();
    }, DEBOUNCE_MS);
  };
  const observer = new win.MutationObserver((records) => {
    if (records.some((r) => r.type === 'characterData' || r.addedNodes.length > 0 || r.removedNodes.length > 0)) schedule();
  });
  const connect = () => {
    for (const el of targets) observer.observe(el, { subtree: true, childList: true, characterData: true });
  };
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
  return {
    watch(elements) {
      observer.disconnect();
      // Watch each block's parent, so blocks added beside them are seen too.
      targets = [...new Set(elements.map((e) => e.parentElement ?? e))];
      if (!signal.aborted) connect();
    },
    pause(fn) {
      observer.disconnect();
      try {
        fn();
      } finally {
        observer.takeRecords();
        if (!signal.aborted) connect();
      }
    },
  };
}
