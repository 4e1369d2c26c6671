/**
 * The words around a reporting verb, read for what they say of it: what follows it (an object, a
 * clause, "as", a name, a quotation), what stands before it (an auxiliary, the comma of an aside),
 * and where the clause that holds it opens.
 */
import { CUE_VERBS } from '../lexicon/index.ts';
import { isInitialStop, phraseEndingAt, phraseStartingAt } from '../phrase.ts';
import { HAVE, isCommonPast, isDeterminer, isDocumentWord, isPastAfterNoun, isSubjectPronoun, isWhoOrWhich, MODALS, OBJECT_PRONOUNS } from '../word-classes.ts';
import { closesQuote, isAdverb, isPunct, isWord, type Token } from '../tokens.ts';
import { STATEMENT_NOUN_SET } from './objects.ts';
import { BE, isBe } from './passives.ts';
import { namesDocument, STRONG } from './plausible.ts';
import { isCommonNoun, TIMES } from '../lexicon/words.ts';

/** "who" or "which" after a comma: the source of a cue in an aside, not of the clause around it. */
export const inAside = (tokens: Token[], [first, last]: [number, number]) => first === last && isWhoOrWhich(tokens[first]!.lower) && isPunct(tokens[first - 1], ',');

/** Where the clause holding token i opens: after ", but", ", and", ";" ("It's a big if, but Sanders was…"), else a. */
export function clauseStart(tokens: Token[], a: number, i: number): number {
  for (let k = i - 1; k > a; k--) {
    if (isPunct(tokens[k], ';')) return k + 1;
    if (/^(but|and|yet)$/.test(tokens[k]!.lower) && isPunct(tokens[k - 1], ',') && (tokens[k + 1]?.cap || isSubjectPronoun(tokens[k + 1]))) return k + 1;
    // ("…the Taj Mahal, where about 50 protesters had gathered, chanting…": a clause of place with its own subject.)
    if (tokens[k]!.lower === 'where' && isPunct(tokens[k - 1], ',') && isWord(tokens[k + 1]) && !isSubjectPronoun(tokens[k + 1])) return k + 1;
  }
  return a;
}

/** A finite verb of saying later in the sentence: "…briefed on the move said". */
export function laterStrongVerb(tokens: Token[], k: number, b: number): boolean {
  for (let m = k; m < Math.min(b, k + 8); m++) {
    const v = CUE_VERBS.get(tokens[m]!.lower);
    // ("Clinton called on Congress to act and said…": after "and" the verb is the clause's second.)
    if (v && STRONG.has(v.lemma) && (v.form === 'ed' || v.form === 's')) return !/^(and|but)$/.test(tokens[m - 1]!.lower);
    if (tokens[m]!.kind === 'p') return false;
  }
  return false;
}

/** "has long known", "had not been told", "they've written": a form of "have" or "be" before the participle, past adverbs. */
export function afterAuxiliary(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (isAdverb(tokens[k]) || INNER_ADVERBS.has(tokens[k]!.lower))) k--;
  const w = tokens[k]?.lower ?? '';
  return /^(has|have|had|having|hasn['’]t|haven['’]t|hadn['’]t)$/.test(w) || BE.has(w) || /['’](ve|d|s|re)$/.test(w);
}
/** Adverbs not in -ly that stand between an auxiliary and its verb: "has long known", "is again saying". */
export const INNER_ADVERBS = new Set(
  "again already also always earlier even ever first further just last later long much never not n't n’t now often once only previously recently seldom since sometimes still then twice usually".split(' '),
);

/** Words that open an object or a clause right after a verb, never a noun's next word. */
export const OBJECT_OPENERS = new Set(['that', 'his', 'her', 'their', 'its', 'our', 'him', 'them', 'us', 'you', 'me', 'it', 'all']);
/** A form that is often a noun, used as a verb: an object or a clause follows, and no possessive stands before it. */
export function takesObject(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1]?.lower ?? '';
  // A name after a lower-case noun is an object too: "the government claims Gulen runs…".
  // (Not after a preposition: "secretary of state Madeleine Albright".)
  const named = tokens[i + 1]?.cap === true && prev !== undefined && !prev.cap && !/^(of|for|to|in|at|by|with|from|on)$/.test(prev.lower);
  // ("The campaign calls this a false narrative": "this" as the object, what it is called after it.)
  const demonstrative = /^(this|these|that)$/.test(next) && /^(a|an|the)$/.test(tokens[i + 2]?.lower ?? '');
  if ((!OBJECT_OPENERS.has(next) && !named && !demonstrative) || prev === undefined || prev.kind !== 'w' || isDeterminer(prev) || /['’]s?$/.test(prev.lower)) return false;
  // "the report that came out": "that" and a verb open a relative clause, not what is reported.
  return next !== 'that' || !finiteVerbLike(tokens[i + 2]);
}

/** A word that reads as a finite verb: a form of "be" or "have", a modal, a past form. */
const finiteVerbLike = (t: Token | undefined) =>
  t !== undefined && t.kind === 'w' && !t.cap && (isBe(t) || MODALS.has(t.lower) || HAVE.has(t.lower) || t.lower.endsWith('ed') || isCommonPast(t));
/** Words that stand before a verb and never before a noun: "also finds", "will support", "did not call". */
export const ONLY_BEFORE_VERBS = new Set(
  "also often never always usually sometimes seldom rarely still now even just already again once first later recently previously will would could can may might should must shall do does did don't doesn't didn't won't wouldn't can't couldn't don’t doesn’t didn’t won’t wouldn’t can’t couldn’t".split(' '),
);

/** A name and nothing said of it after "called": "called Democracy Alliance, which…", "called Sanders on Monday". */
export function nameOnly(tokens: Token[], k: number, b: number): boolean {
  const first = tokens[k];
  // ("called Wednesday for…": a day is no one called; nor, in a headline's capitals, "Calls On".)
  if (!first || !(first.cap || first.text === '#') || TIMES.has(first.lower) || /^(on|for|out|off|to|in)$/.test(first.lower)) return false;
  let end = k;
  while (end + 1 < b && (tokens[end + 1]!.cap || tokens[end + 1]!.text === '#' || tokens[end + 1]!.start === tokens[end]!.end)) end++;
  const after = tokens[end + 1];
  // A quotation after the name says something of it: "called Trump “unhinged.”"
  if (after !== undefined && (after.quote >= 0 || isPunct(after, '“"‘\''))) return false;
  return end + 1 >= b || after === undefined || after.kind === 'p' || NAME_ENDERS.has(after.lower);
}

/** "which" after a comma and a phrase that names a document: "her records, which…". */
export function standsForDocument(tokens: Token[], [first, last]: [number, number]): boolean {
  if (first !== last || tokens[first]!.lower !== 'which' || !isPunct(tokens[first - 1], ',')) return false;
  const antecedent = phraseEndingAt(tokens, first - 2, Math.max(0, first - 14));
  return antecedent !== null && namesDocument(tokens, antecedent);
}

/** A name at token k, perhaps after "the": "called Action Now", "called the Fund". */
export const nameNext = (tokens: Token[], k: number) => tokens[k]?.cap === true || (tokens[k]?.lower === 'the' && tokens[k + 1]?.cap === true);

/** Words that end a name and say nothing of it: "…called Citizens for Trump, which", "…on Monday". */
const NAME_ENDERS = new Set(['which', 'that', 'who', 'and', 'in', 'at', 'on', 'for', 'to', 'with', 'after', 'before', 'last', 'this', 'shortly', 'back']);

/** "as" within the clause after token k: "sees these gains as evidence". */
export function asFollows(tokens: Token[], k: number, b: number): boolean {
  for (let j = k, end = Math.min(b, k + 8); j < end; j++) {
    // Past an aside: "refers to the candidate, who is his friend, as a liar", "saw Fiorina, then 44, as".
    const relative = isWhoOrWhich(tokens[j + 1]?.lower ?? '');
    if (isPunct(tokens[j], ',') && (relative || j > k)) {
      let close = j + 2;
      while (close < b && close - j < (relative ? 12 : 5) && !isPunct(tokens[close], ',')) close++;
      if (!isPunct(tokens[close], ',')) return false;
      end = Math.min(b, close + 3);
      j = close;
      continue;
    }
    if (tokens[j]!.kind === 'p') return false;
    if (tokens[j]!.lower === 'as') return true;
  }
  return false;
}

/** "…, said Doyle and others": a speaker after the verb, with whoever "and" adds. */
export function withPartner(tokens: Token[], source: [number, number] | null, b: number): [number, number] | null {
  if (!source || tokens[source[1] + 1]?.lower !== 'and') return source;
  const partner = phraseStartingAt(tokens, source[1] + 2, b);
  return partner && (tokens[partner[0]]!.cap || tokens[partner[0]]!.lower === 'others') ? [source[0], partner[1]] : source;
}

/** "…," said the party's economy spokesman, Tom Hale.": a role, then the name of who holds it. */
export function withAppositiveName(tokens: Token[], source: [number, number] | null, b: number): [number, number] | null {
  if (!source || !isPunct(tokens[source[1] + 1], ',') || tokens[source[1]]!.cap) return source;
  let end = source[1] + 2;
  // (Not a day: "…, said the official, Monday.")
  if (!tokens[end]?.cap || tokens[end]!.kind !== 'w' || TIMES.has(tokens[end]!.lower)) return source;
  // ("John J. Ferriola": past an initial's stop.)
  for (;;) {
    if (tokens[end + 1]?.cap && tokens[end + 1]!.kind === 'w') end++;
    else if (isInitialStop(tokens, end + 1) && tokens[end + 2]?.cap) end += 2;
    else break;
  }
  return end + 1 >= b || isPunct(tokens[end + 1], '.,;') ? [source[0], end] : source;
}

/** `,”` right before the verb, closing a quote that opened mid-sentence: the comma of an aside or of a title in one. */
export function quotedAsideComma(tokens: Token[], i: number, sentenceStart: number): number {
  // The closing mark: one curly or straight quote, or two apostrophes ('' as some wires print it).
  const marks = isPunct(tokens[i - 1], "'") && isPunct(tokens[i - 2], "'") ? 2 : isPunct(tokens[i - 1], '”"’') ? 1 : 0;
  const comma = i - 1 - marks;
  if (marks === 0 || !isPunct(tokens[comma], ',')) return -1;
  const q = tokens[comma - 1]?.quote ?? -1;
  if (q < 0) return -1;
  let open = comma - 1;
  while (open > sentenceStart && tokens[open - 1]!.quote === q) open--;
  // The quote closes an aside only when one opened before it: "Humphrey, who calls Trump a “sociopath,” said".
  const before = tokens.slice(sentenceStart, open - 1);
  // ("Mr. Manafort, citing ''the unique magic of Trump,'' said": so does a participle's.)
  // ("Marcel Lehel, the hacker known as “Guccifer,” stated": or an appositive after a name.)
  const aside = before.some((t, k) => (t.lower === 'who' || t.lower === 'which' || (t.kind === 'w' && !t.cap && t.lower.endsWith('ing')) || (/^(the|a|an)$/.test(t.text) && before[k - 2]?.cap === true)) && isPunct(before[k - 1], ','));
  // So does a title in an aside: "Scarborough, host of “Morning Joe,” suggested".
  return aside || (before.some((t) => isPunct(t, ',')) && closesTitle(tokens, comma, sentenceStart)) ? comma : -1;
}

/** Kinds of work a title in quotation marks may follow: "the show “The Apprentice,”", "a book titled “…,”". */
const TITLED_WORKS = /^(show|book|film|movie|series|program|song|column|documentary|podcast|album|play|novel|memoir|titled|entitled|called)$/;

/**
 * The comma at `comma` ends a quoted title that belongs to the phrase before it ("host of
 * “Morning Joe,”", "MSNBC’s “Hardball,”", "the co-author of "Going Viral,"").
 */
export function closesTitle(tokens: Token[], comma: number, sentenceStart: number): boolean {
  const q = tokens[comma - 1]?.quote ?? -1;
  if (q < 0) return false;
  let open = comma - 1;
  while (open > sentenceStart && tokens[open - 1]!.quote === q) open--;
  let mark = open - 1;
  while (mark > sentenceStart && isPunct(tokens[mark], '“"‘\'')) mark--;
  const owner = tokens[mark]?.lower ?? '';
  // ("the star of the show “The Apprentice,”": or the kind of work the title names.)
  return (owner === 'of' || /['’]s$/.test(owner) || TITLED_WORKS.test(owner)) && comma - open <= 5 && tokens.slice(open, comma).every((t) => !isWord(t) || t.cap);
}

/** The comma that opens the aside closed by the comma at `comma` (the one before it in the sentence from a), or -1. */
export function asideOpening(tokens: Token[], comma: number, a: number): number {
  let open = comma - 1;
  while (open > a && !isPunct(tokens[open], ',')) open--;
  return open > a && isPunct(tokens[open], ',') ? open : -1;
}

/** After an inverted speaker: the sentence ends, an aside opens, or the place of speaking follows. */
export function endsClause(tokens: Token[], k: number, b: number): boolean {
  const n = tokens[k];
  return k >= b || n === undefined || isPunct(n, ',.;:!?—–()"“”\'‘’') || /^(in|on|at|during|to|who|last|this|on|after|before|when|while)$/.test(n.lower) || n.quote >= 0;
}

export function introducesContent(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (isPunct(t, ',') && tokens[i + 1] !== undefined) return isPunct(tokens[i + 1], '“"‘') || tokens[i + 1]!.quote >= 0;
  return t !== undefined && (t.lower === 'that' || isPunct(t, ':“"‘') || t.quote >= 0);
}

/**
 * "found Democrats favored Clinton": a clause without "that", its subject and then a finite verb, at
 * token k (with `auxiliaryOnly`, a form of "be" or "have" or a modal: "heard he had been drinking").
 */
export function bareClause(tokens: Token[], k: number, b: number, auxiliaryOnly = false): boolean {
  const subject = phraseStartingAt(tokens, k, b);
  if (!subject || !(tokens[subject[0]]!.cap || isDeterminer(tokens[subject[0]]) || isCommonNoun(tokens[subject[1]]!.lower) || isSubjectPronoun(tokens[k]))) return false;
  const verb = tokens[subject[1] + 1];
  return verb !== undefined && !verb.cap && verb.kind === 'w' && (isBe(verb) || MODALS.has(verb.lower) || HAVE.has(verb.lower) || (!auxiliaryOnly && isPastAfterNoun(tokens, subject[1] + 1)));
}

/** "…,” the ad states.": the phrase ending at j follows quoted words and the verb at i ends the clause, so it speaks. */
export const saysAfterQuote = (tokens: Token[], j: number, a: number, i: number, b: number) => {
  if (!endsClause(tokens, i + 1, b)) return false;
  const np = phraseEndingAt(tokens, j, a);
  return np !== null && np[0] - 2 >= a && isPunct(tokens[np[0] - 2], ',?!') && closesQuote(tokens[np[0] - 1]!);
};

/** The speaker at token i comes right after a quotation ("…,” he continued"; "…,” Mr. Graham continued"), or token i closes one. */
export function followsQuote(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (!isWord(t)) return closesQuote(t);
  const speaker = phraseEndingAt(tokens, i, Math.max(0, i - 4));
  const before = speaker ? tokens[speaker[0] - 1] : undefined;
  return before !== undefined && closesQuote(before);
}

/** The noun phrase a relative "that" at k stands for: "a message that said", not "said that", "so that". */
export function relativeAntecedent(tokens: Token[], k: number, floor: number): [number, number] | null {
  const noun = tokens[k - 1];
  if (!noun || noun.kind !== 'w' || (CUE_VERBS.has(noun.lower) && !isDocumentWord(noun) && !STATEMENT_NOUN_SET.has(noun.lower))) return null;
  // ("the one that…": "one" stands for nobody; "a super PAC that backed…": a name after "a" or "the" is a noun.)
  const phrase = phraseEndingAt(tokens, k - 1, floor);
  const namedThing = noun.cap && phrase !== null && phrase[0] < k - 1 && /^(a|an|the)$/.test(tokens[phrase[0]]!.lower);
  if (!(STATEMENT_NOUN_SET.has(noun.lower) || isCommonNoun(noun.lower) || namedThing) || noun.lower === 'one' || (noun.cap && !namedThing)) return null;
  return phrase && tokens[phrase[0]]!.lower !== 'that' ? phrase : null;
}

/** Verbs that move someone to act: "That prompted Rubio to say…", "led some to speculate". */
const CAUSING = new Set(['prompted', 'prompt', 'prompts', 'prompting', 'led', 'lead', 'leads', 'leading', 'forced', 'force', 'forces', 'forcing', 'pushed', 'drove', 'compelled', 'spurred', 'caused', 'inspired']);

/** The one a cause moved to speak, before the "to" at k: "prompted Rubio to say", "forced him to admit". */
export function causedToSpeak(tokens: Token[], k: number, a: number): [number, number] | null {
  const object = OBJECT_PRONOUNS.has(tokens[k - 1]?.lower ?? '') ? [k - 1, k - 1] as [number, number] : phraseEndingAt(tokens, k - 1, a);
  if (!object) return null;
  // ("The remark prompted Rubio to…": a phrase read leftwards may run on through the verb.)
  for (let m = object[1] - 1; m >= Math.max(a, object[0] - 1); m--) if (CAUSING.has(tokens[m]!.lower)) return [m + 1, object[1]];
  return null;
}

/** Verbs of going somewhere to speak, and the places: "took to Twitter", "went on television". */
const GOING = new Set(['took', 'take', 'takes', 'taking', 'taken', 'went', 'go', 'goes', 'going', 'gone', 'turned', 'came', 'come', 'comes', 'coming', 'appeared']);
const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'television', 'tv', 'radio', 'airwaves', 'stage', 'podium', 'microphone', 'floor', 'media', 'cameras', 'reporters', 'air', 'shows', 'show', 'program', 'programme', 'podcast']);

/**
 * Verbs of meeting, rising, hurrying or holding an event, whose purpose may be to speak: "met to
 * discuss", "rose to ask", "rushed to TV to say", "held a news conference to announce".
 */
const MEETING = new Set('met meet meets gathered gather gathers convened convene convenes huddled assembled visited visit visits stood rose stepped rushed rushing returned arrived waited traveled travelled flew held hold holds holding hosted took'.split(' '));

/** Verbs of putting something to use, whose purpose may be to speak: "used his address to call…". */
const USING = new Set(['used', 'uses', 'using', 'use']);

/**
 * The going verb before "to" at k in "took to Twitter to say", "went on CNN to declare", "appeared on
 * “Fox & Friends” to defend her"; a verb of meeting ("met with aides to discuss"); a verb of use with its
 * object ("used much of their time to criticize"); or -1.
 */
export function wentToSpeak(tokens: Token[], k: number, a: number): number {
  // ("took the stage Tuesday night to acknowledge": a time may follow the place.)
  let place = k - 1;
  while (place > a && (TIMES.has(tokens[place]!.lower) || /^(early|late|morning|night|evening|afternoon)$/.test(tokens[place]!.lower))) place--;
  if (PLATFORMS.has(tokens[place]?.lower ?? '')) {
    for (let m = place - 1; m >= a && place - m <= 4; m--) if (GOING.has(tokens[m]!.lower) || MEETING.has(tokens[m]!.lower)) return m;
    return -1;
  }
  // ("went on CNN", "appeared on “Fox & Friends”": a program or a network by its name.)
  let name = place;
  while (name > a && (tokens[name]!.cap || isPunct(tokens[name], '“”"&')) && place - name < 5) name--;
  if (name < place && tokens[name]!.lower === 'on' && GOING.has(tokens[name - 1]?.lower ?? '')) return name - 1;
  for (let m = k - 1; m >= a && k - m <= 7 && !isPunct(tokens[m], ',;:—–()'); m--) {
    if (MEETING.has(tokens[m]!.lower)) return m;
    if (USING.has(tokens[m]!.lower) && m < k - 1 && !isBe(tokens[m - 1]) && tokens[m - 1]?.lower !== 'from') return m;
  }
  return -1;
}

/** The comma at `comma` closes an aside opened by "who" or "which". */
export function closesRelativeAside(tokens: Token[], comma: number, a: number): boolean {
  const open = asideOpening(tokens, comma, a);
  return open >= 0 && isWhoOrWhich(tokens[open + 1]!.lower);
}
