/**
 * Cues that are nouns: "Trump's claim that…", "her call for…", "a warning from the central bank
 * that…". The noun reports a statement only when it says whose it is and what it says, so both
 * must be there: a possessor before it (or "from"/"by" after it) and the content it introduces.
 */
import { DISAPPROVAL_NOUNS } from '../lexicon/disapproval-nouns.ts';
import { CUE_VERBS } from '../lexicon/index.ts';
import { STATEMENT_NOUNS } from '../lexicon/statement-nouns.ts';
import { TIMES } from '../lexicon/words.ts';
import { headOf, phraseEndingAt, phraseStartingAt } from '../phrase.ts';
import { isClauseWord, isIndefinite, isPastAfterNoun, isPossessiveNoun, isPossessivePronoun, isSubjectPronoun } from '../word-classes.ts';
import { isAdverb, isPunct, type Token } from '../tokens.ts';
import type { CueHit, Range } from './cues.ts';
import { isBe } from './passives.ts';
import { BODY, headIs, NAME, PEOPLE } from './plausible.ts';
import { ARMED } from './verb-frames.ts';

const STATEMENT = new Set<string>(STATEMENT_NOUNS);
const NOUNS = new Set<string>([...STATEMENT_NOUNS, ...DISAPPROVAL_NOUNS]);
const DISAPPROVAL = new Set<string>(DISAPPROVAL_NOUNS);
/**
 * Nouns that report only with one opener, which then belongs to the cue: "Trump's call for a ban"
 * ("his call to supporters" is a phone call).
 */
const BOUND_OPENERS = new Map([['call', 'for']]);

/** Nouns of words against someone, whose target may follow "of": "his criticism of Clinton". */
const AGAINST_OF = /^(criticisms?|critiques?|denunciations?|condemnation)$/;

/** What may follow the noun and open what it reports: "claim that", "call for", "remarks about". */
const CONTENT_OPENERS = new Set(['that', 'to', 'for', 'about', 'on', 'against', 'over']);
/** Nouns that, owned by no one, are more often deeds or asking than statements ("the attacks on the consulate"). */
const UNOWNED_EXCLUDED = /^(attacks?|questions?|pledge|promise|argument|praise|demands?|contention)$/;
/** A word that opens a clause's subject after "that": a pronoun, a name, a determiner. */
const subjectOpens = (t: Token | undefined) => t !== undefined && (isSubjectPronoun(t) || t.cap || /^(the|a|an|his|her|their|its|some|many|most)$/.test(t.lower));
/** Words after which a statement noun is plainly a noun that nobody is said to own. */
const UNOWNED_BEFORE = /^(with|of|amid|by|despite|after|over|against|about|faced|facing|face|faces|new|growing|renewed|repeated|mounting|widespread|the|a|an|such|similar)$/;

export function nominalCue(tokens: Token[], i: number, a: number, b: number): CueHit | null {
  const t = tokens[i]!;
  if (t.quote >= 0) return null;
  if (t.lower === 'support' || t.lower === 'backing') return supportHeld(tokens, i, a, b);
  if (!NOUNS.has(t.lower)) return null;
  const agent = agentAfter(tokens, i, b);
  if (agent) return { cue: [i, agent.by], source: agent.source, kind: 'nominal', cls: 'speech' };
  if (!STATEMENT.has(t.lower)) return null;
  // ("his criticism of Clinton", "a critique of the plan": words against someone take "of" too.)
  const against = tokens[i + 1]?.lower === 'of' && AGAINST_OF.test(t.lower);
  if (!against && !opensContent(tokens, i + 1) && !(tokens[i + 1] && /^(in|on|at|during|last)$/.test(tokens[i + 1]!.lower) && thatAfterPlace(tokens, i + 2, b))) return null;
  const bound = BOUND_OPENERS.get(t.lower);
  if (bound && tokens[i + 1]?.lower !== bound) return null;
  const possessor = possessorBefore(tokens, i, a);
  const owner = (possessor && subjectOfOwnVerb(tokens, possessor, a)) ?? possessor ?? attacker(tokens, i, a) ?? uttered(tokens, i, a);
  const last = bound ? i + 1 : i;
  if (owner) return { cue: [i, last], source: owner, kind: 'nominal', cls: 'speech' };
  // ("faced questions about her emails", "amid calls for his resignation": a statement the text gives
  // to no one, plainly a noun after a preposition or a determiner.)
  // ("a claim that reports confirmed", "a claim that originated…": a "that" opening a relative clause
  // says nothing; one before its clause's own subject does.)
  const content = tokens[i + 1]?.lower !== 'that' || subjectOpens(tokens[i + 2]);
  return content && UNOWNED_BEFORE.test(tokens[i - 1]?.lower ?? '') && !UNOWNED_EXCLUDED.test(t.lower) ? { cue: [i, last], source: null, kind: 'nominal', cls: 'speech' } : null;
}

/** Verbs by which one holds or gains others' support: "has the support of", "received support from". */
const HOLDING = /^(has|have|had|having|received|receives|receiving|enjoys|enjoyed|enjoying|drew|draws|earned|won|garnered|consolidated|commands|commanded|retains|retained)$/;

/**
 * "Clinton has the support of women", "Sanders received strong support from young voters": the
 * people after "of", "from" or "among" take the side, and the one who has it is their candidate.
 * ("to win the support of…", "can earn the support of": support still to be won is no one's yet.)
 */
function supportHeld(tokens: Token[], i: number, a: number, b: number): CueHit | null {
  if (!/^(of|from|among)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  let k = i - 1;
  // (Past a determiner and words that say how much: "the full support of", "strong majority support among".)
  while (k > a && i - k <= 4 && tokens[k]!.kind === 'w' && !tokens[k]!.cap && !HOLDING.test(tokens[k]!.lower) && !isClauseWord(tokens[k]) && !/(ed|[^m]ing)$/.test(tokens[k]!.lower) && !CUE_VERBS.has(tokens[k]!.lower)) k--;
  if (k < a || !HOLDING.test(tokens[k]!.lower) || tokens[k]!.cap) return null;
  if (/^(to|can|could|would|will|may|might|must|should)$/.test(tokens[k - 1]?.lower ?? '')) return null;
  const source = phraseStartingAt(tokens, i + 2, b);
  return source && personLike(tokens, source) ? { cue: [k, i + 1], source, kind: 'nominal', cls: 'stance' } : null;
}

/** Verbs by which one presses one's own statement: "stepped up his attacks", "pressing his case". */
const PRESSING = /^(step|escalat|ratchet|expand|press|keep|kept|renew|intensif|sharpen|repeat|reiterat|doubl|amplif|broaden|extend|turn|continu|reboot|resum)/;

/**
 * "He has stepped up his attacks on…", "Sanders is keeping up his criticism": the owner is the one
 * the possessive stands for, the subject of the verb before it.
 */
function subjectOfOwnVerb(tokens: Token[], [k]: Range, a: number): Range | null {
  if (!isPossessivePronoun(tokens[k])) return null;
  let v = k - 1;
  while (v > a && /^(up|upon|on|down)$/.test(tokens[v]!.lower)) v--;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'w' || verb.cap || !PRESSING.test(verb.lower)) return null;
  // (Past adverbs, auxiliaries and a time: "Donald Trump on Thursday ratcheted up his attacks".)
  let m = v - 1;
  while (m >= a && (isAdverb(tokens[m]) || /^(has|have|had|is|are|was|were|been|on|last|this)$/.test(tokens[m]!.lower) || TIMES.has(tokens[m]!.lower))) m--;
  const subject = m >= a ? phraseEndingAt(tokens, m, a) : null;
  if (!subject) return null;
  const head = headOf(tokens, subject[0], subject[1]);
  return (isSubjectPronoun(head) && !/^(it|which|that|who)$/.test(head.lower)) || personLike(tokens, subject) ? subject : null;
}

/** Verbs by which one utters a statement one owns: "sounded a call for", "issued a warning that". */
const UTTERING = /^(sound|issu|voic|deliver|offer|renew|repeat)(s|ed)?$|^(made|makes)$/;

/**
 * "Obama sounded a call for…", "Trump opened with a call for…", "Warren roused the crowd with
 * criticism of…": a statement its clause's subject utters, or does something with, is the subject's.
 */
function uttered(tokens: Token[], i: number, a: number): Range | null {
  let k = i - 1;
  if (isIndefinite(tokens[k]?.lower)) k--;
  let verb = UTTERING.test(tokens[k]?.lower ?? '') && !tokens[k]!.cap ? k : -1;
  if (tokens[k]?.lower === 'with') for (let m = k - 1; m > a && k - m <= 5 && verb < 0; m--) if (isPastAfterNoun(tokens, m)) verb = m;
  // ("grappled with calls for…", "was met with criticism": what one meets with is others'.)
  if (verb <= a || (verb !== k && RECEIVING.test(tokens[verb]!.lower)) || isBe(tokens[verb - 1])) return null;
  let m = verb - 1;
  while (m > a && (isAdverb(tokens[m]) || /^(has|have|had|also|then|again|just)$/.test(tokens[m]!.lower))) m--;
  const subject = phraseEndingAt(tokens, m, a);
  if (!subject) return null;
  const head = tokens[subject[1]]!;
  return (subject[0] === subject[1] && /^(he|she|they|we|i)$/.test(head.lower)) || (personLike(tokens, subject) && !TIMES.has(head.lower)) ? subject : null;
}
/** Verbs whose "with" brings what others say: "grappled with calls for", "met with criticism". */
const RECEIVING = /^(grappl|deal|dealt|struggl|contend|cop|wrestl|met|greet|fac|confront|hit|flood|swamp|inundat|bombard|besieg|sided|agreed|disagreed|clashed|argued)/;

/** Verbs that make an attack: "Christie unleashed withering attacks against Rubio". */
const LAUNCHING = /^(launch|unleash|mount|make|made|level|renew|escalat|intensif|sharpen)/;

/** "Christie unleashed withering attacks against Rubio": whoever launches an attack in words is its owner. */
function attacker(tokens: Token[], i: number, a: number): Range | null {
  if (!/^attacks?$/.test(tokens[i]!.lower) || !/^(on|against)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  let k = i - 1;
  while (k > a && i - k <= 4 && tokens[k]!.kind === 'w' && !tokens[k]!.cap && !LAUNCHING.test(tokens[k]!.lower)) k--;
  if (k <= a || !LAUNCHING.test(tokens[k]!.lower) || tokens[k]!.cap) return null;
  const subject = phraseEndingAt(tokens, k - 1, a);
  // ("Militants launched an attack on the base": force, not words.)
  return subject && personLike(tokens, subject) && !ARMED.has(tokens[subject[1]]!.lower) ? subject : null;
}

/** "a warning from the central bank that…": the agent after "from" or "by", then the content. */
function agentAfter(tokens: Token[], i: number, b: number): { by: number; source: Range } | null {
  const by = tokens[i + 1];
  if (!by || (by.lower !== 'from' && by.lower !== 'by')) return null;
  const source = phraseStartingAt(tokens, i + 2, b);
  if (!source || !(DISAPPROVAL.has(tokens[i]!.lower) || opensContent(tokens, source[1] + 1)) || !personLike(tokens, source)) return null;
  return { by: i + 1, source };
}

/** "Trump's", "his", "the senator's": the owner, past at most two modifiers ("his repeated calls"). */
function possessorBefore(tokens: Token[], i: number, a: number): Range | null {
  for (let k = i - 1; k >= a && i - k <= 3; k--) {
    const w = tokens[k]!;
    if (w.kind === 'p' || w.quote >= 0) return null;
    if (isPossessivePronoun(w)) return [k, k];
    if (isPossessiveNoun(w.lower)) {
      const np = phraseEndingAt(tokens, k, a);
      return np && personLike(tokens, np) ? np : null;
    }
    if (w.cap || isClauseWord(w)) return null;
  }
  return null;
}

/** A name, or a noun for people or groups: someone who can make a statement. */
const personLike = (tokens: Token[], range: Range) => headIs(tokens, range, NAME | PEOPLE | BODY);

/** "his claim in November that…", "her claim in a Fox News interview that…": "that" shortly after where or when. */
function thatAfterPlace(tokens: Token[], k: number, b: number): boolean {
  for (let m = k; m < Math.min(b, k + 7); m++) {
    if (tokens[m]!.lower === 'that') return m > k;
    if (tokens[m]!.kind === 'p') return false;
  }
  return false;
}

function opensContent(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.quote >= 0 || isPunct(t, ':“"‘')) return true;
  if (isPunct(t, ',')) return tokens[k + 1] !== undefined && (tokens[k + 1]!.quote >= 0 || isPunct(tokens[k + 1], '“"‘'));
  return CONTENT_OPENERS.has(t.lower);
}
