/**
 * Whether each number is sourced: it lies in content that an attribution with a source covers, or
 * in a quotation whose speaker is known. Intervals are merged once so each number is one binary search.
 */
import type { Doc } from '../doc.ts';
import { firstIndex } from '../search.ts';
import type { Span } from '../types.ts';

export function markSourced(doc: Doc): void {
  const covered: Span[] = [];
  // (Content the text gives to no one, "after allegations that he took $3 million", sources nothing.)
  for (const a of doc.attributions) if (a.content && a.source) covered.push(a.content);
  for (const q of doc.quotes) if (q.speaker !== null || q.attribution !== null) covered.push(q);
  const merged = mergeSpans(covered);
  for (const n of doc.numbers) n.sourced = contains(merged, n);
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function contains(merged: Span[], span: Span): boolean {
  const m = merged[firstIndex(merged.length, (i) => merged[i]!.end > span.start)];
  return m !== undefined && span.start >= m.start && span.end <= m.end;
}
