/**
 * The verb or adjective that hosts a reporting verb in the infinitive: "declined to say", "went on
 * to say", "is unlikely to tell", "went so far as to say", "went out of his way to praise". The host
 * belongs to the cue, and its subject is the speaker.
 */
import { POSSESSIVE_PRONOUNS } from '../word-classes.ts';
import { isAdverb, lowerAt, type Token } from '../tokens.ts';
import { BE } from './passives.ts';

/** Verbs and adjectives that take a reporting verb in the infinitive. */
export const INFINITIVE_HOSTS = new Set(
  'about bother bothered has have had yet need needs needed able agree agreed agreeing appeared appears began begin beginning begins begun careful correct chose chosen chooses choosing go goes gone continue continued continues continuing decline declined declines declining decided deciding eager allowed compelled encouraged expected failed forced going hesitant hoped hopes hoping intend intended intends invited keen likely loath moved plan planned planning plans prepared preparing pressed prompted promised quick ready refuse refused refuses refusing reluctant right rushed seem seemed seems seeking slow sought started starting struggle struggled struggles struggling threatened tried tries try trying unlikely unwilling urged used vowed wanted wanting wants went willing tend tended tending tends came come comes coming taken took'.split(' '),
);

/**
 * The index of the host of the infinitive whose "to" is at `to`, or -1 if the word there hosts none:
 * "chose not to", "went on to", "went so far as to", "went out of her way to".
 */
export function hostOf(tokens: Token[], to: number): number {
  const lower = (k: number) => lowerAt(tokens, k);
  let host = lower(to - 1) === 'not' || lower(to - 1) === 'on' ? to - 2 : to - 1;
  // ("failed again to", "tried repeatedly to": past an adverb.)
  if (!INFINITIVE_HOSTS.has(lower(host)) && isAdverb(tokens[host]) && lower(host).endsWith('ly')) host--;
  if (lower(host) === 'as' && lower(host - 1) === 'far' && lower(host - 2) === 'so') host -= 3;
  else if (lower(host) === 'way' && POSSESSIVE_PRONOUNS.has(lower(host - 1)) && lower(host - 2) === 'of' && lower(host - 3) === 'out') host -= 4;
  // "had little to say", "has more to say about it", "did nothing to explain": what one has to say, or did.
  else if (AMOUNTS.has(lower(host)) && (HAVING.has(lower(host - 1)) || DOING.has(lower(host - 1)))) return host - 1;
  return INFINITIVE_HOSTS.has(lower(host)) ? host : -1;
}

const AMOUNTS = new Set(['little', 'more', 'much', 'nothing', 'something', 'plenty']);
const HAVING = new Set(['has', 'have', 'had', 'having']);
const DOING = new Set(['did', 'do', 'does', 'done', 'doing']);

/** Words of degree before a host like "likely" or "eager": "more likely to say". */
export const DEGREE_WORDS = new Set(['more', 'less', 'most', 'least', 'as', 'so', 'too', 'very', 'far', 'much']);

/** "be" and "become": the verbs that rank their subject ("was among", "became the first"). */
const LINKING_BE = new Set([...BE, 'became', 'become', 'becomes', 'becoming']);

/**
 * The linking verb before a rank and its noun that ends at the "to" at `to`, or -1: "became the first
 * sitting members of Congress to endorse", "was among 25 senators to vote against", "is the only one to say".
 */
export function rankedAmong(tokens: Token[], to: number, a: number): number {
  for (let k = to - 1; k > a && to - k <= 8 && tokens[k]!.kind !== 'p'; k--) {
    const w = tokens[k]!.lower;
    const ranked = /^(first|only|last|latest)$/.test(w) && tokens[k - 1]?.lower === 'the' ? k - 2 : w === 'among' ? k - 1 : -1;
    if (ranked > a && LINKING_BE.has(tokens[ranked]!.lower)) return ranked;
  }
  return -1;
}
