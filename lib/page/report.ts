/**
 * What the popup shows for a page: the figures, the sources, and for every figure the passages
 * behind it, each pointing at the mark to scroll to.
 */
import { firstIndex } from '../analyze/search.ts';
import type { Analysis, Kind, Span } from '../analyze/types.ts';
import type { PageReport, Passage, PassageGroup } from '../extension/messages.ts';
import type { PageMark } from './marks.ts';

const EXCERPT = 220;

export function buildReport(a: Analysis, marks: PageMark[], meta: { url: string; title: string; kinds: Record<Kind, boolean> }): PageReport {
  const markAt = new Map<string, number>();
  marks.forEach((m, i) => markAt.set(`${m.kind}:${m.start}`, i));
  const passages: Record<PassageGroup, Passage[]> = {
    attributed: [],
    unattributed: [],
    named: [],
    anonymous: [],
    documents: [],
    secondHand: [],
    sourcedNumbers: [],
    unsourcedNumbers: [],
    opinions: [],
    quotes: [],
  };
  const sentenceOf = (offset: number) => a.sentences[lastStartingBy(a.sentences, offset)];
  const excerpt = (span: Span) => {
    const s = sentenceOf(span.start) ?? span;
    const text = a.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    return text.length > EXCERPT ? text.slice(0, EXCERPT - 1) + '…' : text;
  };
  const add = (group: PassageGroup, kind: Kind, span: Span) => {
    const mark = markAt.get(`${kind}:${span.start}`);
    if (mark !== undefined) passages[group].push({ text: excerpt(span), mark });
  };
  const attributedSentences = new Set(a.attributions.map((x) => x.sentence));
  a.sentences.forEach((s, i) => {
    if (attributedSentences.has(i)) return;
    const first = lastStartingBy(marks, s.start - 1) + 1;
    passages.unattributed.push({ text: excerpt(s), mark: marks[first] && marks[first]!.start < s.end ? first : -1 });
  });
  a.attributions.forEach((at) => {
    add('attributed', 'cue', at.cue);
    if (at.via !== null) add('secondHand', 'cue', at.cue);
    if (!at.source) return;
    const type = at.sourceId === null ? at.sourceType : a.sources[at.sourceId]!.type;
    if (type === 'person' || type === 'organization') add('named', 'source', at.source);
    else if (type === 'document') add('documents', 'source', at.source);
    else if (type === 'anonymous') add('anonymous', 'source', at.source);
  });
  for (const n of a.numbers) add(n.sourced ? 'sourcedNumbers' : 'unsourcedNumbers', 'number', n);
  for (const o of a.opinions) add('opinions', 'opinion', o);
  for (const q of a.quotes) add('quotes', 'quote', q);
  return {
    status: 'ready',
    url: meta.url,
    title: meta.title,
    metrics: a.metrics,
    sources: a.sources
      .map((s, id) => ({
        id,
        name: s.name,
        type: s.type,
        count: s.attributions.length,
        via: [...new Set(s.attributions.map((k) => a.attributions[k]!.via).filter((v): v is number => v !== null).map((v) => a.attributions[v]!.sourceId).filter((x): x is number => x !== null).map((x) => a.sources[x]!.name))],
      }))
      .filter((s) => s.count > 0)
      .sort((x, y) => y.count - x.count),
    passages,
    kinds: meta.kinds,
  };
}

/** Index of the last span starting at or before `offset` in a list sorted by start (-1 if none). */
const lastStartingBy = (spans: Span[], offset: number) => firstIndex(spans.length, (i) => spans[i]!.start > offset) - 1;

export function emptyReport(status: 'no-article' | 'off', meta: { url: string; title: string; kinds: Record<Kind, boolean> }): PageReport {
  return {
    status,
    url: meta.url,
    title: meta.title,
    metrics: null,
    sources: [],
    passages: { attributed: [], unattributed: [], named: [], anonymous: [], documents: [], secondHand: [], sourcedNumbers: [], unsourcedNumbers: [], opinions: [], quotes: [] },
    kinds: meta.kinds,
  };
}
