/**
 * How far a subject phrase reaches past its noun: a group with the place it sits in ("Republicans in
 * the legislature"), a document with whom it is to ("a letter to committee members"), a noun with
 * the participle that describes it ("a study published in the journal"), a name with its bracket
 * ("Rep. Jim Jordan (R-Ohio)").
 */
import { DOCUMENTS, isCommonNoun, isPeopleNoun } from '../lexicon/words.ts';
import { phraseEndingAt } from '../phrase.ts';
import { CLAUSE_OPENERS, endsInSingleS, isDeterminer, isDocumentWord, isPastAfterNoun, OBJECT_PRONOUNS, uncontractedWho } from '../word-classes.ts';
import { isPunct, isWord, type Token } from '../tokens.ts';
import type { Range } from './cues.ts';
import { plausibleSource, type CueVerb } from './plausible.ts';
import { LINKING_PREPOSITIONS } from './sentence-subject.ts';

/** Prepositions before the place a group sits in. */
const GROUP_PLACES = new Set(['in', 'at', 'from', 'across', 'inside', 'within', 'outside']);
/** Prepositions before whom a document is to or from, or what it is on. */
const ADDRESSEE_LINKS = new Set(['to', 'from', 'on', 'about']);

/**
 * "Republicans in the legislature", "officials at the ministry", "Democrats on the committee": the
 * group before a place it sits in, with the place. ("briefed analysts on a conference call": "on"
 * only before a body named with "the".)
 */
export function withGroup(tokens: Token[], np: Range, a: number): Range {
  const before = tokens[np[0] - 1]?.lower ?? '';
  if (!GROUP_PLACES.has(before) && !(before === 'on' && tokens[np[0]]!.lower === 'the')) return np;
  const group = phraseEndingAt(tokens, np[0] - 2, a);
  const head = group && tokens[group[1]]!;
  // ("20 percent of people in a recent CNN poll": "people", "men" and "women" are plural too.)
  const plural = head !== null && ((endsInSingleS(head.lower) && isPeopleNoun(head.lower)) || /^(people|men|women|children|police|staff)$/.test(head.lower));
  return group && plural && group[1] === np[0] - 2 ? [group[0], np[1]] : np;
}

/** "Sources close to the campaign", "a person familiar with the matter", "aides to Clinton": whose people they are, with them. */
export function withCloseness(tokens: Token[], np: Range, a: number): Range {
  // ("Aides to Clinton", "advisers to the president": a person's people, by the word for them right before "to".)
  const link = tokens[np[0] - 1]?.lower ?? '';
  const close = (tokens[np[0] - 2]?.lower === 'close' || tokens[np[0] - 2]?.lower === 'familiar');
  // (Not an infinitive: "a special prosecutor to investigate…".)
  const named = tokens[np[0]]!.cap || isDeterminer(tokens[np[0]]) || OBJECT_PRONOUNS.has(tokens[np[0]]!.lower);
  if (!(link === 'with' && close) && !(link === 'to' && named && (close || isPeopleNoun(tokens[np[0] - 2]?.lower ?? '')))) return np;
  const who = phraseEndingAt(tokens, close ? np[0] - 3 : np[0] - 2, a);
  return who && who[1] === (close ? np[0] - 3 : np[0] - 2) && isPeopleNoun(tokens[who[1]]!.lower) ? [who[0], np[1]] : np;
}

/**
 * "A letter to committee members", "a memo from the chief", "a report on the crash": a document,
 * with whom it is to or from or what it is on. (One with its determiner: "in order to" names no
 * letter or memo.)
 */
export function withAddressee(tokens: Token[], np: Range, a: number): Range {
  if (!ADDRESSEE_LINKS.has(tokens[np[0] - 1]?.lower ?? '')) return np;
  const document = phraseEndingAt(tokens, np[0] - 2, a);
  const opener = document && tokens[document[0]]!;
  return document && opener && document[1] === np[0] - 2 && isDocumentWord(tokens[document[1]]) && (isDeterminer(opener) || opener.cap) ? [document[0], np[1]] : np;
}

/**
 * "A study published in the journal", "a report released Wednesday", "voters polled in Iowa": a noun
 * for a document or for people, described by the participle at token p and what follows up to `end`.
 */
export function describedByParticiple(tokens: Token[], p: number, end: number, a: number, verb: CueVerb, adjacent = false): Range | null {
  // ("A Monmouth poll out Monday showed…": a document "out" is one released.)
  const out = tokens[p]?.lower === 'out';
  if (p <= a || !(out || isPastAfterNoun(tokens, p))) return null;
  const noun = phraseEndingAt(tokens, p - 1, a);
  if (!noun) return null;
  const head = tokens[noun[1]]!.lower;
  // (The noun is judged as the whole phrase would be: "Documents released on Friday show…".)
  return (DOCUMENTS.has(head) || (!out && isPeopleNoun(head))) && plausibleSource(tokens, noun, verb, adjacent) ? [noun[0], end] : null;
}

/** Prepositions whose phrase may follow a participle that describes a noun: "found in a cave", "sent to members". */
const AFTER_PARTICIPLES = new Set([...LINKING_PREPOSITIONS, 'of', 'with', 'to', 'from', 'into']);

/**
 * "An employee assigned to the city of Guangzhou reported", "A letter sent to members says": past a chain of
 * phrases after prepositions, the participle that describes the noun before them, with that noun.
 */
export function describedBeforePhrases(tokens: Token[], np: Range, a: number, verb: CueVerb, adjacent: boolean): Range | null {
  let first = np[0];
  for (let hops = 0; hops < 3 && AFTER_PARTICIPLES.has(tokens[first - 1]?.lower ?? ''); hops++) {
    const described = describedByParticiple(tokens, first - 2, np[1], a, verb, adjacent);
    if (described) return described;
    // ("demonstrated outside the paper after it backed Clinton": "after" may open a clause, whose subject this is.)
    if (CLAUSE_OPENERS.has(tokens[first - 1]!.lower)) return null;
    const before = phraseEndingAt(tokens, first - 2, a);
    if (!before || before[1] !== first - 2) return null;
    first = before[0];
  }
  return null;
}

/** "Rep. Jim Jordan (R-Ohio)": the phrase before the bracket, bracket included. */
export function bracketedPhraseEndingAt(tokens: Token[], close: number, a: number): Range | null {
  let open = close - 1;
  // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says":
  // an aside in brackets after a name may run long.)
  while (open > a && !isPunct(tokens[open], '(') && close - open < 24) open--;
  const np = isPunct(tokens[open], '(') ? phraseEndingAt(tokens, open - 1, a) : null;
  return np && (close - open <= 8 || tokens[np[1]]!.cap) ? [np[0], close] : null;
}

/**
 * "according to people briefed on the talks", "forecast by economists polled by Reuters": the
 * participle and its phrase after a source describe it, up to the clause's end. (The phrase may
 * already hold the participle: "economists polled", then "by Reuters".)
 */
export function withDescription(tokens: Token[], source: Range | null, b: number): Range | null {
  if (!source) return source;
  const holds = source[1] > source[0] && isPastAfterNoun(tokens, source[1]) && /^(by|on|in|at|about|from|with)$/.test(tokens[source[1] + 1]?.lower ?? '');
  const participle = holds ? source[1] : source[1] + 1;
  // ("backed by 520 delegates compared with 39": a comparison follows, no description.)
  if ((!holds && !isPastAfterNoun(tokens, participle)) || /^(compared|contrasted|combined)$/.test(tokens[participle]!.lower)) return source;
  // ("a playbook published by Politico directed sales staff to…": a past form with an object is the clause's verb.)
  const object = tokens[participle + 1];
  if (!holds && object !== undefined && (isDeterminer(object) || OBJECT_PRONOUNS.has(object.lower) || (!object.cap && isCommonNoun(object.lower)))) return source;
  let end = participle;
  while (end + 1 < b && isWord(tokens[end + 1]) && end - participle < 10) end++;
  return end + 1 >= b || isPunct(tokens[end + 1], ',.;:—–)') ? [source[0], end] : source;
}

/** "officials who spoke with The Huffington Post said": the subject is the phrase before "who". */
export function headOfRelativeClause(tokens: Token[], np: Range, a: number): Range | null {
  // ("a caveat that negated what he said": a pronoun like "he" is a clause's own subject, never an object.)
  if (np[0] === np[1] && /^(he|she|they|we|i)$/.test(tokens[np[0]]!.lower)) return null;
  // ("local GOP leaders who’d rather be campaigning for Rubio said": "who" with a verb on it.)
  for (let k = np[0] - 1; k > a && np[0] - k < 10; k--) {
    const t = tokens[k]!;
    if (t.kind === 'p') return null;
    if (!/^(who|that)$/.test(uncontractedWho(t.lower))) continue;
    // "the things that Donald Trump has said": right after "that", the phrase is the clause's own
    // subject. (Right after "who" it is the clause's verb, "Officials who spoke said", unless it opens
    // with a name or a determiner: "a candidate who many party members oppose".)
    if (k === np[0] - 1 && (t.lower === 'that' || tokens[np[0]]!.cap || isDeterminer(tokens[np[0]]))) return null;
    // ("a minuet that Clinton and leading Democrats hope will…": so is a joint subject right after it.)
    if (tokens[np[0] - 1]!.lower === 'and' && phraseEndingAt(tokens, np[0] - 2, k + 1)?.[0] === k + 1) return null;
    return uncontractedWho(t.lower) === 'who' || !isPunct(tokens[k - 1], ',') ? phraseEndingAt(tokens, k - 1, a) : null;
  }
  return null;
}
