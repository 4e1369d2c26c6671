/**
 * sayso's analyser: English news prose in, marks out. Pure: no DOM, no browser, only offsets
 * into the string it was given, so the page, the draft checker and the CLI share it.
 */
import { detectAttributions } from './detectors/attributions.ts';
import { detectNumbers } from './detectors/numbers.ts';
import { detectOpinion } from './detectors/opinion.ts';
import { detectQuotes } from './detectors/quotes.ts';
import { readDoc, type Doc } from './doc.ts';
import { computeMetrics } from './metrics.ts';
import type { Analysis } from './types.ts';

export type Detector = (doc: Doc) => void;

/** The detectors, in the order they run: each may read what the earlier ones found. */
export const DETECTORS: readonly Detector[] = [detectQuotes, detectAttributions, detectNumbers, detectOpinion];

export function analyze(text: string): Analysis {
  const doc = readDoc(text);
  for (const detect of DETECTORS) detect(doc);
  return {
    text,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    quotes: doc.quotes,
    attributions: doc.attributions,
    sources: doc.sources,
    numbers: doc.numbers,
    opinions: doc.opinions,
    metrics: computeMetrics(doc),
  };
}

export { findings } from './findings.ts';
export type * from './types.ts';
