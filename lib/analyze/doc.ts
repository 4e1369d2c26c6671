/**
 * The working state the detectors share: the text read once into paragraphs, sentences and tokens,
 * and the marks each detector adds. `analyze` builds it, runs the detectors in order, and returns
 * the public Analysis.
 */
import { furnitureKind } from './detectors/furniture.ts';
import { firstIndex } from './search.ts';
import { looksLikeTitleCase, splitParagraphs, splitSentences } from './segment.ts';
import { tokenize, type Token } from './tokens.ts';
import { readBits } from './word-bits.ts';
import type { Attribution, NumberMark, OpinionMark, Paragraph, Quote, Sentence, Source } from './types.ts';

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Tokens of the prose paragraphs only; furniture has none. */
  tokens: Token[];
  /** For each sentence, its [first, last) token indices. */
  sentenceTokens: [number, number][];
  /** For each token, the sentence it belongs to. */
  tokenSentence: Int32Array;
  quotes: Quote[];
  /** For each quote, the first quote of the run of paragraphs it continues (itself if none). */
  quoteChain: number[];
  attributions: Attribution[];
  sources: Source[];
  numbers: NumberMark[];
  opinions: OpinionMark[];
  /** For each sentence: 0 not yet read, 1 prose, 2 a headline in title case. */
  titleCase: Int8Array;
}

export function readDoc(text: string): Doc {
  const paragraphs: Paragraph[] = splitParagraphs(text).map((span) => ({
    ...span,
    furniture: furnitureKind(text.slice(span.start, span.end)),
  }));
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const sentenceTokens: [number, number][] = [];
  paragraphs.forEach((p, index) => {
    if (p.furniture) return;
    const first = tokens.length;
    tokenize(text, p.start, p.end, tokens);
    for (const [a, b] of splitSentences(tokens, first, tokens.length)) {
      sentences.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, paragraph: index });
      sentenceTokens.push([a, b]);
    }
  });
  const tokenSentence = new Int32Array(tokens.length);
  sentenceTokens.forEach(([a, b], s) => tokenSentence.fill(s, a, b));
  readBits(tokens);
  return {
    text,
    paragraphs,
    sentences,
    tokens,
    sentenceTokens,
    tokenSentence,
    quotes: [],
    quoteChain: [],
    attributions: [],
    sources: [],
    numbers: [],
    opinions: [],
    titleCase: new Int8Array(sentences.length),
  };
}

/** Token i is the first word of its sentence, past any marks before it ("“Economists believe…"). */
export function isSentenceStart(doc: Doc, i: number): boolean {
  const [a] = doc.sentenceTokens[doc.tokenSentence[i]!]!;
  for (let k = a; k < i; k++) if (doc.tokens[k]!.kind !== 'p') return false;
  return true;
}

/** Index of the first token whose start is at or after `offset`. */
export const tokenAt = (tokens: Token[], offset: number) => firstIndex(tokens.length, (i) => tokens[i]!.start >= offset);

/** Sentence s is a headline in title case, read once and only when a detector asks. */
export function isTitleCase(doc: Doc, s: number): boolean {
  if (doc.titleCase[s] === 0) {
    const [a, b] = doc.sentenceTokens[s]!;
    doc.titleCase[s] = looksLikeTitleCase(doc.tokens, a, b) ? 2 : 1;
  }
  return doc.titleCase[s] === 2;
}
