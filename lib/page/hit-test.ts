/**
 * Highlights receive no events, so the mark under the pointer is found by asking the browser which
 * text position is under it, then looking that position up among the marks' offsets.
 */
import { firstIndex } from '../analyze/search.ts';
import type { PageMark } from './marks.ts';
import { offsetOf, type TextMap } from './text-map.ts';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The innermost shown mark at a string offset. Marks are sorted by start. */
export function markAtOffset(marks: PageMark[], shown: (m: PageMark) => boolean, offset: number): number {
  const last = firstIndex(marks.length, (i) => marks[i]!.start > offset) - 1;
  let best = -1;
  for (let i = last; i >= 0 && last - i < 64; i--) {
    const m = marks[i]!;
    if (m.end > offset && shown(m) && (best < 0 || m.end - m.start < marks[best]!.end - marks[best]!.start)) best = i;
  }
  return best;
}

export function markAtPoint(
  doc: Document,
  map: TextMap,
  index: Map<Text, number>,
  marks: PageMark[],
  shown: (m: PageMark) => boolean,
  x: number,
  y: number,
): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  const offset = offsetOf(map, index, caret.node, caret.offset);
  return offset < 0 ? -1 : markAtOffset(marks, shown, offset);
}
