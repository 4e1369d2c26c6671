/**
 * Finds the reporting expressions of one sentence and the phrase each attributes to:
 * "X said", "said X", "X, who …, said", "according to X", "…, saying", "alluded to by X".
 * Which words can start a cue is decided here; each kind of cue is read in its own file.
 */
import { isTitleCase, type Doc } from '../doc.ts';
import { LINKS_STATE, markWords, STARTS_CUE } from '../word-bits.ts';
import { CUE_VERBS, PHRASAL_VERBS, phrasalRest, type CueClass } from '../lexicon/index.ts';
import { DISAPPROVAL_NOUNS } from '../lexicon/disapproval-nouns.ts';
import { STATEMENT_NOUNS } from '../lexicon/statement-nouns.ts';
import { isPeopleNoun } from '../lexicon/words.ts';
import { countsMany, endsInSingleS, isAdjectiveLike, isCommonPast, isDeterminer, isDocumentWord, isIndefinite, isNamePossessive, isPossessiveNoun, isPossessivePronoun, isPossessiveWord, isSubjectPronoun, RELATIVE_PRONOUNS, uncontractedWho } from '../word-classes.ts';
import { isAdverb, isPunct, isWord, type Token } from '../tokens.ts';
import { extendCue, standsInside } from './cue-extent.ts';
import { colonCue, MARKER_STARTS, markerCue } from './marker-cues.ts';
import { nominalCue } from './nominal-cues.ts';
import { madeInWords } from './objects.ts';
import { NOUNISH, type CueVerb } from './plausible.ts';
import { BE } from './passives.ts';
import { attitudeHit, CONTRACTED_BE, LINKING } from './attitudes.ts';
import { verbHit } from './verb-cues.ts';
import { afterDateline } from './sentence-subject.ts';
import { asideOpening, OBJECT_OPENERS, relativeAntecedent } from './verb-context.ts';
import { insideReport } from './nesting.ts';
import { quotedAs } from './quoted-as.ts';

export type Range = [number, number];

export interface CueHit {
  /** First and last token of the cue. */
  cue: Range;
  source: Range | null;
  kind: 'according' | 'in-source' | 'verb' | 'inverted' | 'participle' | 'passive' | 'nominal' | 'signature';
  cls: CueClass;
}

export function findCues(doc: Doc, s: number): CueHit[] {
  const tokens = doc.tokens;
  // ("WASHINGTON (AP) — The court…": a dateline is no part of the sentence's clauses.)
  const [start, b] = doc.sentenceTokens[s]!;
  const a = afterDateline(tokens, start, b);
  const hits: CueHit[] = [];
  // Whether the last cue describes the subject of the next, read once for each new cue.
  let describedFor = 0;
  let inRelative = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (!(t.bits & STARTS_CUE) && !unlistedBeforeClause(tokens, i)) continue;
    // "to", "in", a dash: words that open no cue but a marker's ("To Frank, …", "in a new poll"), read at once.
    if (MARKERS_ONLY.has(t.lower)) {
      const marker = markerCue(tokens, i, a, b);
      if (marker) {
        hits.push(marker);
        i = Math.max(i, pastMarker(marker));
      }
      continue;
    }
    // A subject never reaches back past the cue before it, unless that cue describes the subject.
    const before = hits.at(-1);
    if (hits.length !== describedFor) {
      describedFor = hits.length;
      inRelative = before !== undefined && describesSubject(tokens, before);
    }
    // ("Mrs. Clinton, who stayed in despite calls for her to bow out, has said…": a cue inside an aside
    // that closes right before this verb leaves the subject before the aside in reach.)
    const closesAside = before !== undefined && asideClosesBefore(tokens, i, before.cue[0], a);
    const floor = Math.max(a, ((inRelative ? hits.at(-2) : closesAside ? undefined : before)?.cue[1] ?? a - 1) + 1);
    // ("remain skeptical of", "grew increasingly frustrated with": so does a verb that links as "be" does.)
    if (t.bits & LINKS_STATE) {
      // ("After saying he was nervous to ask…": an attitude inside what is reported is part of it.)
      const attitude = attitudeHit(tokens, i, floor);
      if (attitude && !insideReport(tokens, i, hits)) {
        hits.push(attitude);
        i = attitude.cue[1];
      }
      continue;
    }
    // ("Brown said: “…”", "Said Ellis: “…”": a colon right after a cue and its source belongs to them.)
    const last = hits.at(-1);
    const colonOfLast = isPunct(t, ':') && last !== undefined && Math.max(last.cue[1], last.source?.[1] ?? -1) === i - 1;
    const marker = colonOfLast ? null : (markerCue(tokens, i, a, b) ?? nominalCue(tokens, i, a, b) ?? (hits.length === 0 ? colonCue(tokens, i, a) : null));
    // ("condemned Trump's call for a ban", "repeated his promise": a noun cue whose owner comes first, or that nobody
    // owns, "repeated accusations that…", is part of what an earlier cue reports; "echoed a warning from the bank" is not.)
    const ownedBefore = marker?.kind === 'nominal' && (marker.source === null || marker.source[1] < marker.cue[0]);
    if (marker && !(ownedBefore && insideReport(tokens, i, hits))) {
      // ("Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’": a clause with its own cue heads the words
      // after the colon, which are that cue's source's, not a speaker called by the whole clause.)
      const clause = isPunct(t, ':') && marker.source !== null ? clauseWithin(hits, marker.source, i) : undefined;
      if (clause) marker.source = clause.source;
      hits.push(marker);
      i = Math.max(i, pastMarker(marker));
      continue;
    }
    // "referred to X as": the phrase wins over the verb alone.
    const verb = phrasalVerb(tokens, i) ?? CUE_VERBS.get(t.lower) ?? (unlistedBeforeClause(tokens, i) ? unlistedVerb(t) : undefined);
    // In a headline set in title case ("Glenn Beck Says Trump Poses A Threat") verbs are capitalised too.
    if (!verb || (t.cap && i !== a && !isTitleCase(doc, s))) continue;
    // "Another GOP Figure Endorses Clinton": in a headline the base form follows only a plural
    // or a pronoun ("Democrats Say", "We Believe"); after anything else it is a noun.
    if (t.cap && i !== a && verb.form === 'base' && !pluralOrPronoun(tokens[i - 1])) continue;
    // Inside a quotation, "I think" and "you know" are the speaker's manner, not a new attribution.
    if (t.quote >= 0) continue;
    // After "the", "its", "a": a noun ("its list", "the report"), not a verb.
    // (A relative "that" after a noun is no determiner: "a message that said", "letters that accuse";
    // "a new poll that shows more voters…": after a document, the -s form is its verb.)
    const relative = tokens[i - 1]?.lower === 'that' && (verb.form === 'ed' || !NOUNISH.has(verb.lemma) || objectNext(tokens[i + 1]) || isDocumentWord(tokens[i - 2])) && relativeAntecedent(tokens, i - 1, a) !== null;
    // ("those supporting Clinton": "those" before the -ing form stands for people; "That frustrates many
    // analysts": "that" or "this" opening the sentence before a verb's -s or past form is its subject.)
    const pronounBefore = i - 1 === a && /^(that|this)$/.test(tokens[a]!.lower) && (verb.form === 's' || verb.form === 'ed') && !isPunct(tokens[i + 1], '.,;:');
    if (ARTICLES.has(tokens[i - 1]?.lower ?? '') && i > a && !relative && !pronounBefore && !(tokens[i - 1]!.lower === 'those' && verb.form === 'ing' && (verb.cls === 'stance' || verb.cls === 'belief'))) continue;
    // "the Pentagon briefing room", "talking points", "speaking fees": the -ing form names a kind of thing.
    if (verb.form === 'ing' && ING_COMPOUND_HEADS.has(tokens[i + 1]?.lower ?? '')) continue;
    // ("The senator, without offering evidence, claimed…": what one does without is not done; "This helps explain why…",
    // "he helped write the act": after "help", the bare verb is what was helped along, not a report.)
    if (verb.form === 'ing' && tokens[i - 1]?.lower === 'without') continue;
    if (verb.form === 'base' && /^help(s|ed|ing)?$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // "a source familiar with Cruz's thinking said": after a possessive the -ing form is a noun,
    // unless it takes an object ("Trump's saying that…" is "Trump is saying").
    if (verb.form === 'ing' && isNamePossessive(tokens[i - 1]) && tokens[i + 1]?.lower !== 'that' && !objectNext(tokens[i + 1])) continue;
    // ("Clinton's decline", "Trump's claims", "the therapist's notes": so is the base or -s form; "Trump's said" is "has said".)
    if ((verb.form === 'base' || verb.form === 's') && (isNamePossessive(tokens[i - 1]) || (NOUNISH.has(verb.lemma) && isPossessiveWord(tokens[i - 1])))) continue;
    // "a majority of pledged delegates", "for added comfort": a participle between a preposition
    // and its noun describes the noun.
    if (verb.form === 'ed' && DESCRIBING_LINKS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.kind === 'w' && !tokens[i + 1]!.cap && !/^(by|as|to|that|in|on)$/.test(tokens[i + 1]!.lower)) continue;
    // "his recent reads", "the emotional stress": after an adjective, the base or -s form is a noun.
    if ((verb.form === 'base' || verb.form === 's') && describedNoun(tokens, i)) continue;
    // "the secretary of state", "a matter of record": after "of", the base form is a noun.
    if ((verb.form === 'base' || verb.form === 's') && tokens[i - 1]?.lower === 'of') continue;
    // "in each state", "several states": a noun after any determiner.
    if (NOUNISH.has(verb.lemma) && (verb.form === 'base' || verb.form === 's') && NOUN_DETERMINERS.has(tokens[i - 1]?.lower ?? '')) continue;
    // "some states", "two states": after a word that counts, the -s form is a plural noun (a plural's verb is the base form: "many support").
    if (NOUNISH.has(verb.lemma) && verb.form === 's' && COUNTING.has(tokens[i - 1]?.lower ?? '')) continue;
    // ("0.1 percentage points to 1.8%", "5 points to 2": so after a number or a measure's word.)
    if ((NOUNISH.has(verb.lemma) || verb.lemma === 'point') && verb.form === 's' && ((tokens[i - 1]?.kind === 'n' && !/^\d{4}$/.test(tokens[i - 1]!.text)) || /^(percentage|basis)$/.test(tokens[i - 1]?.lower ?? ''))) continue;
    // "tweet_id=…": a word inside markup that slipped into the text.
    if (isPunct(tokens[i + 1], '_=') && tokens[i + 1]!.start === t.end) continue;
    // "Clinton says she wants…": a belief or stance inside what an earlier cue reports is part of it.
    // ("…, hoping that they can win": a belief in a participle after a comma is the subject's own.)
    const ownBelief = verb.cls === 'belief' && verb.form === 'ing' && isPunct(tokens[i - 1], ',');
    // ("He said polls show…": so is evidence; "…, records show." set off after its clause is not.)
    const nestable = verb.cls === 'belief' || verb.cls === 'stance' || (verb.cls === 'evidence' && isWord(tokens[i + 1]));
    if (nestable && !ownBelief && insideReport(tokens, i, hits)) continue;
    // "quoted a senior officer as saying": the officer speaks, through whoever quotes him.
    const quoted = verb.lemma === 'quote' ? quotedAs(tokens, i, floor, b) : null;
    if (quoted) {
      hits.push(...quoted);
      i = quoted.at(-1)!.cue[1];
      continue;
    }
    // ("Curiel, who declined to comment,": the verb after the cue before and "to" is what it declined, not a second report.)
    if (inRelative && tokens[i - 1]?.lower === 'to' && before?.cue[1] === i - 2) continue;
    // ("Mr. Trump's tone often seems to encourage aggression": how it seems, when the subject cannot say.)
    const hit = verbHit(tokens, i, floor, b, verb, hits, a) ?? (tokens[i - 1]?.lower === 'to' ? seemedTo(tokens, i, verb) : null);
    if (hit) {
      hit.cue = extendCue(tokens, hit.cue, verb.lemma, b);
      hits.push(hit);
      // ("criticized by officials briefed on the talks": past the agent too, whose participle reports nothing.)
      i = hit.kind === 'passive' && hit.source && hit.source[0] > hit.cue[1] ? hit.source[1] : hit.cue[1];
    }
  }
  return hits;
}

/** The first hit with a source whose cue lies in the speaker's range, before token i (outside the loop: a closure there makes every step allocate). */
const clauseWithin = (hits: CueHit[], [first]: Range, i: number) => hits.find((h) => h.source !== null && h.cue[0] >= first && h.cue[1] < i);

/**
 * The cue describes the noun a later verb's subject holds, so that subject reaches back past it: a
 * relative clause ("Republicans who have praised his candidacy warned…": the subject is before "who"),
 * a participle describing the noun ("Republicans supporting the bill have said"), or one in an aside
 * after the subject ("Sen. Durbin, noting the size of his following, said"), or a past participle after
 * its noun ("Officials accused of bias said").
 */
function describesSubject(tokens: Token[], hit: CueHit): boolean {
  const describing = hit.kind === 'participle' && hit.source !== null && (hit.source[1] === hit.cue[0] - 1 || isPunct(tokens[hit.cue[0] - 1], ','));
  const form = CUE_VERBS.get(tokens[hit.cue[0]]!.lower)?.form;
  const pastForm = form === 'ed' || form === 'en';
  const describingPast = pastForm && hit.kind === 'verb' && hit.source === null && tokens[hit.cue[0] - 1]?.kind === 'w';
  return describing || describingPast || relativeSubject(tokens, hit);
}

/**
 * The cue's subject opens a relative clause: "who", "that" ("Republicans who have praised him
 * warned…"), or a noun after "whose" ("The mayor, whose office declined to comment, has said little").
 */
function relativeSubject(tokens: Token[], hit: CueHit): boolean {
  if (hit.source === null) return false;
  const [first, last] = hit.source;
  return (first === last && RELATIVE_PRONOUNS.has(uncontractedWho(tokens[first]!.lower))) || tokens[first - 1]?.lower === 'whose';
}

/** The verb at i follows a comma (past auxiliaries and adverbs) that closes an aside holding token k. */
function asideClosesBefore(tokens: Token[], i: number, k: number, a: number): boolean {
  let q = i - 1;
  while (q > k && (isAdverb(tokens[q]) || BEFORE_VERB_AFTER_ASIDE.has(tokens[q]!.lower))) q--;
  if (q <= k || !isPunct(tokens[q], ',—–')) return false;
  // The aside opened with a comma before k and after the sentence's first phrase: "X, who…, has said".
  // ("Joyce — who is listed as an attorney — told…": or with a dash, closed by another.)
  const open = isPunct(tokens[q], ',') ? asideOpening(tokens, q, a) : dashBefore(tokens, k, a);
  // ("The assessment, first reported by CNN, concludes…": so does a participle's aside.)
  const opener = tokens[open + 1];
  const participle = (t: Token | undefined) => t !== undefined && t.kind === 'w' && !t.cap && (t.lower.endsWith('ed') || isCommonPast(t));
  const participleAside = participle(opener) || ((isAdverb(opener) || /^(first|also|later|since|once)$/.test(opener?.lower ?? '')) && participle(tokens[open + 2]));
  return open >= 0 && open < k && (/^(who|which|in|despite)$/.test(opener?.lower ?? '') || participleAside);
}

/** Prepositions after which a participle describes the noun it stands before: "a majority of pledged delegates". */
const DESCRIBING_LINKS = new Set(['of', 'for', 'with', 'without']);
/** What may stand between an aside's closing comma and the verb: "…, has said", "…, then told". */
const BEFORE_VERB_AFTER_ASIDE = new Set(['has', 'have', 'had', 'is', 'was', 'also', 'then']);

/** The dash nearest before token k in the sentence from a, or -1. */
function dashBefore(tokens: Token[], k: number, a: number): number {
  for (let m = k - 1; m > a; m--) if (isPunct(tokens[m], '—–')) return m;
  return -1;
}

/** "seemed to encourage" with no one to say it: the seeming alone, from no one in particular. */
function seemedTo(tokens: Token[], i: number, verb: CueVerb): CueHit | null {
  const host = CUE_VERBS.get(tokens[i - 2]?.lower ?? '');
  return tokens[i - 1]?.lower === 'to' && (host?.lemma === 'seem' || host?.lemma === 'appear') ? { cue: [i - 2, i], source: null, kind: 'verb', cls: verb.cls } : null;
}

/**
 * Where reading goes on after a marker's cue: past "in a new poll", "To Frank" and "according to
 * people briefed on the talks", whose cue comes before its source; else past the cue.
 */
function pastMarker({ cue, source }: CueHit): number {
  return source && source[0] > cue[1] && (cue[0] === cue[1] || source[1] > source[0]) ? source[1] : cue[1];
}

/** Every word a cue can start with, and the forms of "be": readDoc's one lookup a token rules out most. */
markWords([...MARKER_STARTS, ...BE, ...LINKING, ...CUE_VERBS.keys(), ...PHRASAL_VERBS.keys(), ...STATEMENT_NOUNS, ...DISAPPROVAL_NOUNS], STARTS_CUE);
markWords([...BE, ...CONTRACTED_BE, ...LINKING], LINKS_STATE);
markWords(CONTRACTED_BE, STARTS_CUE);
/** Words that open cues other than markers' (and the colon, whose speaker's label is read with the verbs). */
const OTHER_STARTS = new Set<string>([...BE, ...LINKING, ...CONTRACTED_BE, ...CUE_VERBS.keys(), ...PHRASAL_VERBS.keys(), ...STATEMENT_NOUNS, ...DISAPPROVAL_NOUNS, ':']);
/** The words that can open a marker's cue and no other: "according", "per", "to", "in", a dash. */
const MARKERS_ONLY = new Set(MARKER_STARTS.filter((w) => !OTHER_STARTS.has(w)));

/** A past-tense verb not in any list, read from its ending, before "that": "He clarified that". */
const clauseTakingVerb = (t: Token) => t.kind === 'w' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && !NOT_CLAUSE_VERBS.has(t.lower);
/** Such a verb at i with "that" opening a clause after it ("lifted that prohibition" has a determiner). */
const unlistedBeforeClause = (tokens: Token[], i: number) => tokens[i + 1]?.lower === 'that' && clauseTakingVerb(tokens[i]!) && !thatDeterminesNoun(tokens, i + 1);
const NOT_CLAUSE_VERBS = new Set(['provided', 'assumed', 'granted', 'supposed', 'needed', 'means', 'seems', 'ensures', 'ensured']);
const unlistedVerb = (t: Token): CueVerb => ({ lemma: t.lower, form: t.lower.endsWith('ed') ? 'ed' : 's', cls: 'stance' });

const pluralOrPronoun = (t: Token | undefined) => t !== undefined && t.kind === 'w' && (endsInSingleS(t.lower) || isSubjectPronoun(t));

/** Words that count what follows: "some states", "two reports". */
const COUNTING = new Set('some many most all few several various two three four five six seven eight nine ten dozen key early other'.split(' '));

/** "that prohibition.", "that idea,": "that" at k before a lower-case noun and then a mark or the sentence's end. */
const thatDeterminesNoun = (tokens: Token[], k: number) => {
  const noun = tokens[k + 1];
  const after = tokens[k + 2];
  return noun !== undefined && noun.kind === 'w' && !noun.cap && !isSubjectPronoun(noun) && (after === undefined || after.kind === 'p');
};

/** A name, a determiner or an object pronoun: what a verb's object opens with ("polls that show Johnson"). */
const objectNext = (t: Token | undefined) => t !== undefined && t.quote < 0 && (t.cap || OBJECT_OPENERS.has(t.lower) || ARTICLES.has(t.lower));

/** The word at i after a determiner and an adjective (or two joined by "and"), or a number: "his recent reads", "the mental and emotional stress". */
function describedNoun(tokens: Token[], i: number): boolean {
  // ("on a conference call that…": after "a" and one word, a base form is the noun of a compound; a verb after a singular subject would take its -s; "A third say", "a majority believe": not after a word that counts.)
  if (isIndefinite(tokens[i - 2]?.lower) && tokens[i - 1]?.kind === 'w' && !tokens[i - 1]!.cap && !countsMany(tokens[i - 1]) && CUE_VERBS.get(tokens[i]!.lower)?.form === 'base') return true;
  // ("his campaign promise": so after a possessive and a singular noun; "his aides say", "their staff say"
  // are plural, and "sources close to her campaign say" end their subject there.)
  const ownedCompound = isPossessivePronoun(tokens[i - 2]) && !/^(to|with|of|for|in|on|at|from|about|by)$/.test(tokens[i - 3]?.lower ?? '');
  if (ownedCompound && singularNoun(tokens[i - 1]) && CUE_VERBS.get(tokens[i]!.lower)?.form === 'base') return true;
  // ("a 2010 recall", "the 2016 report": a year or a count describes the noun too.)
  const count = tokens[i - 1]?.kind === 'n' && !tokens[i - 1]!.text.endsWith('%');
  if (!isAdjectiveLike(tokens[i - 1]) && !count) return false;
  const before = tokens[i - 2];
  const opener = before?.lower === 'and' && isAdjectiveLike(tokens[i - 3]) ? tokens[i - 4] : before;
  return opener !== undefined && (isDeterminer(opener) || isPossessiveNoun(opener.lower));
}

/** A lower-case noun that is not plural: "campaign", not "aides", "staff" or "people". */
const singularNoun = (t: Token | undefined) => t !== undefined && t.kind === 'w' && !t.cap && !t.lower.endsWith('s') && !isPeopleNoun(t.lower) && !/(men|people|staff|police|children|media|public)$/.test(t.lower);

/** Nouns an -ing form makes a compound with: "briefing room", "talking points", "reporting requirements". */
const ING_COMPOUND_HEADS = new Set('circuit class classes course courses engagement engagements fee fees instructor material materials point points professor program programme requirement requirements room rooms schedule session sessions skills style teacher tour workshop'.split(' '));

const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** Determiners that never stand alone as a speaker ("Some claim…" does): what follows is a noun. */
const NOUN_DETERMINERS = new Set(['each', 'every', 'several', 'both', 'these', 'those', 'other', 'no', 'any', 'another']);

/** "pointed out", "made it clear": a verb that is a cue only with the words after it. */
function phrasalVerb(tokens: Token[], i: number): CueVerb | undefined {
  const entry = PHRASAL_VERBS.get(tokens[i]!.lower);
  if (!entry) return undefined;
  // ("spoke favorably of", "called Wednesday for": an adverb or a day may stand before the particle,
  // and a word of degree before the noun: "raised new questions", "raised serious concerns".)
  const from = standsInside(tokens[i + 1]) ? i + 2 : i + 1;
  // ("made conflicting statements about", "is making an impassioned case to": words made, with what they are about.)
  const made = entry.lemma === 'make' && madeInWords(tokens, from) >= 0;
  if (!made && phrasalRest(entry.lemma, tokens, i + 1) === 0 && phrasalRest(entry.lemma, tokens, from) === 0) return undefined;
  return { lemma: entry.lemma, form: entry.form, cls: 'speech' };
}
