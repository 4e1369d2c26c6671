/**
 * How far a cue reaches past its verb: a particle ("pointed out"), the listener ("told reporters")
 * and the medium ("said in a statement", "wrote on Twitter").
 */
import { phrasalRest } from '../lexicon/index.ts';
import { AUDIENCE_PHRASES, MEDIA_WORDS, TIMES } from '../lexicon/words.ts';
import { isAdverb, type Token } from '../tokens.ts';
import type { Range } from './cues.ts';
import { madeInWords } from './objects.ts';

const MEDIUM_OPENERS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'to']);

/** Words of degree inside a cue of a verb and its noun: "raised fresh questions". */
const QUALIFIERS = new Set('new fresh serious more further additional similar real deep grave troubling tough hard sharp many some several renewed legitimate'.split(' '));

/**
 * A word that may stand inside a multi-word cue, between the verb and the rest: an adverb or a day
 * ("spoke favorably of", "called Wednesday for") or a word of degree ("raised new questions").
 */
export const standsInside = (t: Token | undefined) => t !== undefined && (isAdverb(t) || TIMES.has(t.lower) || QUALIFIERS.has(t.lower));

export function extendCue(tokens: Token[], cue: Range, lemma: string, ceiling: number): Range {
  let end = cue[1];
  const rest = (from: number) => phrasalRest(lemma, tokens, from, ceiling);
  const adjacent = rest(end + 1);
  const past = adjacent === 0 && standsInside(tokens[end + 1]) ? rest(end + 2) : 0;
  end += adjacent > 0 ? adjacent : past > 0 ? past + 1 : 0;
  // ("made veiled references to": the noun of words made and the word that says what they are about.)
  const made = lemma === 'make' && end === cue[1] ? madeInWords(tokens, standsInside(tokens[end + 1]) ? end + 2 : end + 1) : -1;
  if (made >= 0 && made + 1 < ceiling) end = tokens[made + 1]!.kind === 'w' && tokens[made + 1]!.lower !== 'that' ? made + 1 : made;
  if (lemma === 'tell') end = matchAudience(tokens, end + 1, ceiling) ?? end;
  end = matchMedium(tokens, end + 1, ceiling) ?? end;
  return [cue[0], end];
}

function matchAudience(tokens: Token[], at: number, ceiling: number): number | null {
  const first = tokens[at];
  if (!first || at >= ceiling) return null;
  for (const words of AUDIENCE_PHRASES.get(first.lower) ?? []) {
    if (words.every((w, k) => at + k < ceiling && tokens[at + k]!.lower === w)) return at + words.length - 1;
  }
  return null;
}

/** "in a statement", "on Twitter", "in an interview with…": ends at the medium word. */
function matchMedium(tokens: Token[], at: number, ceiling: number): number | null {
  if (!MEDIUM_OPENERS.has(tokens[at]?.lower ?? '')) return null;
  for (let k = at + 1; k < Math.min(ceiling, at + 5); k++) {
    const t = tokens[k]!;
    if (t.kind === 'p') return null;
    // ("on a conference call", "in a radio interview post": the last of the media words in a row.)
    if (MEDIA_WORDS.has(t.lower)) {
      while (k + 1 < ceiling && MEDIA_WORDS.has(tokens[k + 1]!.lower)) k++;
      return k;
    }
  }
  return null;
}
