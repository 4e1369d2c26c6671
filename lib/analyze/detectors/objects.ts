/**
 * What follows a reporting verb as its object, read for what it says of the verb: words put out or
 * posted ("repeated accusations that…", "posted a photo"), a view held of the object ("called the plan
 * a failure"), an attitude shown, someone found in a state ("shows Sanders with 47 percent"), and the
 * one a verb moves ("The remark worried some analysts").
 */
import { CUE_VERBS } from '../lexicon/index.ts';
import { STATEMENT_NOUNS } from '../lexicon/statement-nouns.ts';
import { DOCUMENTS, TIMES } from '../lexicon/words.ts';
import { headOf, phraseStartingAt } from '../phrase.ts';
import { endsInSingleS, isClauseWord, isDeterminer, isDocumentWord, isIndefinite, OBJECT_PRONOUNS } from '../word-classes.ts';
import { isAdverb, isPunct, isWord, type Token } from '../tokens.ts';
import type { CueHit } from './cues.ts';
import { isBe } from './passives.ts';
import { plausibleSource } from './plausible.ts';
import type { VerbAt } from './verb-frames.ts';

export const STATEMENT_NOUN_SET = new Set<string>(STATEMENT_NOUNS);

/** What one makes in words: "made comments about", "made a plea for", "made veiled references to". */
const MADE_IN_WORDS = new Set('comment comments remark remarks statement statements reference references case argument arguments plea pleas appeal appeals pitch promise promises pledge pledges accusation accusations allegation allegations claim claims assertion assertions threat threats suggestion suggestions prediction predictions apology overture overtures'.split(' '));
/** What those words are about or for: "comments about", "a plea for", "references to". */
const MADE_ABOUT = /^(about|on|to|for|that|against|regarding)$/;

/**
 * The noun of words a form of "make" puts out, with what they are about ("made conflicting statements
 * about…", "is making an impassioned case to…"), past a determiner and a few words that describe it; or -1.
 */
export function madeInWords(tokens: Token[], k: number): number {
  for (let n = k; n < k + 5; n++) {
    const t = tokens[n];
    if (t === undefined || t.kind !== 'w' || t.cap || (n > k && isDeterminer(t))) return -1;
    if (MADE_IN_WORDS.has(t.lower)) return MADE_ABOUT.test(tokens[n + 1]?.lower ?? '') || isPunct(tokens[n + 1], ':') ? n : -1;
    if (!isDeterminer(t) && isClauseWord(t)) return -1;
  }
  return -1;
}

/** "repeated accusations that…", "echoed his call for…", "repeated his promise to…": a statement noun as the object, with its content. */
export function statementObject(tokens: Token[], k: number): boolean {
  for (let n = k; n < k + 4; n++) {
    const t = tokens[n];
    if (t === undefined || t.kind !== 'w') return false;
    if (STATEMENT_NOUN_SET.has(t.lower)) return /^(that|for|about|against|to)$/.test(tokens[n + 1]?.lower ?? '') || isPunct(tokens[n + 1], ':“"');
  }
  return false;
}

/** "the plan a failure", "the plan to be a failure": an object, then what it is held to be. */
export function describedObject(tokens: Token[], k: number, b: number): boolean {
  for (let m = k + 2; m < Math.min(b, k + 6); m++) {
    const t = tokens[m]!;
    if (t.kind === 'p' || /^(for|on|in|at|by|with|from|during|over|until|after|before|since|about|and|or)$/.test(t.lower)) return false;
    if (isIndefinite(t.lower) || (t.lower === 'to' && tokens[m + 1]?.lower === 'be')) return true;
  }
  return false;
}

/** People whose finding is evidence, whatever follows: "The researchers found a 47 percent lower risk". */
const FINDERS = new Set('researcher researchers scientist scientists investigator investigators auditor auditors analyst analysts economist economists pollster pollsters author authors scholar scholars historian historians inspector inspectors epidemiologist epidemiologists statistician statisticians'.split(' '));
export const findsEvidence = (tokens: Token[], [first, last]: [number, number]) => FINDERS.has(headOf(tokens, first, last).lower);

/** Adjectives of judgement after what is found: "found it difficult", "finds the plan unworkable". */
const JUDGED = new Set('difficult hard easy impossible necessary important useful helpful odd strange curious interesting disturbing offensive appalling compelling unacceptable unworkable credible implausible persuasive unconvincing baffling hard-to-believe wanting lacking'.split(' '));

/** Prepositions in -ing, which describe no state: "during", "including". */
const PREPOSITIONS_IN_ING = new Set(['during', 'including', 'following', 'according', 'regarding', 'concerning', 'notwithstanding']);

/** "finds states shifting toward the GOP", "shows Sanders with 47 percent": someone found in a state, after token i. */
export function findsInState(tokens: Token[], i: number, b: number): boolean {
  const object = phraseStartingAt(tokens, i + 1, b);
  // ("finds his message chilling", "found it difficult to…": a judgement of what was found.)
  const last = object && object[1] > object[0] ? tokens[object[1]]! : undefined;
  // ("found the posting": a noun in -ing after its determiner is what was found.)
  if (last && !last.cap && /[a-z]{3}ing$/.test(last.lower) && !isDeterminer(tokens[object![1] - 1]) && !PREPOSITIONS_IN_ING.has(last.lower)) return true;
  const after = object ? tokens[object[1] + 1] : undefined;
  if (after && JUDGED.has(after.lower)) return true;
  // (Not a preposition in -ing: "found them during the inquiry".)
  const state = after !== undefined && after.kind === 'w' && !after.cap && !PREPOSITIONS_IN_ING.has(after.lower);
  return state && (/[a-z]{3}ing$/.test(after!.lower) || /^(with|ahead|behind|leading|trailing)$/.test(after!.lower));
}

/** What one shows of oneself: "has shown little interest", "showed signs of irritation". */
const SHOWN_ATTITUDES = new Set('interest inclination sign signs willingness reluctance enthusiasm support concern appetite patience impatience disdain contempt understanding desire eagerness hint hints hesitation openness respect sympathy frustration irritation'.split(' '));

/**
 * Whether one of the `count` words from token k (before `end`) passes `test`, read up to the first
 * mark, or the first name when `nameStops`: what a verb's object holds ("shares this bleak view").
 */
export function objectHolds(tokens: Token[], k: number, count: number, test: (t: Token, m: number) => boolean, nameStops = false, end = tokens.length): boolean {
  for (let m = k; m < Math.min(end, k + count); m++) {
    const t = tokens[m];
    if (t === undefined) return false;
    if (test(t, m)) return true;
    // ("the DNC emails", "a CNN poll": a name may stand before the noun it describes.)
    if (t.kind === 'p' || (nameStops && t.cap && !(m + 1 < Math.min(end, k + count) && !tokens[m + 1]!.cap && test(tokens[m + 1]!, m + 1)))) return false;
  }
  return false;
}

/** An attitude shown within the few words after token k: "little interest", "an animated and personal interest". */
export const shownAttitude = (tokens: Token[], k: number, b: number) => objectHolds(tokens, k, 5, (t) => SHOWN_ATTITUDES.has(t.lower), true, b);

/** What one publishes that carries words: "a statement", "its findings", "a formal complaint". */
export const PUBLISHED = new Set([...DOCUMENTS, ...STATEMENT_NOUNS, 'speech', 'address', 'retort', 'rebuke', 'defense', 'defence', 'plan', 'proposal', 'list', 'data', 'findings', 'rules', 'guidance', 'ruling', 'rulings', 'verdict', 'order', 'orders', 'excerpt', 'excerpts', 'message', 'apology', 'denial', 'response']);

/** "posted a photo of herself", "posted on Facebook": what one posts that carries words, or where. */
export function postsWords(tokens: Token[], i: number): boolean {
  // ("video posted on social media", "a tweet Labott posted": what was posted, not who posted it.)
  if (isDocumentWord(tokens[i - 1]) || isDocumentWord(tokens[i - 2])) return false;
  // ("posted on Jan. 27" tells when, not where.)
  const where = tokens[i + 2];
  if (tokens[i + 1]?.lower === 'on' && where && ((where.cap && !TIMES.has(where.lower) && !/^[a-z]{3}\.$/.test(where.lower)) || /^(social|its|his|her|their)$/.test(where.lower))) return true;
  return objectHolds(tokens, i + 1, 4, (t) => PUBLISHED.has(t.lower) || t.lower === 'comment' || t.lower === 'comments', true);
}

/**
 * "The remark worried some analysts", "His behavior has angered the party's top figures": a verb that
 * moves its object, read as the feeling of the one moved. Not in a passive ("was angered by the
 * report"), nor before a clause ("worries Sanders would lose" is the subject's own worry).
 */
export function objectFeels({ tokens, i, b, verb }: VerbAt): CueHit | null | undefined {
  // ("worry" is a verb of fearing too; the others report a feeling only this way.)
  const otherwise = verb.lemma === 'worry' ? undefined : null;
  const prev = tokens[i - 1];
  if (verb.form === 'ing' || !prev || isBe(prev) || isBe(tokens[i - 2]) || /^(that|about|over|whether|if)$/.test(tokens[i + 1]?.lower ?? '')) return otherwise;
  // ("disappointed Sanders supporters", "a financially troubled company": a participle before its noun
  // describes it; "No surprise", "had trouble": a base form after a word that is no subject is a noun.)
  if ((verb.form === 'ed' || verb.form === 'en') && (prev.kind === 'p' || isDeterminer(prev) || isAdverb(prev) || /^(with|of|for|by|from|among|to|and|or)$/.test(prev.lower))) return otherwise;
  if (verb.form === 'base' && !/^(to|not|n't|n’t|never|would|will|can|could|may|might|should|must|also|they|we|you|i|who|that)$/.test(prev.lower) && !(!prev.cap && endsInSingleS(prev.lower))) return otherwise;
  let object: [number, number] | null = OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') ? [i + 1, i + 1] : phraseStartingAt(tokens, i + 1, b);
  if (!object) return otherwise;
  // ("angered Jewish leaders with his comments": the one moved, not how.)
  for (let m = object[0] + 1; m <= object[1]; m++) if (/^(with|by|on|in|at|for|over|about|from|during|after|before)$/.test(tokens[m]!.lower)) object = [object[0], m - 1];
  const after = tokens[object[1] + 1]?.lower ?? '';
  const clause = /^(would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)$/.test(after);
  const feels = OBJECT_PRONOUNS.has(tokens[object[0]]!.lower) || plausibleSource(tokens, object, { ...verb, form: 'ed' }, false);
  return feels && !clause ? { cue: [i, i], source: object, kind: 'verb', cls: 'belief' } : otherwise;
}

/** A reporting verb in -ing within a few words from k, in the same clause: "a statement Monday, offering…". */
export function participleSoon(tokens: Token[], k: number): boolean {
  for (let m = k; m < Math.min(tokens.length, k + 5) && !isPunct(tokens[m], '.;:!?'); m++) {
    const after = CUE_VERBS.get(tokens[m]?.lower ?? '');
    if (after?.form === 'ing' && after.cls !== 'weak') return true;
  }
  return false;
}

/** People who are let in: "refugees admitted", "students admitted". */
export const ENTRANTS = new Set(['refugees', 'immigrants', 'migrants', 'students', 'patients', 'applicants', 'people', 'asylum-seekers']);

/** "push several candidates out", "pushed him aside": a shove, its object and the way it goes ("pushed to get out the vote" is an effort). */
function pushedAway(tokens: Token[], i: number): boolean {
  for (let m = i + 1; m < i + 6 && isWord(tokens[m]) && !/^(to|for|back)$/.test(tokens[m]!.lower); m++) if (m > i + 1 && /^(out|aside|away|off)$/.test(tokens[m]!.lower)) return true;
  return false;
}

/** The frame of a verb that may shove rather than speak: no report when it does ("ripped the signs away"). */
export const shoved = ({ tokens, i }: VerbAt) => (pushedAway(tokens, i) ? null : undefined);

/** "put it" at i puts words: "as she put it on Wednesday", "…, put it: “…”", "to put it bluntly", "put it this way" (not "putting it to rest"). */
export const putsWords = (tokens: Token[], i: number) =>
  tokens.slice(Math.max(0, i - 16), i).some((t) => t.lower === 'as') || tokens[i - 1]?.lower === 'to' || isPunct(tokens[i + 2], ',:;.') || isAdverb(tokens[i + 2]) || /^(this|that|best|more|another|so|thus|differently|like)$/.test(tokens[i + 2]?.lower ?? '');
