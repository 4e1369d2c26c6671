/**
 * The subject of a whole sentence, past what opens it (a dateline, a time or a place, a connective,
 * a linking "But" or "Then"), and the subject of the main clause after an opening clause.
 */
import { CONNECTIVE_WORDS, TIMES } from '../lexicon/words.ts';
import { headOf, isSentenceAdverb, phraseEndingAt, phraseStartingAt } from '../phrase.ts';
import { CLAUSE_OPENERS, hasBit, isPastAfterNoun, isSubjectPronoun, RELATIVE_PRONOUNS } from '../word-classes.ts';
import { isAdverb, isPunct, isShouted, isWord, type Token } from '../tokens.ts';
import type { CueHit, Range } from './cues.ts';
import { headIs, NAME, PEOPLE, plausibleSource, PRONOUN, RELATIVE, type CueVerb } from './plausible.ts';
import { clauseStart, inAside } from './verb-context.ts';
import { LINKING_PREPOSITION, markWords, TIME_WORD } from '../word-bits.ts';

const SAY: CueVerb = { lemma: 'say', form: 'ed', cls: 'speech' };

/** "Thursday", "weeks": a word of time, singular or plural. */
// ("A few days later,": "day" only in lower case, for "Kristen Day said" is a name.)
markWords([...TIMES, ...[...TIMES].map((w) => w + 's')], TIME_WORD);
export const isTime = (t: Token) => (t.bits & TIME_WORD) !== 0 || (!t.cap && (t.lower === 'day' || t.lower === 'days'));

/** Prepositions that open a phrase of time, place or occasion between a subject and its verb. */
export const LINKING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'through', 'after', 'before', 'since', 'last', 'this', 'earlier', 'later', 'ahead', 'amid', 'despite', 'following', 'throughout', 'outside', 'inside', 'near', 'across', 'around']);
markWords(LINKING_PREPOSITIONS, LINKING_PREPOSITION);
export const isLinkingPreposition = (t: Token | undefined) => hasBit(t, LINKING_PREPOSITION);

/** Words that link a sentence or clause to the one before: "Then he cut into Bush…". */
export const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'then']);

/** The noun phrase that opens the sentence, for "…, saying" with no earlier cue. */
export function sentenceSubject(tokens: Token[], a: number, limit: number): [number, number] | null {
  let i = afterDateline(tokens, a, limit);
  // Past marks and a connective: "However, he held his fire…, calling him…".
  // And a word that links the sentence to the one before: "Then he cut into Bush, calling him…".
  // ("Recently, however, it issued…": and a sentence adverb set off by its comma.)
  while (i < limit && (!isWord(tokens[i]) || ((CONNECTIVE_WORDS.has(tokens[i]!.lower) || isSentenceAdverb(tokens[i]!)) && isPunct(tokens[i + 1], ',')) || LEADING_CONJUNCTIONS.has(tokens[i]!.lower))) i++;
  // ("More recently, Rubio has shifted…": a sentence adverb after a word of degree.)
  if (/^(more|most|very|only|until)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1] && isSentenceAdverb(tokens[i + 1]!) && isPunct(tokens[i + 2], ',')) i += 3;
  // "Chastened by complaints over the plan's costs, Trump revised…", "Facing mounting criticism, Mr. Trump
  // released…": past an opening participle and its phrase.
  const next = tokens[i + 1];
  if ((/(ed|en)$/.test(tokens[i]?.lower ?? '') && /^(by|over|at|with|about|as|in|for)$/.test(next?.lower ?? '')) || ((tokens[i]?.lower ?? '').endsWith('ing') && next?.kind === 'w' && !next.cap)) {
    let k = i + 2;
    // (The phrase may run on: "Chastened by the analyses, as well as complaints over…, Trump".)
    const runsOn = (m: number) => tokens[m + 1]?.lower === 'as' && tokens[m + 2]?.lower === 'well' && tokens[m + 3]?.lower === 'as';
    while (k < limit && k - i < 25 && (!isPunct(tokens[k], ',') || runsOn(k))) k++;
    if (isPunct(tokens[k], ',')) i = k + 1;
  }
  // "On Thursday, Rep. Jeffries reacted…, saying", "The day before, at a rally in Beaumont, Tex.,
  // Mr. Trump was…, claiming": past opening phrases of time or place.
  for (let openers = 0; openers < 3; openers++) {
    // ("Shortly after the announcement,", "Soon after,", "Here in Columbia,": an adverb may lead the preposition.)
    const lead = tokens[i]?.lower ?? '';
    if (((lead.length > 4 && lead.endsWith('ly')) || /^(soon|long|just|right|even|only|well|here|there|ever)$/.test(lead)) && isLinkingPreposition(tokens[i + 1])) i++;
    const np = phraseStartingAt(tokens, i, limit);
    // "The day before,", "Two weeks later,", "Last week,".
    const relative = np !== null && /^(before|later|earlier|ago)$/.test(tokens[np[1] + 1]?.lower ?? '') ? np[1] + 1 : np?.[1];
    // ("A month later," read as one phrase.)
    const endsLater = np !== null && /^(before|later|earlier|ago)$/.test(tokens[np[1]]!.lower) && np[1] > np[0] && isTime(tokens[np[1] - 1]!);
    // (Not a clause that ends in a day: "The committee released a statement Monday, offering…".)
    const short = np !== null && np[1] - np[0] < 4 && !tokens.slice(np[0] + 1, np[1] + 1).some((_, k) => isPastAfterNoun(tokens, np[0] + 1 + k));
    const timePhrase = np !== null && short && relative !== undefined && isPunct(tokens[relative + 1], ',') && (isTime(tokens[np[1]]!) || relative > np[1] || endsLater);
    // ("A few minutes later they reversed themselves": without its comma, before a pronoun or a name.)
    const after = relative === undefined ? undefined : tokens[relative + 1];
    if (np && short && relative !== undefined && (relative > np[1] || endsLater) && after && (isSubjectPronoun(after) || after.cap)) {
      i = relative + 1;
      break;
    }
    // ("Like Trump, they have played…", "As president, Obama…": a comparison or a role opens it too.)
    if (!isLinkingPreposition(tokens[i]) && !/^(like|unlike|as)$/.test(tokens[i]?.lower ?? '') && !timePhrase) break;
    let k = i + 1;
    while (k < limit && k - i < 13 && !isPunct(tokens[k], ',')) k++;
    // "in Beaumont, Tex.,": a place and its state.
    if (isPunct(tokens[k], ',') && tokens[k + 1]?.cap && tokens[k + 1]!.text.length <= 6) {
      const stop = tokens[k + 2]?.text === '.' ? k + 3 : k + 2;
      if (isPunct(tokens[stop], ',')) k = stop;
    }
    if (!isPunct(tokens[k], ',')) break;
    i = k + 1;
  }
  // ("about 200 protesters congregated…": a count with its approximator.)
  const approximate = /^(about|nearly|almost|roughly|around|some)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.kind === 'n';
  let np = approximate ? phraseStartingAt(tokens, i + 1, limit) : phraseStartingAt(tokens, i, limit);
  if (np && approximate) np = [i, np[1]];
  // "The senator spoke, saying…": the subject ends before its verb.
  if (np) for (let k = np[0] + 1; k <= np[1]; k++) if (isPastAfterNoun(tokens, k)) np = [np[0], k - 1];
  if (!np || !plausibleSource(tokens, np, SAY, true)) return null;
  // ("The other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast,
  // saying": the name set off after a description is who it is.)
  // (A place may follow the description: "…on the stage,".)
  const place = /^(on|in|at|from)$/.test(tokens[np[1] + 1]?.lower ?? '') ? phraseStartingAt(tokens, np[1] + 2, limit) : null;
  const comma = place ? place[1] + 1 : np[1] + 1;
  const named = isPunct(tokens[comma], ',') && !headOf(tokens, np[0], np[1]).cap ? phraseStartingAt(tokens, comma + 1, limit) : null;
  return named && isPunct(tokens[named[1] + 1], ',') && headOf(tokens, named[0], named[1]).cap && tokens[named[0]]!.quote < 0 ? named : np;
}

/**
 * "MYRTLE BEACH, S.C. - Sen. Ted Cruz…", "PARIS, Aug 31 (Reuters) - France's…", "Washington (AFP) –
 * Hillary Clinton…": the token after a dateline (a place in capitals or with its agency in brackets,
 * and perhaps a date), else a.
 */
export function afterDateline(tokens: Token[], a: number, limit: number): number {
  const first = tokens[a];
  if (!first?.cap) return a;
  let agency = false;
  for (let k = a; k < Math.min(limit, a + 14); k++) {
    const t = tokens[k]!;
    if (isPunct(t, '—–') || (t.kind === 'p' && t.text === '-')) return k > a && (isShouted(first) || agency) ? k + 1 : a;
    if (isPunct(t, '(') && tokens[k + 1]?.cap && isPunct(tokens[k + 2], ')')) {
      agency = true;
      k += 2;
      continue;
    }
    // (A place, its state, a date: "S.C.", "Aug 31", "July 25".)
    if (isWord(t) && !(t.cap || t.kind === 'n' || t.text.endsWith('.'))) return a;
  }
  return a;
}


/** Token k opens the sentence, perhaps after "But" or "And". */
export const opensSentence = (tokens: Token[], k: number, sentenceStart: number) => k === sentenceStart || (k === sentenceStart + 1 && /^(but|and|yet)$/.test(tokens[sentenceStart]!.lower));

/** The subject of the main clause after an opening clause: the phrase after its comma, when a name or pronoun. */
export function mainSubjectAfter(tokens: Token[], k: number, b: number): Range | null {
  // (The comma may close a quotation: "…as “not Christian,” the pope…".)
  const closed = (m: number) => isPunct(tokens[m], ',') && (tokens[m]!.quote < 0 || isPunct(tokens[m + 1], '”"'));
  let comma = k;
  while (comma < b && comma - k < 25 && !closed(comma)) comma++;
  const after = tokens[comma]?.quote !== undefined && tokens[comma]!.quote >= 0 ? comma + 2 : comma + 1;
  let subject = comma < b && closed(comma) ? phraseStartingAt(tokens, after, b) : null;
  if (!subject) return null;
  // "the pope waded": the subject ends before its verb.
  for (let m = subject[0] + 1; m <= subject[1]; m++) if (isPastAfterNoun(tokens, m)) subject = [subject[0], m - 1];
  return headIs(tokens, subject, NAME | PRONOUN | RELATIVE | PEOPLE) ? subject : null;
}

/**
 * Who speaks in the clause a participle continues: the source of the cue before it, else the
 * subject of the clause. After a noun cue ("She escalated her criticism…, telling CNN") or a cue
 * in a "who" aside ("Mr. Trump, who said…, issued a statement saying") it is the sentence's subject.
 */
export function clauseSpeaker(tokens: Token[], earlier: CueHit[], a: number, sentenceStart: number, limit: number): Range | null {
  const previous = earlier.at(-1);
  // ("Obama rebuked critics who say…, saying": nor does a cue in a relative clause.)
  const relative = previous?.source != null && previous.source[0] === previous.source[1] && RELATIVE_PRONOUNS.has(tokens[previous.source[0]]!.lower);
  const own = previous?.kind === 'nominal' || relative || (previous?.source != null && inAside(tokens, previous.source));
  // ("After Clinton claimed…, Obama won by promising", "Trump said it after Clinton did, adding":
  // the main clause's subject, not the subordinate clause's.)
  const subordinator = previous?.source != null ? previous.source[0] - 1 : -1;
  if (subordinator >= 0 && CLAUSE_OPENERS.has(tokens[subordinator]?.lower ?? '')) {
    // ("Years after…", "Shortly before…": a time or an adverb may lead it.)
    // ("Yet even as environmentalists welcome…", "Ever since she endorsed…": or "even", "just", "ever".)
    const led = subordinator > sentenceStart && (isTime(tokens[subordinator - 1]!) || isAdverb(tokens[subordinator - 1]) || /^(even|just|ever)$/.test(tokens[subordinator - 1]!.lower)) && opensSentence(tokens, subordinator - 1, sentenceStart);
    // ("…, as Mrs. Clinton echoed the criticism, saying": "as" in mid-sentence keeps its own clause.)
    const opening = opensSentence(tokens, subordinator, sentenceStart) || led;
    const main = opening ? mainSubjectAfter(tokens, previous!.cue[1] + 1, limit) : tokens[subordinator]!.lower === 'as' ? null : sentenceSubject(tokens, sentenceStart, subordinator);
    if (main) return main;
  }
  // ("Christie unleashed attacks…, and the New Jersey governor tripped up Rubio by calling…": a clause
  // after the noun cue with a subject of its own.)
  const clause = own ? clauseStart(tokens, previous!.cue[1], limit) : -1;
  return (own ? sentenceSubject(tokens, clause > previous!.cue[1] ? clause : sentenceStart, limit) : null) ?? (previous ? joinedSubject(tokens, previous.cue[1] + 1, limit) : null) ?? previous?.source ?? sentenceSubject(tokens, clauseStart(tokens, previous ? sentenceStart : a, limit), limit);
}

/**
 * "Prosecutors charged the officer and Emanuel fired his chief, acknowledging…": a name or pronoun
 * after "and" or "but", before its own past verb, opens the clause the participle continues.
 */
function joinedSubject(tokens: Token[], from: number, limit: number): Range | null {
  for (let k = limit - 1; k > from; k--) {
    if (!/^(and|but)$/.test(tokens[k]!.lower)) continue;
    const subject = phraseStartingAt(tokens, k + 1, limit);
    if (!subject || !isPastAfterNoun(tokens, subject[1] + 1)) continue;
    const head = headOf(tokens, subject[0], subject[1]);
    return head.cap || (isSubjectPronoun(head) && !RELATIVE_PRONOUNS.has(head.lower)) ? subject : null;
  }
  return null;
}

/**
 * The verb at i closes its sentence after the clause it reports (three words or more), its subject
 * set off by a comma: "…must remain in custody, a federal judge ruled Monday.", "…, Blackwell maintains."
 */
export function reportsClauseBefore(tokens: Token[], i: number, a: number, b: number): boolean {
  let k = i + 1;
  if (tokens[k] !== undefined && TIMES.has(tokens[k]!.lower)) k++;
  if (k < b && !isPunct(tokens[k], '.!?')) return false;
  const subject = phraseEndingAt(tokens, i - 1, a);
  return subject !== null && subject[0] - 4 >= a && isPunct(tokens[subject[0] - 1], ',');
}
