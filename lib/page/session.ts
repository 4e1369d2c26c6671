/**
 * sayso on one page: find the article, analyse it, paint the marks, explain them on hover and on
 * keyboard steps, follow changes to the article, and take everything away again. One AbortSignal
 * ends it all.
 */
import { analyze } from '../analyze/index.ts';
import type { Kind } from '../analyze/types.ts';
import type { PageReport } from '../extension/messages.ts';
import type { Palette, Settings } from '../extension/settings.ts';
import { findArticleBlocks } from './find-article.ts';
import { markAtPoint } from './hit-test.ts';
import { buildMarks, type PageMark } from './marks.ts';
import { adoptStyles, createPainter, type PageWindow } from './paint.ts';
import { buildReport, emptyReport } from './report.ts';
import { markStyles } from './styles.ts';
import { buildTextMap, nodeIndex, rangeFor, type TextMap } from './text-map.ts';
import { createTooltip } from './tooltip.ts';
import { watchArticle } from './watch.ts';

export interface SessionOptions {
  doc: Document;
  win: PageWindow;
  settings: Settings;
  signal: AbortSignal;
  /** Called after each analysis, with the count of distinct sources (null when nothing is shown). */
  onAnalysed?: (sources: number | null) => void;
}

export interface Session {
  report(): PageReport;
  showKinds(kinds: Record<Kind, boolean>): void;
  setPalette(palette: Palette): void;
  reveal(mark: number): void;
  revealSource(source: number): void;
  step(direction: 1 | -1): void;
  switchOn(on: boolean): void;
}

interface State {
  map: TextMap;
  index: Map<Text, number>;
  marks: PageMark[];
  ranges: (Range | null)[];
  report: PageReport;
}

const FLASH_MS = 1600;

export function startSession(opts: SessionOptions): Session {
  const { doc, win, signal } = opts;
  let kinds = { ...opts.settings.kinds };
  let on = !opts.settings.off.includes(win.location.origin);
  let state: State | null = null;
  let focus = -1;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const painter = createPainter(doc, win);
  const tooltip = createTooltip(doc);
  let dropStyles = adoptStyles(doc, win, markStyles(opts.settings.palette));
  const meta = () => ({ url: win.location.href, title: doc.title, kinds });
  const shown = (m: PageMark) => kinds[m.kind];
  const visible = (el: Element) => (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true);

  const run = () => {
    if (!on || signal.aborted) return;
    const blocks = findArticleBlocks(doc, visible);
    if (blocks.length === 0) {
      state = null;
      painter.clear();
      opts.onAnalysed?.(null);
      return;
    }
    const map = buildTextMap(blocks);
    const analysis = analyze(map.text);
    const marks = buildMarks(analysis);
    state = { map, index: nodeIndex(map), marks, ranges: marks.map((m) => rangeFor(map, doc, m.start, m.end)), report: buildReport(analysis, marks, meta()) };
    watcher.watch(blocks.map((b) => b.element));
    paint();
    opts.onAnalysed?.(analysis.sources.filter((s) => s.attributions.length > 0).length);
  };

  const paint = () => {
    if (!state) return;
    const groups = new Map<string, Range[]>();
    state.marks.forEach((m, i) => {
      const range = state!.ranges[i];
      if (!range || !shown(m)) return;
      const list = groups.get(m.highlight) ?? [];
      list.push(range);
      groups.set(m.highlight, list);
    });
    const focused = focus >= 0 ? state.ranges[focus] : null;
    if (focused) groups.set('sayso-focus', [focused]);
    watcher.pause(() => painter.paint(groups));
  };

  const watcher = watchArticle(win, signal, () => run());

  const explain = (i: number, near?: DOMRect) => {
    const m = state?.marks[i];
    const range = state?.ranges[i];
    if (!m || !range) return tooltip.hide();
    tooltip.show(m.title, m.detail, near ?? range.getBoundingClientRect());
  };

  let pending = false;
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (pending || !state) return;
      pending = true;
      const { clientX: x, clientY: y } = e;
      win.requestAnimationFrame(() => {
        pending = false;
        if (!state) return;
        const i = markAtPoint(doc, state.map, state.index, state.marks, shown, x, y);
        const rect = i >= 0 ? [...(state.ranges[i]?.getClientRects() ?? [])].find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) : undefined;
        if (rect) explain(i, rect);
        else if (focus < 0) tooltip.hide();
      });
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (e) => e.key === 'Escape' && (focus = -1, tooltip.hide(), paint()), { signal });

  const reveal = (i: number) => {
    const range = state?.ranges[i];
    if (!range) return;
    focus = i;
    paint();
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    explain(i);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => {
      if (focus === i) {
        focus = -1;
        paint();
        tooltip.hide();
      }
    }, FLASH_MS);
  };

  signal.addEventListener('abort', () => {
    clearTimeout(flashTimer);
    painter.clear();
    tooltip.hide();
    dropStyles();
  });

  run();

  return {
    report: () => (!on ? emptyReport('off', meta()) : state ? { ...state.report, kinds } : emptyReport('no-article', meta())),
    showKinds(next) {
      kinds = { ...next };
      paint();
    },
    setPalette(palette) {
      dropStyles();
      dropStyles = adoptStyles(doc, win, markStyles(palette));
    },
    reveal,
    revealSource(source) {
      const i = state?.marks.findIndex((m) => m.kind === 'source' && m.source === source) ?? -1;
      if (i >= 0) reveal(i);
    },
    step(direction) {
      if (!state) return;
      const n = state.marks.length;
      for (let k = 1; k <= n; k++) {
        const i = (((focus < 0 && direction < 0 ? 0 : focus) + direction * k) % n + n) % n;
        if (shown(state.marks[i]!) && state.ranges[i]) return reveal(i);
      }
    },
    switchOn(next) {
      if (next === on) return;
      on = next;
      if (on) run();
      else {
        state = null;
        painter.clear();
        tooltip.hide();
        opts.onAnalysed?.(null);
      }
    },
  };
}
