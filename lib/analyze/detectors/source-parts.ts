/**
 * What a source phrase is made of, where it is more than one name: names joined by "and" ("Britain
 * and France"), a work's title in quotation marks with its author ("''The Trumps,'' by Gwenda Blair"),
 * and whether a run of names is an organisation's.
 */
import { COMPANY_NAME_SET, ORGANIZATION_ENDINGS, ORGANIZATIONS, OUTLET_NAMES, PLACE_NAMES, TITLE_WORDS } from '../lexicon/words.ts';
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

/** The name run [start, end] names an organisation: an outlet, a word for a body, a place, an acronym or a brand, or a name after "the". */
export function isOrganization(tokens: Token[], [start, end]: Range, first: number): boolean {
  const words = tokens.slice(start, end + 1).map((t) => t.lower.replace(/['’]s$/, ''));
  if (OUTLET_NAMES.has(words.join(' '))) return true;
  // "House Speaker Paul Ryan": a title with a name after it makes a person, whatever came before.
  const title = words.findIndex((w, k) => k > 0 && k < words.length - 1 && TITLE_WORDS.has(w));
  if (title > 0) return false;
  if (words.some((w) => ORGANIZATIONS.has(w)) || ORGANIZATION_ENDINGS.has(words.at(-1)!)) return true;
  if (words.length === 1 ? PLACE_NAMES.has(words[0]!) || COMPANY_NAME_SET.has(words[0]!) : words.length <= 3 && PLACE_NAMES.has(words.join(' '))) return true;
  // "NATO", "U.N.", "AT&T", "KING-TV": a name in capitals is an acronym. ("KATE BOLDUAN:", a speaker's
  // label in a transcript, is two words in capitals: a person.)
  const acronym = (t: Token) => /^\p{Lu}[\p{Lu}.&-]+$/u.test(t.text.replace(/['’]s$/, ''));
  if (tokens.slice(start, end + 1).every(acronym) && (end === start || tokens.slice(start, end + 1).some((t) => /[.&-]/.test(t.text)))) return true;
  // ("SkyJet", "YouGov": a capital inside one word marks a brand; "McCain", "DeSantis" are surnames.)
  if (start === end && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(tokens[start]!.text) && !/^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Vande|Vander|Von|Fitz)\p{Lu}/u.test(tokens[start]!.text)) return true;
  return start > first && tokens[start - 1]!.lower === 'the';
}
