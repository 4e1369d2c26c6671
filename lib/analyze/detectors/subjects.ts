/**
 * Who a cue's subject is: the phrase before the verb, past asides set off by commas or dashes,
 * brackets, relative clauses and phrases of time; or the subject of the clause a participle or
 * "and said" continues. Whether a phrase can be a source at all is read in plausible.ts.
 */
import { CUE_VERBS } from '../lexicon/index.ts';
import { CONNECTIVE_WORDS, DOCUMENTS, isCommonNoun, isPeopleNoun, ORGANIZATIONS, PLACE_NAMES } from '../lexicon/words.ts';
import { headOf, isSentenceAdverb, joinsNames, phraseEndingAt, phraseStartingAt } from '../phrase.ts';
import { CLAUSE_OPENERS, isClauseWord, isCount, isDeterminer, isDocumentWord, isPastAfterNoun, isSmallNumber, isSubjectPronoun, OBJECT_PRONOUNS, PERSONAL_SUBJECTS, SUBORDINATORS } from '../word-classes.ts';
import { isPunct, type Token } from '../tokens.ts';
import type { Range } from './cues.ts';
import { namesDocument, plausibleSource, type CueVerb } from './plausible.ts';
import { isLinkingPreposition, isTime, LEADING_CONJUNCTIONS, sentenceSubject } from './sentence-subject.ts';
import { bracketedPhraseEndingAt, describedBeforePhrases, describedByParticiple, headOfRelativeClause, withAddressee, withCloseness, withGroup } from './subject-extents.ts';
import { CONJUNCTION_LIKE, subjectBeforeAsides } from './asides.ts';

/** Verbs that let their object act: "to help brands find", "to make voters think". */
const LETTING = /^(make|let|help|have|watch|see|hear)$/;
/** The last such verb after "to" inside tokens (from, to), or -1. */
function lets(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (LETTING.test(tokens[k]!.lower) && tokens[k - 1]!.lower === 'to') return k;
  return -1;
}
/** A verb that lets no phrase speak on the verb's account: only names, groups and documents may. */
const ANY_VERB: CueVerb = { lemma: '', form: 'ed', cls: 'speech' };

/**
 * The subject ending at token j. Looks past asides set off by commas ("Peskov, the Kremlin's
 * spokesman, said"; "Salceda, citing data…, said") and past a phrase of time or place between
 * subject and verb ("Trump in his announcement speech called").
 */
export function subjectEndingAt(tokens: Token[], j: number, a: number, verb: CueVerb, adjacent = false): [number, number] | null {
  if (j < a) return null;
  if (isPunct(tokens[j], ',—–')) return subjectBeforeAsides(tokens, j, a, verb);
  if (isPunct(tokens[j], ')')) {
    const bracketed = bracketedPhraseEndingAt(tokens, j, a);
    return bracketed && coordinated(tokens, bracketed, a);
  }
  // "Experts I spoke to were unanimous", "the people we talked with said": a clause without "who"
  // after the subject, ending in its preposition.
  if (j - 3 >= a && (tokens[j]!.lower === 'to' || tokens[j]!.lower === 'with' || tokens[j]!.lower === 'about') && PERSONAL_SUBJECTS.has(tokens[j - 2]!.lower) && tokens[j - 1]!.kind === 'w' && /ed$|^(spoke|talked|met)$/.test(tokens[j - 1]!.lower)) {
    const np = phraseEndingAt(tokens, j - 3, a);
    if (np && isPeopleNoun(tokens[np[1]]!.lower)) return np;
  }
  // ("None of the scholars I interviewed thought…": or in its verb, perhaps with a time after it: "I interviewed this week".)
  const v = isTime(tokens[j]!) && TIME_LEADS.has(tokens[j - 1]?.lower ?? '') ? j - 2 : j;
  if (v - 2 >= a && PERSONAL_SUBJECTS.has(tokens[v - 1]!.lower) && tokens[v]!.kind === 'w' && !tokens[v]!.cap && /ed$|^(spoke|talked|met|saw|knew)$/.test(tokens[v]!.lower)) {
    const np = phraseEndingAt(tokens, v - 2, a);
    if (np && isPeopleNoun(tokens[np[1]]!.lower)) return [np[0], v];
  }
  // "victims, many of whom say…": a share of the people the relative pronoun stands for.
  if (j - 2 >= a && tokens[j]!.lower === 'whom' && tokens[j - 1]!.lower === 'of' && /^(many|some|most|all|none|several|few|both|each|one|two|half)$/.test(tokens[j - 2]!.lower)) return [j - 2, j];
  // "Priebus later Thursday told": a time between subject and verb.
  // "The State Department less than two weeks ago said": the same, counted back from "ago".
  let k = j;
  while (k > a && (isTime(tokens[k]!) || TIME_LEADS.has(tokens[k]!.lower) || tokens[k]!.kind === 'n' || isSmallNumber(tokens[k]))) k--;
  const timed = isTime(tokens[j]!) || tokens[j]!.lower === 'ago';
  if (k < j && timed && (tokens[k]!.cap || isSubjectPronoun(tokens[k]) || isPeopleNoun(tokens[k]!.lower) || ORGANIZATIONS.has(tokens[k]!.lower))) j = k;
  // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized": the bracket before the time.
  else if (k < j && timed && isPunct(tokens[k], ')')) return subjectEndingAt(tokens, k, a, verb, adjacent);
  // ("Reince Priebus, the GOP chairman, this past week announced": an aside before the time.)
  else if (k < j && timed && isPunct(tokens[k], ',')) return subjectBeforeAsides(tokens, k, a, verb);
  // "A report published Wednesday said": the time belongs to the participle describing the noun.
  else if (k < j && timed) {
    const described = describedByParticiple(tokens, k, j, a, verb, adjacent);
    // ("The voters surveyed in a poll released Monday said": the people the poll asked, before it.)
    const asked = described && isLinkingPreposition(tokens[described[0] - 1]) ? describedByParticiple(tokens, described[0] - 2, j, a, verb, adjacent) : null;
    if (described) return asked ?? described;
  }
  let np = phraseEndingAt(tokens, j, a);
  // ("Those over 60 say", "voters under 30 believe": people of an age.)
  if (np && tokens[np[0]]!.kind === 'n' && /^(over|under|aged)$/.test(tokens[np[0] - 1]?.lower ?? '')) {
    const people = phraseEndingAt(tokens, np[0] - 2, a);
    if (people && (tokens[people[1]]!.lower === 'those' || isPeopleNoun(tokens[people[1]]!.lower))) np = [people[0], np[1]];
  }
  if (np) np = headOfRelativeClause(tokens, np, a) ?? np;
  // ("The candidates to replace him said": an infinitive and its object describe the noun before "to".)
  // ("…to make them feel": not one whose verb lets its object act.)
  const infinitive = np && OBJECT_PRONOUNS.has(tokens[np[1]]!.lower) && np[1] > np[0] && tokens[np[0] - 1]?.lower === 'to' && !LETTING.test(tokens[np[0]]!.lower) ? phraseEndingAt(tokens, np[0] - 2, a) : null;
  if (np && infinitive) np = [infinitive[0], np[1]];
  // "A study published in the journal said": so does a place or time after it.
  // ("Officials accused of bias said", "the men charged with fraud say": so does what the participle charges them with.)
  // ("An employee assigned to the city of Guangzhou reported", "a letter sent to members says": past each phrase.)
  if (np) np = describedBeforePhrases(tokens, np, a, verb, adjacent) ?? np;
  // "A union representing flight attendants endorsed": a participle and its object describe the noun before.
  if (np && (tokens[np[0] - 1]?.lower ?? '').endsWith('ing') && !tokens[np[0] - 1]!.cap && tokens[np[0] - 1]!.kind === 'w') {
    const described = phraseEndingAt(tokens, np[0] - 2, a);
    // ("A lawyer representing the family said": a person described so speaks, though the family could.)
    const person = described !== null && isPeopleNoun(tokens[described[1]]!.lower);
    if (described && plausibleSource(tokens, described, verb, false) && (person || !plausibleSource(tokens, np, verb, false))) np = [described[0], np[1]];
  }
  if (np) np = withGroup(tokens, np, a);
  if (np) np = withCloseness(tokens, np, a);
  if (np) np = withAddressee(tokens, np, a);
  // "a petition signed by 60 residents asks": the document, with who made it; "Economists polled by
  // Reuters expected": the people, with who asked them.
  if (np && tokens[np[0] - 1]?.lower === 'by' && (tokens[np[0] - 2]?.lower ?? '').endsWith('ed')) {
    const made = phraseEndingAt(tokens, np[0] - 3, a);
    const head = made && headOf(tokens, made[0], made[1]).lower;
    if (made && head && (DOCUMENTS.has(head) || (isPeopleNoun(head) && made[1] === np[0] - 3))) np = [made[0], np[1]];
  }
  // "Another source speaking to Fox News said": the phrase after a participle is not the speaker.
  if (np && PARTICIPLE_LINKS.has(tokens[np[0] - 1]?.lower ?? '') && (tokens[np[0] - 2]?.lower ?? '').endsWith('ing') && !tokens[np[0] - 2]!.cap) {
    const speaker = phraseEndingAt(tokens, np[0] - 3, a);
    if (speaker && plausibleSource(tokens, speaker, verb, false)) np = speaker;
  }
  // ("after Sanders calls Clinton…": the phrase right before the verb is judged as adjacent to it.)
  // ("Trump after the debate said": a phrase after a preposition speaks only if more than a verb
  // of saying would let it.)
  // Nor does one after a name that opens the clause: "Jeb Bush in a Medium post said".
  const speaks = (range: Range, hops: number) => {
    if (!plausibleSource(tokens, range, verb, adjacent && hops === 0 && range[1] === j)) return false;
    if (!isLinkingPreposition(tokens[range[0] - 1])) return true;
    const before = phraseEndingAt(tokens, range[0] - 2, a);
    // ("Ever since she endorsed…": an adverb leading the preposition is no name.)
    // ("Years after Bill Clinton claimed…": nor is a time in capitals, nor "it" that may be an object:
    // "Trump said it after Clinton said it".)
    const head = before && tokens[before[1]]!;
    // ("…, while Jeb Bush in a Medium post said": or after a word that opens a clause.)
    const opensClause = before !== null && (before[0] === a || isPunct(tokens[before[0] - 1], ',;') || SUBORDINATORS.has(tokens[before[0] - 1]!.lower) || /^(and|but)$/.test(tokens[before[0] - 1]!.lower));
    const named = before !== null && head !== null && opensClause && (head.cap || (isSubjectPronoun(head) && !/^(it|you)$/.test(head.lower))) && !PREPOSITION_ADVERBS.has(head.lower) && !isTime(head);
    return !named && plausibleSource(tokens, range, ANY_VERB, false);
  };
  for (let hops = 0; hops < 2 && np && !speaks(np, hops); hops++) {
    const before = tokens[np[0] - 1];
    if (!before || !isLinkingPreposition(before)) break;
    // "after the company cut its forecast": a conjunction opening a clause is not hopped over;
    // a time or a short phrase after it is ("after Tuesday's vote", "after the debate").
    if (CONJUNCTION_LIKE.has(before.lower) && !isTime(tokens[np[1]]!) && np[1] - np[0] > 2) break;
    // "Ryan, the party's leader, on Tuesday called…": past the time phrase, an aside may still stand.
    if (isPunct(tokens[np[0] - 2], ',')) return subjectBeforeAsides(tokens, np[0] - 2, a, verb);
    // "People briefed on the move said": a participle and its phrase describe the noun before them.
    const participle = tokens[np[0] - 2];
    if (participle && participle.kind === 'w' && !participle.cap && participle.lower.endsWith('ed') && isCueParticiple(participle)) {
      const described = phraseEndingAt(tokens, np[0] - 3, a);
      np = described && plausibleSource(tokens, described, verb, false) ? [described[0], np[1]] : null;
      break;
    }
    np = phraseEndingAt(tokens, np[0] - 2, a);
  }
  // ("…uses big data to help brands find suppliers": not past "to help", whose object is the one who acts.)
  const letter = np ? lets(tokens, np[0], np[1]) : -1;
  if (np && letter >= 0) np = [letter + 1, np[1]];
  // For a verb of evidence, a document named further back wins over a name inside its phrase
  // ("An analysis by Politifact of elections since 1972 showed").
  if (np && verb.cls === 'evidence') {
    const found = documentBefore(tokens, j, a);
    const named = found && lets(tokens, found[0], j) < 0 ? found : null;
    // (and one that runs on up to the verb: "…of elections since 1972 showed").
    if (named && (!namesDocument(tokens, np) || named[1] > np[1] || named[0] < np[0])) return named;
    if (!namesDocument(tokens, np) && !plausibleSource(tokens, np, verb, false)) return np;
  }
  return np && coordinated(tokens, np, a);
}

/**
 * "Both Blocher and the SVP have complained": two subjects joined by "and", when the first opens
 * the sentence or a clause (in "Sanders won Iowa and Clinton said" the first is an object).
 */
function coordinated(tokens: Token[], np: Range, a: number): Range {
  // ("…favored Mr. Cruz and 15 percent backed Rubio": a share after "and" opens a clause of its own.)
  if (tokens[np[0] - 1]?.lower !== 'and' || (isCount(tokens[np[0]]) && /^(percent|%)$/.test(tokens[np[1]]!.lower))) return np;
  const firstConjunct = phraseEndingAt(tokens, np[0] - 2, a);
  // The first must be a name ("Chaffetz", "the SVP"); "Sanders won Iowa" holds a verb.
  // Or both are nouns for people or groups: "politicians and ordinary voters".
  // ("The Centers for Disease Control and Prevention": "for" and "of" inside a name.)
  const named = (range: Range) => tokens.slice(range[0], range[1] + 1).every((t, k, all) => t.cap || isDeterminer(t) || (/^(of|for)$/.test(t.lower) && k > 0 && all[k - 1]!.cap && all[k + 1]?.cap === true));
  const group = (range: Range) => isCommonNoun(tokens[range[1]]!.lower) && !isDocumentWord(tokens[range[1]]);
  // ("The presidents of France and Germany said": the people both names are of.)
  let of = -1;
  if (firstConjunct) for (let k = firstConjunct[1] - 1; k > firstConjunct[0] && of < 0; k--) if (tokens[k]!.lower === 'of') of = k;
  const ofNames = of > 0 && named([of + 1, firstConjunct![1]]) && group([firstConjunct![0], of - 1]);
  if (!firstConjunct || !(named(firstConjunct) || ofNames || (group(firstConjunct) && group(np)))) return np;
  let start = firstConjunct[0];
  if (tokens[start - 1]?.lower === 'both') start--;
  // (The sentence may open with "But" or "And" before it; a clause with "that": "a move that Clinton and Sanders hope…".)
  // ("…goes on as China and Russia support the government": or a conjunction that opens a clause.)
  const opensAt = (k: number) => k === a || isPunct(tokens[k - 1], ',;:—–(“"') || (k - 1 === a && LEADING_CONJUNCTIONS.has(tokens[a]!.lower)) || tokens[k - 1]?.lower === 'that' || CLAUSE_OPENERS.has(tokens[k - 1]?.lower ?? '');
  // ("Trump, Huckabee and Christie said": a list of names, when the list opens the clause.)
  let listed = start;
  // (Not "However, Trump and Cruz", "Wednesday, Trump and his supporters": a connective or a time opens it.)
  const listItem = (item: Range | null): item is Range => item !== null && named(item) && !(item[0] === item[1] && (isSentenceAdverb(tokens[item[0]]!) || CONNECTIVE_WORDS.has(tokens[item[0]]!.lower) || isTime(tokens[item[0]]!)));
  for (let item = phraseEndingAt(tokens, listed - 2, a); isPunct(tokens[listed - 1], ',') && listItem(item); item = phraseEndingAt(tokens, listed - 2, a)) listed = item[0];
  // (Only names: "Erin Brockovich, the activist and lawyer," is one person described.)
  if (listed < start && named(firstConjunct) && (listed === a || (listed - 1 === a && LEADING_CONJUNCTIONS.has(tokens[a]!.lower)))) return [listed, np[1]];
  // ("voters in Alabama, Georgia, Tennessee and Virginia want": the people in all the places the list names.)
  const placed = withGroup(tokens, [listed, np[1]], a);
  if (listed < start && placed[0] < listed) return placed;
  if (opensAt(start)) return [start, np[1]];
  // ("Officials in Washington and Moscow said": both places the group is in.)
  const grouped = withGroup(tokens, [start, np[1]], a);
  if (grouped[0] < start) return grouped;
  return np;
}

/** A reporting verb's participle: "briefed", "interviewed", "asked". */
const isCueParticiple = (t: Token) => {
  const v = CUE_VERBS.get(t.lower);
  return v !== undefined && (v.form === 'ed' || v.form === 'en');
};

/** Adverbs that may lead a preposition opening the sentence: "Ever since…", "Shortly after…". */
const PREPOSITION_ADVERBS = new Set(['ever', 'even', 'just', 'only', 'soon', 'long', 'right', 'well', 'shortly', 'almost', 'nearly', 'not']);

/** Prepositions a participle takes before its object: "speaking to Fox News", "working with aides". */
const PARTICIPLE_LINKS = new Set(['to', 'with', 'for', 'on', 'about', 'at']);

/** Words that lead into a time between a subject and its verb: "later Thursday", "on Monday". */
const TIME_LEADS = new Set(['later', 'earlier', 'last', 'this', 'past', 'next', 'on', 'early', 'late', 'ago', 'less', 'more', 'than', 'about', 'nearly', 'just', 'a', 'few', 'several', 'couple', 'of']);

/**
 * "An analysis by Politifact of elections since 1972 showed…": for a verb of evidence, the document
 * named at the head of a long phrase before it, up to the verb.
 */
function documentBefore(tokens: Token[], j: number, a: number): Range | null {
  for (let k = j; k >= a && j - k < 15; k--) {
    const t = tokens[k]!;
    // "Surveys of voters taken as they entered the polling sites showed": a short clause inside.
    const innerClause = INNER_CLAUSE_OPENERS.has(t.lower) && isSubjectPronoun(tokens[k + 1]);
    // ("polls from Monmouth and CNN/ORC": a slash joins two names.)
    if ((t.kind === 'p' && !joinsNames(tokens, k)) || (isClauseWord(t) && !EVIDENCE_LINKS.has(t.lower) && !innerClause)) return null;
    // A document word that modifies the noun after it ("the polling sites") names no document of its own.
    const modifier = k < j && tokens[k + 1]!.kind === 'w' && !tokens[k + 1]!.cap && !isClauseWord(tokens[k + 1]) && !EVIDENCE_LINKS.has(tokens[k + 1]!.lower) && !/(ed|en)$/.test(tokens[k + 1]!.lower) && tokens[k + 1]!.lower !== 'of';
    // ("during 36 minutes of remarks": a count of minutes is a while, not a meeting's record.)
    const duration = isTime(t) && (isCount(tokens[k - 1]) || tokens[k - 1]?.kind === 'n');
    if (isDocumentWord(t) && !modifier && !duration) {
      const np = phraseEndingAt(tokens, k, a);
      if (!np) return null;
      // The document's name ends before the participle that describes it ("taken as they…").
      for (let m = k + 1; m < j; m++) {
        if (INNER_CLAUSE_OPENERS.has(tokens[m + 1]!.lower) && isSubjectPronoun(tokens[m + 2]) && tokens[m]!.kind === 'w' && !tokens[m]!.cap) return [np[0], m - 1];
      }
      return [np[0], j];
    }
  }
  return null;
}

/** Words that open a short clause inside a document's long name: "taken as they entered…". */
const INNER_CLAUSE_OPENERS = new Set(['as', 'when', 'while', 'after', 'before']);

/** Words that may sit inside a document's long name: "an analysis by Politifact of elections since 1972", "polls from Monmouth and CNN". */
const EVIDENCE_LINKS = new Set(['by', 'in', 'on', 'to', 'since', 'about', 'into', 'over', 'through', 'during', 'after', 'before', 'from', 'and']);

/** "Mrs. Clinton shook her head and said": the phrase that opens the clause before "and". */
/** The opening mark of a dashed or bracketed aside that closes right before `k`, or `k` itself. */
function beforeAside(tokens: Token[], k: number, a: number): number {
  const close = tokens[k - 1];
  if (!isPunct(close, '—–)')) return k;
  const opens = close!.lower === ')' ? '(' : '—–';
  for (let m = k - 2; m > a; m--) if (isPunct(tokens[m], opens)) return m;
  return k;
}

/** Subordinators that open only a clause, never a phrase: "when Trump spotted…" (not "as", "since", "before"). */
const MID_SUBORDINATORS = new Set(['when', 'while', 'because', 'although', 'though', 'whereas', 'if']);

export function clauseSubject(tokens: Token[], a: number, and: number, verb: CueVerb): Range | null {
  // ("And talk him up, McCarrick…": an "and" that opens the sentence has no clause before it.)
  if (and <= a) return null;
  // ("had served in Vietnam – “13 months in hell” – and said": past an aside set off by dashes or brackets.)
  and = beforeAside(tokens, and, a);
  let start = and - 1;
  while (start > a && !isPunct(tokens[start - 1], ',;—–:')) start--;
  // ("such as when Cruz knocked Rubio on trade and called him…": past the words that open the clause.)
  while (start < and && (isPunct(tokens[start], '"“”(') || LEADING_CONJUNCTIONS.has(tokens[start]!.lower) || SUBORDINATORS.has(tokens[start]!.lower) || tokens[start]!.lower === 'such')) start++;
  // ("The crowd cheered when Trump spotted a sign and asked…": a clause a subordinator opens after
  // the subject, with no comma to close it, is the one "and" continues.)
  for (let k = and - 3; k > start; k--) {
    if (!MID_SUBORDINATORS.has(tokens[k]!.lower)) continue;
    const inner = phraseStartingAt(tokens, k + 1, and);
    const closed = tokens.slice(k + 1, and).some((t) => isPunct(t, ','));
    if (inner && !closed && isPastAfterNoun(tokens, inner[1] + 1) && plausibleSource(tokens, inner, verb, false)) start = k + 1;
    break;
  }
  // "Gary Emineth, a former chairman, became a delegate and said…": a clause after an aside that
  // opens with a plain lower-case word is the predicate; its subject stands before the aside.
  const first = tokens[start];
  // ("Trump summed up Clinton as terrible, denounced her record and said…": a list of what the sentence's subject did.)
  const listed = isPunct(tokens[start - 1], ',') && isPastAfterNoun(tokens, start) ? sentenceSubject(tokens, a, start - 1) : null;
  if (listed) return listed;
  if (isPunct(tokens[start - 1], ',') && first && first.kind === 'w' && !first.cap && !isDeterminer(first) && !isSubjectPronoun(first)) {
    return subjectBeforeAsides(tokens, start - 1, a, verb);
  }
  let np = phraseStartingAt(tokens, start, and);
  // "he paid a visit to the border in Laredo, Texas and explained": a place after a comma is no subject.
  if (np && np[0] === np[1] && PLACE_NAMES.has(tokens[np[0]]!.lower) && isPunct(tokens[start - 1], ',')) return sentenceSubject(tokens, a, and);
  // "The judge rubbed his chin, and then said…": the subject ends before its own verb.
  if (np) for (let k = np[0] + 1; k <= np[1]; k++) if (isPastAfterNoun(tokens, k)) np = [np[0], k - 1];
  return np && plausibleSource(tokens, np, verb, false) ? np : null;
}
