/**
 * "like" as a verb of liking or wishing ("would like to shrink the department", "they don't like
 * it", "Wilmore likes to…"), told apart from the "like" that compares ("like Trump, he…").
 */
import { isAdverb, lowerAt, type Token } from '../tokens.ts';
import type { VerbAt } from './verb-frames.ts';

/** The word before the verb, past one adverb ("don't really like"). */
const before = (tokens: Token[], i: number) => lowerAt(tokens, isAdverb(tokens[i - 1]) ? i - 2 : i - 1);

/** "would like to", "I'd like to": a wish. */
export const wished = ({ tokens, i }: VerbAt) => /^(would|wouldn['’]t)$|['’]d$/.test(before(tokens, i)) && lowerAt(tokens, i + 1) === 'to';

/**
 * "likes", "liked", or "like" after "do" or a pronoun ("they like", "didn't like"): a fondness; but
 * not the choice it leaves open ("vote for whomever they like", "any way they like").
 */
export const fond = ({ tokens, i, verb }: VerbAt) =>
  (verb.form !== 'base' || /^(do|does|did|don['’]t|doesn['’]t|didn['’]t|not|i|you|we|they)$/.test(before(tokens, i))) && !/^(whatever|whoever|whomever|wherever|way|how)$/.test(lowerAt(tokens, i - 2));
