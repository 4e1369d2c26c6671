/**
 * What may stand between a subject and its verb: adverbs, auxiliaries and floating words ("Peskov
 * also said", "officials have repeatedly said"), a short phrase after the auxiliary ("have in the
 * past said") and one of time or place after a conjunction ("but in a later interview said").
 */
import { isPeopleNoun } from '../lexicon/words.ts';
import { CLAUSE_JOINERS, isPastAfterNoun, isSubjectPronoun, MODALS } from '../word-classes.ts';
import { isWord, type Token } from '../tokens.ts';
import { isTime } from './sentence-subject.ts';
import { INNER_ADVERBS } from './verb-context.ts';

/** Words between a subject and its verb: "Peskov also said", "officials have repeatedly said", "Billionaires themselves disagree", "Officials there said". */
export const BETWEEN = new Set([
  ...INNER_ADVERBS,
  ..."there here too alike nevertheless nonetheless instead likewise all both each himself herself itself themselves has have had did does do will would could can may might should must is was were are be been being don't doesn't didn't won't wouldn't can't couldn't hasn't haven't hadn't isn't wasn't aren't weren't shouldn't mustn't don’t doesn’t didn’t won’t wouldn’t can’t couldn’t hasn’t haven’t hadn’t isn’t wasn’t aren’t weren’t shouldn’t mustn’t".split(' '),
]);

/** Prepositions that open a phrase of place or time after a conjunction ("but in a later interview"). */
const PLACE_OPENERS = new Set(['in', 'at', 'on', 'during', 'after']);
/** Prepositions that open a short phrase after an auxiliary ("has in the past", "had for years"). */
const SPAN_OPENERS = new Set(['in', 'at', 'on', 'for', 'over']);

/** The conjunction before "in a later interview" that ends at j, or j: "but in a later interview said". */
export function pastPlacePhrase(tokens: Token[], j: number, a: number): number {
  for (let k = j - 1; k > a && j - k < 8; k--) {
    const t = tokens[k]!;
    if (!isWord(t) || isPastAfterNoun(tokens, k)) return j;
    if (!PLACE_OPENERS.has(t.lower)) continue;
    if (!CLAUSE_JOINERS.has(tokens[k - 1]?.lower ?? '') || /^(least|most|part)$/.test(tokens[k + 1]?.lower ?? '')) return j;
    // (The phrase ends in a thing or a time, not in who acts: "and during the remarks she tried", "but at least a dozen members of Congress told".)
    const last = tokens[j]!;
    return last.kind === 'w' && (isTime(last) || (!last.cap && !isSubjectPronoun(last) && !isPeopleNoun(last.lower))) ? k - 1 : j;
  }
  return j;
}

/** Auxiliaries a short phrase of time or manner may follow before the verb: "has in the past said". */
export const PHRASE_AUXILIARIES = new Set([...MODALS, 'has', 'have', 'had', 'did', 'does', 'do']);

/**
 * The auxiliary before a phrase of two to four words ending at j ("in the past", "in recent weeks",
 * "in particular", "for years", "at one point"), or -1: what lies between a subject and its verb.
 */
export function phraseAfterAuxiliary(tokens: Token[], j: number, a: number): number {
  // ("Police had last month charged", "he has on Tuesday said": a time after the auxiliary.)
  if (tokens[j] !== undefined && tokens[j]!.kind === 'w' && isTime(tokens[j]!) && /^(last|this|on|earlier)$/.test(tokens[j - 1]?.lower ?? '') && j - 2 > a && PHRASE_AUXILIARIES.has(tokens[j - 2]!.lower)) return j - 2;
  for (let k = j - 1; k > a && j - k < 4; k--) {
    const t = tokens[k]!;
    if (t.kind === 'p' || t.quote >= 0) return -1;
    if (SPAN_OPENERS.has(t.lower)) return PHRASE_AUXILIARIES.has(tokens[k - 1]!.lower) && isWord(tokens[j]) && !tokens.slice(k + 1, j + 1).some((w) => w.cap) ? k - 1 : -1;
  }
  return -1;
}
