/**
 * Finds the reporting expressions of one sentence and the phrase each attributes to:
 * "X said", "said X", "X, who …, said", "according to X", "…, saying", "alluded to by X".
 */
import type { Doc } from '../doc.ts';
import { CUE_VERBS, type CueClass } from '../lexicon/index.ts';
import { ANONYMOUS, DOCUMENTS, ORGANIZATIONS, OUTLET_NAMES, ROLES } from '../lexicon/words.ts';
import { CLAUSE, headOf, isDeterminer, phraseEndingAt, phraseStartingAt, SUBJECT_PRONOUNS } from '../phrase.ts';
import { isPunct, isWord, type Token } from '../tokens.ts';
import { extendCue } from './cue-extent.ts';

export type Range = [number, number];

export interface CueHit {
  /** First and last token of the cue. */
  cue: Range;
  source: Range | null;
  kind: 'according' | 'verb' | 'inverted' | 'participle' | 'passive';
  cls: CueClass;
}

/** Words between a subject and its verb: "Peskov also said", "officials have repeatedly said". */
const BETWEEN = new Set(
  "also later then previously again once recently first last earlier further still already even only just never not n't has have had did does do will would could can may might should must is was were are be been being had".split(
    ' ',
  ),
);
/** Verbs that take a reporting verb in the infinitive: "declined to say", "went on to say". */
const INFINITIVE_HOSTS = new Set(
  'went going wants wanted declined refused continued continues appeared seemed tried used likely expected able ready willing began'.split(' '),
);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

export function findCues(doc: Doc, s: number): CueHit[] {
  const [a, b] = doc.sentenceTokens[s]!;
  const tokens = doc.tokens;
  const hits: CueHit[] = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      hits.push({ cue: [i, i + 1], source: phraseStartingAt(tokens, i + 2, b), kind: 'according', cls: 'speech' });
      i++;
      continue;
    }
    const verb = CUE_VERBS.get(t.lower);
    if (!verb || (t.cap && i !== a)) continue;
    const hit = verbHit(tokens, i, a, b, verb.form, verb.cls, hits);
    if (hit) {
      hit.cue = extendCue(tokens, hit.cue, verb.lemma, b);
      hits.push(hit);
      i = hit.cue[1];
    }
  }
  return hits;
}

function verbHit(
  tokens: Token[],
  i: number,
  a: number,
  b: number,
  form: string,
  cls: CueClass,
  earlier: CueHit[],
): CueHit | null {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "alluded to by Peskov", "was described by aides as…": a passive with its agent.
  const by = next?.lower === 'by' ? i + 1 : tokens[i + 2]?.lower === 'by' && /^(to|of|about|on|as)$/.test(next?.lower ?? '') ? i + 2 : -1;
  if ((form === 'en' || form === 'ed') && by > 0) {
    const source = phraseStartingAt(tokens, by + 1, b);
    return source ? { cue: [i, by - 1 > i ? by - 1 : i], source, kind: 'passive', cls } : null;
  }
  if (form === 'en' && prev && BE.has(prev.lower)) return null;
  if (form === 'ing') {
    if (isPunct(prev, ',—–')) {
      const source = earlier.at(-1)?.source ?? sentenceSubject(tokens, a, i);
      return source ? { cue: [i, i], source, kind: 'participle', cls } : null;
    }
    if (!prev || !BE.has(prev.lower)) return null;
  }
  if (cls === 'weak' && !introducesContent(tokens, i + 1)) return null;
  // After a quotation or comma, the speaker may follow the verb: "…," said Peskov.
  if (prev && (isPunct(prev, ',”"’\'') || prev.quote >= 0) && next && !introducesContent(tokens, i + 1)) {
    const source = phraseStartingAt(tokens, i + 1, b);
    if (source && plausibleSource(tokens, source, cls)) return { cue: [i, i], source, kind: 'inverted', cls };
  }
  let j = i - 1;
  if (prev?.lower === 'to') {
    if (!INFINITIVE_HOSTS.has(tokens[i - 2]?.lower ?? '')) return null;
    j = i - 3;
    if (tokens[j]?.lower === 'on') j--;
  }
  while (j >= a && (BETWEEN.has(tokens[j]!.lower) || (/ly$/.test(tokens[j]!.lower) && !tokens[j]!.cap))) j--;
  const source = subjectEndingAt(tokens, j, a);
  if (source && plausibleSource(tokens, source, cls)) return { cue: [i, i], source, kind: 'verb', cls };
  // A strong verb right after a quotation keeps its cue even when the speaker is not named.
  if (cls === 'speech' && prev && (prev.quote >= 0 || isPunct(prev, '”"'))) return { cue: [i, i], source: null, kind: 'verb', cls };
  return null;
}

/** The subject ending at token j, looking past an appositive or relative clause set off by commas. */
function subjectEndingAt(tokens: Token[], j: number, a: number): [number, number] | null {
  if (j < a) return null;
  if (isPunct(tokens[j], ',')) {
    for (let k = j - 1; k > a; k--) {
      if (!isPunct(tokens[k], ',')) continue;
      const opener = tokens[k + 1]!;
      const aside = opener.lower === 'who' || opener.lower === 'which' || isDeterminer(opener) || opener.cap || ROLES.has(opener.lower);
      return aside ? phraseEndingAt(tokens, k - 1, a) : null;
    }
    return null;
  }
  return phraseEndingAt(tokens, j, a);
}

/** The noun phrase that opens the sentence, for "…, saying" with no earlier cue. */
function sentenceSubject(tokens: Token[], a: number, limit: number): [number, number] | null {
  let i = a;
  while (i < limit && !isWord(tokens[i])) i++;
  const np = phraseStartingAt(tokens, i, limit);
  return np && plausibleSource(tokens, np, 'speech') ? np : null;
}

function introducesContent(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.lower === 'that' || isPunct(t, ':“"‘') || t.quote >= 0);
}

/** A subject that can be a source: a pronoun, a name, or a noun for people, groups or documents. */
function plausibleSource(tokens: Token[], [first, last]: [number, number], cls: CueClass): boolean {
  const head = headOf(tokens, first, last);
  const lower = head.lower.replace(/['’]s$/, '');
  if (first === last && SUBJECT_PRONOUNS.has(lower)) return lower !== 'which' || cls !== 'belief';
  if (CLAUSE.has(lower)) return false;
  if (cls === 'evidence') return DOCUMENTS.has(lower);
  if (head.cap || head.kind === 'n') return head.cap;
  return ANONYMOUS.has(lower) || DOCUMENTS.has(lower) || ORGANIZATIONS.has(lower) || ROLES.has(lower) || OUTLET_NAMES.has(lower) || ROLES.has(lower.replace(/s$/, ''));
}
