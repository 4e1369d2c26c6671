/**
 * The opinion word lists joined into one lookup: each written form → its subtype, and the
 * multi-word phrases by first word. Adverbs are derived from evaluative adjectives, and verb
 * lists are inflected, so the lists hold each word once.
 */
import type { OpinionType } from '../types.ts';
import { EVALUATIVE } from './evaluative.ts';
import { EVALUATIVE_ABSURD } from './evaluative-absurd.ts';
import { EVALUATIVE_FAILURE } from './evaluative-failure.ts';
import { EVALUATIVE_HORROR } from './evaluative-horror.ts';
import { EVALUATIVE_MORAL } from './evaluative-moral.ts';
import { EVALUATIVE_SCALE } from './evaluative-scale.ts';
import { EVALUATIVE_CHARACTER } from './evaluative-character.ts';
import { EVALUATIVE_POSITIVE } from './evaluative-positive.ts';
import { EVALUATIVE_VERBS } from './evaluative-verbs.ts';
import { HEDGES } from './hedges.ts';
import { IDIOMS } from './idioms.ts';
import { verbForms } from './index.ts';
import { INTENSIFIERS } from './intensifiers.ts';
import { LOADED } from './loaded.ts';
import { LOADED_DECEIT } from './loaded-deceit.ts';
import { LOADED_DISASTER } from './loaded-disaster.ts';
import { LOADED_FURY } from './loaded-fury.ts';
import { LOADED_INSULTS } from './loaded-insults.ts';
import { LOADED_LABELS } from './loaded-labels.ts';
import { LOADED_NONSENSE } from './loaded-nonsense.ts';
import { LOADED_VERBS } from './loaded-verbs.ts';
import { VERB_IDIOMS } from './verb-idioms.ts';
import { WEASELS } from './weasels.ts';

/** Adjectives of judgement, each list by what it judges; all are inflected alike. */
const EVALUATIVE_LISTS: readonly (readonly string[])[] = [EVALUATIVE, EVALUATIVE_ABSURD, EVALUATIVE_CHARACTER, EVALUATIVE_FAILURE, EVALUATIVE_HORROR, EVALUATIVE_MORAL, EVALUATIVE_POSITIVE, EVALUATIVE_SCALE];
/** Loaded nouns and labels, each list by what it charges; plurals are added alike. */
const LOADED_LISTS: readonly (readonly string[])[] = [LOADED, LOADED_DECEIT, LOADED_DISASTER, LOADED_FURY, LOADED_INSULTS, LOADED_LABELS, LOADED_NONSENSE];

export const OPINION_WORDS = new Map<string, OpinionType>();
export const OPINION_PHRASES = new Map<string, { words: string[]; subtype: OpinionType }[]>();

function add(entry: string, subtype: OpinionType): void {
  const words = entry.split(' ');
  if (words.length === 1) {
    if (!OPINION_WORDS.has(entry)) OPINION_WORDS.set(entry, subtype);
    return;
  }
  const list = OPINION_PHRASES.get(words[0]!) ?? [];
  list.push({ words, subtype });
  OPINION_PHRASES.set(words[0]!, list);
}

/** "harsh" → "harshest", "ugly" → "ugliest", "grim" → "grimmest", "brave" → "bravest". */
export function superlativeOf(adjective: string): string {
  if (adjective.endsWith('e')) return adjective + 'st';
  if (/[^aeiou]y$/.test(adjective)) return adjective.slice(0, -1) + 'iest';
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(adjective)) return adjective + adjective.at(-1) + 'est';
  return adjective + 'est';
}

/** "fiasco" → "fiascos", "atrocity" → "atrocities", "crook" → "crooks": the plural of a loaded noun is loaded too. */
function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

/** "harsh" → "harsher", "ugly" → "uglier", "grim" → "grimmer", "brave" → "braver". */
function comparativeOf(adjective: string): string {
  return superlativeOf(adjective).replace(/st$/, 'r');
}

/** "disastrous" → "disastrously", "horrible" → "horribly", "heroic" → "heroically". */
export function adverbOf(adjective: string): string {
  if (adjective.endsWith('ic')) return adjective + 'ally';
  if (adjective.endsWith('le')) return adjective.slice(0, -1) + 'y';
  if (/[^aeiou]y$/.test(adjective)) return adjective.slice(0, -1) + 'ily';
  return adjective + 'ly';
}

for (const [list, subtype] of [
  [HEDGES, 'hedge'],
  [WEASELS, 'weasel'],
  [INTENSIFIERS, 'intensifier'],
  ...EVALUATIVE_LISTS.map((list) => [list, 'evaluative'] as const),
  ...LOADED_LISTS.map((list) => [list, 'loaded'] as const),
  [IDIOMS, 'loaded'],
] as const) {
  for (const entry of list) add(entry, subtype);
}
// "reckless" → "recklessness", "nasty" → "nastiness": the quality a judgement names is one too.
// ("sickness" is an illness, whatever "sick" may judge.)
const NOT_QUALITIES = new Set(['sick']);
for (const adjective of [...EVALUATIVE_CHARACTER, ...EVALUATIVE_MORAL]) {
  if (!adjective.includes(' ') && !NOT_QUALITIES.has(adjective)) add(/[^aeiou]y$/.test(adjective) ? adjective.slice(0, -1) + 'iness' : adjective + 'ness', 'evaluative');
}
for (const adjective of EVALUATIVE_LISTS.flat()) {
  if (adjective.includes(' ')) continue;
  add(adverbOf(adjective), 'evaluative');
  // "harshest", "nastier": the superlative and comparative of a judgement are judgements too.
  if (adjective.length <= 7 && !adjective.includes('-')) {
    add(superlativeOf(adjective), 'evaluative');
    // "greater Boston", "greater than": the one comparative that plain prose uses for size.
    if (adjective !== 'great') add(comparativeOf(adjective), 'evaluative');
  }
}
// Words the loaded lists hold once; their plurals (harmless where the word is not a noun) are added.
for (const entry of LOADED_LISTS.flat()) {
  if (entry.includes(' ')) continue;
  // "fanatical" → "fanatically": the adverb of a loaded adjective is loaded too.
  if (/(ous|ic|al|ful|ive|ent|ant)$/.test(entry)) add(adverbOf(entry), 'loaded');
  else if (!/(s|ed|ing|ist)$/.test(entry)) add(pluralOf(entry), 'loaded');
}
for (const written of verbForms(EVALUATIVE_VERBS).keys()) add(written, 'evaluative');
for (const written of verbForms(LOADED_VERBS).keys()) add(written, 'loaded');
// "humiliate" → "humiliation", "demonize" → "demonization": the deed named as a noun.
for (const verb of LOADED_VERBS) {
  if (verb.endsWith('ate')) add(verb.slice(0, -1) + 'ion', 'loaded');
  else if (/i[zs]e$/.test(verb)) add(verb.slice(0, -1) + 'ation', 'loaded');
}
// Verb idioms in every inflection of their verb: "bent over backwards", "doubling down".
for (const idiom of VERB_IDIOMS) {
  const [verb, ...rest] = idiom.split(' ') as [string, ...string[]];
  for (const written of verbForms([verb]).keys()) add([written, ...rest].join(' '), 'loaded');
}
for (const list of OPINION_PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Adverbs that, before a past participle, make a weasel phrase: "widely classified", "generally seen". */
export const WEASEL_ADVERBS = new Set(['widely', 'commonly', 'generally', 'broadly', 'popularly', 'traditionally', 'largely']);
