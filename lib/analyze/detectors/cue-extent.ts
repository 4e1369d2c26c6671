/**
 * How far a cue reaches past its verb: a particle ("pointed out"), the listener ("told reporters")
 * and the medium ("said in a statement", "wrote on Twitter").
 */
import { phrasalRest } from '../lexicon/index.ts';
import { AUDIENCE_PHRASES, MEDIA_WORDS } from '../lexicon/words.ts';
import type { Token } from '../tokens.ts';
import type { Range } from './cues.ts';

const MEDIUM_OPENERS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'to']);

export function extendCue(tokens: Token[], cue: Range, lemma: string, ceiling: number): Range {
  let end = cue[1];
  end += phrasalRest(lemma, (k) => (end + 1 + k < ceiling ? tokens[end + 1 + k]!.lower : undefined));
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
    if (MEDIA_WORDS.has(t.lower)) return k;
  }
  return null;
}
