/**
 * Paragraphs and sentences with offsets. News text comes one paragraph a line, or in blocks
 * separated by blank lines that may be hard-wrapped; both are read here.
 */
import type { Span } from './types.ts';
import { isPunct, isWord, type Token } from './tokens.ts';

/** Marks that end a line of prose; a hard-wrapped paragraph's lines mostly end without one. */
const TERMINAL = '.!?:;"”’)]…';

/** The line's last visible character ends a sentence or a clause. */
function endsTerminally(text: string, line: Span): boolean {
  let k = line.end - 1;
  while (k >= line.start && isSpace(text.charCodeAt(k))) k--;
  return k >= line.start && TERMINAL.includes(text[k]!);
}

/** The line opens with a lower-case letter or a digit: the rest of a sentence. */
function opensLowerCase(text: string, line: Span): boolean {
  const c = text[line.start]!;
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/** Splits text into paragraph spans (trimmed, never empty). */
export function splitParagraphs(text: string): Span[] {
  const lines: Span[] = [];
  // Lines end at "\n" (a "\r" before it is trimmed as space); text broken by "\r" alone reads it so.
  const breakChar = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  let at = 0;
  for (let i = text.indexOf(breakChar); i >= 0; i = text.indexOf(breakChar, at)) {
    lines.push({ start: at, end: i });
    at = i + 1;
  }
  lines.push({ start: at, end: text.length });
  const paragraphs: Span[] = [];
  let block: Span[] = [];
  const flush = () => {
    if (block.length === 0) return;
    // A hard-wrapped paragraph breaks mid-sentence, so its lines mostly run on into a lower-case
    // word; lines of a page (a byline, a credit, a headline in capitals) open with capitals.
    let runsOn = 0;
    for (let k = 1; k < block.length; k++) if (!endsTerminally(text, block[k - 1]!) && opensLowerCase(text, block[k]!)) runsOn++;
    const wrapped = block.length > 2 && runsOn >= (block.length - 1) / 2;
    if (wrapped) paragraphs.push({ start: block[0]!.start, end: block.at(-1)!.end });
    else paragraphs.push(...block);
    block = [];
  };
  for (const line of lines) {
    const trimmed = trimSpan(text, line);
    if (trimmed.start === trimmed.end) flush();
    else block.push(trimmed);
  }
  flush();
  return paragraphs;
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0xfeff;

/** Words that open a sentence, so that "U.S. The" or "Inc. He" ends one after the abbreviation. */
const STARTERS = new Set(
  'a after an and as at but for he her his however i if in it its many meanwhile most on one she some still that the their there these they this those two we when while yet'.split(' '),
);

/**
 * Splits a paragraph's tokens into sentences, as [first, last) token index pairs.
 * A full stop, question or exclamation mark ends a sentence when what follows starts a new one;
 * closing quotes and brackets after it stay with the sentence they close.
 */
export function splitSentences(tokens: Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let begin = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const mark = t.kind === 'p';
    if (mark && t.lower === '(') depth++;
    else if (mark && t.lower === ')') depth = Math.max(0, depth - 1);
    // Inside a short bracket no sentence ends: "Sen. Jack Reed (D-R.I.) said".
    if (depth > 0 && closesSoon(tokens, i, to)) continue;
    let ends = false;
    if (mark) ends = '.!?…'.includes(t.lower) && !(t.text === '.' && isInitial(tokens[i - 1], t));
    else if (t.kind === 'w' && t.text.endsWith('.') && t.text.length > 1) {
      // "U.S." or "Inc." ends a sentence only before a word that plainly opens one.
      const next = tokens[i + 1];
      ends = i + 1 < to && next !== undefined && next.cap && STARTERS.has(next.lower);
    }
    if (!ends) continue;
    let j = i + 1;
    while (j < to && isPunct(tokens[j], '"”’\')]».!?…') && tokens[j]!.start === tokens[j - 1]!.end) j++;
    const next = tokens[j];
    if (j < to && next !== undefined && !opensSentence(next, tokens[j + 1])) continue;
    out.push([begin, j]);
    begin = j;
    i = j - 1;
  }
  if (begin < to) out.push([begin, to]);
  return out;
}

/** A closing bracket within the next few tokens. */
function closesSoon(tokens: Token[], i: number, to: number): boolean {
  for (let k = i + 1; k < Math.min(to, i + 6); k++) if (isPunct(tokens[k], ')')) return true;
  return false;
}

/** "J. K. Rowling": a single capital letter right before the full stop is an initial. */
function isInitial(prev: Token | undefined, stop: Token): boolean {
  return prev !== undefined && prev.end === stop.start && prev.text.length === 1 && prev.cap;
}

function opensSentence(t: Token, after: Token | undefined): boolean {
  if (t.kind === 'n') return true;
  if (isWord(t)) return t.cap;
  // An opening quote or bracket: look at the word it opens.
  if (isPunct(t, '"“‘\'(«[—–-')) return after === undefined || !isWord(after) || after.cap || after.kind === 'n';
  return false;
}

/** Most words of four letters or more are capitalised, as in a headline: "Christie Calls Clinton ‘A Disgrace’". */
export function looksLikeTitleCase(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'w' || t.quote >= 0 || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
    // Prose shows itself within a few words: stop reading there.
    else if (words - caps >= 2 && (words - caps) * 4 > caps) return false;
  }
  return words >= 3 && caps >= words * 0.8;
}
