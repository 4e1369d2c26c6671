/**
 * Noun phrases around a cue, read without a parser: a run of words bounded by punctuation,
 * clause words and verbs. Enough to find "Kremlin spokesperson Dmitry Peskov" before "told" and
 * "a person familiar with the matter" after "according to".
 */
import { CUE_VERBS, PUBLISHING } from './lexicon/index.ts';
import { APPROXIMATORS } from './lexicon/approximators.ts';
import { STATEMENT_LABELS } from './lexicon/statement-labels.ts';
import { isCommonNoun, isOrganizationNoun, isPeopleNoun, ROLES, TIMES, TITLE_WORDS } from './lexicon/words.ts';
import { isPunct, isShouted, NOUNS_IN_LY, type Token } from './tokens.ts';
import { COMMON_PASTS, COUNT_WORDS, endsInSingleS, hasBit, isAdjectiveLike, isClauseWord, isCommonPast, isCount, isDeterminer, isDocumentWord, isIndefinite, isNamePossessive, isNameWill, isParticiple, isPossessiveNoun, isPossessivePronoun, isSubjectPronoun, MODALS, PERSONAL_SUBJECTS } from './word-classes.ts';
import { ARTICLE, INNER_WORD, markWords, OPENING_QUANTIFIER, PARTICLE, PREPOSITION } from './word-bits.ts';

/** Words that end a determiner standing alone: "seen by some as…", "more by many than…". */
const ALONE_BEFORE = new Set(['as', 'than', 'because', 'if', 'when', 'while', 'whether', 'since']);
/** Prepositions that sit inside a noun phrase: "a spokesman for the ministry", "officials at the Pentagon". */
markWords(['of', 'for', 'at', 'from', 'with', 'behind', 'familiar', 'close', '&'], INNER_WORD);
const isInner = (t: Token | undefined) => hasBit(t, INNER_WORD);
const MAX_WORDS = 12;
/** Nouns of statement after which a name starts a new clause: "a claim Moscow has not confirmed". */
const STATEMENT_HEADS = new Set<string>(STATEMENT_LABELS);
/** Determiners that open a new noun phrase when they follow a noun. */
markWords(['the', 'a', 'an'], ARTICLE);
/** Quantifiers that open a new noun phrase after a common noun: "the story many Latinos had expected". */
markWords(['many', 'some', 'several', 'few'], OPENING_QUANTIFIER);
/** Adverbs that end a phrase read rightwards: "Peskov | most likely…". */
const TRAILING_ADVERBS = new Set('most more less least very too soon again already yet still just even only ever never often always here there now then'.split(' '));

/** "said", "told", "saying": a cue verb that cannot be a noun inside the phrase ("the report" can). */
const isFiniteCue = (t: Token) => {
  const verb = CUE_VERBS.get(t.lower);
  // ("a poll released Monday": a verb of publishing describes the poll, as a participle.)
  return verb !== undefined && verb.form !== 'base' && verb.form !== 's' && !PUBLISHING.has(verb.lemma);
};

/** "considering", "removing": a verb in -ing, unless a determiner makes it a noun ("the ruling party"). */
const isGerund = (t: Token) => !t.cap && t.lower.length > 5 && t.lower.endsWith('ing');

/** "Ultimately Prager thinks": endings of adverbs that open a sentence (names in -ly, such as Beverly or Connolly, have none). */
const ADVERB_ENDING = /(all|ate|ent|ant|ous|ive|ful|ed|ing|ab|ib|ual|ial|ic)ly$/;
/** Sentence adverbs that open a clause before its subject: "Later Peskov said". */
const LEADING_ADVERBS = new Set('later earlier then meanwhile yesterday today tonight now also still separately instead afterwards previously recently however together'.split(' '));
/** A sentence adverb, capitalised or not: "Earlier, Sheriff Joe Arpaio…", "Recently, however, it…" are no names. */
export const isSentenceAdverb = (t: Token) => LEADING_ADVERBS.has(t.lower) || hasAdverbEnding(t.lower);
const hasAdverbEnding = (w: string) => w.endsWith('ly') && ADVERB_ENDING.test(w);

/** A word that can belong to a noun phrase. */
function nominal(t: Token | undefined): t is Token {
  if (t === undefined || t.kind === 'p') return false;
  if (isClauseWord(t) && !isDeterminer(t) && !isNameWill(t)) return false;
  if (!t.cap && isFiniteCue(t)) return false;
  // ("members of the court shouldn't weigh in": a negated auxiliary is the verb's, never the noun's.)
  if (t.lower.endsWith('n’t') || t.lower.endsWith("n't")) return false;
  return t.cap || !t.lower.endsWith('ly') || NOT_ADVERBS.has(t.lower);
}

/** A name (not a determiner in capitals) at k, before a verb in the past. */
const pastAfterName = (tokens: Token[], k: number) => tokens[k]?.cap === true && tokens[k]!.kind === 'w' && !isDeterminer(tokens[k]);
/** A word that opens an object: a determiner or an owner ("his", "Trump's"). */
const ownsOrDetermines = (t: Token) => isDeterminer(t) || isPossessivePronoun(t) || isPossessiveNoun(t.lower);

/** The particles of phrasal verbs: "handed out", "held up". */
markWords(['out', 'up', 'off', 'down', 'away', 'back'], PARTICLE);

/** Words in -ly that are not adverbs: nouns, and adjectives of time ("a daily briefing"). */
const NOT_ADVERBS = new Set([...NOUNS_IN_LY, ...'daily early elderly holy italy july monthly only weekly yearly'.split(' ')]);

/**
 * The noun phrase that ends at token `last`, read leftwards, never before `floor`.
 * Returns [first, last] token indices, or null when `last` is not part of one.
 */
export function phraseEndingAt(tokens: Token[], last: number, floor: number): [number, number] | null {
  const head = tokens[last];
  if (head !== undefined && isSubjectPronoun(head)) return [last, last];
  // "her thinking", "the ruling", "Cruz's thinking": after a possessive or a determiner, a form in -ing is a noun.
  const before = tokens[last - 1];
  const gerundNoun = head !== undefined && head.lower.endsWith('ing') && before !== undefined && (isPossessivePronoun(before) || isDeterminer(before) || isNamePossessive(before));
  if (!nominal(head) && !gerundNoun) return null;
  let first = last;
  while (first - 1 >= floor && last - first < MAX_WORDS) {
    const prev = tokens[first - 1]!;
    if (prev.quote !== head.quote) break;
    if (isPunct(prev, ')')) {
      // "Rep. Jason Chaffetz (R-Utah)": step over the bracket.
      let open = first - 2;
      while (open > floor && !isPunct(tokens[open], '(') && first - open < 8) open--;
      if (!isPunct(tokens[open], '(')) break;
      first = open;
    } else if (isGerund(prev) && !isDeterminer(tokens[first - 2])) break;
    // "handed out signs that said…": a verb's particle is no part of its object.
    else if (hasBit(prev, PARTICLE)) break;
    // ("they will hold banners proclaiming…": nor is the verb after a modal.)
    else if (!prev.cap && prev.kind === 'w' && !ownsOrDetermines(prev) && !COUNT_WORDS.has(prev.lower) && MODALS.has(tokens[first - 2]?.text ?? '')) break;
    // "as they entered the polling sites", "officials who spoke with the Post": a verb after its pronoun subject ends the phrase.
    // ("Trump kept his campaign", "Biden rubbished Trump's claim": so does one after a name, with
    // its object's determiner or owner after it; "A dejected Obama", "retired Gen. Allen" describe.)
    else if (!prev.cap && (prev.lower.endsWith('ed') || isCommonPast(prev)) && (isSubjectPronoun(tokens[first - 2]) || (pastAfterName(tokens, first - 2) && ownsOrDetermines(tokens[first]!)))) break;
    // "the things that Donald Trump said", "obvious that voters want it": before a name or a plural, "that" opens a clause.
    // ("a point that intelligence officials…", "a trend that the foundation…": nor is "that" a
    // determiner before a determiner or a plural.)
    else if (prev.lower === 'that' && (tokens[first]!.cap || endsInSingleS(tokens[first]!.lower) || isDeterminer(tokens[first]) || endsInSingleS(tokens[last]!.lower))) break;
    // "A report by the Economic Policy Institute": a document and who made it.
    else if (prev.lower === 'by' && isDocumentWord(tokens[first - 2]) && first - 2 >= floor) first -= 2;
    // "a charge London rejected": a name after a noun of statement opens a clause's own subject
    // ("a statement Tuesday saying…": a day does not).
    else if (tokens[first]!.cap && !prev.cap && STATEMENT_HEADS.has(prev.lower) && !TIMES.has(tokens[first]!.lower)) break;
    // "a charge the council denies": a determiner after a noun opens a clause's own subject.
    else if (hasBit(tokens[first], ARTICLE) && prev.kind === 'w' && !isDeterminer(prev) && !isInner(prev)) break;
    // ("the story many Latinos had expected", "a strategy some believe": so does a quantifier over people after a common noun.)
    else if (hasBit(tokens[first], OPENING_QUANTIFIER) && (first === last || isPeopleNoun(head.lower) || head.cap) && prev.kind === 'w' && !prev.cap && !isDeterminer(prev) && !isInner(prev) && !/['’]s?$/.test(prev.lower)) break;
    // ("at the convention Sen. Elizabeth Warren said": a title and a name after a thing open the phrase.)
    // ("party Chairman Reince Priebus", "state Sen. Jason Holsman": not after the body the title is of.)
    else if (!prev.cap && titledName(tokens, first) && nominal(prev) && !isInner(prev) && !isCommonNoun(prev.lower) && !isOrganizationNoun(prev.lower) && !isAdjectiveLike(prev) && !isDeterminer(prev) && !/^(former|retired|then|late|now)$/.test(prev.lower)) break;
    else if (nominal(prev) && !isSubjectPronoun(prev)) first--;
    else if (isInner(prev)) first--;
    else if (describesAfterDeterminer(tokens, first - 1)) first--;
    else if (isPunct(prev, "’'&") && prev.end === tokens[first]!.start) first--;
    // ("Patients' groups", "the workers' union": a plural's possessive mark, not a closing quote.)
    else if (isPunct(prev, "’'") && tokens[first - 2]?.end === prev.start && tokens[first - 2]!.lower.endsWith('s') && tokens[first - 2]!.quote < 0 && first - 2 >= floor) first -= 2;
    // "Garry F. McCarthy": a middle initial and its full stop.
    else if (isInitialStop(tokens, first - 1) && first - 2 >= floor) first -= 2;
    else break;
  }
  while (first < last && (isInner(tokens[first]) || LEADING_ADVERBS.has(tokens[first]!.lower) || hasAdverbEnding(tokens[first]!.lower) || isPunct(tokens[first], "’'&"))) first++;
  // "a move backers say will fail", "a race polls show is close": after "a" and a noun, a plural for
  // people or documents opens a clause of its own.
  const end = tokens[last]!;
  if (last - first >= 2 && isIndefinite(tokens[first]!.lower) && endsInSingleS(end.lower) && (isPeopleNoun(end.lower) || isDocumentWord(end)) && !tokens[last - 1]!.cap && !tokens[last - 1]!.lower.endsWith('s') && tokens[last - 1]!.kind === 'w' && !tokens.slice(first, last).some((t) => isInner(t) || t.kind === 'n' || COUNT_WORDS.has(t.lower))) return [last, last];
  // "6 in 10 white men", "one in five voters", "nine out of 10 dentists": a share of a group is one phrase.
  if (first - 2 >= floor && isCount(tokens[first]) && tokens[first - 1]!.lower === 'in' && isCount(tokens[first - 2])) first -= 2;
  else if (first - 3 >= floor && isCount(tokens[first]) && tokens[first - 1]!.lower === 'of' && tokens[first - 2]!.lower === 'out' && isCount(tokens[first - 3])) first -= 3;
  // ("At least 40 percent said", "more than 21,000 said": a count with its approximator, whose last word the loop may have read.)
  const count = isCount(tokens[first]) ? first : first < last && isCount(tokens[first + 1]) ? first + 1 : -1;
  const approximated = count < 0 ? first : withApproximator(tokens, count);
  // ("Men under 35 support…": not an age after the people it describes; nor in words all in capitals,
  // whose phrases case cannot tell apart.)
  const lead = tokens[approximated]!;
  const age = (lead.lower === 'over' || lead.lower === 'under') && tokens[approximated - 1]?.kind === 'w';
  if (approximated < first && approximated >= floor && !age && !isShouted(lead)) first = approximated;
  return [first, last];
}

/** "Sen. Elizabeth Warren", "President Obama": a title in capitals at k before a name. */
const titledName = (tokens: Token[], k: number) => tokens[k]!.cap && tokens[k + 1]?.cap === true && TITLE_WORDS.has(tokens[k]!.lower.replace(/\.$/, ''));

/** "an inside source", "an outside adviser": after a determiner, "inside" and "outside" describe the noun. */
const describesAfterDeterminer = (tokens: Token[], k: number) => (tokens[k]?.lower === 'inside' || tokens[k]?.lower === 'outside') && isDeterminer(tokens[k - 1]);

/** "YouGov/Economist", "CNN/ORC": a slash at k joining two names, with no space on either side. */
export const joinsNames = (tokens: Token[], k: number) => {
  const [before, slash, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return isPunct(slash, '/') && before?.cap === true && after?.cap === true && slash!.start === before.end && after.start === slash!.end;
};

/** The noun phrase that starts at token `first`, read rightwards, never at or past `ceiling`. */
export function phraseStartingAt(tokens: Token[], first: number, ceiling: number): [number, number] | null {
  const t = tokens[first];
  if (!nominal(t)) return null;
  if (isSubjectPronoun(t)) return [first, first];
  if (isPunct(t, '(') || isInner(t)) return null;
  let last = first;
  while (last + 1 < ceiling && last - first < MAX_WORDS) {
    const next = tokens[last + 1]!;
    // "the central bank that…": after a noun, "that" opens a clause ("a Register poll last month": so does a time).
    if (next.quote !== t.quote || next.lower === 'that') break;
    if (last > first && /^(last|this|next)$/.test(next.lower) && TIMES.has(tokens[last + 2]?.lower ?? '')) break;
    // "an NBC News/Wall Street Journal poll", "YouGov/Economist": a slash joins two names.
    if (joinsNames(tokens, last + 1) && last + 2 < ceiling) {
      last += 2;
      continue;
    }
    // "a source close to the campaign", "a person familiar with the matter".
    if ((next.lower === 'close' || next.lower === 'familiar') && last + 3 < ceiling && /^(to|with)$/.test(tokens[last + 2]!.lower) && nominal(tokens[last + 3])) {
      last += 2;
      continue;
    }
    // "an analysis by the Pew Research Center", "a transcript published by the agency": a document runs on to who made it.
    if (isDocumentWord(tokens[last]) && next.kind === 'w' && next.lower.endsWith('ed') && tokens[last + 2]?.lower === 'by' && nominal(tokens[last + 3]) && last + 3 < ceiling) {
      last++;
      continue;
    }
    // ("a report in the New York Times": or to the name of where it was published.)
    const venue = tokens[last + (tokens[last + 2]?.lower === 'the' ? 3 : 2)];
    const madeBy = (next.lower === 'by' && (isDocumentWord(tokens[last]) || (tokens[last]!.lower.endsWith('ed') && isDocumentWord(tokens[last - 1])))) || (next.lower === 'in' && isDocumentWord(tokens[last]) && venue?.cap === true && !TIMES.has(venue.lower));
    // ("interviews with more than two dozen lawmakers": a count with its approximator after the link.)
    const approximated = isInner(next) ? approximatorBefore(tokens, last + 2) : 0;
    if (approximated > 0 && last + 2 + approximated < ceiling) last += 1 + approximated;
    else if ((isInner(next) || madeBy) && nominal(tokens[last + 2])) last++;
    // Right after a determiner, a word that can be a verb is the noun: "a forecast issued Monday" (a word that joins clauses, or an auxiliary, ends a determiner standing alone: "seen by some as", "Some have gone").)
    else if (isDeterminer(tokens[last]) && next.kind === 'w' && !isSubjectPronoun(next) && !ALONE_BEFORE.has(next.lower) && !AUXILIARIES.has(next.lower)) last++;
    else if (nominal(next) && !isSubjectPronoun(next) && !isFiniteCue(next) && !TRAILING_ADVERBS.has(next.lower) && continuesName(tokens, first, last + 1)) last++;
    else if (isPunct(next, "’'") && next.start === tokens[last]!.end) last++;
    else if (isInitialStop(tokens, last + 1) && last + 2 < ceiling && tokens[last + 2]!.cap) last += 2;
    // ("Charles G. and David H. Koch": an initial's stop before "and" and another name ends this one.)
    else if (isInitialStop(tokens, last + 1) && tokens[last + 2]?.lower === 'and' && tokens[last + 3]?.cap && last + 3 < ceiling) last++;
    else break;
  }
  return [first, last];
}

/** Auxiliaries and modals: after a determiner they begin the verb, not a noun. */
const AUXILIARIES = new Set('has have had is are was were will would could can may might should must do does did'.split(' '));

/** Approximator phrases by their first word: "more than", "at least", "nearly". */
const APPROXIMATORS_BY_FIRST = new Map<string, string[][]>();
for (const phrase of APPROXIMATORS) {
  const words = phrase.split(' ');
  APPROXIMATORS_BY_FIRST.set(words[0]!, [...(APPROXIMATORS_BY_FIRST.get(words[0]!) ?? []), words]);
}

/** The length of an approximator at k before a count ("more than two dozen"), or 0. */
export function approximatorBefore(tokens: Token[], k: number): number {
  for (const words of APPROXIMATORS_BY_FIRST.get(tokens[k]?.lower ?? '') ?? []) {
    if (words.every((w, m) => tokens[k + m]?.lower === w) && isCount(tokens[k + words.length])) return words.length;
  }
  return 0;
}

/** Where a count at `first` begins with its approximator ("about 6 in 10 men", "more than half"), or `first`. */
export function withApproximator(tokens: Token[], first: number): number {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) if (approximatorBefore(tokens, k) === first - k) return k;
  return first;
}

/** After a capitalised word, a lowercase word continues the phrase only if it is a noun for people,
 * groups or documents ("U.S. officials"), not a verb ("Peskov remain"). */
function continuesName(tokens: Token[], first: number, at: number): boolean {
  const prev = tokens[at - 1]!;
  const next = tokens[at]!;
  if (!prev.cap || next.cap || next.kind !== 'w') return true;
  // "Bolton's view", "Trump's claim": a possessive name goes on to what it owns.
  if (/['’]s$/.test(prev.lower)) return true;
  // ("a new poll released Monday support…": a day after a participle ends its phrase.)
  const participle = tokens[at - 2];
  if (TIMES.has(prev.lower) && participle !== undefined && !participle.cap && participle.lower.endsWith('ed')) return false;
  // "a prominent Republican National Committee member", "two Clinton aides": a phrase a determiner or a number opened goes on.
  if (isDeterminer(tokens[first]) || isCount(tokens[first])) return true;
  const w = next.lower;
  if (isCommonNoun(w)) return true;
  // "Pierre de Vos", "Republican political consultant Chris Russell": a name follows shortly.
  // ("Carson took the stage Tuesday": a past form is the verb, and a day no name.)
  if (COMMON_PASTS.has(w)) return false;
  // ("Republican security officials": a plain noun before a noun for people goes on to it.)
  const people = tokens[at + 1];
  if (!prev.lower.endsWith('s') && !/(s|ed|ing)$/.test(w) && people?.kind === 'w' && !people.cap && isPeopleNoun(people.lower)) return true;
  for (let k = at + 1; k < at + 4; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'w' || isClauseWord(t) || TIMES.has(t.lower)) return false;
    if (t.cap) return NAME_PARTICLES.has(w) || k > at + 1 || ROLES.has(w) || !w.endsWith('ed');
  }
  return false;
}

/** Token k is the full stop of a middle initial: "F." in "Garry F. McCarthy". */
export function isInitialStop(tokens: Token[], k: number): boolean {
  const stop = tokens[k];
  const letter = tokens[k - 1];
  return stop !== undefined && letter !== undefined && stop.text === '.' && letter.cap && letter.text.length === 1 && letter.end === stop.start;
}

/** The last token of a phrase before a closing bracketed part: "Jim Jordan" in "Jim Jordan (R-Ohio)". */
export function withoutBracket(tokens: Token[], first: number, last: number): number {
  if (!isPunct(tokens[last], ')')) return last;
  let k = last - 1;
  while (k > first && !isPunct(tokens[k], '(')) k--;
  return k > first ? k - 1 : last;
}

/** Lower-case words inside names: "Pierre de Vos", "Osama bin Laden". */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'da', 'der', 'den', 'ibn', 'del', 'dos']);

/** The head word of a phrase: its last word before an inner preposition ("spokesman" in "a spokesman for…"). */
export function headOf(tokens: Token[], first: number, last: number): Token {
  // "6 in 10 white men", "nine out of 10 dentists": the head is the group, past the share ("More than
  // 6 in 10 voters", "About 30 senators": past the approximator, to the count).
  first += approximatorBefore(tokens, first);
  if (first + 3 <= last && isCount(tokens[first]) && tokens[first + 1]!.lower === 'in' && isCount(tokens[first + 2])) first += 3;
  else if (first + 4 <= last && isCount(tokens[first]) && tokens[first + 1]!.lower === 'out' && tokens[first + 2]!.lower === 'of' && isCount(tokens[first + 3])) first += 4;
  for (let i = first + 1; i <= last; i++) {
    const t = tokens[i]!;
    // The head ends before a preposition ("a spokesman for…", "an analysis by…") or a participle
    // after a noun ("the report published Tuesday").
    // ("some close allies": "close" and "familiar" link only before "to" or "with".)
    const linking = isInner(t) && ((t.lower !== 'close' && t.lower !== 'familiar') || /^(to|with)$/.test(tokens[i + 1]?.lower ?? ''));
    // ("Al From", "Anne Mary To": a capitalised last word after a name is the surname, no preposition.)
    const surname = t.cap && i === last && tokens[i - 1]!.cap;
    // ("Conservative outside groups": "outside" right before the last noun describes it.)
    if ((linking || hasBit(t, PREPOSITION)) && !surname && !describesAfterDeterminer(tokens, i) && !(i + 1 === last && /^(inside|outside)$/.test(t.lower) && !tokens[last]!.cap)) return tokens[i - 1]!;
    // So does a participle after a noun: "the report published Tuesday", "a union representing pilots".
    // ("China's state-owned investment giant": not a compound before the noun; "the recent polling": nor a record's own name.)
    // ("a poll out Monday": "out" between a document and a time is its release.)
    const released = t.lower === 'out' && isDocumentWord(tokens[i - 1]) && TIMES.has(tokens[i + (tokens[i + 1]?.lower === 'this' ? 2 : 1)]?.lower ?? '');
    const participle = ((t.lower.length > 4 && ((t.lower.endsWith('ed') && !t.lower.includes('-')) || t.lower.endsWith('ing'))) || isParticiple(t) || released) && !isDocumentWord(t);
    // ("the scholars I interviewed": after a pronoun, the participle is its clause's verb, and the head comes before.)
    if (!t.cap && participle && !isDeterminer(tokens[i - 1]) && tokens[i - 1]!.kind === 'w' && !tokens[i - 1]!.lower.endsWith('ing')) return i - 2 >= first && PERSONAL_SUBJECTS.has(tokens[i - 1]!.lower) ? tokens[i - 2]! : tokens[i - 1]!;
  }
  return tokens[last]!;
}

markWords(['by', 'in', 'on', 'to', 'since', 'about', 'into', 'over', 'through', 'during', 'after', 'before', 'across', 'among', 'around', 'within', 'outside', 'inside', 'under', 'near', 'against', 'behind', 'beyond'], PREPOSITION);
