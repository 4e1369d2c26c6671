/**
 * What a source phrase is made of, where it is more than one name: names joined by "and" ("Britain
 * and France"), and a work's title in quotation marks with its author ("''The Trumps,'' by Gwenda Blair").
 */
import { SUBJECT_PRONOUNS } from '../word-classes.ts';
import type { Token } from '../tokens.ts';
import type { Range } from './cues.ts';

/**
 * The "and" that joins two names in a source phrase ("Britain and France", "Sen. John McCain of
 * Arizona and Sen. Lindsey Graham"), or -1. The "and" inside one name's run is not one.
 */
export function joiningAnd(tokens: Token[], [first, last]: Range, run: Range): number {
  for (let k = last - 1; k > first; k--) {
    // ("He and Rep. Bob Goodlatte": a pronoun is no name.)
    if (tokens[k]!.lower === 'and' && (k < run[0] || k > run[1]) && tokens[k - 1]!.cap && tokens[k + 1]!.cap && !SUBJECT_PRONOUNS.has(tokens[k - 1]!.lower)) return k;
  }
  return -1;
}

/** The last token of a work's title in quotation marks that the phrase is, by itself or with its author after "by": "''The Trumps,'' by Gwenda Blair". */
export function quotedWork(tokens: Token[], first: number, last: number): number {
  const q = tokens[first]!.quote;
  if (q < 0) return 0;
  let end = first;
  while (end < last && tokens[end + 1]!.quote === q) end++;
  // (The title is the whole quotation: '"PENCE: She will not…' is a label inside a longer one.)
  if (tokens[end + 1]?.quote === q) return 0;
  const rest = tokens.slice(end + 1, last + 1);
  return rest.length === 0 || rest.some((t) => t.lower === 'by') ? end : 0;
}

/** Whether an entity is two or more named sources speaking together. */
export const isJoint = (name: string) => name.includes(' and ');
