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
  /** The text in lower case; for a lone or doubled hyphen, the dash it stands for. */
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Index of the quote this token sits in, or -1. */
  quote: number;
  /** The classes of its lower-case form (word-bits.ts), set by readDoc; 0 for a number. */
  bits: number;
}

const ABBREVIATIONS_SET = new Set<string>(ABBREVIATIONS);
/** Abbreviations only before a number: "the No. 2 Republican", "Vol. 3" (else "No." ends a sentence). */
const BEFORE_NUMBERS = new Set(['no', 'nos', 'vol', 'fig']);
const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const CURRENCY = '$£€¥₹';

const isDigit = (c: number) => c >= 48 && c <= 57;
function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD.test(text[i]!);
}
/**
 * A character that ends a lower-case ASCII word with nothing more to read: no letter or digit, no
 * full stop (an abbreviation's?), apostrophe, hyphen or ’ (a word's inner joiners).
 */
const endsPlainly = (d: number) =>
  d < 128 ? d !== 46 && d !== 39 && d !== 45 && !((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) : d !== 0x2019 && (isSpace(d) || d === 0x201c || d === 0x201d || d === 0x2014 || d === 0x2013);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/**
 * Appends the tokens of text[from, to) to `into`, scanning character codes once: numbers with
 * separators and suffixes (1,000.5, 20%, 21st, 42-year-old), words with inner apostrophes and
 * hyphens, abbreviations with their full stop (Mr., Jan.), dotted initialisms (U.S.), and any
 * other mark as a token of its own.
 */
export function tokenize(text: string, from = 0, to = text.length, into: Token[] = []): Token[] {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    // Most tokens are lower-case ASCII words that end at a space or a plain mark: read inline,
    // with no second look at what follows and no change of case.
    if (c >= 97 && c <= 122) {
      let k = i + 1;
      let d = text.charCodeAt(k);
      while (k < to && ((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) d = text.charCodeAt(++k);
      if (k >= to || endsPlainly(d)) {
        const s = text.slice(start, k);
        into.push({ start, end: k, text: s, lower: s, kind: 'w', cap: false, quote: -1, bits: 0 });
        i = k;
        continue;
      }
    }
    let kind: TokenKind = 'p';
    if (isDigit(c) || ((c === 36 || c > 127) && CURRENCY.includes(text[i]!) && isDigit(text.charCodeAt(i + 1)))) {
      kind = 'n';
      i = scanNumber(text, isDigit(c) ? i : i + 1, to);
    } else if (isAlnum(text, i)) {
      kind = 'w';
      i = scanWord(text, i, to);
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : c === 45 && text.charCodeAt(i + 1) === 45 ? 2 : 1;
    }
    const s = text.slice(start, i);
    const first = s.charCodeAt(0);
    into.push({
      start,
      end: i,
      text: s,
      // A hyphen standing alone ("Smith - a spokesman - said") or doubled ("--") is a dash, and
      // so are the horizontal bar and figure dash.
      // ("the WHO", "WHO warns…": the World Health Organization keeps its capitals, so no rule reads it
      // as "who", unless the words around it are shouted too: "OFFICIALS WHO SAID".)
      lower: kind === 'p' ? (c === 45 ? '–' : c === 0x2015 || c === 0x2012 ? '—' : s) : kind === 'w' && (!mayFold || (s === 'WHO' && !shoutedBefore(into))) ? s : s.toLowerCase(),
      kind,
      cap: kind === 'w' && (first < 128 ? first >= 65 && first <= 90 : UPPER.test(s[0]!)),
      quote: -1,
      bits: 0,
    });
  }
  return into;
}

/** The token before is a word of two letters or more in capitals. */
function shoutedBefore(tokens: Token[]): boolean {
  const t = tokens.at(-1);
  return t !== undefined && t.kind === 'w' && t.text.length > 1 && t.text === t.text.toUpperCase();
}

function scanNumber(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  // Separators only between digits: 1,000.5, 10:30, 3/4.
  while (i + 1 < to && '.,:/'.includes(text[i]!) && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
  }
  const rest = text.slice(i, i + 2).toLowerCase();
  if (text[i] === '%') i++;
  else if (/^(st|nd|rd|th)$/.test(rest) && !isAlnum(text, i + 2)) i += 2;
  else if (rest[0] === 's' && !isAlnum(text, i + 1)) i++;
  // 42-year-old, 2015-16.
  while (i + 1 < to && text[i] === '-' && isAlnum(text, i + 1)) {
    i++;
    while (i < to && isAlnum(text, i)) i++;
  }
  return i;
}

/** ' ’ - inside a word. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/** Whether the word scanWord last read may change in lower case (a capital or a letter beyond ASCII). */
let mayFold = false;

function scanWord(text: string, i: number, to: number): number {
  const start = i;
  mayFold = false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits inline; anything else asks the Unicode test.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) {
      mayFold = true;
      continue;
    }
    if (c < 128 || !isAlnum(text, i)) break;
    mayFold = true;
  }
  // Most words end at a space or a comma: only a full stop or a joiner after one needs more reading.
  const after = text.charCodeAt(i);
  if (after !== 46 && !isJoiner(after)) return i;
  mayFold = true;
  // U.S., a.m.: single letters each followed by a full stop.
  if (i - start === 1 && text[i] === '.' && i + 2 < to + 1 && isAlnum(text, i + 1) && text[i + 2] === '.') {
    while (i + 2 <= to && text[i] === '.' && isAlnum(text, i + 1) && !isAlnum(text, i + 2) && text[i + 2] === '.') i += 2;
    return i + 1;
  }
  // Inner apostrophes and hyphens: Taliban's, don't, thirty-seven.
  while (i + 1 < to && isJoiner(text.charCodeAt(i)) && isAlnum(text, i + 1)) {
    i++;
    while (i < to && isAlnum(text, i)) i++;
  }
  // "R-N.Y.", "D-Mass.": a party and a state, the state's letters dotted.
  if (i - start <= 4 && text.charCodeAt(i) === 46 && isAlnum(text, i + 1) && text.charCodeAt(i + 2) === 46 && text.charCodeAt(i - 2) === 45) {
    while (i + 2 <= to && text.charCodeAt(i) === 46 && isAlnum(text, i + 1) && text.charCodeAt(i + 2) === 46) i += 2;
    return i + 1;
  }
  if (text.charCodeAt(i) === 46 && !isAlnum(text, i + 1)) {
    const word = text.slice(start, i).toLowerCase();
    if (ABBREVIATIONS_SET.has(word) || (BEFORE_NUMBERS.has(word) && isDigitAt(text, text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1))) i++;
  }
  return i;
}

const isDigitAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
};

/** The lower-case form of token k, or '' past either end. */
export const lowerAt = (tokens: readonly Token[], k: number): string => tokens[k]?.lower ?? '';
export const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind !== 'p';

/** A word of two letters or more in capitals: "BRUSSELS", "MIKE PENCE:", "WOW". */
export const isShouted = (t: Token | undefined): boolean => t !== undefined && t.kind !== 'p' && t.text.length > 1 && t.text === t.text.toUpperCase();

/** Nouns in -ly: "The family said", "a rally in Ohio". */
export const NOUNS_IN_LY = new Set('ally anomaly assembly belly bully family fly folly homily lily monopoly rally reply supply tally'.split(' '));

/** Verbs in -ly: "the rules apply", "they rely on". */
const VERBS_IN_LY = new Set('apply comply imply multiply rely'.split(' '));

/**
 * A lower-case word in -ly of five letters or more: "repeatedly", "falsely" (not "only", "Kelly",
 * "family", "apply"; nor "no-fly", whose last part is too short to be an adverb).
 */
export const isAdverb = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'w' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !NOUNS_IN_LY.has(t.lower) && !VERBS_IN_LY.has(t.lower) && t.lower.length - t.lower.lastIndexOf('-') > 5;

/** A mark among `chars`, read in its normal form (a lone or doubled hyphen as a dash). */
export const isPunct = (t: Token | undefined, chars: string): boolean =>
  t !== undefined && t.kind === 'p' && chars.includes(t.lower);

export const OPEN_QUOTES = '"“„«‘\'';
export const CLOSE_QUOTES = '"”»’\'';

/** A token inside a quotation, or a closing quote mark ("“" too, which some writers close with). */
export const closesQuote = (t: Token) => t.quote >= 0 || (t.kind === 'p' && '”"’\'“'.includes(t.text));
