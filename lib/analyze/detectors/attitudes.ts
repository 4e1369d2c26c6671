/**
 * Attitudes told with "be" and an adjective: "Sanders is confident that…", "aides are wary of…",
 * said by the subject before them.
 */
import { STANCE_ADJECTIVES } from '../lexicon/stance-adjectives.ts';
import { isAdverb, type Token } from '../tokens.ts';
import { isClauseWord, isDeterminer } from '../word-classes.ts';
import type { CueHit } from './cues.ts';
import { plausibleSource, type CueVerb } from './plausible.ts';
import { subjectEndingAt } from './subjects.ts';
import { BETWEEN } from './between.ts';
import { bareClause } from './verb-context.ts';

const STANCE_ADJECTIVE_SET = new Set<string>(STANCE_ADJECTIVES);
/** What may follow an adjective of attitude and say about what: "confident that", "wary of". */
const ATTITUDE_COMPLEMENTS = new Set(['that', 'to', 'about', 'of', 'with', 'over', 'by', 'in', 'on']);
const ATTITUDE: CueVerb = { lemma: 'be', form: 'ed', cls: 'belief' };
/** Words of degree and negation before the adjective: "not", "so", "very", "too". */
const DEGREE = new Set(['not', 'so', 'very', 'too', 'well', 'quite', 'less', 'more', 'most', 'still', 'also', 'now', 'all', 'both', 'pretty', 'far']);
/** People named by the side they take: "is an outspoken supporter of", "is a fierce critic of". */
const SIDE_TAKERS = new Set(['supporter', 'supporters', 'critic', 'critics', 'opponent', 'opponents', 'backer', 'backers', 'proponent', 'proponents', 'advocate', 'advocates', 'defender', 'defenders', 'fan', 'fans', 'admirer', 'admirers', 'champion', 'champions', 'skeptic', 'skeptics']);

/** Verbs that link a subject to its state as "be" does: "remain skeptical of", "grew increasingly frustrated with". */
export const LINKING = new Set('remain remains remained remaining become becomes became becoming grow grows grew grown growing stay stays stayed'.split(' '));

/** A personal pronoun with "be" contracted onto it: "he’s", "they’re", "I’m". */
export const CONTRACTED_BE = new Set(['he’s', "he's", 'she’s', "she's", 'they’re', "they're", 'we’re', "we're", 'i’m', "i'm", 'you’re', "you're"]);

/** Adjectives of belief that take a clause without "that": "confident the plan will pass". */
const CLAUSE_BELIEFS = new Set(['adamant', 'afraid', 'certain', 'confident', 'convinced', 'hopeful', 'optimistic', 'sure', 'worried']);

/** The adjective after "is", perhaps past adverbs ("is increasingly confident", "are so vehemently opposed"), or -1. */
function attitudeAfter(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k < i + 4 && (isAdverb(tokens[k]) || DEGREE.has(tokens[k]?.lower ?? ''))) k++;
  const adjective = tokens[k];
  // ("is committed to the plan"; "murders were committed by…" is a deed's passive.)
  const complement = tokens[k + 1]?.lower ?? '';
  if (adjective && STANCE_ADJECTIVE_SET.has(adjective.lower) && ATTITUDE_COMPLEMENTS.has(complement) && (adjective.lower !== 'committed' || complement === 'to')) return k;
  // ("Officials are confident the plan will pass": a belief's clause may come with no "that".)
  if (adjective && CLAUSE_BELIEFS.has(adjective.lower) && bareClause(tokens, k + 1, tokens.length)) return k;
  // ("is an outspoken supporter of Roe v. Wade", "are longtime critics of the deal": the side, told by a noun.)
  if (adjective === undefined || adjective.cap || adjective.kind !== 'w') return -1;
  if (adjective.lower === 'a' || adjective.lower === 'an') k++;
  // ("is one of the fiercest critics of": or the one among many.)
  else if (adjective.lower === 'one' && tokens[k + 1]?.lower === 'of' && /^(the|his|her|their)$/.test(tokens[k + 2]?.lower ?? '')) k += 3;
  // ("a dogged defender of", "a pointed critic of": any word that is not a clause's may describe the side.)
  // (The "of" is looked for first: most forms of "be" have none close after them.)
  let of = k + 1;
  while (of <= k + 4 && tokens[of] !== undefined && tokens[of]!.lower !== 'of') of++;
  if (tokens[of]?.lower !== 'of' || !SIDE_TAKERS.has(tokens[of - 1]!.lower)) return -1;
  for (let m = k; m < of - 1; m++) if (tokens[m]!.cap || tokens[m]!.kind !== 'w' || SIDE_TAKERS.has(tokens[m]!.lower) || isClauseWord(tokens[m]) || isDeterminer(tokens[m])) return -1;
  return of - 1;
}

/** "Sanders is confident that…": the form of "be" and the adjective, said by the subject before them. */
export function attitudeHit(tokens: Token[], i: number, a: number): CueHit | null {
  const adjective = attitudeAfter(tokens, i);
  if (adjective < 0 || tokens[i]!.quote >= 0) return null;
  // ("He’s also supportive of…": the pronoun and its "be" in one word; the cue starts after it.)
  if (CONTRACTED_BE.has(tokens[i]!.lower)) return { cue: [i + 1, adjective], source: [i, i], kind: 'verb', cls: 'belief' };
  let j = i - 1;
  while (j >= a && BETWEEN.has(tokens[j]!.lower)) j--;
  const subject = subjectEndingAt(tokens, j, a, ATTITUDE);
  return subject && plausibleSource(tokens, subject, ATTITUDE, j === i - 1) ? { cue: [i, adjective], source: subject, kind: 'verb', cls: 'belief' } : null;
}
