/**
 * Whether a belief or stance verb sits inside what an earlier cue of its sentence reports
 * ("Clinton says she wants…": the wanting is part of what she says), or stands in a clause of its
 * own: a relative clause ("…, which he believes will fail"), a "who" aside, a new clause with its
 * own subject ("…, and I think"), the writer's clause of reason or contrast ("…, although he supports").
 */
import { phraseEndingAt, withApproximator } from '../phrase.ts';
import { CLAUSE_OPENERS, endsInSingleS, HAVE, isAdjectiveLike, isCount, isDeterminer, isDocumentWord, isSubjectPronoun, isWhoOrWhich, RELATIVE_PRONOUNS, SUBORDINATORS } from '../word-classes.ts';
import { isAdverb, isPunct, type Token } from '../tokens.ts';
import type { CueHit, Range } from './cues.ts';
import { isBe } from './passives.ts';
import { DOCUMENT, headIs, NAME, PEOPLE, PRONOUN } from './plausible.ts';
import { inAside, ONLY_BEFORE_VERBS } from './verb-context.ts';

/** The verb at token i is part of what an earlier cue in `hits` reports. */
export function insideReport(tokens: Token[], i: number, hits: CueHit[]): boolean {
  if (relativeClause(tokens, i)) return false;
  // (A side taken in a participle, "a super PAC backing Jindal, and…", reports no words to hold others.)
  return hits.some((h) => h.kind !== 'according' && !(h.kind === 'participle' && h.cls === 'stance') && h.cue[1] < i && !inWhoAside(tokens, h) && !newClauseBetween(tokens, h.cue[1], i) && !coordinated(tokens, h, i) && !afterRelativeObject(tokens, h, i) && !(h.cls !== 'speech' && nameAfterAnd(tokens, h.cue[1], i)));
}

/**
 * "Trump wants the votes and Peña Nieto wants to be a hero": after what a wish or a view is of, "and"
 * and a name open a clause of its own. (After a verb of saying, "said Trump and Cruz want…", the
 * names may be what was said.)
 */
function nameAfterAnd(tokens: Token[], k: number, i: number): boolean {
  const end = subjectEnd(tokens, i);
  const subject = phraseEndingAt(tokens, end, k + 1);
  // ("5 percent back Johnson and 1 percent support Stein": so does a share of those asked.)
  const share = subject !== null && (tokens[subject[0]]!.kind === 'n' || isCount(tokens[subject[0]])) && /^(percent|%)$/.test(tokens[end]!.lower);
  return subject !== null && subject[0] > k + 2 && /^(and|but)$/.test(tokens[subject[0] - 1]!.lower) && ((tokens[subject[0]]!.cap && tokens[end]!.cap) || share);
}

/**
 * "He favors the laws and opposes a wage rise", "He considers her untrustworthy, but views him as…":
 * a second verb of the cue's own subject, with no clause between.
 */
function coordinated(tokens: Token[], h: CueHit, i: number): boolean {
  const conjunction = subjectEnd(tokens, i);
  if (h.kind !== 'verb' || !/^(and|but)$/.test(tokens[conjunction]?.lower ?? '')) return false;
  for (let m = h.cue[1] + 1; m < i; m++) if (isSubjectPronoun(tokens[m]) || tokens[m]!.lower === 'that' || (isPunct(tokens[m], ',;:') && !(m === conjunction - 1 && isPunct(tokens[m], ',')))) return false;
  return true;
}

/**
 * "Republicans who oppose the deal want a vote": a side taken in a restrictive relative clause
 * ends with what it takes, and the verb after that object is the main clause's, said by the noun
 * the clause describes. (A clause of saying or thinking runs on: "voters who say Trump wants…".)
 */
function afterRelativeObject(tokens: Token[], h: CueHit, i: number): boolean {
  if (h.kind !== 'verb' || h.cls !== 'stance' || h.source === null || h.source[0] !== h.source[1]) return false;
  const who = h.source[0];
  if (!/^(who|that)$/.test(tokens[who]!.lower) || tokens[who - 1]?.kind !== 'w' || h.cue[0] > who + 2) return false;
  const end = subjectEnd(tokens, i);
  const object = phraseEndingAt(tokens, end, h.cue[1] + 1);
  return object !== null && object[0] === h.cue[1] + 1 && !tokens.slice(object[0], end + 1).some((t) => RELATIVE_PRONOUNS.has(t.lower) || isSubjectPronoun(t));
}

/** A cue in a "who" aside ("O'Malley, who is also seeking the nomination, has pledged") reports for the aside only. */
const inWhoAside = (tokens: Token[], h: CueHit) => h.source !== null && inAside(tokens, h.source);

/** ", and I think", "; she wants": a clause with its own subject opens between token k and the verb at i. */
function newClauseBetween(tokens: Token[], k: number, i: number): boolean {
  // "Though everyone agrees it was flawed, some critics fear…": after a clause a subordinator opened,
  // the main clause has a subject of its own ("When the poll asked…, Clinton was supported by…").
  let end = i - 1;
  while (end > k && (isBe(tokens[end]) || HAVE.has(tokens[end]!.lower))) end--;
  const main = phraseEndingAt(tokens, end, k + 1);
  if (main && isPunct(tokens[main[0] - 1], ',') && ownSubject(tokens, main) && opensWithSubordinator(tokens, k)) return true;
  const subject = phraseEndingAt(tokens, i - 1, k + 1);
  // "…, because he thought", "…, although he supports": the writer's own clause of reason or contrast.
  // ("…while about 6 in 10 men supported": an approximator belongs to its count.)
  // ("…, while 4 in 10 want one with experience": so does a share of those asked.)
  if (subject && (ownSubject(tokens, subject) || isShare(tokens, subject)) && REASONS.has(tokens[withApproximator(tokens, subject[0]) - 1]?.lower ?? '')) return true;
  // ("…, as polls show Sanders surging", "after leaked emails showed…": a document's own clause of time or reason.)
  if (subject && ownSubject(tokens, subject, true) && !ownSubject(tokens, subject) && DOCUMENT_CLAUSES.has(tokens[subject[0] - 1]?.lower ?? '')) return true;
  for (let m = k + 1; m < i - 1; m++) {
    // (A colon after what the cue reports opens a clause too: "Polls suggest it is popular: a survey found…";
    // right after the cue it opens what is said.)
    const stop = isPunct(tokens[m], ';') || (isPunct(tokens[m], ':') && m > k + 1);
    if (!stop && !(isPunct(tokens[m], ',') && /^(and|but)$/.test(tokens[m + 1]?.lower ?? ''))) continue;
    const start = stop ? m + 1 : m + 2;
    const opener = tokens[start];
    if (opener && isSubjectPronoun(opener) && !RELATIVE_PRONOUNS.has(opener.lower)) return true;
    // "…, but analysts at Barclays now expect", "…, and Republicans want", "…, and the utility's own
    // figures show": a name, a noun for people or a document opens it too.
    if (ownSubject(tokens, [start, subjectEnd(tokens, i)], true) && phraseEndingAt(tokens, subjectEnd(tokens, i), start)?.[0] === start) return true;
  }
  return false;
}

/** The last word before the verb at i and the adverbs before it ("analysts now expect"). */
function subjectEnd(tokens: Token[], i: number): number {
  let e = i - 1;
  while (e > 0 && (isAdverb(tokens[e]) || ONLY_BEFORE_VERBS.has(tokens[e]!.lower))) e--;
  return e;
}

/** The sentence holding token k opens with "though", "while", "as"…, before k. */
function opensWithSubordinator(tokens: Token[], k: number): boolean {
  let m = k;
  while (m > 0 && !isPunct(tokens[m - 1], '.!?') && k - m < 30) m--;
  return SUBORDINATORS.has(tokens[m]!.lower);
}
/** Conjunctions that open a clause of time or reason, with a document perhaps its subject. */
const DOCUMENT_CLAUSES = new Set([...CLAUSE_OPENERS, 'whereas', 'until', 'unless']);
/** Conjunctions that open the writer's clause of reason or contrast. */
const REASONS = new Set(['because', 'although', 'though', 'whereas', 'while', 'since']);

/** "4 in 10", "half", "40 percent": a share of those asked, which speaks for them. */
const isShare = (tokens: Token[], [first, last]: Range) => isCount(tokens[last]) || (last > first && /^(percent|%)$/.test(tokens[last]!.lower));

/** A phrase that can open a clause as its subject: a name, a pronoun, a noun for people (or, with `documents`, a document). */
const ownSubject = (tokens: Token[], range: Range, documents = false) => headIs(tokens, range, NAME | PRONOUN | PEOPLE | (documents ? DOCUMENT : 0));

/**
 * "which he believes": a pronoun and its verb in a relative clause (after "that" the clause is often
 * content). "…, said Elmendorf, who supports Clinton": a "who" aside tells of the one named.
 */
function relativeClause(tokens: Token[], i: number): boolean {
  if (isSubjectPronoun(tokens[i - 1]) && tokens[i - 2]?.lower === 'which') return true;
  // ("a race polls show is close": a clause with no "that" after its noun and determiner.)
  const subject = tokens[i - 1];
  const noun = tokens[i - 2];
  if (subject && endsInSingleS(subject.lower) && isDocumentWord(subject) && !tokens[i]!.lower.endsWith('ing') && noun?.kind === 'w' && !noun.cap && !isAdjectiveLike(noun) && isDeterminer(tokens[i - 3])) return true;
  let k = i - 1;
  // ("…by Bill Maher, who is supporting Sanders": past an auxiliary too.)
  while (k > 0 && (isAdverb(tokens[k]) || isBe(tokens[k]) || HAVE.has(tokens[k]!.lower))) k--;
  // ("She released her records, which showed…": so does a "which" that stands for a thing.)
  return isWhoOrWhich(tokens[k]?.lower ?? '') && isPunct(tokens[k - 1], ',');
}
