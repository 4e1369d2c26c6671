/**
 * Reporting verbs in the passive with no one named: "Sanders was asked whether…", "the DNC, which
 * is seen as aligned with Clinton", "he is said to be furious". The text attributes a view or a
 * question without saying whose it is, so the cue stands without a source.
 */
import { phraseStartingAt } from '../phrase.ts';
import { hasBit, isCommonPast, isDeterminer, isSubjectPronoun, OBJECT_PRONOUNS } from '../word-classes.ts';
import { isWord, type Token } from '../tokens.ts';
import { plausibleSource, type CueVerb } from './plausible.ts';
import type { CueHit, Range } from './cues.ts';
import { BE_FORM, markWords } from '../word-bits.ts';

export const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);
markWords(BE, BE_FORM);
export const isBe = (t: Token | undefined) => hasBit(t, BE_FORM);

/**
 * "it was revealed that…", "the deal was announced", "three commissioners were charged with…": made
 * known, or accused, by someone the text does not name; negated ("has never been charged"), by no one.
 */
const MADE_KNOWN = new Map<string, readonly string[]>([
  ['announce', ['']],
  ['reveal', ['']],
  ['disclose', ['']],
  ['declare', ['']],
  ['charge', ['with']],
  ['blame', ['for']],
  ['identify', ['as']],
  ['dub', ['']],
]);

/** For each verb, the word that must follow its passive; '' for any word. */
const PASSIVES = new Map<string, readonly string[]>([
  ['ask', ['']],
  ['question', ['about', 'on', 'over', 'whether']],
  ['consider', ['']],
  ['believe', ['to', 'that']],
  ['think', ['to', 'that']],
  ['say', ['to', 'that']],
  ['report', ['to', 'that']],
  ['rumor', ['to', 'that']],
  ['allege', ['to', 'that']],
  ['estimate', ['to', 'that']],
  ['see', ['as']],
  ['view', ['as']],
  ['regard', ['as']],
  ['describe', ['as']],
  ['portray', ['as']],
  ['characterize', ['as']],
  ['perceive', ['as']],
  ['know', ['as', 'for']],
  ['project', ['to']],
  ['predict', ['to', 'that']],
  ['forecast', ['to']],
  ['understand', ['to', 'that']],
  ['fear', ['to', 'that', 'dead']],
  ['suspect', ['to', 'of', 'that']],
  ['accuse', ['of']],
  ['criticize', ['for', 'as']],
  ['criticise', ['for', 'as']],
  ['condemn', ['as', 'for']],
  ['label', ['as', 'a', 'an']],
  ['deem', ['']],
  // "I was told that…", "voters were warned that…": told by someone the text does not name.
  ['tell', ['that', 'to']],
  ['inform', ['that', 'of']],
  ['warn', ['that', 'to', 'of']],
  ['promise', ['that']],
  ['instruct', ['to']],
  ['order', ['to']],
  ['urge', ['to']],
  ...MADE_KNOWN,
]);
/** Verbs whose passive tells its subject a clause, "that" or not: "were told the boy had been stabbed". */
export const TOLD = new Set(['tell', 'warn', 'inform']);
const NEGATION = /^(not|never)$|n['’]t$/;
const AS_ONLY = ['as'] as const;

/** "was asked", "is widely seen as": the cue from the form of "be" to the participle. */
export function agentlessPassive(tokens: Token[], i: number, verb: CueVerb): CueHit | null {
  if (verb.form !== 'en' && verb.form !== 'ed') return null;
  // ("was lambasted as mainstream", "are listed as fundraisers": what someone unnamed called them.)
  const calledAs = (verb.cls === 'speech' || verb.lemma === 'list') && tokens[i + 2]?.lower !== 'well';
  // One adverb may stand between: "is widely seen as".
  const be = isBe(tokens[i - 1]) ? i - 1 : (tokens[i - 1]?.lower ?? '').endsWith('ly') && isBe(tokens[i - 2]) ? i - 2 : -1;
  const next = tokens[i + 1];
  if (be < 0 || next === undefined) return null;
  // ("It is widely accepted that…", "It has been agreed that…": "it" with no one behind it, for any verb.)
  const it = tokens[be]!.lower === 'been' && /^(has|had)$/.test(tokens[be - 1]?.lower ?? '') ? be - 2 : be - 1;
  if (tokens[it]?.lower === 'it' && next.lower === 'that' && tokens[it]!.quote < 0) return { cue: [it + 1, i], source: null, kind: 'verb', cls: verb.cls };
  const follows = PASSIVES.get(verb.lemma) ?? (calledAs ? AS_ONLY : undefined);
  if (!follows) return null;
  // ("It is widely believed in Brussels that…", "had been told just before the vote that…": a short
  // phrase of place or time may come before the word.)
  let at = i + 1;
  if (/^(in|at|among|across|within|on|during|before|after|just|last|earlier)$/.test(next.lower)) for (let k = i + 2; k < i + 7 && isWord(tokens[k]); k++) if (follows.includes(tokens[k]!.lower)) at = k;
  const word = tokens[at]!;
  // ("has never been charged", "Details have not been disclosed": nothing made known, no one accused.)
  if (MADE_KNOWN.has(verb.lemma) && (NEGATION.test(tokens[be - 1]?.lower ?? '') || NEGATION.test(tokens[be - 2]?.lower ?? ''))) return null;
  const ok = follows.some((w) => (w === '' ? isWord(next) || next.quote >= 0 || next.text === ',' : word.lower === w));
  return ok ? { cue: [be, i], source: null, kind: 'verb', cls: verb.cls } : null;
}

/** Participles that after a noun are passives, with the word that follows them: "charged with", "deemed classified". */
const DESCRIBING_PASSIVES = new Map([['charge', /^with$/], ['deem', /^[a-z]/], ['identify', /^as$/], ['label', /^as$/], ['dub', /^[a-z]/]]);

/**
 * "seven men charged with violating sanctions", "64 emails now deemed classified", "the people
 * identified as passengers": after a noun, such a participle is a passive whose agent is not said.
 */
export function describingPassive(tokens: Token[], i: number, lemma: string): boolean {
  const follows = DESCRIBING_PASSIVES.get(lemma);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return follows !== undefined && next !== undefined && follows.test(next.lower) && isWord(prev) && !prev!.cap && !isSubjectPronoun(prev) && !isDeterminer(prev);
}

/** Judges an agent after "by" on its own merits: any noun can say, but "by telephone" is no one. */
export const AGENT: CueVerb = { lemma: 'agent', form: 'en', cls: 'speech' };
/** Words that open a clause of their own, whose "by" is not the passive's. */
const OWN_CLAUSE = new Set(['that', 'whether', 'if', 'who', 'which', 'what', 'how', 'why', 'when', 'and', 'but', 'or']);

/**
 * The agent of a passive after what the passive says of its subject: "has been called a charlatan
 * by fellow physicians", "was described as a failure by aides". Read from `k` to the first "by",
 * stopping at punctuation, a new clause or another verb ("was asked whether he had been paid by…").
 */
export function laterAgent(tokens: Token[], k: number, b: number): Range | null {
  for (const end = Math.min(b, k + 7); k < end; k++) {
    const t = tokens[k]!;
    if (t.lower === 'by') {
      const agent = phraseStartingAt(tokens, k + 1, b);
      return agent && plausibleSource(tokens, agent, AGENT, true) ? agent : null;
    }
    if (!isWord(t) || t.quote >= 0 || OWN_CLAUSE.has(t.lower) || (!t.cap && (t.lower.endsWith('ed') || isCommonPast(t)))) return null;
  }
  return null;
}

/** Words in -ing that describe the people after them: "by leading Democrats", "by visiting scholars". */
const DESCRIBING_ING = new Set('competing dissenting governing incoming leading opposing outgoing participating presiding reigning remaining retiring ruling sitting visiting voting warring working'.split(' '));

/**
 * "interjected by hitting Trump", "responded by saying that…": "by" and what was done, with its
 * object, is the means, no agent. ("supported by overwhelming majorities": an adjective in -ing
 * before its noun is part of the agent.)
 */
export function byDoing(tokens: Token[], by: number): boolean {
  const t = tokens[by + 1];
  const object = tokens[by + 2];
  if (t === undefined || object === undefined || t.kind !== 'w' || t.cap || !/^[a-z]{2,}ing$/.test(t.lower) || DESCRIBING_ING.has(t.lower)) return false;
  return object.cap || isDeterminer(object) || OBJECT_PRONOUNS.has(object.lower) || /^(that|to|it)$/.test(object.lower);
}
