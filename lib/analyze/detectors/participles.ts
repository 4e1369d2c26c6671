/**
 * A reporting verb in -ing: after a comma it continues its clause ("…, saying"), after "by" or
 * "and" it is the clause's subject's ("by saying"), after a noun it is that noun's ("voters saying
 * they want…"), and after "be" it is the finite verb ("is saying") read as any other.
 */
import { CUE_VERBS } from '../lexicon/index.ts';
import { isCommonNoun, isOrganizationNoun, isPeopleNoun } from '../lexicon/words.ts';
import { phraseEndingAt } from '../phrase.ts';
import { endsInSingleS, isCommonPast, isDeterminer, isDocumentWord, isPastAfterNoun, isPossessivePronoun } from '../word-classes.ts';
import { isAdverb, isPunct, type Token } from '../tokens.ts';
import type { CueHit, Range } from './cues.ts';
import { isBe } from './passives.ts';
import { headIs, NAME, PEOPLE, plausibleSource, PRONOUN, RELATIVE, STRONG, type CueVerb } from './plausible.ts';
import { clauseSpeaker, isTime, mainSubjectAfter, opensSentence } from './sentence-subject.ts';
import { subjectEndingAt } from './subjects.ts';
import { INNER_ADVERBS } from './verb-context.ts';
import type { VerbAt } from './verb-frames.ts';
import { statementObject } from './objects.ts';

/** Verbs that take a reporting verb in -ing: "kept saying", "stopped supporting". */
export const GERUND_HOSTS = new Set('keep keeps kept keeping stop stops stopped start starts started begin begins began continue continues continued quit resumed'.split(' '));
/** Words that join a participle to its clause's subject: "by saying", "and saying", "after saying". */
const GERUND_LINKS = new Set(['by', 'in', 'and', 'while', 'after', 'before', 'when', 'despite', 'without', 'since', 'besides', 'upon']);
/** Adverbs that no ending marks, which may stand before the participle: "only saying", "and just saying". */
const PLAIN_ADVERBS = /^(just|also|even|only|first|then|later|still|again|never|always|often|now)$/;
/** Words after "is telling" that show it to be the adjective: "telling in its own right". */
const AFTER_TELLING = new Set(['in', 'about', 'of', 'that', 'because', 'for', 'and', 'but']);

/** A phrase with the time it ends in left off: "an advisory in 2023", "a statement early Friday". */
function beforeTime(tokens: Token[], [first, last]: [number, number], a: number): [number, number] | null {
  let k = last;
  while (k >= first && (isTime(tokens[k]!) || /^\d{4}$/.test(tokens[k]!.text) || /^(early|late|last|this|next)$/.test(tokens[k]!.lower))) k--;
  if (k === last) return [first, last];
  if (/^(on|in|at|during|since)$/.test(tokens[k]?.lower ?? '')) k--;
  if (k >= first) return [first, k];
  return tokens[k]?.kind === 'w' ? phraseEndingAt(tokens, k, a) : null;
}

/** Words before "with" that make it part of their noun phrase: "people familiar with the talks", "officials with the agency". */
const HOLDS_WITH = new Set(['familiar', 'close', 'associated', 'connected', 'involved', 'along', 'together', 'acquainted', 'affiliated', 'working', 'friends', 'ties', 'contact']);

/**
 * "He will need their support with recent polls showing a tight race": after "with", the phrase and
 * the participle make a clause of their own, whose subject is only the phrase after "with".
 */
function afterWith(tokens: Token[], [first, last]: Range): Range {
  for (let k = last - 1; k > first; k--) {
    if (tokens[k]!.lower !== 'with') continue;
    const before = tokens[k - 1]!;
    return isPeopleNoun(before.lower) || isOrganizationNoun(before.lower) || HOLDS_WITH.has(before.lower) ? [first, last] : [k + 1, last];
  }
  return [first, last];
}

/**
 * "The governor tripped up Rubio by calling him out", "Trump has rallied thousands by promising…":
 * who acts by saying is the subject of the past verb before "by", not its object.
 */
function meansSubject(tokens: Token[], by: number, a: number, verb: CueVerb): Range | null {
  for (let k = by - 1; k > a && by - k < 12; k--) {
    if (isPunct(tokens[k], ';:“”"') || tokens[k]!.quote >= 0) return null;
    if (!isPastAfterNoun(tokens, k)) continue;
    let j = k - 1;
    while (j > a && (isAdverb(tokens[j]) || /^(has|have|had|just|also|only|then|once|again)$/.test(tokens[j]!.lower))) j--;
    const subject = subjectEndingAt(tokens, j, a, verb);
    return subject && headIs(tokens, subject, NAME | PRONOUN | RELATIVE | PEOPLE) ? subject : null;
  }
  return null;
}

/** "…, at one point calling the mayor a liar", "…, on Tuesday saying": a short phrase of time between the comma and the -ing form at i. */
function timeAfterComma(tokens: Token[], i: number): boolean {
  const last = tokens[i - 1];
  if (last === undefined || !(isTime(last) || last.lower === 'point')) return false;
  for (let k = i - 2; k >= i - 4 && k > 0; k--) if (isPunct(tokens[k - 1], ',') && /^(at|on|in|last|this|earlier|later)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** The hit of the -ing form at `at`: a hit, null for none, or undefined to read it as a finite verb ("is saying"). */
export function participleHit(at: VerbAt, earlier: CueHit[]): CueHit | null | undefined {
  const { tokens, i, a, b, verb, sentenceStart } = at;
  const { cls } = verb;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "…, saying", "…,” saying", "…, falsely suggesting": after the comma, an adverb may stand.
  // ("…victory - only saying that…": or "only", "just", "also".)
  const adverbBefore = isAdverb(prev) || PLAIN_ADVERBS.test(prev?.lower ?? '');
  const before = adverbBefore ? tokens[i - 2] : prev;
  // ("…,'' accusing it of…": the closing mark may be two apostrophes.)
  const closing = isPunct(prev, '”"’\'') ? (isPunct(tokens[i - 2], '\'') && tokens[i - 2]!.end === prev!.start ? i - 3 : i - 2) : -1;
  if (isPunct(before, ',—–') || (closing >= 0 && isPunct(tokens[closing], ',')) || timeAfterComma(tokens, i)) {
    // (After a noun cue, "She escalated her criticism…, telling CNN", the sentence's subject speaks.)
    const source = clauseSpeaker(tokens, earlier, a, sentenceStart, i);
    return source ? { cue: [i, i], source, kind: 'participle', cls } : null;
  }
  // "…by saying he would", "…and saying the other lacks…": the clause's subject is the speaker.
  // ("teaching and learning", "disheveled and shouting": "and" joins it to a word like itself.)
  const joinsLike = prev?.lower === 'and' && /(ing|ed)$/.test(tokens[i - 2]?.lower ?? '') && !CUE_VERBS.has(tokens[i - 2]!.lower);
  // ("after initially saying": an adverb may stand between.)
  const link = adverbBefore ? i - 2 : i - 1;
  // ("aside from saying", "…, from saying that he feels good to…"; "stop Trump from claiming" is Trump's.)
  const from = tokens[link]?.lower === 'from' && (isPunct(tokens[link - 1], ',') || /^(aside|apart)$/.test(tokens[link - 1]?.lower ?? ''));
  // ("wavered in answering a question about…": a verb that reports only beside its words, with them.)
  if ((cls !== 'weak' || statementObject(tokens, i + 1)) && (GERUND_LINKS.has(tokens[link]?.lower ?? '') || from) && !joinsLike) {
    // "In declaring Trump's words “not Christian,” the pope…": opening the sentence, the clause
    // belongs to the subject after it.
    if (opensSentence(tokens, from && !isPunct(tokens[link - 1], ',') ? link - 1 : link, sentenceStart)) {
      const main = mainSubjectAfter(tokens, i + 1, b);
      return main ? { cue: [i, i], source: main, kind: 'participle', cls } : null;
    }
    const source = (tokens[link]!.lower === 'by' ? meansSubject(tokens, link, a, verb) : null) ?? clauseSpeaker(tokens, earlier, a, sentenceStart, link);
    return source ? { cue: [i, i], source, kind: 'participle', cls } : null;
  }
  // "Reprising one of her lines, the former secretary talked…": a verb of saying that opens the
  // sentence is said by the main clause's subject.
  if (cls === 'speech' && opensSentence(tokens, i, sentenceStart)) {
    const main = mainSubjectAfter(tokens, i + 1, b);
    return main ? { cue: [i, i], source: main, kind: 'participle', cls } : null;
  }
  // "is saying", "is suddenly promising", "was not saying": the subject before "be" speaks.
  // ("are all calling for": so may a quantifier floated after its subject.)
  let be = i - 1;
  while (be > a && (isAdverb(tokens[be]) || INNER_ADVERBS.has(tokens[be]!.lower) || /^(all|both)$/.test(tokens[be]!.lower))) be--;
  // ("kept saying", "stopped supporting": a verb that takes the -ing form is read as "be" is.)
  // ("has taken to calling him…": so is one that takes "to" and the -ing form.)
  const takenTo = prev?.lower === 'to' && /^(taken|took|take|takes|taking)$/.test(tokens[i - 2]?.lower ?? '');
  // ("isn't saying": so does a negated one.)
  const progressive = isBe(tokens[be]) || /^[a-z]+['’](s|re|m)$/.test(tokens[be]?.lower ?? '') || /^(is|are|was|were)n['’]t$/.test(tokens[be]?.lower ?? '') || GERUND_HOSTS.has(prev?.lower ?? '') || takenTo;
  // "The metaphor is telling in its own right": "telling" with no one told is an adjective.
  if (progressive && verb.lemma === 'tell' && (next === undefined || isPunct(next, '.,;') || AFTER_TELLING.has(next.lower))) return null;
  // "voters saying they want…": the phrase the participle describes.
  // "with Martin O'Malley calling Trump a fascist": after a name, any verb of saying.
  // ("with Cruz repeatedly calling Trump his friend": an adverb may stand between.)
  // ("a columnist arguing that…", "with 140 members blasting the roundups": so after a noun for people,
  // with what was said after it.)
  const end = isAdverb(prev) ? i - 2 : i - 1;
  const last = tokens[end];
  const sayingAfterPeople = cls === 'speech' && last !== undefined && !last.cap && isPeopleNoun(last.lower) && next !== undefined && (next.lower === 'that' || next.cap || isDeterminer(next));
  const afterName = cls === 'speech' && ((last?.cap === true && last.kind === 'w') || sayingAfterPeople);
  // "with the new survey finding that…": a document shows what it found.
  // ("issued a statement calling on…", "an ad calling it dangerous": a document says what its makers do.)
  const afterDocument = (cls === 'evidence' || cls === 'speech') && isDocumentWord(prev);
  // "Democrats hoping to keep the White House", "voters fearing a recession": people who hope or fear.
  // ("pastors supporting Mr. Cruz", "a super PAC backing Rubio": people or a body for or against someone.)
  // ("a group backing former Gov. Mike Huckabee", "with Russia backing the government": a title's
  // adjective may come first, and after "with" a name takes the side.)
  const withName = prev?.cap === true && prev.kind === 'w' && tokens[i - 2]?.lower === 'with';
  const stanceOf = cls === 'stance' && prev !== undefined && (isPeopleNoun(prev.lower) || isOrganizationNoun(prev.lower) || prev.lower === 'those' || withName) && next !== undefined && (next.cap || isDeterminer(next) || /^(former|then-\S+)$/.test(next.lower));
  const afterPeople = stanceOf || (cls === 'belief' && prev !== undefined && endsInSingleS(prev.lower) && isPeopleNoun(prev.lower));
  // ("was criticized for saying that…", "the risk of saying…": after a preposition, who says it is not told here;
  // "repeated his tradition of tweeting about…": unless the noun is the speaker's own.)
  if (STRONG.has(verb.lemma) && /^(for|of|about|against|with)$/.test(last?.lower ?? '')) {
    const own = last!.lower === 'of' && tokens.slice(Math.max(a, end - 4), end).some((t) => isPossessivePronoun(t));
    const speaker = own ? clauseSpeaker(tokens, earlier, a, sentenceStart, end) : null;
    return { cue: [i, i], source: speaker, kind: 'participle', cls };
  }
  if ((STRONG.has(verb.lemma) || afterName || afterDocument || afterPeople) && last && last.kind !== 'p' && !progressive) {
    let source = prev?.lower === 'those' && afterPeople ? [i - 1, i - 1] as [number, number] : phraseEndingAt(tokens, end, a);
    // ("issued an advisory in 2023 warning of…", "a letter last week urging": the time tells when, the noun before it speaks.)
    if (source) source = beforeTime(tokens, source, a);
    if (source) source = afterWith(tokens, source);
    // (The people who hope are the phrase after the clause's verb: "…cheered Democrats hoping".)
    // ("…have launched petitions calling on", "placed national newspaper ads calling": so is the document after the verb that made it.)
    if (source && (afterPeople || afterDocument)) for (let k = source[1] - 1; k >= source[0]; k--) if (isPastAfterNoun(tokens, k)) source = [k + 1, source[1]];
    if (source && afterPeople) return plausibleSource(tokens, source, verb, true) ? { cue: [i, i], source, kind: 'participle', cls } : null;
    // "The senator emailed supporters saying…": after a verb or "to", the phrase is an object and
    // the clause's subject is the speaker.
    // ("Trump was heard on a microphone telling Christie…": a thing after a preposition tells nothing.)
    const place = source !== null && /^(on|in|at|into|from|over|through)$/.test(tokens[source[0] - 1]?.lower ?? '') && !isCommonNoun(tokens[source[1]]!.lower) && !tokens[source[1]]!.cap;
    if (source && place) {
      const subject = clauseSpeaker(tokens, earlier, a, sentenceStart, source[0] - 1);
      return subject ? { cue: [i, i], source: subject, kind: 'participle', cls } : null;
    }
    // ("has spent nearly all of her time responding to": past an adverb.)
    let at = source ? (isAdverb(tokens[source[0] - 1]) ? source[0] - 2 : source[0] - 1) : -1;
    // ("put out a statement saying", "sent out a release saying": the verb before its particle.)
    if (tokens[at]?.lower === 'out' && /^(put|puts|putting)$|ed$|^sent$/.test(tokens[at - 1]?.lower ?? '')) at--;
    const before = tokens[at];
    // ("sent a fundraising email Wednesday saying", "hoisted a sign that read": an irregular past too.)
    if (source && before && before.kind === 'w' && !before.cap && (before.lower.endsWith('ed') || /^(to|put|puts)$/.test(before.lower) || CUE_VERBS.has(before.lower) || isCommonPast(before))) {
      const subject = clauseSpeaker(tokens, earlier, a, sentenceStart, at);
      return subject ? { cue: [i, i], source: subject, kind: 'participle', cls } : null;
    }
    return source && plausibleSource(tokens, source, verb, true) ? { cue: [i, i], source, kind: 'participle', cls } : null;
  }
  return progressive ? undefined : null;
}

/**
 * "Having announced that he would not…, Judge Berman…", "…, having told reporters that…": a perfect
 * participle is said by the main clause's subject, after it or before the comma.
 */
export function perfectParticipleHit({ tokens, i, a, b, verb, sentenceStart }: VerbAt, earlier: CueHit[]): CueHit | null {
  // ("Having said that, he left": the idiom that turns to what comes next.)
  if (/^(that|this)$/.test(tokens[i + 1]?.lower ?? '') && isPunct(tokens[i + 2], ',')) return null;
  const opening = opensSentence(tokens, i - 1, sentenceStart);
  const source = opening ? mainSubjectAfter(tokens, i + 1, b) : isPunct(tokens[i - 2], ',') ? clauseSpeaker(tokens, earlier, a, sentenceStart, i - 2) : null;
  return source ? { cue: [i - 1, i], source, kind: 'participle', cls: verb.cls } : null;
}
