/**
 * The working state the detectors share: the text read once into paragraphs, sentences and tokens,
 * and the marks each detector adds. `analyze` builds it, runs the detectors in order, and returns
 * the public Analysis.
 */
import { furnitureKind } from './detectors/furniture.ts';
import { firstIndex } from './search.ts';
import { looksLikeTitleCase, splitParagraphs, splitSentences } from './segment.ts';
import { tokenize, type Token } from './tokens.ts';
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
  /** For each token, the WORD_STARTS bits of its lower-case form: what it may open. */
  wordBits: Uint8Array;
}

/**
 * What a word may open, for the detectors that look every word up: a cue, a number, an opinion.
 * Each detector marks its own words once; readDoc then looks each token up once, not once a detector.
 */
export const STARTS_CUE = 1;
export const STARTS_NUMBER = 2;
export const STARTS_OPINION = 4;
/** The second word of an opinion phrase ("most likely": "likely"). */
export const SECOND_OPINION = 8;
/** A form of "be" or a verb that links as it does, which may open an attitude ("is confident that", "remain wary of"). */
export const LINKS_STATE = 16;
const WORD_STARTS = new Map<string, number>();
/**
 * Whether any marked word has this length and these first and last letters: a word with none is
 * looked up no further (about a quarter of the words of news prose are spared the hashing).
 */
const MAY_START = new Uint8Array(32 * 32 * 32);
const shapeOf = (w: string) => (Math.min(w.length, 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);

export function markWordStarts(words: Iterable<string>, bit: number): void {
  for (const w of words) {
    WORD_STARTS.set(w, (WORD_STARTS.get(w) ?? 0) | bit);
    MAY_START[shapeOf(w)] = 1;
  }
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
  const wordBits = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'n' && MAY_START[shapeOf(t.lower)]) wordBits[i] = WORD_STARTS.get(t.lower) ?? 0;
  }
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
    wordBits,
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
