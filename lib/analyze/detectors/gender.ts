/**
 * Whether "he" or "she" can stand for a person, from what the text itself says of them: an
 * honorific before the name ("Mr. Putin", "Mrs. Clinton"), or a gendered noun beside it ("Kremlin
 * spokesman Dmitry Peskov", "Psaki, the White House spokeswoman,"). A name alone says nothing:
 * when the text is silent, the gender is unknown and any pronoun may refer to the person.
 */
import type { Doc } from '../doc.ts';
import { FEMALE_WORDS } from '../lexicon/female-words.ts';
import { MALE_WORDS } from '../lexicon/male-words.ts';
import { TITLE_WORDS } from '../lexicon/words.ts';
import { isPunct } from '../tokens.ts';

export type Gender = 'male' | 'female';

const MALE = new Set<string>(MALE_WORDS);
const FEMALE = new Set<string>(FEMALE_WORDS);

/** The gender a word gives: "spokesman", "Mrs." (null for a word that gives none). */
export const wordGender = (lower: string): Gender | null => (MALE.has(lower) ? 'male' : FEMALE.has(lower) ? 'female' : null);

/** The gender a third-person pronoun asks for, or null for any other word. */
export function pronounGender(lower: string): Gender | null {
  if (/^(he|him|his|himself)$/.test(lower)) return 'male';
  if (/^(she|her|hers|herself)$/.test(lower)) return 'female';
  return null;
}

/**
 * The gender the text gives the person named `name`, read once per name: the word before a
 * mention ("Mr. Peskov", "spokesman Dmitry Peskov"), or the noun of an aside right after it
 * ("Peskov, the Kremlin spokesman,"). A bare surname counts only when no one else in the text
 * shares it ("Mr. Clinton" says nothing of Hillary Clinton beside Bill). Conflicting evidence
 * leaves it unknown.
 */
export function personGender(doc: Doc, name: string, memory: GenderMemory): Gender | null {
  const cached = memory.byName.get(name);
  if (cached !== undefined) return cached;
  const words = name.toLowerCase().split(/\s+/);
  const surname = words.at(-1)!;
  const given = words.length > 1 ? words[0]! : null;
  const tokens = doc.tokens;
  const mentions: { first: number; last: number; full: boolean }[] = [];
  const others = new Set<string>();
  for (const k of capitalsOf(doc, memory).get(surname) ?? []) {
    const before = tokens[k - 1];
    const full = given !== null && before?.lower === words.at(-2);
    // Another given name before the same surname: someone else of the family.
    if (!full && before?.cap && before.kind === 'w' && !wordGender(before.lower) && !TITLE_WORDS.has(before.lower.replace(/\.$/, ''))) others.add(before.lower);
    mentions.push({ first: full ? k - Math.min(words.length - 1, k) : k, last: k, full });
  }
  const found = new Set<Gender>();
  for (const { first, last, full } of mentions) {
    if (!full && others.size > 0) continue;
    // ("a woman Trump insulted": "man" and "woman" before a name are no title.)
    const title = tokens[first - 1]?.lower ?? '';
    const before = /^(man|woman|boy|girl|gentleman)$/.test(title) ? null : wordGender(title);
    if (before) found.add(before);
    // ", the Kremlin spokesman,": an aside with its article, whose last word names what the person is.
    if (isPunct(tokens[last + 1], ',') && /^(the|a|an)$/.test(tokens[last + 2]?.lower ?? '')) {
      let m = last + 3;
      while (m < Math.min(tokens.length, last + 9) && tokens[m]!.kind !== 'p') m++;
      const noun = isPunct(tokens[m], ',.;—–') ? wordGender(tokens[m - 1]!.lower) : null;
      if (noun) found.add(noun);
    }
  }
  const gender = found.size === 1 ? [...found][0]! : null;
  memory.byName.set(name, gender);
  return gender;
}

/** What is read of people for one text: genders and offices by name, and where each capitalised word stands. */
export interface GenderMemory {
  byName: Map<string, Gender | null>;
  /** The offices a name's mentions hold ("Sen. Sanders") and the occupations asides give it ("…, a retired teacher"). */
  offices: Map<string, { held: Set<string>; described: Set<string> }>;
  capitals: Map<string, number[]> | null;
}

export const genderMemory = (): GenderMemory => ({ byName: new Map(), offices: new Map(), capitals: null });

/** Each capitalised word's positions (its possessive -'s left off; "al-Awlaki" too), indexed on the first question. */
export function capitalsOf(doc: Doc, memory: GenderMemory): Map<string, number[]> {
  if (memory.capitals) return memory.capitals;
  const capitals = new Map<string, number[]>();
  doc.tokens.forEach((t, k) => {
    if (t.kind !== 'w' || (!t.cap && t.text === t.lower)) return;
    const end = t.lower.charCodeAt(t.lower.length - 1);
    const word = end === 115 || end === 39 || end === 0x2019 ? t.lower.replace(/['’]s?$/, '') : t.lower;
    const at = capitals.get(word);
    if (at) at.push(k);
    else capitals.set(word, [k]);
  });
  return (memory.capitals = capitals);
}
