/**
 * The writer's own opinion: evaluative and loaded words, intensifiers, hedges and weasel phrases,
 * single words and multi-word phrases alike, never inside a quotation (the words are then the
 * speaker's, and the quote is already attributed).
 */
import { isTitleCase, type Doc } from '../doc.ts';
import { markWords, SECOND_OPINION, STARTS_OPINION } from '../word-bits.ts';
import { LITERAL_TERMS } from '../lexicon/literal-terms.ts';
import { LOADED_COMPOUND_HEADS } from '../lexicon/loaded-compound-heads.ts';
import { OPINION_PHRASES, OPINION_WORDS, WEASEL_ADVERBS } from '../lexicon/opinion.ts';
import { verbForms } from '../lexicon/index.ts';
import { endsInSingleS, isAdjectiveLike, isDeterminer, MODALS } from '../word-classes.ts';
import { isAdverb, isShouted, type Token } from '../tokens.ts';
import type { OpinionType } from '../types.ts';

export function detectOpinion(doc: Doc): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'w' || t.quote >= 0) continue;
    // (Most words open no opinion and are no loaded compound: one test of the marks readDoc set.)
    if (!(t.bits & STARTS_OPINION) && (t.lower.length < 8 || !t.lower.includes('-'))) continue;
    // A capital inside a sentence is usually a name ("Great Britain", "Liberal Party"); a word
    // in full capitals is shouting, and counts.
    // So is every word of a headline in title case ("Biden Trashes Trump").
    if (t.cap && i > 0 && doc.tokenSentence[i - 1] === doc.tokenSentence[i] && tokens[i - 1]!.kind !== 'p' && inName(tokens, i) && !isShouted(t) && !isTitleCase(doc, doc.tokenSentence[i]!)) continue;
    const hit = matchAt(tokens, i);
    if (!hit) continue;
    // "Gross domestic product fell": a technical term, not a judgement.
    if (hit.last === i && LITERAL.has(`${t.lower} ${tokens[i + 1]?.lower ?? ''}`)) {
      i++;
      continue;
    }
    if (measuredOdds(tokens, i, hit.last) || measuredRecord(tokens, i, hit.last) || physicalDamage(tokens, i) || kindOfThing(tokens, i, hit.last) || (hit.last === i && (chargeInLaw(tokens, i) || plainNoun(tokens, i)))) {
      i = hit.last;
      continue;
    }
    doc.opinions.push({ start: t.start, end: tokens[hit.last]!.end, subtype: hit.subtype });
    i = hit.last;
  }
}

/** "40 percent less likely", "twice as likely": odds that are measured, not hedged. */
function measuredOdds(tokens: Token[], i: number, last: number): boolean {
  if (tokens[last]!.lower !== 'likely' || last === i) return false;
  const before = tokens[i - 1];
  return before !== undefined && (before.kind === 'n' || /^(percent|times|twice|thrice|points)$/.test(before.lower));
}

/** "their worst run since 2017", "the best quarter on record", "worse than expected": a result the record or a forecast measures. */
function measuredRecord(tokens: Token[], i: number, last: number): boolean {
  // ("profits were worse than expected": a result against a forecast.)
  if (last === i && /^(worse|better)$/.test(tokens[i]!.lower) && tokens[i + 1]?.lower === 'than' && /^(expected|forecast|predicted|anticipated|feared|hoped|estimated)$/.test(tokens[i + 2]?.lower ?? '')) return true;
  if (last !== i || !/^(worst|best|highest|lowest|biggest|largest|smallest)$/.test(tokens[i]!.lower)) return false;
  for (let k = i + 1; k < i + 6 && tokens[k] && tokens[k]!.kind !== 'p'; k++) {
    const w = tokens[k]!.lower;
    const next = tokens[k + 1]?.lower ?? '';
    const after = tokens[k + 2]?.lower ?? '';
    if (w === 'since' || (w === 'on' && next === 'record')) return true;
    if (w === 'in' && (/^(history|decades|years)$/.test(next) || /^(decade|century|generation|years|decades)$/.test(after))) return true;
  }
  return false;
}

/** Loaded verbs whose base and -s forms are also plain nouns: "a blast", "the oil rig", "rat poison", "the plague". */
const ALSO_NOUNS = verbForms('balloon bark blast cave hammer heap lash loot plague plunge poison rave rig rip slash spiral swarm torch trash trumpet wreck'.split(' '));

/** "a new kind of vaccine", "this sort of attack", "what kind of plan": a kind named after a determiner or an adjective, no hedge ("he was kind of annoyed" is one). */
function kindOfThing(tokens: Token[], i: number, last: number): boolean {
  if (last !== i + 1 || !/^(kind|sort)$/.test(tokens[i]!.lower)) return false;
  const prev = tokens[i - 1];
  return prev !== undefined && (isDeterminer(prev) || isAdjectiveLike(prev) || /^(what|which|whatever|same|other|different|similar|right|wrong|any|every|some|one|that|this)$/.test(prev.lower));
}
/** Words after which a verb's base or -s form is a verb: "they blast", "to trash", "will plunge", "never rig". */
const BEFORE_VERBS = new Set([...MODALS, 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'to', 'not', 'never', 'also', 'did', 'does', 'do']);

/**
 * "A blast killed 20", "workers on the oil rig", "Olympic torch": such a word after a determiner,
 * a number, a singular noun or a name before the base form, or opening the sentence, is the noun.
 * ("Critics blast the plan", "Trump trashes…", "they rip into…", "shouldn't cave" are verbs.)
 */
function plainNoun(tokens: Token[], i: number): boolean {
  const form = ALSO_NOUNS.get(tokens[i]!.lower)?.form;
  if (form !== 'base' && form !== 's') return false;
  const prev = tokens[i - 1];
  // ("lash out", "rip into": a particle after it makes the verb.)
  if (/^(out|up|into|off|apart|through|down)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  if (prev === undefined || prev.kind === 'p') return true;
  if (BEFORE_VERBS.has(prev.lower) || isAdverb(prev) || /n['’]t$/.test(prev.lower)) return false;
  if (isDeterminer(prev) || prev.kind === 'n') return true;
  if (prev.cap) return form === 'base';
  return !endsInSingleS(prev.lower);
}

/** Crimes a court or a prosecutor names as well as a writer: "fraud", "corruption", "treason". */
const CRIMES = new Set(['fraud', 'corruption', 'treason']);
/** The kinds of a crime in law ("wire fraud", "public corruption") and what is said of it ("guilty of", "charged with", "counts of"). */
const CRIME_KINDS = new Set('wire mail bank securities tax voter election insurance mortgage investment accounting bankruptcy benefits welfare healthcare health-care public'.split(' '));
const CHARGING = new Set('guilty convicted conviction charged charge charges accused indicted indictment acquitted count counts allegations suspicion'.split(' '));
const CHARGE_NOUNS = new Set('charge charges count counts case cases trial conviction convictions investigation probe statute scheme'.split(' '));

/** "guilty on nine counts of wire fraud", "charged with corruption", "a fraud trial": a charge in law, not the writer's judgement. */
function chargeInLaw(tokens: Token[], i: number): boolean {
  if (!CRIMES.has(tokens[i]!.lower)) return false;
  let k = i - 1;
  if (CRIME_KINDS.has(tokens[k]?.lower ?? '')) {
    if (tokens[k - 1]?.lower !== 'of' && tokens[k - 1]?.lower !== 'with') return true;
    k--;
  }
  return ((tokens[k]?.lower === 'of' || tokens[k]?.lower === 'with') && CHARGING.has(tokens[k - 1]?.lower ?? '')) || CHARGE_NOUNS.has(tokens[i + 1]?.lower ?? '');
}

/** What fire, floods, weather and bombs do to things, plainly: "a fire destroyed a warehouse", "the storm devastated the coast", "heavy rain lashed the region". */
const DAMAGE = verbForms(['destroy', 'devastate', 'ravage', 'wreck', 'gut', 'flatten', 'obliterate', 'batter', 'hammer', 'lash', 'pummel', 'smash', 'torch']);
/** Things a force or a weapon wrecks, which no judgement is needed to call wrecked: "destroyed the bridge", "homes were gutted". */
const THINGS = new Set('bridge bridges building buildings car cars church churches crops dam dams factory factories farms homes hospital hospitals house houses mosque mosques office offices pipeline pipelines plant plants road roads school schools ship ships shop shops station stations tank tanks tower towers town towns truck trucks vehicle vehicles village villages warehouse warehouses window windows'.split(' '));
const BE_OR_ADVERB = (t: Token | undefined) => t !== undefined && (/^(is|are|was|were|be|been|being|had|have|has)$/.test(t.lower) || isAdverb(t));
const FORCES = new Set('fire fires blaze flames flood floods floodwaters storm storms hurricane typhoon cyclone tornado earthquake quake tsunami wildfire wildfires explosion explosions blast bomb bombs bombing shelling missile missiles strike strikes airstrike airstrikes drought landslide avalanche eruption rain rains winds waves snow snowstorm blizzard gales'.split(' '));
/** A verb of damage whose subject is a force of nature or a weapon, a few words before it. */
function physicalDamage(tokens: Token[], i: number): boolean {
  const form = DAMAGE.get(tokens[i]!.lower)?.form;
  if (form === undefined) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (FORCES.has(tokens[k]!.lower)) return true;
  // ("Soldiers destroyed the bridge", "Dozens of homes were destroyed": or a thing is what it wrecks, after it or, passive, before.)
  // (In capitals it names a body: "destroy the Church".)
  const thing = (t: Token | undefined) => t !== undefined && !t.cap && THINGS.has(t.lower);
  for (let k = i + 1; k <= i + 3 && tokens[k] !== undefined && tokens[k]!.kind !== 'p' && !/^(of|in|on|for|and)$/.test(tokens[k]!.lower); k++) if (thing(tokens[k])) return true;
  let before = i - 1;
  while (before > 0 && BE_OR_ADVERB(tokens[before])) before--;
  if ((form === 'en' || form === 'ed') && thing(tokens[before])) return true;
  // ("homes destroyed by the fire", "was gutted in a blaze": or its agent just after; "the
  // devastating hurricane" judges the force itself.)
  // ("slammed the storm response" judges the response: the agent comes after "by", "in" or "during".)
  if (form === 'ing' || !/^(by|in|during)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k <= i + 4 && tokens[k]; k++) if (FORCES.has(tokens[k]!.lower)) return true;
  return false;
}

/** A capitalised word next to another: part of a name ("Great Britain"), not the writer's label ("the Dems"). */
const inName = (tokens: Token[], i: number) => Boolean((tokens[i - 1]?.cap && !isDeterminer(tokens[i - 1])) || tokens[i + 1]?.cap);


/** "so rattled", "too steeped": an intensifier that needs the adjective after it. */
const DEGREE = new Set(['so', 'too']);
const ADJECTIVE_ENDING = /(ed|ous|ful|ive|able|ible|ic|ish|less)$/;

/** The phrase's words, all outside quotations, from token i on. */
function phraseAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.lower !== words[k] || t.quote >= 0) return false;
  }
  return true;
}

const COMPOUND_HEADS = new Set<string>(LOADED_COMPOUND_HEADS);
const LITERAL = new Set<string>(LITERAL_TERMS);

/** "Trump-hating", "war-ravaged": a compound whose last part loads it. */
function loadedCompound(t: Token): boolean {
  if (t.lower.length < 8) return false;
  const dash = t.lower.lastIndexOf('-');
  return dash > 0 && COMPOUND_HEADS.has(t.lower.slice(dash + 1));
}

interface Phrase {
  words: string[];
  subtype: OpinionType;
}
/** What a word can open, found with one lookup: phrases by their second word, a degree word, a weasel adverb, a word of its own. */
interface Opener {
  bySecond?: Map<string, Phrase[]>;
  degree?: boolean;
  weasel?: boolean;
  subtype?: OpinionType;
}
const OPENERS = new Map<string, Opener>();
const opener = (w: string) => OPENERS.get(w) ?? OPENERS.set(w, {}).get(w)!;
for (const [first, phrases] of OPINION_PHRASES) {
  const bySecond = new Map<string, Phrase[]>();
  for (const phrase of phrases) bySecond.set(phrase.words[1]!, [...(bySecond.get(phrase.words[1]!) ?? []), phrase]);
  opener(first).bySecond = bySecond;
}
for (const w of DEGREE) opener(w).degree = true;
for (const w of WEASEL_ADVERBS) opener(w).weasel = true;
for (const [w, subtype] of OPINION_WORDS) opener(w).subtype = subtype;
markWords(OPENERS.keys(), STARTS_OPINION);
markWords([...OPINION_PHRASES.values()].flatMap((phrases) => phrases.map((p) => p.words[1]!)), SECOND_OPINION);

/** Participles of how far a thing goes or is used, not of what people hold: "widely used". */
const EXTENT_PARTICIPLES = new Set(['used', 'distributed', 'deployed', 'adopted', 'sold', 'installed', 'available', 'spread', 'varied', 'travelled', 'traveled', 'dispersed', 'scattered']);

function matchAt(tokens: Token[], i: number): { last: number; subtype: OpinionType } | null {
  const t = tokens[i]!;
  const entry = t.bits & STARTS_OPINION ? OPENERS.get(t.lower) : undefined;
  if (!entry) return loadedCompound(t) ? { last: i, subtype: 'loaded' } : null;
  // Phrases are looked up by their first two words: "in" and "the" open many, and most fail on the second.
  const phrases = entry.bySecond && i + 1 < tokens.length && tokens[i + 1]!.bits & SECOND_OPINION ? entry.bySecond.get(tokens[i + 1]!.lower) : undefined;
  // ("It is widely believed": a phrase ending in a weasel adverb takes the participle after it too.)
  if (phrases) for (const { words, subtype } of phrases) if (phraseAt(tokens, i, words)) return { last: weaselEnd(tokens, i + words.length - 1), subtype };
  if (entry.degree) {
    const next = tokens[i + 1];
    const adjective = next && next.quote < 0 && next.kind === 'w' && (OPINION_WORDS.get(next.lower) === 'evaluative' || ADJECTIVE_ENDING.test(next.lower));
    return adjective ? { last: i + 1, subtype: 'intensifier' } : null;
  }
  if (entry.weasel) {
    // ("widely used", "largely spread": how far a thing goes is no one's view.)
    if (EXTENT_PARTICIPLES.has(tokens[i + 1]?.lower ?? '')) return null;
    if (weaselEnd(tokens, i) > i) return { last: i + 1, subtype: 'weasel' };
  }
  return entry.subtype ? { last: i, subtype: entry.subtype } : null;
}

/** The past participle after a weasel adverb at k ("widely believed", "reportedly seen"), else k. */
function weaselEnd(tokens: Token[], k: number): number {
  const next = tokens[k + 1];
  const participle = next !== undefined && next.quote < 0 && next.kind === 'w' && /(ed|en)$/.test(next.lower) && !EXTENT_PARTICIPLES.has(next.lower);
  return participle && OPENERS.get(tokens[k]!.lower)?.weasel ? k + 1 : k;
}
