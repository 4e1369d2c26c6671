/**
 * The subject before asides set off by commas or dashes: "Cory James, 22, of Flint, Mich., said",
 * "Mrs. Clinton, who stayed in the race, has said". Each segment ends a candidate; names, places
 * and the topics an opening phrase names are told apart here.
 */
import { isCommonNoun, isPeopleNoun } from '../lexicon/words.ts';
import { headOf, isSentenceAdverb, phraseEndingAt, withoutBracket } from '../phrase.ts';
import { isDeterminer, isPastAfterNoun, isSubjectPronoun, isWhoOrWhich } from '../word-classes.ts';
import { isAdverb, isPunct, isWord, type Token } from '../tokens.ts';
import type { Range } from './cues.ts';
import { namesDocument, plausibleSource, type CueVerb } from './plausible.ts';
import { bracketedPhraseEndingAt, headOfRelativeClause, withGroup } from './subject-extents.ts';
import { closesTitle } from './verb-context.ts';
import { PHRASE_AUXILIARIES } from './between.ts';
import { isBe } from './passives.ts';

/** Prepositions of place and time before a phrase set off by commas. */
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across', 'around', 'through', 'throughout', 'into', 'along', 'during', 'since', 'after', 'before', 'on']);

/** Prepositions before a topic or a partner set off by commas: "Of Carson, …", "With Trump, …". */
const TOPIC = new Set(['of', 'about', 'for', 'to', 'with', 'against', 'toward', 'towards', 'unlike', 'like']);

/** Other prepositions, whose phrase is their object and no subject: "…divided over it, the letter…". */
const OBJECT_LEADS = new Set(['over', 'under', 'amid', 'among', 'despite', 'without', 'within', 'between', 'than', 'via', 'upon', 'onto', 'beyond', 'behind', 'above', 'below']);

/** Of the linking prepositions, the ones that also open clauses. */
export const CONJUNCTION_LIKE = new Set(['after', 'before', 'since']);

/**
 * "Cory James, 22, of Flint, Mich., said": each comma-set segment ends a candidate; the leftmost
 * name or pronoun among them is the subject, else the phrase that opens the sentence, else the
 * nearest plausible phrase.
 */
export function subjectBeforeAsides(tokens: Token[], comma: number, a: number, verb: CueVerb): Range | null {
  let named: Range | null = null;
  let nearest: Range | null = null;
  let opening: Range | null = null;
  for (let end = comma - 1, segments = 0; end >= a && segments < 5; segments++) {
    // ("The poll has, however, found…": an auxiliary before the aside belongs to the verb after it.)
    if (segments > 0) while (end > a && (PHRASE_AUXILIARIES.has(tokens[end]!.lower) || isBe(tokens[end]))) end--;
    let np = isPunct(tokens[end], ')') ? bracketedPhraseEndingAt(tokens, end, a) : phraseEndingAt(tokens, end, a);
    if (np && np[0] === np[1] && isSentenceAdverb(tokens[np[0]]!)) np = null;
    // ("Ramos, who is promoting his book, “Sin Miedo,” downplayed…": a title quoted in the aside names
    // no one, nor does the object in a relative aside.)
    if (np && (tokens[np[0]]!.quote >= 0 || objectInRelative(tokens, np, a))) np = null;
    // ("Voters who watched him, on television, said": the phrase before "who", as with no aside.)
    if (np) np = headOfRelativeClause(tokens, np, a) ?? np;
    if (np) np = withGroup(tokens, np, a);
    if (np) np = personBeforePlace(tokens, np, a);
    // "The department repeatedly obfuscated facts, admitted…": a verb and its object are no subject;
    // the subject that opens the sentence before them is the next listed verb's ("retired Gen. John
    // Allen", "Clinton, exasperated, responded" are no list).
    if (np && isPastAfterNoun(tokens, np[0]) && !tokens.slice(np[0], np[1] + 1).some((t) => t.cap) && !isCommonNoun(headOf(tokens, np[0], np[1]).lower)) {
      let k = np[0] - 1;
      while (k >= a && isAdverb(tokens[k])) k--;
      const listed = phraseEndingAt(tokens, k, a);
      if (listed && listed[0] === a && plausibleSource(tokens, listed, verb, false)) return listed;
    }
    // "…unrest in Nevada, Senator Harry Reid, the minority leader, said": a place after a preposition is no subject.
    // ("Of Carson, Levine, who…, said": nor is the topic an opening "Of" names.)
    // ("Powell's office, when contacted by Reuters, said": nor is the agent of a passive in an aside.)
    const lead = np ? tokens[np[0] - 1]?.lower ?? '' : '';
    // ("…two days after the Huffington Post, which had said…, said": after a conjunction-like preposition,
    // a phrase with a relative aside opens a clause.)
    const clauseOpener = CONJUNCTION_LIKE.has(lead) && isPunct(tokens[np![1] + 1], ',') && isWhoOrWhich(tokens[np![1] + 2]?.lower ?? '');
    if (np && plausibleSource(tokens, np, verb, false) && (!LOCATIVE.has(lead) || clauseOpener) && !TOPIC.has(lead) && !OBJECT_LEADS.has(lead) && lead !== 'by') {
      nearest ??= np;
      const head = headOf(tokens, np[0], withoutBracket(tokens, np[0], np[1]));
      // ("After beating Trump, Ted Cruz, a senator, said", "One pastor supporting Mr. Cruz, Darran
      // Whiting, said": the object of a verb in -ing names no subject.)
      const object = objectOfGerund(tokens[np[0] - 1]) || tokens.slice(np[0] + 1, np[1]).some(objectOfGerund);
      // ("a rally in Berea, OH, after…", "Flint, Mich.,": a state after its town names no one.)
      const state = np[0] === np[1] && /^([A-Z]{2}|[A-Z][a-z]{1,4}\.)$/.test(tokens[np[0]]!.text) && isPunct(tokens[np[0] - 1], ',') && tokens[np[0] - 2]?.cap === true;
      // ("Several lawmakers, among them Smith and Jones, said": nor do names an aside gives as examples, while a phrase before them does.)
      if ((head.cap || isSubjectPronoun(head)) && !object && !state && !givesExamples(tokens, np[0], a)) named = np;
      // "Her co-host, a former aide, told…": the phrase that opens the sentence is the subject.
      if (np[0] === a || (np[0] === a + 1 && !isWord(tokens[a]))) opening = np;
    }
    let k = (np ? np[0] : end) - 1;
    while (k >= a && !isPunct(tokens[k], ',—–') && end - k < 40) k--;
    if (k < a || !isPunct(tokens[k], ',—–')) break;
    // "…of Cruz,'' Robert Shrum, a strategist, said": a quotation before the name is no aside.
    // (A title in the aside is part of it: "Hemsley, the co-author of "Going Viral," about…, said".)
    if ((isPunct(tokens[k + 1], '”"’\'') || tokens[k]!.quote >= 0) && !closesTitle(tokens, k, a)) break;
    end = k - 1;
  }
  // ("The poll, released by the Public Policy Institute, showed…": the document shows, not a name in its aside.)
  if (verb.cls === 'evidence' && opening && namesDocument(tokens, opening)) return opening;
  return named ?? opening ?? nearest;
}

/**
 * "…, who is promoting his book,": a phrase after the verb of a relative aside ("which Mr. Trump has
 * likened…" opens with its subject; "who" itself stands for the one named before it).
 */
function objectInRelative(tokens: Token[], np: Range, a: number): boolean {
  let start = np[0];
  while (start > a && !isPunct(tokens[start - 1], ',—–')) start--;
  const after = tokens[start + 1];
  return np[0] > start + 1 && isWhoOrWhich(tokens[start]!.lower) && after !== undefined && !after.cap && !isDeterminer(after);
}

/** The segment holding token k, after a comma, opens with words that give examples: "including", "among them". */
function givesExamples(tokens: Token[], k: number, a: number): boolean {
  let start = k;
  while (start > a && !isPunct(tokens[start - 1], ',—–') && k - start < 12) start--;
  return start > a && /^(including|among|especially|notably|such|like)$/.test(tokens[start]!.lower);
}

/**
 * "Darran Whiting of Liberty Baptist Church in Marion": the person a segment names, before where
 * they are from. The phrase after "of" or a preposition of place is only the subject's description.
 */
function personBeforePlace(tokens: Token[], np: Range, a: number): Range {
  let found = np;
  for (let hops = 0, at = np; hops < 3; hops++) {
    const prep = tokens[at[0] - 1]?.lower ?? '';
    if (!(LOCATIVE.has(prep) || prep === 'of') || at[0] - 2 < a || !isWord(tokens[at[0] - 2])) break;
    const outer = phraseEndingAt(tokens, at[0] - 2, a);
    if (!outer) break;
    at = outer;
    // (Only a segment set off by commas: "Speaking in Harlem, Clinton…" opens with no name.)
    const head = headOf(tokens, outer[0], outer[1]);
    if ((head.cap || isPeopleNoun(head.lower)) && isPunct(tokens[outer[0] - 1], ',')) found = outer;
  }
  return found;
}

/** A verb in -ing before a phrase takes it as object: "beating Trump", "winning Ohio". */
const objectOfGerund = (t: Token | undefined) => t !== undefined && t.kind === 'w' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing');

/** The dash at k closes an aside a dash opened after the sentence's first word: "The report – released Monday – shows". */
export function closesDashAside(tokens: Token[], k: number, sentenceStart: number): boolean {
  if (!isPunct(tokens[k], '—–')) return false;
  for (let j = k - 2; j > sentenceStart; j--) if (isPunct(tokens[j], '—–')) return tokens[j - 1]!.kind === 'w' && !isDeterminer(tokens[j + 1]);
  return false;
}
