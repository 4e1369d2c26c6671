/**
 * Numbers: digits, number words and their compounds, with the approximator before them and the
 * unit after ("over a hundred", "two decades", "$3 million", "42-year-old", "one in five").
 * Idioms are not numbers ("one of the few", "one way or another").
 */
import { isSentenceStart, type Doc } from '../doc.ts';
import { markWords, STARTS_NUMBER } from '../word-bits.ts';
import { APPROXIMATORS } from '../lexicon/approximators.ts';
import { CURRENCIES } from '../lexicon/currencies.ts';
import { phraseIndex } from '../lexicon/index.ts';
import { IDENTIFIER_HEADS } from '../lexicon/identifier-heads.ts';
import { MEASURE_UNITS } from '../lexicon/measure-units.ts';
import { MONTHS } from '../lexicon/months.ts';
import { NUMBER_IDIOMS } from '../lexicon/number-idioms.ts';
import { NUMBER_WORDS } from '../lexicon/number-words.ts';
import { ORDINAL_WORDS } from '../lexicon/ordinal-words.ts';
import { TIME_UNITS } from '../lexicon/time-units.ts';
import { isClauseWord } from '../word-classes.ts';
import { isPunct, type Token } from '../tokens.ts';
import type { NumberCategory } from '../types.ts';
import { markSourced } from './sourced.ts';

const CARDINAL = new Set<string>(NUMBER_WORDS);
const SCALE = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'bn', 'tn', 'm', 'k']);
const ORDINAL = new Set<string>(ORDINAL_WORDS);
const FRACTION = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifths', 'sixths', 'sevenths', 'eighths', 'ninths', 'tenths', 'hundredths', 'thousandths']);
/** Ordinals that name a part after "a": "about a fifth since 2019", "a tenth of the budget" (not "a fifth term"). */
const PART_ORDINALS_AFTER_A = new Set(['fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'hundredth', 'thousandth']);
const AFTER_PART = /^(of|since|in|from|to|by|over|on|than|and|or|last|this|a|an|the)$/;
/** "a fifth" at i: an article and an ordinal that names a part, with no noun after it. */
const isArticleBeforePart = (tokens: Token[], i: number) =>
  /^(a|an|one)$/.test(tokens[i]?.lower ?? '') && PART_ORDINALS_AFTER_A.has(tokens[i + 1]?.lower ?? '') && (tokens[i + 2] === undefined || tokens[i + 2]!.kind === 'p' || AFTER_PART.test(tokens[i + 2]!.lower));
const IDENTIFIERS = new Set<string>(IDENTIFIER_HEADS);
const PLURAL_SCALES = /^(tens|dozens|hundreds|thousands|millions|billions)$/;
/** Ordinals that name a part of a game or a year: "the second half", "the fourth quarter". */
const PART_ORDINALS = /^(first|second|third|fourth|final|last|opening)$/;
const TIME = new Set<string>(TIME_UNITS);
const MEASURE = new Set<string>(MEASURE_UNITS);
const CURRENCY = new Set<string>(CURRENCIES);
const MONTH = new Set<string>(MONTHS);
/** Approximator phrases indexed by their last word, to be matched leftwards from a number. */
const APPROX_BY_LAST = phraseIndex(APPROXIMATORS.map((p) => p.split(' ').reverse().join(' ')));
interface Idiom {
  words: string[];
  /** Where the word it is filed under stands in it. */
  at: number;
}
/**
 * Idioms by each word they hold and the word after it ('' when it ends the idiom), so "one" (in
 * most of them) is checked only against the idioms that go on as the text does.
 */
const IDIOMS = new Map<string, Map<string, Idiom[]>>();
for (const idiom of NUMBER_IDIOMS) {
  const words = idiom.split(' ');
  for (const w of new Set(words)) {
    const at = words.indexOf(w);
    const byNext = IDIOMS.get(w) ?? IDIOMS.set(w, new Map()).get(w)!;
    const next = words[at + 1] ?? '';
    byNext.set(next, [...(byNext.get(next) ?? []), { words, at }]);
  }
}

/** "seven", "thirty-seven", and "two-thirds": a cardinal, a compound of cardinals, or a count of parts. */
const isNumberWord = (w: string) => CARDINAL.has(w) || (w.includes('-') && w.split('-').every((p, k, parts) => CARDINAL.has(p) || (k === parts.length - 1 && FRACTION.has(p))));
const isDigits = (t: Token | undefined) => t !== undefined && t.kind === 'n';

export function detectNumbers(doc: Doc): void {
  findNumbers(doc);
  markSourced(doc);
}

/**
 * The scan over every token, a function of its own: compiled while its loop runs, it would
 * otherwise carry the marking of sourced numbers compiled before that had ever run, and fall back
 * to slow code on every later call.
 */
function findNumbers(doc: Doc): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === 'p' || !mayStartNumber(tokens[i]!, tokens[i + 1])) continue;
    const found = numberAt(doc, i);
    if (!found) continue;
    doc.numbers.push({ start: tokens[found.first]!.start, end: tokens[found.last]!.end, category: found.category, sourced: false });
    i = found.last;
  }
}

interface Found {
  first: number;
  last: number;
  category: NumberCategory;
}

/** Every word that can open a number, for one lookup a token. */
markWords([...CARDINAL, ...ORDINAL, ...MONTH, ...[...MONTH].map((m) => m + '.')], STARTS_NUMBER);

/** Cheap test first: most tokens are not numbers. */
function mayStartNumber(t: Token, next: Token | undefined): boolean {
  if (t.kind === 'n') return true;
  if (t.kind !== 'w') return false;
  const w = t.lower;
  if (t.bits & STARTS_NUMBER) return true;
  const c = w.charCodeAt(0);
  // "a hundred", "an eighth", "thirty-seven", "Jan."
  if (c === 97) return isArticleBeforeScale(t, next) || isArticleBeforeTime(t, next) || PART_ORDINALS_AFTER_A.has(next?.lower ?? '');
  // (The shortest cardinal has three letters: "six-", "ten-".)
  const hyphen = w.length > 4 ? w.indexOf('-', 3) : -1;
  return hyphen > 0 && CARDINAL.has(w.slice(0, hyphen));
}

function numberAt(doc: Doc, i: number): Found | null {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  // A number never runs past its sentence's last token.
  const end = doc.sentenceTokens[doc.tokenSentence[i]!]![1];
  let category: NumberCategory = 'count';
  let last = i;
  if (MONTH.has(t.lower.replace(/\.$/, '')) && isDigits(tokens[i + 1]) && (t.cap || t.lower.endsWith('.')) && i + 1 < end) {
    last = i + 1;
    if (isPunct(tokens[i + 2], ',') && /^\d{4}$/.test(tokens[i + 3]?.text ?? '')) last = i + 3;
    return { first: i, last, category: 'date' };
  }
  if (isDigits(t)) {
    // "the 9/11 attacks": a day that names an event. "Article 5", "Flight 370": a number that names.
    if (t.text === '9/11' || (/^\d+$/.test(t.text) && IDENTIFIERS.has(tokens[i - 1]?.lower ?? ''))) return null;
    const after = tokens[i + 1];
    // ("Flat 4C", "Seat 12F": after a capitalised word, digits with a capital letter written on name a place.)
    if (after?.start === t.end && /^[A-Z]$/.test(after.text) && tokens[i - 1]?.cap) return null;
    // "the 5th U.S. Circuit", "the 11th Circuit", "Fifth Avenue": an ordinal that opens a name.
    if (/^\d+(st|nd|rd|th)$/.test(t.text) && after?.cap && after.kind === 'w' && !MONTH.has(after.lower.replace(/\.$/, '')) && !isSentenceStart(doc, i + 1)) return null;
    category = /^\d{4}$/.test(t.text) && +t.text >= 1800 && +t.text <= 2100 ? 'year' : /\d(st|nd|rd|th)$/.test(t.text) ? 'ordinal' : 'count';
    if (/year-old|years-old/.test(t.lower)) category = 'age';
    if (/^[$£€¥₹]/.test(t.text)) category = 'money';
    if (t.text.endsWith('%')) category = 'percent';
    if (t.text.includes('/')) category = 'fraction';
    // "the 1990s", "the '80s": a decade.
    if (/^(\d{3}0|\d0)s$/.test(t.text)) category = 'year';
  } else if (isArticleBeforePart(tokens, i)) {
    return { first: approximatorStart(tokens, i, doc), last: i + 1, category: 'fraction' };
  } else if (t.kind === 'w' && (isNumberWord(t.lower) || ORDINAL.has(t.lower) || isArticleBeforeScale(t, tokens[i + 1]))) {
    if (isIdiom(tokens, i) || (t.cap && i > 0 && !isSentenceStart(doc, i))) return null;
    if (t.lower === 'one' && !countsAsNumber(tokens, i)) return null;
    // "test scores", "the scores": a count only in "scores of people".
    if (t.lower === 'scores' && tokens[i + 1]?.lower !== 'of') return null;
    // "the second half", "the first quarter" of a game or a year: a part, not a quantity.
    if (FRACTION.has(t.lower) && PART_ORDINALS.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'of') return null;
    // "a third straight quarter", "last quarter": a quarter counted by nothing is a part of the year.
    if (/^quarters?$/.test(t.lower) && tokens[i + 1]?.lower !== 'of' && !isNumberWord(tokens[i - 1]?.lower ?? '') && !/^(a|an)$/.test(tokens[i - 1]?.lower ?? '')) return null;
    if (ORDINAL.has(t.lower)) category = FRACTION.has(t.lower) ? 'fraction' : 'ordinal';
    // ("Third, we don't know…": an ordinal that opens the sentence before a comma counts points, not things.)
    if (ORDINAL.has(t.lower) && isSentenceStart(doc, i) && isPunct(tokens[i + 1], ',')) return null;
    if (FRACTION.has(t.lower.slice(t.lower.lastIndexOf('-') + 1)) && t.lower.includes('-')) category = 'fraction';
    if ((t.lower === 'a' || t.lower === 'an') && FRACTION.has(tokens[i + 1]!.lower)) category = 'fraction';
  } else if (isArticleBeforeTime(t, tokens[i + 1])) {
    // "over a decade", "nearly a year": a span of time, when an approximator measures it.
    const first = approximatorStart(tokens, i, doc);
    return first === i || i + 1 >= end ? null : { first, last: i + 1, category: 'duration' };
  } else if (/^\d+-year-old$/.test(t.lower)) {
    category = 'age';
  } else return null;
  // Compounds: "one hundred thirty-seven", "3 million", "a hundred".
  while (last + 1 < end) {
    const n = tokens[last + 1]!;
    // "tens of thousands", "hundreds of millions": one vague count.
    if (n.lower === 'of' && PLURAL_SCALES.test(tokens[last]!.lower) && PLURAL_SCALES.test(tokens[last + 2]?.lower ?? '') && last + 2 < end) {
      last += 2;
      continue;
    }
    // "a quarter", "three quarters", "two thirds": a count of parts is one fraction.
    if (FRACTION.has(n.lower) && (tokens[last]!.lower === 'a' || (last === i && isNumberWord(tokens[last]!.lower)))) {
      last++;
      category = 'fraction';
    } else if (SCALE.has(n.lower) || (isNumberWord(n.lower) && tokens[last]!.kind === 'w')) last++;
    else if (n.lower === 'and' && isNumberWord(tokens[last + 2]?.lower ?? '') && SCALE.has(tokens[last]!.lower)) last += 2;
    // "six and a half years", "2 and a half million": a count and a half.
    else if (n.lower === 'and' && tokens[last + 2]?.lower === 'a' && tokens[last + 3]?.lower === 'half' && last + 3 < end && (isDigits(tokens[last]) || isNumberWord(tokens[last]!.lower))) last += 3;
    // "half a million", "a quarter of a billion" stay one number.
    else if (FRACTION.has(tokens[last]!.lower) && isArticleBeforeScale(n, tokens[last + 2]) && SCALE.has(tokens[last + 2]!.lower)) {
      last += 2;
      category = 'count';
    } else if (FRACTION.has(tokens[last]!.lower) && n.lower === 'of' && isArticleBeforeScale(tokens[last + 2]!, tokens[last + 3]) && SCALE.has(tokens[last + 3]!.lower) && last + 3 < end) {
      last += 3;
      category = 'count';
    }
    else break;
  }
  if (category === 'count' && isDigits(t) && t.text.length === 4 && /^\d{4}$/.test(t.text)) category = 'year';
  // Ranges and ratios: "10 to 20", "one in five", "nine out of 10".
  if (category === 'count' && tokens[last + 1]?.lower === 'out' && tokens[last + 2]?.lower === 'of' && last + 3 < end && (isDigits(tokens[last + 3]) || isNumberWord(tokens[last + 3]!.lower))) {
    return { first: approximatorStart(tokens, i, doc), last: last + 3, category: 'fraction' };
  }
  const joiner = tokens[last + 1]?.lower;
  if ((joiner === 'to' || joiner === 'in' || joiner === 'and' || joiner === '-' || joiner === '–') && last + 2 < end) {
    const n = tokens[last + 2]!;
    // ("58% in 2019": a share and a year are no ratio.)
    const ratio = joiner !== 'in' || (category === 'count' && !/^\d{4}$/.test(n.text));
    if ((isDigits(n) || isNumberWord(n.lower)) && ratio) {
      if (joiner !== 'and' || tokens[i - 1]?.lower === 'between') {
        last += 2;
        category = joiner === 'in' ? 'fraction' : 'range';
        // ("between €1.1bn and €1.3bn", "$2 million to $3 million": the second number's own scale.)
        while (last + 1 < end && SCALE.has(tokens[last + 1]!.lower)) last++;
      }
    }
  }
  // Units: "two decades", "10 kilograms", "20 percent", "$3 million dollars".
  const unit = tokens[last + 1];
  if (unit && last + 1 < end) {
    const u = unit.lower;
    const degreeMarks = degrees(tokens, last);
    if (u === '%' || u === 'percent' || (u === 'per' && tokens[last + 2]?.lower === 'cent')) {
      last += u === 'per' ? 2 : 1;
      category = 'percent';
    } else if ((u === 'percentage' || u === 'basis') && /^points?$/.test(tokens[last + 2]?.lower ?? '') && last + 2 < end) {
      // "0.25 percentage points", "50 basis points": a change in a rate.
      last += 2;
      category = 'percent';
    } else if (TIME.has(u)) {
      last++;
      category = tokens[last + 1]?.lower === 'old' ? 'age' : category === 'range' ? 'range' : 'duration';
      if (category === 'age') last++;
    } else if (degreeMarks > 0) {
      last += degreeMarks;
      category = 'measure';
    } else if (MEASURE.has(u) || /^(year|years)-old$/.test(u)) {
      last++;
      if (category !== 'range') category = u.endsWith('old') ? 'age' : 'measure';
    } else if (CURRENCY.has(u)) {
      last++;
      category = 'money';
    } else if (MONTH.has(u) && unit.cap && isDigits(t)) {
      last++;
      category = 'date';
      // ("4 July 1976": the year after the day and month.)
      if (last + 1 < end && /^\d{4}$/.test(tokens[last + 1]!.text)) last++;
    } else if (/^\d{1,2}([:.]\d\d)?$/.test(t.text) && last === i && (/^[ap]\.m\.$/.test(u) || /^[AP]M$/.test(unit.text) || (/^[ap]m$/.test(u) && unit.start === t.end))) {
      // "12:05 a.m.", "9 PM", "6.30am": a time of day.
      last++;
      category = 'time';
    }
  }
  const first = approximatorStart(tokens, i, doc);
  if (category === 'year' && first === i && t.text.length === 4 && tokens[i - 1]?.cap && !isSentenceStart(doc, i - 1)) {
    // "Windows 2000", "Agenda 2030": a name, not a year ("Q3 2025" is a quarter of one).
    if (!MONTH.has(tokens[i - 1]!.lower.replace(/\.$/, '')) && !/^Q[1-4]$/.test(tokens[i - 1]!.text)) return null;
  }
  return { first, last, category };
}

/** "40C", "104F", "40°C", "30°": a temperature or an angle written onto the number at k; how many tokens it takes. */
function degrees(tokens: Token[], k: number): number {
  const attached = (j: number) => tokens[j] !== undefined && tokens[j]!.start === tokens[j - 1]!.end;
  const scale = (j: number) => attached(j) && /^[CF]$/.test(tokens[j]!.text);
  if (!attached(k + 1)) return 0;
  if (tokens[k + 1]!.text === '°') return scale(k + 2) ? 2 : 1;
  return scale(k + 1) ? 1 : 0;
}

function isArticleBeforeScale(t: Token, next: Token | undefined): boolean {
  return (t.lower === 'a' || t.lower === 'an') && next !== undefined && (SCALE.has(next.lower) || FRACTION.has(next.lower) || next.lower === 'dozen');
}

/** "a decade", "an hour": an article before a unit of time. */
function isArticleBeforeTime(t: Token, next: Token | undefined): boolean {
  return (t.lower === 'a' || t.lower === 'an') && next !== undefined && TIME.has(next.lower);
}

/** "one" is a quantity before a noun, a scale word or "in five"; not as a pronoun or in "one of". */
function countsAsNumber(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // ("the only one who…" is a pronoun; "only one senator" counts.)
  if (prev && (/^(the|this|that|no|any|every|each|which|someone|anyone)$/.test(prev.lower) || (prev.lower === 'only' && tokens[i - 2]?.lower === 'the'))) return false;
  if (!next || next.kind !== 'w') return false;
  if (SCALE.has(next.lower) || TIME.has(next.lower) || MEASURE.has(next.lower) || next.lower === 'in') return true;
  // ("one Democrat", "one Republican": a member of a party counts, where "One Direction" names.)
  return !isClauseWord(next) && !/^(of|another|way|or|thing|day|side|hand|more|less|point|time|another's)$/.test(next.lower) && (!next.cap || /^(democrat|republican|independent)$/.test(next.lower));
}

function isIdiom(tokens: Token[], i: number): boolean {
  const byNext = IDIOMS.get(tokens[i]!.lower);
  if (!byNext) return false;
  const matches = (idioms: Idiom[] | undefined) => idioms !== undefined && idioms.some(({ words, at }) => words.every((w, k) => tokens[i - at + k]?.lower === w));
  return matches(byNext.get(tokens[i + 1]?.lower ?? '')) || matches(byNext.get(''));
}

/** Moves the start left over an approximator: "over a hundred", "at least six", "more than 20". */
function approximatorStart(tokens: Token[], i: number, doc: Doc): number {
  const prev = tokens[i - 1];
  if (!prev || doc.tokenSentence[i - 1] !== doc.tokenSentence[i]) return i;
  for (const reversed of APPROX_BY_LAST.get(prev.lower) ?? []) {
    if (reversed.every((w, k) => tokens[i - 1 - k]?.lower === w && doc.tokenSentence[i - 1 - k] === doc.tokenSentence[i])) {
      return i - reversed.length;
    }
  }
  return i;
}
