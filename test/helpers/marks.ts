/** Prints an analysis as one readable line a mark, so tests read like the marks a person sees. */
import { analyze, type Analysis } from '../../lib/analyze/index.ts';

const slice = (a: Analysis, s: { start: number; end: number }) => a.text.slice(s.start, s.end);

/** `source "Peskov" person → Dmitry Peskov`, `cue "told reporters"`, `via "Reuters"`. */
export function attributionLines(a: Analysis): string[] {
  return a.attributions.flatMap((at) => {
    const lines = [`cue "${slice(a, at.cue)}"`];
    if (at.source) {
      const entity = at.sourceId === null ? null : a.sources[at.sourceId]!;
      const resolved = entity && entity.name.toLowerCase() !== slice(a, at.source).toLowerCase() ? ` → ${entity.name}` : '';
      lines.push(`source "${slice(a, at.source)}" ${at.sourceType}${resolved}`);
    } else lines.push('source none');
    if (at.via !== null) lines.push(`via "${slice(a, a.attributions[at.via]!.source ?? a.attributions[at.via]!.cue)}"`);
    return lines;
  });
}

export const numberLines = (a: Analysis) => a.numbers.map((n) => `number "${slice(a, n)}" ${n.category} ${n.sourced ? 'sourced' : 'unsourced'}`);
export const opinionLines = (a: Analysis) => a.opinions.map((o) => `opinion "${slice(a, o)}" ${o.subtype}`);
export const quoteLines = (a: Analysis) =>
  a.quotes.map((q) => `quote "${slice(a, q)}"${q.speaker === null ? '' : ` ← ${a.sources[q.speaker]!.name}`}`);

export const marksOf = (text: string, lines: (a: Analysis) => string[]) => lines(analyze(text));
