/**
 * The page's summary figures, derived from the marks: how much of it is attributed, to whom,
 * how many numbers say where they come from, and how much of the wording is the writer's own.
 */
import type { Doc } from './doc.ts';
import { mergeSpans } from './detectors/sourced.ts';
import type { Metrics, OpinionType, SourceType } from './types.ts';

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const per100 = (count: number, words: number) => (words === 0 ? 0 : (100 * count) / words);

export function computeMetrics(doc: Doc): Metrics {
  const words = doc.tokens.reduce((n, t) => n + (t.kind === 'p' ? 0 : 1), 0);
  const sourcesByType: Record<SourceType, number> = { person: 0, organization: 0, document: 0, anonymous: 0, pronoun: 0 };
  for (const s of doc.sources) sourcesByType[s.type]++;
  const opinionsByType: Record<OpinionType, number> = { hedge: 0, weasel: 0, evaluative: 0, intensifier: 0, loaded: 0 };
  for (const o of doc.opinions) opinionsByType[o.subtype]++;
  const named = sourcesByType.person + sourcesByType.organization;
  return {
    words,
    sentences: doc.sentences.length,
    attributions: doc.attributions.length,
    attributedSentenceShare: share(attributedSentences(doc), doc.sentences.length),
    attributionsPer100Words: per100(doc.attributions.length, words),
    sources: doc.sources.length,
    sourcesByType,
    namedSourceShare: share(named, doc.sources.length),
    secondHandShare: share(doc.attributions.filter((a) => a.via !== null).length, doc.attributions.length),
    quotes: doc.quotes.length,
    numbers: doc.numbers.length,
    sourcedNumberShare: share(doc.numbers.filter((n) => n.sourced).length, doc.numbers.length),
    opinions: doc.opinions.length,
    opinionsPer100Words: per100(doc.opinions.length, words),
    opinionsByType,
  };
}

/** Sentences that hold a cue, or lie inside a quotation whose speaker is known. */
function attributedSentences(doc: Doc): number {
  const marked = new Uint8Array(doc.sentences.length);
  for (const a of doc.attributions) marked[a.sentence] = 1;
  const quoted = mergeSpans(doc.quotes.filter((q) => q.speaker !== null || q.attribution !== null));
  let q = 0;
  doc.sentences.forEach((s, i) => {
    while (q < quoted.length && quoted[q]!.end <= s.start) q++;
    const cover = quoted[q];
    if (cover && cover.start <= s.start + 1 && cover.end >= s.end - 2) marked[i] = 1;
  });
  return marked.reduce((n, m) => n + m, 0);
}
