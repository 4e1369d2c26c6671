/**
 * The Analysis flattened into the label spec's marks: source, cue, quote, number and opinion
 * spans, in text order. The CLI, the evaluation and the page painter all read marks this way.
 */
import type { Analysis, Finding, Kind, Span } from './types.ts';

export function findings(analysis: Analysis): Finding[] {
  const out: Finding[] = [];
  const add = (kind: Kind, span: Span) => out.push({ kind, start: span.start, end: span.end, text: analysis.text.slice(span.start, span.end) });
  const seenSources = new Set<number>();
  for (const a of analysis.attributions) {
    add('cue', a.cue);
    if (a.source && !seenSources.has(a.source.start)) {
      seenSources.add(a.source.start);
      add('source', a.source);
    }
  }
  for (const q of analysis.quotes) add('quote', q);
  for (const n of analysis.numbers) add('number', n);
  for (const o of analysis.opinions) add('opinion', o);
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
