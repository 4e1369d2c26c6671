/**
 * One pass of one regular expression turns prose into tokens with offsets. Everything after this
 * works on tokens, so the text is never scanned word by word twice.
 */
import { ABBREVIATIONS } from './lexicon/abbreviations.ts';

/** w: a word, n: a number (digits, perhaps with a currency sign), p: any other mark. */
export type TokenKind = 'w' | 'n' | 'p';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Index of the quote this token sits in, or -1. */
  quote: number;
}

const abbreviationPattern = ABBREVIATIONS.map((a) => `[${a[0]!.toUpperCase()}${a[0]}]${a.slice(1)}`).join('|');

// Order matters: abbreviations with their full stop, then dotted initialisms (U.S., a.m.), then
// numbers with separators, suffixes and hyphened words (42-year-old), then words, then any other mark.
const TOKEN = new RegExp(
  [
    `(?:${abbreviationPattern})\\.(?![\\p{L}\\p{N}])`,
    `(?:\\p{L}\\.){2,}`,
    `[$£€¥₹]?\\d+(?:[.,:/]\\d+)*(?:%|st|nd|rd|th|s)?(?:-[\\p{L}\\p{N}]+)*`,
    `[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*`,
    `\\S`,
  ].join('|'),
  'gu',
);

const UPPER = /\p{Lu}/u;

/** Appends the tokens of text[from, to) to `into`. Tokens never cross white space, so never `to`. */
export function tokenize(text: string, from = 0, to = text.length, into: Token[] = []): Token[] {
  const tokens = into;
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const s = m[0];
    const c = s.charCodeAt(0);
    const isDigit = (c >= 48 && c <= 57) || (s.length > 1 && /^[$£€¥₹]\d/.test(s));
    const isLetter = !isDigit && (s.length > 1 || /[\p{L}\p{N}]/u.test(s));
    tokens.push({
      start: m.index,
      end: m.index + s.length,
      text: s,
      lower: s.toLowerCase(),
      kind: isDigit ? 'n' : isLetter ? 'w' : 'p',
      cap: isLetter && UPPER.test(s[0]!),
      quote: -1,
    });
  }
  return tokens;
}

export const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind !== 'p';

export const isPunct = (t: Token | undefined, chars: string): boolean =>
  t !== undefined && t.kind === 'p' && chars.includes(t.text);

export const OPEN_QUOTES = '"“„«‘\'';
export const CLOSE_QUOTES = '"”»’\'';
