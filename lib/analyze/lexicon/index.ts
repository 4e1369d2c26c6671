/**
 * Lookup tables built once from the word lists. The lists stay plain data; everything that
 * needs inflecting or indexing by first word is done here, at module load.
 */
import { ABBREVIATIONS } from './abbreviations.ts';
import { BELIEF_VERBS } from './belief-verbs.ts';
import { DOUBLING_VERBS } from './doubling-verbs.ts';
import { EVIDENCE_VERBS } from './evidence-verbs.ts';
import { IRREGULAR_VERBS } from './irregular-verbs.ts';
import { MOVING_VERBS } from './moving-verbs.ts';
import { PHRASAL_CUES } from './phrasal-cues.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';
import { PUBLISHING_VERBS } from './publishing-verbs.ts';
import { STANCE_VERBS } from './stance-verbs.ts';
import { WEAK_VERBS } from './weak-verbs.ts';

export type CueClass = 'speech' | 'belief' | 'stance' | 'evidence' | 'weak';

export interface VerbForm {
  lemma: string;
  /** 'base' | 's' | 'ed' | 'en' | 'ing', the en form is the past participle. */
  form: 'base' | 's' | 'ed' | 'en' | 'ing';
}

const irregular = new Map<string, { past: string; participle: string }>();
for (const line of IRREGULAR_VERBS) {
  const [base, past, participle] = line.split(' ') as [string, string, string];
  irregular.set(base, { past, participle });
}
const doubling = new Set<string>(DOUBLING_VERBS);

/** Every written form of a verb, keyed by form name. */
export function inflect(base: string): Record<VerbForm['form'], string> {
  const irr = irregular.get(base);
  // One syllable ending consonant-vowel-consonant doubles (slam → slammed); longer ones are listed.
  const stem = doubling.has(base) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) ? base + base.at(-1) : base;
  const consonantY = /[^aeiou]y$/.test(base);
  const s = consonantY
    ? base.slice(0, -1) + 'ies'
    : /(s|sh|ch|x|z|o)$/.test(base)
      ? base + 'es'
      : base + 's';
  const ed = consonantY ? base.slice(0, -1) + 'ied' : base.endsWith('e') ? base + 'd' : stem + 'ed';
  const ing = base.endsWith('ie') ? base.slice(0, -2) + 'ying' : /[^eoy]e$/.test(base) ? base.slice(0, -1) + 'ing' : stem + 'ing';
  return {
    base,
    s,
    ed: irr?.past ?? ed,
    en: irr?.participle ?? ed,
    ing,
  };
}

/** Maps each form of a list of base verbs to its lemma and form. */
export function verbForms(bases: readonly string[]): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  for (const lemma of bases) {
    const all = inflect(lemma);
    for (const form of ['base', 's', 'ing', 'en', 'ed'] as const) {
      forms.set(all[form], { lemma, form });
    }
    // "criticize" → "criticise", "criticised"…: the British spelling of -ize verbs.
    if (lemma.endsWith('ize')) {
      const british = inflect(lemma.slice(0, -3) + 'ise');
      // (In the same order as above: a regular past is 'ed', not 'en'.)
      for (const form of ['base', 's', 'ing', 'en', 'ed'] as const) forms.set(british[form], { lemma, form });
    }
    // "signal" → "signalled", "signalling" as well as "signaled": British spelling doubles a final l.
    if (/[^aeiou][aeiou]l$/.test(lemma) && !irregular.has(lemma)) {
      if (!forms.has(lemma + 'led')) forms.set(lemma + 'led', { lemma, form: 'ed' });
      if (!forms.has(lemma + 'ling')) forms.set(lemma + 'ling', { lemma, form: 'ing' });
    }
  }
  return forms;
}

/** Cue verbs by written form. A verb in more than one list keeps its strongest class. */
export const CUE_VERBS = new Map<string, VerbForm & { cls: CueClass }>();
for (const [cls, list] of [
  ['weak', WEAK_VERBS],
  ['evidence', EVIDENCE_VERBS],
  ['stance', STANCE_VERBS],
  ['belief', BELIEF_VERBS],
  ['belief', MOVING_VERBS],
  ['speech', SPEECH_VERBS],
  ['speech', PUBLISHING_VERBS],
] as const) {
  for (const [written, vf] of verbForms(list)) CUE_VERBS.set(written, { ...vf, cls });
}

/** Verbs whose object holds the feeling ("worried some analysts"), "worry" among them. */
export const MOVING = new Set<string>([...MOVING_VERBS, 'worry']);

/** Verbs of putting out words: cues only with what carries the words as their object. */
export const PUBLISHING = new Set<string>(PUBLISHING_VERBS);

/** For each verb of a multi-word cue, the words that may follow it: "point" → [["out"], ["to"]]. */
export const PHRASAL_RESTS = new Map<string, string[][]>();
for (const phrase of PHRASAL_CUES) {
  const [verb, ...rest] = phrase.split(' ') as [string, ...string[]];
  PHRASAL_RESTS.set(verb, [...(PHRASAL_RESTS.get(verb) ?? []), rest].sort((a, b) => b.length - a.length));
}

/** Every written form of those verbs ("pointed", "made"), to find cues whose verb is not one alone. */
export const PHRASAL_VERBS = verbForms([...PHRASAL_RESTS.keys()]);

/** How many words of a multi-word cue of `lemma` stand at tokens[from…] before `ceiling` (0 when none does). */
export function phrasalRest(lemma: string, tokens: readonly { lower: string }[], from: number, ceiling = tokens.length): number {
  const rests = PHRASAL_RESTS.get(lemma);
  if (!rests) return 0;
  for (const rest of rests) {
    let k = 0;
    while (k < rest.length && from + k < ceiling && tokens[from + k]!.lower === rest[k]) k++;
    if (k === rest.length) return k;
  }
  return 0;
}

export const ABBREVIATION_SET = new Set<string>(ABBREVIATIONS);

/** Looks up multi-word entries by their first word; each entry is split into its words. */
export function phraseIndex(entries: Iterable<string>): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const entry of entries) {
    const words = entry.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    index.set(words[0]!, list);
  }
  // Longest first, so the longest phrase wins.
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}
