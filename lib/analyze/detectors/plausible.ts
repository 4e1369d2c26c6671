/**
 * Whether a phrase can be a source at all: a pronoun, a name, a noun for people, groups or
 * documents, a share of a group. And the verbs whose base and -s forms are more often nouns, so
 * that a phrase before them is a subject only where the verb reading is sure.
 */
import type { CueClass, VerbForm } from '../lexicon/index.ts';
import { ANONYMOUS, CONNECTIVE_WORDS, DOCUMENTS, hasAgentEnding, isOrganizationNoun, isPeopleNoun, ORGANIZATIONS, OUTLET_NAMES, ROLES, TIMES } from '../lexicon/words.ts';
import { headOf, phraseEndingAt, withoutBracket } from '../phrase.ts';
import { COUNT_WORDS, countsMany, endsInSingleS, isAdjectiveLike, isClauseWord, isCount, isDeterminer, isDocumentWord, isNameWill, isPastAfterNoun, isPossessiveNoun, isSmallNumber, isSubjectPronoun, RELATIVE_PRONOUNS } from '../word-classes.ts';
import { isPunct, type Token } from '../tokens.ts';
import type { Range } from './cues.ts';

/** The plainest verbs of saying: any noun phrase before them is taken as the speaker. */
export const STRONG = new Set('say tell add write explain insist argue warn ask reply respond acknowledge admit announce declare testify tweet recall predict concede complain caution stress emphasize note'.split(' '));
/** Verbs whose base and -s forms are more often nouns ("the state", "his comments", "reports"). */
export const NOUNISH = new Set(
  'state question comment report tweet remark claim call note estimate forecast demand answer reply charge quote post email text praise blame order plan support view list detail project document find show figure voice vote recall attack request side'.split(' '),
);

/** Of those, the ones whose -s form after a name is mostly the verb ("Trump claims"; not "Southern states"). */
const VERBS_AFTER_NAMES = new Set('answer blame call charge claim demand estimate find forecast list note plan praise question reply report show support tweet view voice vote'.split(' '));
/** Nouns for people that are plural without an -s: "police charge", "people say". */
const PLURAL_PEOPLE = new Set(['police', 'people', 'staff', 'public', 'media', 'clergy', 'faithful']);

/** "a few voters", "a dozen aides", "a number of": after "a", a word that counts many. */
/** Determiners of one thing, which a base-form verb cannot follow: "a police report", "each state". */
const SINGULAR_OPENERS = new Set(['a', 'an', 'each', 'every', 'one']);

/** Determiners that stand alone for people: "Another said", "Both say". */
const QUANTIFIERS = new Set(['another', 'both', 'all', 'each', 'those', 'none', 'neither', 'few']);

/** "a full 79 percent of Democrats", "a wide array of economists": a share or a count of a group. */
function shareOfGroup(tokens: Token[], first: number, last: number): boolean {
  let of = false;
  for (let k = first; k <= last; k++) {
    if (tokens[k]!.kind === 'n' || isShare(tokens[k]!)) return true;
    // "One in five voters": a ratio of them.
    if (tokens[k]!.lower === 'in' && k > first && isCount(tokens[k - 1]) && isCount(tokens[k + 1])) return true;
    if (tokens[k]!.lower === 'of') of = true;
  }
  const end = tokens[last]!;
  return of && endsInSingleS(end.lower) && (isPeopleNoun(end.lower) || end.cap);
}

/** "32%", "55 percent": a share, of people when it speaks. */
const isShare = (t: Token) => (t.kind === 'n' && t.text.endsWith('%')) || t.lower === 'percent' || t.lower === 'per cent';

export type CueVerb = VerbForm & { cls: CueClass };

/** A phrase that names a document somewhere in it ("exit polls taken in South Carolina"). */
export const namesDocument = (tokens: Token[], [first, last]: Range) => tokens.slice(first, last + 1).some((t) => isDocumentWord(t));

/**
 * The past participle at i describes a document or an interview, right after it ("biographies
 * published decades ago", "an interview published Monday by the Daily News") or set off after it
 * ("A draft of the report, seen by the BBC,").
 */
export function describesDocument(tokens: Token[], i: number, a: number): boolean {
  const described = phraseEndingAt(tokens, isPunct(tokens[i - 1], ',—–') ? i - 2 : i - 1, a);
  return described !== null && (namesDocument(tokens, described) || /^interviews?$/.test(tokens[described[1]]!.lower));
}

/** Adverbs that, alone before a verb, are nobody: "…and never admitting", "Last week proved". */
const LONE_ADVERBS = new Set(['never', 'just', 'only', 'even', 'also', 'still', 'ever', 'last', 'once', 'always', 'perhaps', 'maybe', 'please', 'enough', 'rather', 'elsewhere', 'yes', 'thanks']);
/** Words a phrase cut off before its noun ends in: "the authors of", "a". */
const CUT_OFF_AFTER = new Set(['of', 'for', 'from', 'with', 'the', 'a', 'an']);
/** "there", "here", and either with "is" or "are" contracted onto it. */
const THERE_HERE = new Set(['there', 'here'].flatMap((w) => [w, `${w}'s`, `${w}’s`, `${w}'re`, `${w}’re`]));

/** The "which" at k follows a comma after a name or a body ("the Fed, which", "the ministry, which"). */
function bodyBefore(tokens: Token[], k: number): boolean {
  const before = isPunct(tokens[k - 1], ',') ? phraseEndingAt(tokens, k - 2, 0) : null;
  if (before === null) return false;
  const head = headOf(tokens, before[0], before[1]);
  return (head.cap && !TIMES.has(head.lower) && !isDocumentWord(head)) || ORGANIZATIONS.has(head.lower);
}

/** A subject that can be a source: a pronoun, a name, or a noun for people, groups or documents. */
export function plausibleSource(tokens: Token[], [first, last]: Range, verb: CueVerb, adjacent: boolean): boolean {
  const head = headOf(tokens, first, withoutBracket(tokens, first, last));
  if (isPossessiveNoun(head.lower) && !isSubjectPronoun(head)) return false;
  const lower = head.lower;
  // ("If you want to understand…", "You can think of it as…": the generic "you" holds no view.)
  if (first === last && lower === 'you' && (verb.cls === 'belief' || verb.cls === 'stance' || verb.cls === 'evidence')) return false;
  // ("the report, which believes…" has no beliefs; "a group called Citizens for Trump, which expects…" does.)
  if (first === last && isSubjectPronoun(head)) return lower !== 'which' || verb.cls !== 'belief' || bodyBefore(tokens, first);
  // ("many of whom say": the people "whom" stands for.)
  if (first === last && lower === 'whom' && tokens[first - 1]?.lower === 'of') return true;
  // "A growing number of Democratic senators", "a handful of aides": the group counted speaks.
  const at = tokens.indexOf(head, first);
  // ("Nine of 10 voters were worried": so is a ratio of them.)
  const ratio = isCount(head) && isCount(tokens[at + 2]) && at + 3 <= last;
  if ((COUNT_WORDS.has(lower) || ratio) && tokens[at + 1]?.lower === 'of' && at + 2 <= last) return plausibleSource(tokens, [ratio ? at + 3 : at + 2, last], verb, adjacent);
  // "…, a police report indicates": a base form right after a singular phrase is the noun that ends it.
  // ("a full 79 percent of Democrats say": a share of a group is plural.)
  if (adjacent && verb.form === 'base' && SINGULAR_OPENERS.has(tokens[first]!.lower) && !countsMany(tokens[first + 1]) && !shareOfGroup(tokens, first, last)) return false;
  if (first === last && CONNECTIVE_WORDS.has(lower)) return false;
  // ("There's no way to tell", "Here is what…": a phrase that opens with "there" or "here" says something is, and nobody says it.)
  if (THERE_HERE.has(tokens[first]!.lower)) return false;
  // ("This dynamic of heightened antagonism… demanding": a phrase cut off after its preposition names
  // no one unless what comes before it does: "the authors of the…", "Al From".)
  if (last > first && !tokens[last]!.cap && CUT_OFF_AFTER.has(tokens[last]!.lower) && !speakerLike(tokens, [first, last - 1])) return false;
  // ("…and never admitting", "Just who can help…", "Last week proved": an adverb alone is nobody.)
  if (first === last && LONE_ADVERBS.has(lower)) return false;
  if (isClauseWord(head) && !isNameWill(head)) return false;
  // "Several said", "Many believe": a lone quantifier stands for a vague group, and so does one
  // over a group ("Some of the women said", "Many of her supporters say").
  if (isDeterminer(head)) {
    if (first === last) return ANONYMOUS.has(lower) || QUANTIFIERS.has(lower);
    // ("Those over 60 say", "those in the room said": people, by their age or place.)
    if (lower === 'those' && head === tokens[first] && /^(over|under|aged|in|at|from|with|without)$/.test(tokens[first + 1]?.lower ?? '')) return true;
    // ("None of the three laid out a plan": of a count of those the text has named.)
    const counted = last === first + 3 && /^(the|these|those)$/.test(tokens[first + 2]!.lower) && isCount(tokens[last]);
    return tokens[first + 1]?.lower === 'of' && (counted || plausibleSource(tokens, [first + 2, last], verb, adjacent));
  }
  // "his comments", "the reports": such a form is a verb only right after a pronoun, or after a
  // name with the -s of a verb ("Trump claims", "The New York Post reports").
  if (NOUNISH.has(verb.lemma) && (verb.form === 'base' || verb.form === 's')) {
    // "Democrats support the plan": a plural noun for people before the base form, too.
    // "Polls show", "the report shows": documents, plural before the base form and singular before -s.
    // ("Men under 35 support Sanders", "The data show": plurals in -men, "children" and "data" too.)
    const plural = lower.endsWith('s') || lower.endsWith('men') || lower === 'children' || lower === 'data';
    const peopleBeforeBase = verb.form === 'base' && ((plural && (isPeopleNoun(lower) || DOCUMENTS.has(lower))) || PLURAL_PEOPLE.has(lower)) && VERBS_AFTER_NAMES.has(verb.lemma);
    // ("The analysis shows": -is and -us end singular nouns.)
    const documentBeforeS = verb.form === 's' && !/[^iu]s$/.test(lower) && DOCUMENTS.has(lower) && VERBS_AFTER_NAMES.has(verb.lemma);
    // ("The DNC chairman calls for…", "Former DNC chairman calls for…": a singular noun for a person
    // after its determiner or capitals only, before the -s form; "take customer calls" is a compound.)
    const describes = (t: Token) => t.cap || t.kind === 'n' || isAdjectiveLike(t);
    const introduced = (isDeterminer(tokens[first]) || describes(tokens[first]!)) && tokens.slice(first + 1, last).every(describes);
    // ("the state reports fell": not when a verb of their own follows.)
    const personBeforeS = verb.form === 's' && !lower.endsWith('s') && (ROLES.has(lower) || ORGANIZATIONS.has(lower)) && last > first && introduced && VERBS_AFTER_NAMES.has(verb.lemma) && !(tokens[last + 2] && isPastAfterNoun(tokens, last + 2));
    // ("Britain and France support the rebels": names joined by "and" are plural before the base form.)
    const namesBeforeBase = verb.form === 'base' && head.cap && tokens.slice(first + 1, last).some((t) => t.lower === 'and') && VERBS_AFTER_NAMES.has(verb.lemma);
    return adjacent && (isSubjectPronoun(head) || peopleBeforeBase || namesBeforeBase || documentBeforeS || personBeforeS || (verb.form === 's' && head.cap && VERBS_AFTER_NAMES.has(verb.lemma)));
  }
  // "the report found"; a pollster or outlet too when what it found follows ("Fox found that…").
  if (verb.cls === 'evidence') {
    // Researchers, panels and juries find too; the caller asks for the finding to follow.
    // So do named people and pronouns ("Trump indicated that…").
    const finders = isPeopleNoun(lower) || ORGANIZATIONS.has(lower) || head.cap || isSubjectPronoun(head);
    return DOCUMENTS.has(lower) || namesDocument(tokens, [first, last]) || finders || (head.cap && OUTLET_NAMES.has(lower));
  }
  if (TIMES.has(lower)) return false;
  // ("About 4 in 10 want one with experience": a ratio of those asked.)
  if (last - first >= 2 && isCount(tokens[last]) && tokens[last - 1]!.lower === 'in' && isCount(tokens[last - 2])) return true;
  // "32% think he lied", "55 percent believe": a share of those asked ("0.2% declined" fell; "by
  // 0.2%" is no agent, "by 64 percent of voters" is).
  if (isShare(head)) return verb.lemma !== 'decline' && (verb.lemma !== 'agent' || tokens[at + 1]?.lower === 'of');
  // ("The two did not discuss it": a count after "the" stands for those the text has named.)
  if (head.kind === 'n' || (isSmallNumber(head) && lower !== 'one')) return STRONG.has(verb.lemma) || (first === at - 1 && tokens[first]!.lower === 'the' && head.kind === 'w');
  if (head.cap) return true;
  if (ANONYMOUS.has(lower) || DOCUMENTS.has(lower) || isOrganizationNoun(lower) || ROLES.has(lower) || OUTLET_NAMES.has(lower) || hasAgentEnding(lower)) return true;
  return STRONG.has(verb.lemma) || ROLES.has(lower.replace(/s$/, ''));
}

/** Kinds of word a phrase's head may be, for headIs: who or what the phrase can be. */
export const NAME = 1;
/** A personal pronoun ("he", "they"); RELATIVE is "who", "which", "that". */
export const PRONOUN = 2;
export const RELATIVE = 4;
/** A noun for people ("voters", "officials"). */
export const PEOPLE = 8;
/** A body ("the committee", "the agency"). */
export const BODY = 16;
export const DOCUMENT = 32;
/** A role: "the spokesman", "aides". */
export const ROLE = 64;
/** A count, an outlet or a vague source: "64 percent", "the Times", "critics". */
export const DESCRIBED = 128;

/** Whether the head of the phrase (past a closing bracket, a possessive left off) is of one of `kinds`. */
export function headIs(tokens: Token[], [first, last]: Range, kinds: number): boolean {
  const head = headOf(tokens, first, withoutBracket(tokens, first, last));
  const lower = head.lower.replace(/['’]s?$/, '');
  if (kinds & NAME && head.cap) return true;
  if (isSubjectPronoun(head) && kinds & (RELATIVE_PRONOUNS.has(head.lower) ? RELATIVE : PRONOUN)) return true;
  if (kinds & PEOPLE && isPeopleNoun(lower)) return true;
  if (kinds & BODY && isOrganizationNoun(lower)) return true;
  if (kinds & DOCUMENT && DOCUMENTS.has(lower)) return true;
  if (kinds & ROLE && (ROLES.has(lower) || ROLES.has(lower.replace(/s$/, '')))) return true;
  return (kinds & DESCRIBED) !== 0 && (head.kind === 'n' || ANONYMOUS.has(lower) || OUTLET_NAMES.has(lower));
}

/** A phrase whose head can speak: a name, a pronoun, a noun for people, a body, a document or an outlet. */
export const speakerLike = (tokens: Token[], range: Range) => headIs(tokens, range, NAME | PRONOUN | RELATIVE | PEOPLE | BODY | DOCUMENT | ROLE | DESCRIBED);

/** Verbs by which a thing points to what a clause says. */
export const SUGGESTING = new Set(['suggest', 'indicate']);

/** A thing that can suggest what a clause says: "the remarks", "the truck story" (not a time, nor a word that links clauses). */
export function thingSuggesting(tokens: Token[], [, last]: Range): boolean {
  const head = tokens[last]!;
  return head.kind === 'w' && !head.cap && !TIMES.has(head.lower) && !isClauseWord(head) && !isSubjectPronoun(head);
}
