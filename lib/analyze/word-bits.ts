/**
 * Every word's classes as bits, looked up once a token: readDoc hashes each word once and stores
 * its bits on the token (Token.bits), so a detector asking "a determiner?", "a form of be?" or "may
 * this open a cue?" tests a bit instead of hashing the word again. Each module marks its own words
 * when it loads; the bits themselves are all named here, so no two classes share one.
 */
import type { Token } from './tokens.ts';

/** What a word may open, for the detectors that look every word up: a cue, a number, an opinion. */
export const STARTS_CUE = 1 << 0;
export const STARTS_NUMBER = 1 << 1;
export const STARTS_OPINION = 1 << 2;
/** The second word of an opinion phrase ("most likely": "likely"). */
export const SECOND_OPINION = 1 << 3;
/** A form of "be" or a verb that links as it does, which may open an attitude ("is confident that", "remain wary of"). */
export const LINKS_STATE = 1 << 4;
/** Word classes (word-classes.ts): "the", "some"; "one" to "twelve"; "he", "they’re"; "came", "taken"; "taken" alone. */
export const DETERMINER = 1 << 5;
export const SMALL_NUMBER = 1 << 6;
export const SUBJECT_PRONOUN = 1 << 7;
export const COMMON_PAST = 1 << 8;
export const PARTICIPLE = 1 << 9;
/** A clause word (lexicon/clause-words.ts): "about", "which", "would". */
export const CLAUSE_WORD = 1 << 10;
/** A word of time, singular or plural (sentence-subject.ts): "Tuesday", "weeks". */
export const TIME_WORD = 1 << 11;
/** Words that join a noun phrase's parts (phrase.ts): "of", "for", "familiar". */
export const INNER_WORD = 1 << 12;
/** Prepositions that end a phrase's head (phrase.ts): "by", "since", "against". */
export const PREPOSITION = 1 << 13;
/** "his", "their" (word-classes.ts). */
export const POSSESSIVE_PRONOUN = 1 << 14;
/** The forms of "be" (passives.ts). */
export const BE_FORM = 1 << 15;
/** The head of a document (lexicon/words.ts DOCUMENTS): "report", "poll". */
export const DOCUMENT_WORD = 1 << 16;
/** A preposition or time word that links a phrase of time or place to a clause (sentence-subject.ts): "during", "last". */
export const LINKING_PREPOSITION = 1 << 17;
/** Phrase.ts's particles ("out", "up"), articles ("the", "a", "an") and quantifiers that open a phrase ("many"). */
export const PARTICLE = 1 << 18;
export const ARTICLE = 1 << 19;
export const OPENING_QUANTIFIER = 1 << 20;

const WORD_BITS = new Map<string, number>();
/**
 * Whether any marked word has this length and these first and last letters: a word with none is
 * looked up no further (about a quarter of the words of news prose are spared the hashing).
 */
const MAY_HAVE = new Uint8Array(32 * 32 * 32);
const shapeOf = (w: string) => (Math.min(w.length, 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);

export function markWords(words: Iterable<string>, bit: number): void {
  for (const w of words) {
    WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit);
    MAY_HAVE[shapeOf(w)] = 1;
  }
}

/** Sets each word token's bits from its lower-case form: the one lookup a word gets. */
export function readBits(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    // (The shape is worked out inline: this loop runs once a token.)
    if (t.kind !== 'n' && MAY_HAVE[(Math.min(w.length, 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31)]) t.bits = WORD_BITS.get(w) ?? 0;
  }
}
