/**
 * The marks a reader sees, in text order, each with the highlight that paints it and the plain
 * words that explain it: "Source: Dmitry Peskov — a named person, 5 attributions on this page — via Reuters".
 */
import type { Analysis, Kind } from '../analyze/types.ts';
import { NUMBER_LABEL, OPINION_LABEL, SOURCE_TYPE_LABEL } from '../analyze/labels.ts';

export interface PageMark {
  kind: Kind;
  start: number;
  end: number;
  /** The CSS highlight name that paints it (one per kind, and per source type or number status). */
  highlight: string;
  title: string;
  detail: string;
  /** For sources and cues: the source entity. */
  source: number | null;
}

export const HIGHLIGHTS = [
  'sayso-source-person',
  'sayso-source-organization',
  'sayso-source-document',
  'sayso-source-anonymous',
  'sayso-source-pronoun',
  'sayso-cue',
  'sayso-quote',
  'sayso-number-sourced',
  'sayso-number-unsourced',
  'sayso-opinion',
] as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function buildMarks(a: Analysis): PageMark[] {
  const marks: PageMark[] = [];
  const nameOf = (id: number | null) => (id === null ? null : a.sources[id]!.name);
  const viaOf = (k: number) => {
    const via = a.attributions[k]!.via;
    return via === null ? null : nameOf(a.attributions[via]!.sourceId);
  };
  const seenSource = new Set<number>();
  a.attributions.forEach((at, k) => {
    const who = nameOf(at.sourceId);
    marks.push({
      kind: 'cue',
      ...at.cue,
      highlight: 'sayso-cue',
      title: 'Attribution',
      detail: who ? `ties what is reported to ${who}` : 'the text does not say who',
      source: at.sourceId,
    });
    if (!at.source || seenSource.has(at.source.start)) return;
    seenSource.add(at.source.start);
    const entity = at.sourceId === null ? null : a.sources[at.sourceId]!;
    const type = at.sourceType ?? 'anonymous';
    const via = viaOf(k);
    const parts = [
      entity ? `${SOURCE_TYPE_LABEL[entity.type]}, ${plural(entity.attributions.length, 'attribution')} on this page` : SOURCE_TYPE_LABEL[type],
      type === 'pronoun' && entity && entity.type !== 'pronoun' ? `"${a.text.slice(at.source.start, at.source.end)}" refers to ${entity.name}` : null,
      via ? `via ${via}` : null,
    ].filter(Boolean);
    marks.push({
      kind: 'source',
      ...at.source,
      highlight: `sayso-source-${type}`,
      title: `Source: ${entity?.name ?? a.text.slice(at.source.start, at.source.end)}`,
      detail: parts.join(' — '),
      source: at.sourceId,
    });
  });
  for (const q of a.quotes) {
    const who = nameOf(q.speaker);
    marks.push({ kind: 'quote', start: q.start, end: q.end, highlight: 'sayso-quote', title: 'Quote', detail: who ? `the words of ${who}` : 'the text does not say who is quoted', source: q.speaker });
  }
  for (const n of a.numbers) {
    marks.push({
      kind: 'number',
      start: n.start,
      end: n.end,
      highlight: n.sourced ? 'sayso-number-sourced' : 'sayso-number-unsourced',
      title: `Number (${NUMBER_LABEL[n.category]}), ${n.sourced ? 'sourced' : 'unsourced'}`,
      detail: n.sourced ? 'it sits in words the text attributes to someone' : 'nothing in this sentence says where it comes from',
      source: null,
    });
  }
  for (const o of a.opinions) {
    const label = OPINION_LABEL[o.subtype];
    marks.push({ kind: 'opinion', start: o.start, end: o.end, highlight: 'sayso-opinion', title: label.name, detail: label.why, source: null });
  }
  return marks.sort((x, y) => x.start - y.start || y.end - x.end);
}
