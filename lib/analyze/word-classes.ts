/**
 * Classes of words the phrase reader and the detectors ask about: clause words, pronouns and
 * their contractions, determiners, possessives, counts, past forms and adjectives.
 */
import { CLAUSE_WORDS } from './lexicon/clause-words.ts';
import { PRONOUNS } from './lexicon/pronouns.ts';
import { DOCUMENTS, isPeopleNoun } from './lexicon/words.ts';
import type { Token } from './tokens.ts';
import { CLAUSE_WORD, COMMON_PAST, DETERMINER, DOCUMENT_WORD, markWords, PARTICIPLE, POSSESSIVE_PRONOUN, SMALL_NUMBER, SUBJECT_PRONOUN } from './word-bits.ts';

export const CLAUSE = new Set<string>(CLAUSE_WORDS);
/** A token whose word is of the class `bit` (word-bits.ts). */
export const hasBit = (t: Token | null | undefined, bit: number): boolean => t != null && (t.bits & bit) !== 0;
markWords(CLAUSE, CLAUSE_WORD);
markWords(DOCUMENTS, DOCUMENT_WORD);
/** A token whose word heads a document: "report", "poll". */
export const isDocumentWord = (t: Token | null | undefined) => hasBit(t, DOCUMENT_WORD);
export const isClauseWord = (t: Token | undefined) => hasBit(t, CLAUSE_WORD);
const CONTRACTIONS = ['ve', 're', 'll', 'd', 'm', 's'].flatMap((c) => [`'${c}`, `’${c}`]);
/** Participles that are not past tenses: "exit polls taken in South Carolina". */
const PARTICIPLES = 'taken given seen shown written known done driven chosen spoken broken'.split(' ');
/** Irregular past forms and participles common enough to end a phrase ("said police came"); regular ones end in -ed. */
export const COMMON_PASTS = new Set([
  ...'came went left took made got gave ran saw found held kept met sent spent stood won lost paid brought began fell felt knew grew drew threw wrote broke spoke chose rose fled fought struck stuck shook drove flew blew bought caught taught built sold swore tore wore sank rang swung dug hid'.split(' '),
  ...PARTICIPLES,
]);
/** Those participles, for one lookup. */
export const PARTICIPLE_SET = new Set(PARTICIPLES);
markWords(COMMON_PASTS, COMMON_PAST);
markWords(PARTICIPLES, PARTICIPLE);
export const isCommonPast = (t: Token | undefined) => hasBit(t, COMMON_PAST);
export const isParticiple = (t: Token | undefined) => hasBit(t, PARTICIPLE);
/** "the mayor spoke": a past form after a noun, not after a determiner ("the embattled mayor"). */
export const isPastAfterNoun = (tokens: Token[], k: number) => {
  const t = tokens[k];
  // ("China's state-owned giant": a compound in -ed describes the noun after it.)
  return t !== undefined && !t.cap && t.kind === 'w' && (isCommonPast(t) || (t.lower.length > 4 && t.lower.endsWith('ed') && !t.lower.includes('-'))) && !isDeterminer(tokens[k - 1]);
};
/** "Will" in capitals is a name ("said Will Doyle", "…,” Will wrote"), not the modal. */
export const isNameWill = (t: Token) => t.cap && t.lower === 'will';
/** Conjunctions that open a subordinate clause with a subject of its own: "after Clinton said…", "As the crowd began…". */
/** Modals, after which a word is a verb: "will hold", "could face". */
export const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', "'ll", 'shall']);
export const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'since', 'although', 'though', 'because', 'if', 'once', 'as']);
/** Words that open a subordinate clause: "Though everyone agrees…", "when Cruz knocked Rubio…". */
export const SUBORDINATORS = new Set(['though', 'although', 'while', 'whereas', 'as', 'because', 'since', 'if', 'when', 'after', 'before', 'once', 'even', 'despite']);
/** Words that describe a noun before it and end in no telling suffix: "recent", "former", "top". */
const DESCRIBING_WORDS = new Set('new old recent latest own previous earlier past early best worst favorite favourite big great top senior former chief longtime veteran leading deputy acting'.split(' '));
/** A lower-case word that reads as an adjective before a noun: "recent", "emotional", "presidential" (not "official", "executive"). */
export const isAdjectiveLike = (t: Token | undefined) =>
  t !== undefined && t.kind === 'w' && !t.cap && !isPeopleNoun(t.lower) && (DESCRIBING_WORDS.has(t.lower) || (t.lower.length > 5 && /(al|ic|ous|ive|ful|less)$/.test(t.lower)));
/** Possessive pronouns: "his claim", "in her words". */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
markWords(POSSESSIVE_PRONOUNS, POSSESSIVE_PRONOUN);
export const isPossessivePronoun = (t: Token | undefined) => hasBit(t, POSSESSIVE_PRONOUN);
/** "Trump's", "the voters'": a possessive noun. */
export const isPossessiveNoun = (lower: string) => {
  const n = lower.length;
  if (n <= 2) return false;
  const c = lower.charCodeAt(n - 1);
  return isApostrophe(c) || (c === 115 && isApostrophe(lower.charCodeAt(n - 2)));
};
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** "the therapist's", "Cruz's": a word in the possessive ("he's", "it's" are "he is", "it is"). */
export const isPossessiveWord = (t: Token | undefined) => t !== undefined && isPossessiveNoun(t.lower) && !/^(he|she|it|who|that|what|there|here|where)['’]s$/.test(t.lower);
/** "Cruz's", "The Times'": a capitalised word in the possessive. */
export const isNamePossessive = (t: Token | undefined) => t !== undefined && t.cap && isPossessiveWord(t);

/** "you’ve" → "you": the pronoun a contraction starts with. */
export const uncontracted = (lower: string) => lower.replace(/['’](ve|re|ll|d|m|s)$/, '');
/** The pronouns, also with a verb contracted onto them ("you’ve", "I'm", "they’re"). */
export const SUBJECT_PRONOUNS = new Set<string>(PRONOUNS.flatMap((p) => [p, ...CONTRACTIONS.map((c) => p + c)]));
markWords(SUBJECT_PRONOUNS, SUBJECT_PRONOUN);
export const isSubjectPronoun = (t: Token | undefined) => hasBit(t, SUBJECT_PRONOUN);
/** Pronouns as objects: "told him", "emailed them". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
/** Pronouns that open a relative clause ("officials who spoke…", "the report, which showed…"). */
export const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);
/** "who", "which": the relative pronouns of an aside ("Smith, who…"). */
export const isWhoOrWhich = (w: string | undefined) => w === 'who' || w === 'which';
/** The forms of "have". */
export const HAVE = new Set(['has', 'have', 'had']);
/** A word in -s that is not in -ss: "voters", "says" (not "press"). */
export const endsInSingleS = (w: string) => w.length > 1 && w.endsWith('s') && w.charCodeAt(w.length - 2) !== 115;
/** "a", "an". */
export const isIndefinite = (w: string | undefined) => w === 'a' || w === 'an';
/** Conjunctions that join clauses: "and", "but", "yet". */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'yet']);
/** The pronouns that can only be subjects, "it" aside: "I", "we", "you", "they", "he", "she". */
export const PERSONAL_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** "I'm", "they’re": a word with "am" or "are" contracted onto it. */
export const isContractedBe = (t: Token | undefined) => {
  const w = t?.lower ?? '';
  return (w.endsWith('m') || w.endsWith('re')) && /^[a-z]+['’](m|re)$/.test(w);
};
/** "who’d", "who've": "who" with a verb contracted onto it. */
export const uncontractedWho = (w: string) => (w.length > 4 && w.startsWith('who') && /^who['’](d|ve|s|ll|re)$/.test(w) ? 'who' : w);
/** Words after "a" that count many: "a few voters", "a dozen aides", "a series of inquiries" count a group. */
export const COUNT_WORDS = new Set(['few', 'lot', 'dozen', 'couple', 'handful', 'number', 'hundred', 'thousand', 'million', 'majority', 'minority', 'plurality', 'host', 'slew', 'group', 'pair', 'trio', 'crowd', 'team', 'series', 'string', 'raft', 'wave', 'flurry', 'barrage', 'share', 'percentage', 'proportion', 'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'chorus', 'coalition']);
/** A word that counts many, a fraction of them too: "a handful", "a majority", "A third say". */
export const countsMany = (t: Token | undefined) => t !== undefined && (COUNT_WORDS.has(t.lower) || /^(third|quarter|fifth|tenth|half)$/.test(t.lower));
const DETERMINERS = new Set(
  'a an the this that these those his her its their our my your some many several few both all each every any no none neither either another other'.split(' '),
);
markWords(DETERMINERS, DETERMINER);
export const isDeterminer = (t: Token | undefined) => hasBit(t, DETERMINER);
/** Small numbers written as words: "one in five", "two weeks ago". */
export const SMALL_NUMBERS = new Set('one two three four five six seven eight nine ten eleven twelve'.split(' '));
markWords(SMALL_NUMBERS, SMALL_NUMBER);
export const isSmallNumber = (t: Token | undefined) => hasBit(t, SMALL_NUMBER);
/** A number in digits or a small number word. */
export const isCount = (t: Token | undefined) => t !== undefined && (t.kind === 'n' || (t.bits & SMALL_NUMBER) !== 0);
