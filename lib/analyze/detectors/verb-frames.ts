/**
 * What some verbs' own frames decide, by lemma: "declined to comment" is a cue and "enrolment
 * declined 0.2%" is none; "a book called…" gives a name and "called him back" is a telephone call;
 * "you know," and "all told," report nothing; "is expected to" is an expectation no one holds.
 * A frame returns a hit, null for no cue, or undefined to leave the verb to the general rules.
 */
import { CUE_VERBS, MOVING, phrasalRest } from '../lexicon/index.ts';
import { DOCUMENTS, isPeopleNoun, TIMES } from '../lexicon/words.ts';
import { phraseEndingAt, phraseStartingAt } from '../phrase.ts';
import { endsInSingleS, isContractedBe, isDeterminer, isSubjectPronoun, MODALS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../word-classes.ts';
import { isAdverb, isPunct, isWord, lowerAt, type Token } from '../tokens.ts';
import type { CueHit } from './cues.ts';
import { BE, isBe } from './passives.ts';
import type { CueVerb } from './plausible.ts';
import { describedObject, ENTRANTS, objectFeels, objectHolds, participleSoon, PUBLISHED, putsWords, shoved } from './objects.ts';
import { afterAuxiliary, INNER_ADVERBS } from './verb-context.ts';
import { fond, wished } from './liking.ts';

/** A verb at token i of the sentence [a, b), which opens at sentenceStart. */
export interface VerbAt {
  tokens: Token[];
  i: number;
  a: number;
  b: number;
  verb: CueVerb;
  sentenceStart: number;
}

type Frame = (v: VerbAt) => CueHit | null | undefined;
const isPast = (verb: CueVerb) => verb.form === 'ed' || verb.form === 'en';
const noSource = ({ i, verb }: VerbAt, first = i): CueHit => ({ cue: [first, i], source: null, kind: 'verb', cls: verb.cls });
const asWeKnowIt = ({ tokens, i }: VerbAt) => lowerAt(tokens, i + 1) === 'it' && [i - 2, i - 3].some((k) => lowerAt(tokens, k) === 'as');
/** "you know,", "I mean.": a speaker's filler. */
const filler = ({ tokens, i }: VerbAt) => /^(you|i)$/.test(lowerAt(tokens, i - 1)) && (tokens[i + 1] === undefined || isPunct(tokens[i + 1], ',.;—–'));

/** Read first, before passives and the rules for verbs in general. */
/** "Mr. Obama, asked whether he would veto the bill, said…": "asked" opening an aside, before what was asked. */
const askedInAside = (tokens: Token[], i: number) => tokens[i - 1]?.lower === ',' && /^(whether|if|about|why|how|what|when|to)$/.test(lowerAt(tokens, i + 1));

export const FIRST_FRAMES = new Map<string, Frame>([
  // "Trump is expected to speak": an expectation no one in particular holds.
  // ("is widely expected to", "was not expected to": adverbs may stand between. "as expected",
  // "than expected": what was expected, by no one named.)
  ['expect', expectedByNoOne],
  ['guess', ({ tokens, i }) => (lowerAt(tokens, i + 1) === 'what' ? null : undefined)],
  // "would like to shrink the department": a wish; "don't like it", "Wilmore likes to…": a fondness.
  ['like', (v) => (wished(v) || fond(v) ? undefined : null)],
  // "All told, the group…": in all. ("the most telling promise", "a telling sign": the adjective.)
  ['tell', ({ tokens, i, verb }) => ((lowerAt(tokens, i - 1) === 'all' && isPunct(tokens[i + 1], ',')) || (verb.form === 'ing' && /^(most|more|very|particularly|especially|quite|equally|so|less|least|a|an|the)$/.test(lowerAt(tokens, i - 1))) ? null : undefined)],
  ['believe', ({ tokens, i }) => (lowerAt(tokens, i + 1) === 'it' && lowerAt(tokens, i + 2) === 'or' ? null : undefined)],
  // "the IFS think tank estimates": a kind of body, not a thought.
  ['think', ({ tokens, i }) => (/^tanks?$/.test(lowerAt(tokens, i + 1)) ? null : undefined)],
  // "The numbers add up": a sum, not an addition to what was said. ("added to the confusion", "added 160 security personnel", "added fuel to the fire": a thing added, unless after a quotation.)
  ['add', ({ tokens, i }) => (lowerAt(tokens, i + 1) === 'up' || (!isPunct(tokens[i - 2], '”"’\'') && (/^(to|fuel|momentum)$/.test(lowerAt(tokens, i + 1)) || tokens[i + 1]?.kind === 'n')) ? null : undefined)],
  // "Here's what we know:", "what we know so far": the newsroom's own heading.
  // ("the party as we now know it": the thing as it stands.)
  ['know', (v) => ((lowerAt(v.tokens, v.i - 1) === 'we' && lowerAt(v.tokens, v.i - 2) === 'what') || filler(v) || asWeKnowIt(v) ? null : undefined)],
  ['mean', (v) => (filler(v) ? null : undefined)],
  // "a prosecutor who reports directly to the president": whom one answers to.
  // ("(Additional reporting by Jim Finkle; Editing by…)": a wire story's credits, not a report.)
  ['report', ({ tokens, i }) => (lowerAt(tokens, i + 1) === 'directly' || (lowerAt(tokens, i + 1) === 'to' && /^(the|him|her|them)$/.test(lowerAt(tokens, i + 2)) && !sayingFollows(tokens, i + 3)) || credit(tokens, i) ? null : undefined)],
  // "a book called “Women Who Work”", "A blog, called the Feed", "one called therapeutic cloning": a name given.
  // "called into the show", "called him to learn more", "called her back": a telephone call.
  // ("elected officials, called superdelegates, are…": a name given in an aside.)
  ['call', ({ tokens, i, a, verb }) => ((isPast(verb) && !/^(for|on|out|off)$/.test(lowerAt(tokens, i + 1)) && (namedThing(tokens, i, a) || namingAside(tokens, i))) || phoneCall(tokens, i) ? null : undefined)],
  // "the judge ruled that…", "ruling that…"; "party rules" and "rule" are the nouns.
  // "Trump attacked Clinton": words against someone; "gunmen attacked the base", "until they attack": force.
  ['attack', ({ tokens, i }) => (byForce(tokens, i) ? null : undefined)],
  ['rule', ({ tokens, i, verb }) => ((verb.form === 'base' || verb.form === 's') && lowerAt(tokens, i + 1) !== 'out' ? null : undefined)],
  // "declined to comment", "declined an interview"; "enrolment declined 0.2%" fell.
  ['decline', ({ tokens, i }) => (declinesToSay(tokens, i) ? undefined : null)],
  // "who backs Cruz", "backed by Ankara", "backed away from"; "fired back", "He's back" are no support.
  ['back', ({ tokens, i }) => (supportsSomeone(tokens, i) || phrasalRest('back', tokens, i + 1) > 0 ? undefined : null)],
  // "thanks in part to increased revenue": because of, not gratitude said.
  ['thank', ({ tokens, i, verb }) => (verb.form === 's' && (lowerAt(tokens, i + 1) === 'to' || (lowerAt(tokens, i + 1) === 'in' && lowerAt(tokens, i + 2) === 'part')) ? null : undefined)],
  // "shares this bleak view", "shared a story from the reception", "a view shared by Warren";
  // "Valeant shares", "shared a microphone", "the home she shares with her husband" report nothing.
  ['share', ({ tokens, i, verb }) => (sharesWhatIsSaid(tokens, i) || (isPast(verb) && lowerAt(tokens, i + 1) === 'by') ? undefined : null)],
  // "emailed reporters", "emailed Mills the list", "emailed a link to the video": words sent to someone.
  ['email', ({ tokens, i }) => (emailsSomeone(tokens, i) ? undefined : null)],
  // "echoed those comments", "echoing Erdogan", "a call echoed by Japan", "echoed: “…”"; "the hall
  // echoed with cheers" repeats no one.
  ['echo', ({ tokens, i, verb }) => (echoesWhatIsSaid(tokens, i) || (isPast(verb) && lowerAt(tokens, i + 1) === 'by') || !isWord(tokens[i + 1]) || tokens[i + 1]!.cap ? undefined : null)],
  // "challenged him to a debate", "challenging him over his comments", "challenged the assertion
  // that…"; "is challenging Rep. Culberson" (for a seat) reports nothing said.
  ['challenge', ({ tokens, i }) => (challengesWhatIsSaid(tokens, i) ? undefined : null)],
  ['accuse', accusedOf],
  ['suspect', accusedOf],
  // "the most pledged delegates", "superdelegates currently pledged to Clinton": delegates bound to a candidate, no pledge reported.
  ['pledge', ({ tokens, i, verb }) => (isPast(verb) && (/^(super)?delegates?$/.test(lowerAt(tokens, i + 1)) || /^(super)?delegates$/.test(lowerAt(tokens, isAdverb(tokens[i - 1]) ? i - 2 : i - 1))) ? null : undefined)],
  // "It wasn't supposed to be this way", "several supposed alternatives": what ought to be, or so-called.
  ['suppose', ({ tokens, i, verb }) => (isPast(verb) && (lowerAt(tokens, i + 1) === 'to' || !isWord(tokens[i - 1]) || isDeterminer(tokens[i - 1]!) || /^(several|many|some|two|three)$/.test(lowerAt(tokens, i - 1))) ? null : undefined)],
  // "released a statement", "issued a formal complaint", "delivered a snappy retort": a publication
  // of words; "released the hostages", "issued citations", "delivered the goods" report nothing.
  ['release', publishesWords],
  ['issue', publishesWords],
  ['deliver', publishesWords],
  ['unveil', publishesWords],
  // "voted for Clinton", "would vote against the bill", "voted to endorse": a side taken; "voted early",
  // "the votes" take none.
  // ("voted 6-1 for the resolution", "voted in favor": a tally or "in favor" tells the side too.)
  ['vote', ({ tokens, i }) => (votesOnASide(tokens, i) ? undefined : null)],
  // ("refugees admitted are…", "could push candidates out", "ripped them away", "putting it to rest": let in, shoved and put away, not words.)
  ['admit', ({ tokens, i, verb }) => (isPast(verb) && ENTRANTS.has(lowerAt(tokens, i - 1)) && lowerAt(tokens, i + 1) !== 'that' ? null : undefined)],
  ['push', shoved],
  ['rip', shoved],
  ['put', ({ tokens, i }) => (lowerAt(tokens, i + 1) === 'it' && !putsWords(tokens, i) ? null : undefined)],
  // ("The agency, which has figured in several scandals": to take part, not to think.)
  ['figure', ({ tokens, i }) => (/^(in|prominently|heavily|largely)$/.test(lowerAt(tokens, i + 1)) ? null : undefined)],
  // "…by 50 percent compared to 45 percent", "520 delegates compared with 39": a comparison, not a
  // report. "She compared abortion to slavery" likens with an object.
  ['compare', ({ tokens, i, verb }) => (/^(to|with)$/.test(lowerAt(tokens, i + 1)) || !isWord(tokens[i + 1]) || (isPast(verb) && (isPunct(tokens[i - 1], ',') || tokens[i - 1]?.kind === 'n' || /^(percent|points)$/.test(lowerAt(tokens, i - 1)))) ? null : undefined)],
]);
// "The remark worried some analysts": the one moved feels.
for (const lemma of MOVING) FIRST_FRAMES.set(lemma, objectFeels);

/** "voted for Clinton", "voted 6-1 for the resolution", "voted in favor": the side after the verb, past an adverb or a tally. */
function votesOnASide(tokens: Token[], i: number): boolean {
  const k = isAdverb(tokens[i + 1]) || tokens[i + 1]?.kind === 'n' ? i + 2 : i + 1;
  return /^(for|against|to)$/.test(lowerAt(tokens, k)) || (lowerAt(tokens, k) === 'in' && lowerAt(tokens, k + 1) === 'favor');
}

/** An active form of a verb of publishing with what carries words as its object, within a few words. */
function publishesWords({ tokens, i, verb }: VerbAt): undefined | null {
  // ("is releasing a new ad"; "Clinton unveils a plan", "DNC issues apology": the -s form after a name.)
  const named = verb.form === 's' && ((tokens[i - 1]?.cap === true && !/(ing|ed|al|ive|ous|ful)$/.test(lowerAt(tokens, i - 1))) || SUBJECT_PRONOUNS.has(lowerAt(tokens, i - 1)));
  if ((verb.form !== 'ing' && (BE.has(lowerAt(tokens, i - 1)) || BE.has(lowerAt(tokens, i - 2)))) || (verb.form !== 'ed' && verb.form !== 'en' && verb.form !== 'ing' && !named && !afterAuxiliary(tokens, i))) return null;
  let object = -1;
  if (!objectHolds(tokens, i + 1, 5, (t, k) => PUBLISHED.has(t.lower) && CUE_VERBS.get(t.lower)?.form !== 'ing' && (object = k) >= 0, true)) return null;
  // ("issued a statement saying…", "released a statement Monday, offering…": the participle after the document is the cue.)
  return participleSoon(tokens, object + 1) ? null : undefined;
}

/** Whom or what an email at i goes to or carries: a name, a pronoun, people, or words. */
function emailsSomeone(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!isWord(next)) return isPunct(next, ':');
  // ("emailed supporters saying…": the participle is the cue.)
  if (participleSoon(tokens, i + 1)) return false;
  return next!.cap || OBJECT_PRONOUNS.has(next!.lower) || isPeopleNoun(next!.lower) || objectHolds(tokens, i + 1, 4, (t) => PUBLISHED.has(t.lower), true);
}

/** "(Reporting by…", "; Additional reporting by…": a credit line in brackets. */
const credit = (tokens: Token[], i: number) => lowerAt(tokens, i) === 'reporting' && lowerAt(tokens, i + 1) === 'by' && [i - 1, i - 2].some((k) => isPunct(tokens[k], '(;') && (k === i - 1 || lowerAt(tokens, i - 1) === 'additional'));

/** Read once passives, participles after nouns and nouns in -s have been ruled on. */
export const LATER_FRAMES = new Map<string, Frame>([
  // "is considering removing", "considered a run": weighing a step, not holding a view.
  // ("considered the plan a failure" holds a view: the object has a description after it.)
  [
    'consider',
    ({ tokens, i, b, verb }) => {
      const next = tokens[i + 1];
      const weighing = verb.form === 'ing' || !isWord(next) || next!.lower.endsWith('ing') || (isDeterminer(next!) && !/^(it|this|that)$/.test(next!.lower) && !describedObject(tokens, i + 1, b));
      return weighing ? null : undefined;
    },
  ],
  ['seem', seeming],
  ['appear', seeming],
  // "When asked whether…", "Asked if…": a question put by someone the text does not name.
  // ("Asked about the plan, he said…", "Mr. Obama, asked whether he would veto it, said…": put the question, not putting it.)
  ['ask', (v) => (isPast(v.verb) && (/^(when|if|once|after|before)$/.test(lowerAt(v.tokens, v.i - 1)) || (v.i === v.sentenceStart && v.tokens[v.i + 1]?.kind === 'w') || askedInAside(v.tokens, v.i)) ? noSource(v) : undefined)],
  // "Said Dorothy Poynter, who grew up with Ali:": the speaker after a verb that opens the sentence.
  [
    'say',
    ({ tokens, i, b, verb, sentenceStart }) => {
      if (i !== sentenceStart || !isPast(verb)) return undefined;
      const source = phraseStartingAt(tokens, i + 1, b);
      return source && tokens[source[0]]!.cap ? { cue: [i, i], source, kind: 'inverted', cls: verb.cls } : undefined;
    },
  ],
]);

/** A form of "back" at i with whom it backs after it, or its agent: "backs Cruz", "backed by Ankara". */
function supportsSomeone(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // ("are back in", "was backed into a corner"; "were backing Clinton" is the verb.)
  if (next === undefined || next.kind !== 'w' || (BE.has(lowerAt(tokens, i - 1)) && next.lower !== 'by' && !tokens[i]!.lower.endsWith('ing'))) return false;
  // The base form is the verb after "to", a modal, "who" or a plural subject ("will back her",
  // "voters who back him", "Democrats back Clinton"); after another verb or its object it is the
  // adverb ("fired back a response", "hit Snowden back").
  const prev = tokens[i - 1];
  // ("5 percent back Johnson", "a third back Clinton": so after a share of those asked.)
  const verbal = prev !== undefined && (MODALS.has(prev.lower) || isAdverb(prev) || /^(to|who|that|not|n't|n’t|never|also|still|all|both|they|we|i|you|percent|%|third|thirds|half|quarter|quarters|majority|plurality)$/.test(prev.lower) || (!prev.cap && endsInSingleS(prev.lower)) || (/([^s]s|men)$/.test(prev.lower) && isPeopleNoun(prev.lower)));
  if (tokens[i]!.lower === 'back' && !verbal) return false;
  // ("backing former Gov. Mike Huckabee": the one backed, described before the name.)
  return next.lower === 'by' || (next.cap && !TIMES.has(next.lower)) || isDeterminer(next) || OBJECT_PRONOUNS.has(next.lower) || /^(it|whoever|both|either|former|then-\S+)$/.test(next.lower);
}

/** What one challenges of what another says or holds: "the assertion", "the notion", "the ruling". */
const CHALLENGED = new Set('assertion assertions claim claims notion idea view views ruling decision findings results premise legitimacy trustworthiness account statement'.split(' '));

/** A form of "challenge" at i with whom it challenges and to or over what, or a claim as its object. */
const challengesWhatIsSaid = (tokens: Token[], i: number) => objectHolds(tokens, i + 1, 6, (t, k) => CHALLENGED.has(t.lower) || (k > i + 1 && /^(to|on|over|about)$/.test(t.lower)));

/** What one shares of what one thinks or knows: "view", "story", "concerns". */
const SHARED = new Set('view views belief beliefs concern concerns story stories news message messages thought thoughts grievance grievances anecdote anecdotes anxiety fear fears sentiment sentiments analysis assessment opinion opinions vision values antipathy zeal frustration frustrations experience experiences memories details information skepticism optimism doubts hopes'.split(' '));

/** A form of "share" at i with what is thought or known as its object, within a few words: "shares this bleak view". */
// ("shared with the crowd that he…": telling someone what follows.)
const sharesWhatIsSaid = (tokens: Token[], i: number) => objectHolds(tokens, i + 1, 5, (t) => SHARED.has(t.lower)) || (lowerAt(tokens, i + 1) === 'with' && objectHolds(tokens, i + 2, 7, (t) => t.lower === 'that'));

/** What one echoes of what another said: "those comments", "the criticism", "similar themes". */
const ECHOED = new Set([...SHARED, ...DOCUMENTS, ...'comment comments remark remarks criticism criticisms call calls theme themes word words line lines argument arguments denunciation charge charges claim claims warning warnings refrain point points promise promises'.split(' ')]);
const echoesWhatIsSaid = (tokens: Token[], i: number) => objectHolds(tokens, i + 1, 5, (t) => ECHOED.has(t.lower));

/** "Trump is expected to speak", "the decision is widely expected to…", "as expected". */
function expectedByNoOne(v: VerbAt): CueHit | undefined {
  const { tokens, i } = v;
  if (!isPast(v.verb)) return undefined;
  if (/^(as|than)$/.test(lowerAt(tokens, i - 1)) && !isWord(tokens[i + 1])) return noSource(v);
  let be = i - 1;
  while (be > i - 4 && (isAdverb(tokens[be]) || INNER_ADVERBS.has(lowerAt(tokens, be)))) be--;
  return BE.has(lowerAt(tokens, be)) && lowerAt(tokens, i + 1) === 'to' ? noSource(v, be) : undefined;
}

/** "a movement accused of financing travel": a passive after its noun, by no one named. */
function accusedOf(v: VerbAt): CueHit | undefined {
  const { tokens, i } = v;
  const prev = tokens[i - 1];
  // ("I'm told", "they're expected": a form of "be" contracted onto the pronoun.)
  const beNear = isBe(prev) || isContractedBe(prev) || BE.has(lowerAt(tokens, i - 2));
  const passive = isPast(v.verb) && lowerAt(tokens, i + 1) === 'of' && prev?.kind === 'w' && !beNear && !afterAuxiliary(tokens, i) && !isSubjectPronoun(prev);
  return passive ? noSource(v) : undefined;
}

/** "the crowd seemed to…", "it appears that…": how things look, said by no one in particular. */
function seeming(v: VerbAt): CueHit | null {
  const { tokens, i, verb } = v;
  const next = tokens[i + 1];
  // "seemed rattled", "seems unlikely": seeming needs no "to"; appearing does ("appeared on Fox").
  // ("appeared paralyzed", "appear fatigued" seem too; "appeared on Fox", "appeared briefly" do not.)
  const looks = isWord(next) && (verb.lemma === 'seem' || (!next!.cap && /(ed|ous|ful|ive|able|ible|ent|ant|ic|ready|likely|poised)$/.test(next!.lower) && !next!.lower.endsWith('ly')));
  const complement = next?.lower === 'to' || next?.lower === 'that' || looks;
  // ("Rubio seemed to offer a caveat", "She appeared to imply that…": what the subject seemed to say
  // is the subject's, read from the verb after "to" with this one as its host.)
  const then = CUE_VERBS.get(lowerAt(tokens, i + 2));
  if (next?.lower === 'to' && then?.form === 'base' && then.cls !== 'weak' && then.lemma !== 'be') return null;
  return verb.form !== 'ing' && complement ? noSource(v) : null;
}

/** People who attack with force, not words. */
export const ARMED = new Set('terrorists terrorist gunmen gunman militants militant insurgents attackers attacker rebels troops soldiers forces jihadists bombers extremists fighters assailants'.split(' '));

/** An attack by armed people, or with nothing attacked ("until they attack"): force, not words. */
export function byForce(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isAdverb(tokens[k]) || INNER_ADVERBS.has(lowerAt(tokens, k)) || BE.has(lowerAt(tokens, k)) || /^(had|has|have|to|was|were)$/.test(lowerAt(tokens, k)))) k--;
  const agent = lowerAt(tokens, i + 1) === 'by' && [i + 2, i + 3, i + 4].some((m) => ARMED.has(lowerAt(tokens, m)));
  return ARMED.has(lowerAt(tokens, k)) || agent || !isWord(tokens[i + 1]);
}

/** "reported to police that…": words come after whom a report went to. */
function sayingFollows(tokens: Token[], k: number): boolean {
  for (let m = k; m < k + 5 && tokens[m]; m++) if (tokens[m]!.lower === 'that' || tokens[m]!.quote >= 0 || isPunct(tokens[m], ':')) return true;
  return false;
}

/** ", called superdelegates,", ", called the Clinton Global Initiative,": a short name set off by commas. */
function namingAside(tokens: Token[], i: number): boolean {
  // (After a noun: "He smiled, called the report absurd, and left" lists what he did.)
  const named = tokens[i - 2];
  if (!isPunct(tokens[i - 1], ',') || !named || named.kind !== 'w' || named.lower.endsWith('ed') || !(named.cap || named.lower.endsWith('s') || isPeopleNoun(named.lower))) return false;
  for (let k = i + 1; k <= i + 5 && tokens[k]; k++) {
    if (isPunct(tokens[k], ',;')) return k > i + 1;
    if (!isWord(tokens[k]) || tokens[k]!.quote >= 0 || OBJECT_PRONOUNS.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** "a book called…", "A blog, called…": the verb at i follows a thing introduced with "a" or "one". */
function namedThing(tokens: Token[], i: number, a: number): boolean {
  const k = isPunct(tokens[i - 1], ',') ? i - 2 : i - 1;
  if (tokens[k]?.kind !== 'w' || isSubjectPronoun(tokens[k])) return false;
  const phrase = phraseEndingAt(tokens, k, a);
  // (People call things: "A spokesman called the report absurd".)
  // (Nor is an aside before the comma the thing named: "Cruz, also a GOP hopeful, called the KKK…".)
  const aside = k !== i - 1 && phrase !== null && phrase[0] !== a;
  return phrase !== null && !aside && /^(a|an|one)$/.test(tokens[phrase[0]]!.lower) && !isPeopleNoun(tokens[k]!.lower) && !tokens[k]!.cap;
}

/** A form of "call" at i that telephones: "into", or a person and then nothing said of them. */
function phoneCall(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // ("calling into doubt", "called them on it" challenge.)
  if (next?.lower === 'into') return !/^(doubt|question)$/.test(tokens[i + 2]?.lower ?? '');
  if (next?.lower === 'back') return true;
  if (!next || !/^(him|her|them|me|us)$/.test(next.lower)) return false;
  const after = tokens[i + 2];
  return after === undefined || isPunct(after, '.,;') || /^(to|and|back|from|at|last|earlier|this|that|every|after|before)$/.test(after.lower);
}

/** "declined to…", "declined comment", "declined repeated requests for an interview". */
function declinesToSay(tokens: Token[], i: number): boolean {
  // ("declined at first to criticize", "has declined for years to reveal".)
  for (let k = i + 1; k < i + 5 && tokens[k] && tokens[k]!.kind !== 'p'; k++) if (/^(to|comment|comments|interview|interviews|request|requests|invitation|question|questions)$/.test(tokens[k]!.lower)) return true;
  // "Trump declined, even though…": a person who declines refuses.
  const prev = tokens[i - 1];
  return isPunct(tokens[i + 1], ',.;') && prev !== undefined && (isSubjectPronoun(prev) || (prev.cap && prev.kind === 'w'));
}
