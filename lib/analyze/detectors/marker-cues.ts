/**
 * Cues that are not verbs: "according to X", "in a new poll", "To Frank, …", a speaker's name
 * before a colon ("Roger Stone: …") and a quotation signed with a dash ("“…” ― Jane Doe").
 */
import { CUE_VERBS } from '../lexicon/index.ts';
import { isCommonNoun, isPeopleNoun, LABEL_WORDS, OUTLET_NAMES, PLACE_NAMES, TIMES } from '../lexicon/words.ts';
import { headOf, phraseStartingAt } from '../phrase.ts';
import { isDeterminer, isDocumentWord, isPossessiveNoun, isSubjectPronoun, POSSESSIVE_PRONOUNS } from '../word-classes.ts';
import { closesQuote, isPunct, isShouted, isWord, type Token } from '../tokens.ts';
import type { CueHit, Range } from './cues.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { withDescription } from './subject-extents.ts';
import { withPartner } from './verb-context.ts';

/** The words a marker cue can start with. */
export const MARKER_STARTS = ['according', 'per', 'reportedly', 'in', 'to', ':', '—', '–'];

export function markerCue(tokens: Token[], i: number, a: number, b: number): CueHit | null {
  const t = tokens[i]!;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const source = quotedTitle(tokens, i + 2, b) ?? withDescription(tokens, withPartner(tokens, phraseStartingAt(tokens, i + 2, b), b), b);
    // ("according to their instinctive preference", "exactly according to the way…": in keeping with, not citing.)
    if (source && IN_KEEPING.has(headOf(tokens, source[0], source[1]).lower)) return null;
    return { cue: [i, i + 1], source, kind: 'according', cls: 'speech' };
  }
  // "per CTV News", "per the report": "according to" in few words ("per cent", "per share" are rates).
  if (t.lower === 'per' && t.quote < 0) {
    const source = phraseStartingAt(tokens, i + 1, b);
    const head = source && headOf(tokens, source[0], source[1]);
    if (source && head && ((tokens[i + 1]!.cap && head.cap) || (/^(the|a|an)$/.test(tokens[i + 1]!.lower) && (isDocumentWord(head) || OUTLET_NAMES.has(head.lower))))) {
      return { cue: [i, i], source, kind: 'according', cls: 'speech' };
    }
  }
  // "Gunmen reportedly opened fire": reports the text does not name. ("Peskov reportedly said" is
  // Peskov's; "Bloomberg reportedly considering a run" is both the reports' and his.)
  if (t.lower === 'reportedly' && t.quote < 0) {
    const reportedVerb = CUE_VERBS.get(tokens[i + 1]?.lower ?? '');
    if (reportedVerb === undefined || reportedVerb.cls === 'belief' || reportedVerb.cls === 'stance') return { cue: [i, i], source: null, kind: 'verb', cls: 'speech' };
  }
  // "backed Rubio in the hope of derailing Trump", "in hopes that…": the hope of the clause's subject.
  if (t.lower === 'in' && t.quote < 0) {
    const hope = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    if ((tokens[hope]?.lower === 'hope' || tokens[hope]?.lower === 'hopes') && /^(of|that)$/.test(tokens[hope + 1]?.lower ?? '')) {
      const source = sentenceSubject(tokens, a, i);
      return source && viewHolder(tokens, source) ? { cue: [i, hope], source, kind: 'verb', cls: 'belief' } : null;
    }
  }
  // "in a CNN poll", "in Forbes' words": a document or someone's words as the source.
  if (t.lower === 'in' && t.quote < 0 && sourceWordNear(tokens, i + 1, b)) {
    const source = phraseStartingAt(tokens, i + 1, b);
    // Only as a clause of its own ("In a new poll, …"; "…, in her words, …"), not "a lead in the polls".
    const after = source ? tokens[source[1] + 1] : undefined;
    const ownClause = (i === a || isPunct(tokens[i - 1], ',(—–')) && (after === undefined || isPunct(after, ',.;'));
    const head = source && headOf(tokens, source[0], source[1]);
    // A particular poll cites wherever it stands ("took 6 percent in a Fox poll", "in the latest
    // survey"); "a lead in the polls" names none.
    // ("respondents in the CBS poll said": the poll is where the speakers are, and the verb after is the cue;
    // "the leader in Republican polls", "running third in most Iowa polls": a standing, not a citation.)
    // ("voters surveyed in a new poll support": so is it for those it asked.)
    const asked = ASKED.has(tokens[i - 1]?.lower ?? '') ? 2 : 1;
    const speakersWithin = source !== null && isPeopleNoun(tokens[i - asked]?.lower ?? '') && isWord(tokens[source[1] + 1]);
    const within = source !== null && !ownClause && (speakersWithin || STANDINGS.has(tokens[i - 1]?.lower ?? ''));
    const poll = source !== null && head !== null && POLLS.has(head.lower) && particular(tokens, source) && !within;
    if (source && head && (ownClause || poll) && IN_SOURCES.has(head.lower)) {
      // "in Bolton's view", "in her words": a view is someone's only with whose it is ("in view of" is not).
      if (!VIEWS.has(head.lower)) return { cue: [i, i], source, kind: 'in-source', cls: 'evidence' };
      // The owner is the source: "in Bolton's view" is Bolton's, "in her words" hers.
      // The cue reads "in … view" whole, around its owner.
      const viewAt = tokens.indexOf(head, source[0]);
      // ("in Sanders’ view", "in the Times' view": a plural's mark, read apart, closes the owner's name.)
      const mark = isPunct(tokens[viewAt - 1], "’'") && tokens[viewAt - 2]?.end === tokens[viewAt - 1]!.start && tokens[viewAt - 2]!.lower.endsWith('s');
      const owner = viewAt - 1;
      const ownerWord = tokens[owner]?.lower ?? '';
      if (owner >= source[0] && (POSSESSIVE_PRONOUNS.has(ownerWord) || isPossessiveNoun(ownerWord) || mark)) return { cue: [i, viewAt], source: [source[0], mark ? owner - 1 : owner], kind: 'in-source', cls: 'belief' };
    }
  }
  // "To Frank, issues of justice get attention…": whose view it is. ("For Trump, the format was
  // not ideal" is as often the writer's own view of how things stand for him, so it is left.)
  if (t.lower === 'to' && t.quote < 0 && (i === a || isPunct(tokens[i - 1], ',') || tokens[i - 1]!.lower === 'but')) {
    const source = phraseStartingAt(tokens, i + 1, b);
    if (source && isPunct(tokens[source[1] + 1], ',') && viewHolder(tokens, source)) return { cue: [i, i], source, kind: 'according', cls: 'belief' };
  }
  if (isPunct(t, ':')) {
    const hit = labelCue(tokens, i, a, b);
    if (hit) return hit;
  }
  if (isPunct(t, '—–') && t.quote < 0) {
    const signed = tweetSignature(tokens, i, b) ?? quoteAfterDash(tokens, i, a);
    if (signed) return signed;
  }
  // "CNN President On Trump: ‘We Do Not Pay Candidates’": in a headline, who speaks on what, then the words.
  if (isPunct(t, ':') && t.quote < 0) {
    const topical = topicHeadline(tokens, i, a);
    if (topical) return topical;
  }
  // "“A real disgrace.” ― Azucena Gonzalez": a name after a dash signs the quotation before it.
  if (isPunct(t, '—–') && t.quote < 0 && i > 0 && closesQuote(tokens[i - 1]!)) {
    const source = phraseStartingAt(tokens, i + 1, b);
    const after = source ? tokens[source[1] + 1] : undefined;
    const signs = source && tokens[source[0]]!.cap && (source[1] + 1 >= b || after === undefined || isPunct(after, '.,;“"('));
    if (signs) return { cue: [i, i], source, kind: 'signature', cls: 'speech' };
  }
  return null;
}

/** The most words a speaker's label may have: a title and a name ("Former secretary of state Hillary Rodham Clinton:"). */
const LABEL_LENGTH = 8;

/**
 * "Brown: “…”", "Clinton camp: Trump's rhetoric threatens…": a speaker's label before the colon at i.
 * ("Clinton: 2,316" is a tally, not words.)
 * ("HEADLINE IN CAPITALS - Jeffrey M. Jones: “…”": the name after a dash.)
 */
function labelCue(tokens: Token[], i: number, a: number, b: number): CueHit | null {
  const t = tokens[i]!;
  let start = a;
  for (let k = i - 1; k > a && i - k <= LABEL_LENGTH; k--) if (isPunct(tokens[k], '—–')) start = k + 1;
  // ("More from Jones: “…”": the one it is more from.)
  if (tokens[start]?.lower === 'more' && tokens[start + 1]?.lower === 'from') start += 2;
  // ('"PENCE: Gennifer Flowers will not…': a transcript quoted whole still has its speakers' labels.)
  const quotedLabel = t.quote >= 0 && isPunct(t, ':') && isPunct(tokens[start], '“"') && tokens.slice(start + 1, i).every((w) => w.quote === t.quote && w.kind === 'w' && isShouted(w));
  if (quotedLabel) start++;
  if (i - start <= LABEL_LENGTH && i > start && i + 1 < b && (t.quote < 0 || quotedLabel)) {
    const source = phraseStartingAt(tokens, start, i);
    const head = source && headOf(tokens, source[0], source[1]);
    // "Clinton camp: Trump's rhetoric threatens…", "Poll: 3 Senate races are tight": a group or a
    // document speaks in a headline too; a number after a name is a tally ("Clinton: 2,316").
    // ("Good news: …" is the writer's.)
    // ("New Hampshire: Charlie Arlinghaus, …" heads a list by place; "Twitter: @Milbank" gives a handle.)
    const speaker = head !== null && (head.cap || (isCommonNoun(head.lower) && head.lower !== 'news')) && !LABEL_WORDS.has(head.lower) && !isPlace(tokens, source) && tokens[i + 1]!.text !== '@';
    const tally = tokens[i + 1]!.kind === 'n' && !isDocumentWord(head);
    // ("Rubio: Finish second.", "Kasich: Now or never.": a few words of advice under a name head a section.)
    // (A speaker's label in capitals in a transcript still speaks: "KATE BOULDUAN: Why not debate?")
    const label = source !== null && tokens.slice(source[0], source[1] + 1).every((t) => t.kind !== 'w' || isShouted(t) || t.text.length === 1);
    const heading = b - i <= 5 && tokens[i + 1]!.quote < 0 && !isPunct(tokens[i + 1], '“"‘\'') && !label;
    // ("Continued Stone: “…”": a verb of saying before the name is the cue, inverted.)
    const verb = source && source[1] > source[0] ? CUE_VERBS.get(tokens[source[0]]!.lower) : undefined;
    const inverted = verb !== undefined && (verb.cls === 'speech' || verb.cls === 'weak') && verb.form === 'ed';
    if (source && inverted && source[1] === i - 1) return { cue: [source[0], source[0]], source: [source[0] + 1, source[1]], kind: 'inverted', cls: 'speech' };
    if (source && head && source[1] === i - 1 && speaker && !tally && !heading) return { cue: [i, i], source, kind: 'verb', cls: 'speech' };
  }
  return null;
}

/** The colon at i after "Name on Topic" that opens the sentence, before a quotation. */
function topicHeadline(tokens: Token[], i: number, a: number): CueHit | null {
  const next = tokens[i + 1];
  if (next === undefined || !(next.quote >= 0 || isPunct(next, '“"‘\''))) return null;
  for (let k = a + 1; k < i - 1 && k - a <= 5; k++) {
    if (tokens[k]!.lower !== 'on') continue;
    const source = phraseStartingAt(tokens, a, k);
    // ("More on this:", "Update on the race:" introduce no one.)
    const head = source && tokens[source[1]]!;
    const named = source !== null && head !== null && head.cap && !LABEL_WORDS.has(head.lower) && !isDeterminer(head) && !openingParticiple(tokens, source);
    return source && source[1] === k - 1 && named ? { cue: [i, i], source, kind: 'verb', cls: 'speech' } : null;
  }
  return null;
}

/** "…Great Again hat? #RINO — Ben Jacobs (@Bencjacobs) September 1, 2016": a post signed with its author's name and handle. */
function tweetSignature(tokens: Token[], i: number, b: number): CueHit | null {
  let k = i + 1;
  while (k < b && tokens[k]!.cap && tokens[k]!.kind === 'w') k++;
  const handle = k > i + 1 && isPunct(tokens[k], '(') && tokens[k + 1]?.text === '@' && tokens[k + 2]?.kind === 'w' && isPunct(tokens[k + 3], ')');
  return handle ? { cue: [i, i], source: [i + 1, k + 3], kind: 'signature', cls: 'speech' } : null;
}

/** "…, including Mitt Romney -- ''It is disqualifying…''": a name, a dash, then the name's words in quotation marks. */
function quoteAfterDash(tokens: Token[], i: number, a: number): CueHit | null {
  // Past the opening mark, one or two of them ('' as some wires print it).
  let k = i + 1;
  while (k < i + 3 && tokens[k] !== undefined && tokens[k]!.quote < 0 && isPunct(tokens[k], '“"\'')) k++;
  const opens = tokens[k];
  if (opens === undefined || opens.quote < 0 || !opens.cap) return null;
  // ("…like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said": the speaker comes after.)
  let end = k;
  while (tokens[end + 1]?.quote === opens.quote) end++;
  for (let m = end + 1; m < end + 6 && tokens[m]; m++) if (CUE_VERBS.get(tokens[m]!.lower)?.cls === 'speech') return null;
  let first = i - 1;
  while (first > a && tokens[first - 1]!.cap && tokens[first - 1]!.kind === 'w') first--;
  // (A label in capitals, "NOW OPEN—“…”", or a place, "the loss in New Hampshire — “…”", is no speaker.)
  const words = tokens.slice(first, i);
  const named = words.length >= 2 && !/^(in|at|from|to|across|near|of)$/.test(tokens[first - 1]?.lower ?? '') && words.every((w) => w.cap && w.kind === 'w' && w.text !== w.text.toUpperCase()) && !PLACE_NAMES.has(words.map((w) => w.lower).join(' ')) && !PLACE_NAMES.has(words.at(-1)!.lower);
  return named ? { cue: [i, i], source: [first, i - 1], kind: 'verb', cls: 'speech' } : null;
}

/**
 * "Moss was more modest: “We got lucky.”": in a sentence with no cue before it, a colon after a
 * clause about a named subject introduces the quotation that follows, as the subject's words.
 */
export function colonCue(tokens: Token[], i: number, a: number): CueHit | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!isPunct(t, ':') || i === a || t.quote >= 0 || !next || !(next.quote >= 0 || isPunct(next, '“"'))) return null;
  const source = phraseStartingAt(tokens, a, i);
  const head = source && headOf(tokens, source[0], source[1]);
  const speaker = head && (head.cap || isSubjectPronoun(head)) && !LABEL_WORDS.has(head.lower) && !PLACE_NAMES.has(head.lower) && !TIMES.has(head.lower) && !openingParticiple(tokens, source);
  return source && speaker && source[1] < i - 1 ? { cue: [i, i], source, kind: 'verb', cls: 'speech' } : null;
}

/**
 * "according to ''The Trumps: Three Generations That Built an Empire,'' by Gwenda Blair": a work's
 * title in quotation marks, with its author after "by".
 */
function quotedTitle(tokens: Token[], k: number, b: number): Range | null {
  while (k < b && tokens[k]!.quote < 0 && isPunct(tokens[k], '“"‘\'')) k++;
  const q = tokens[k]?.quote ?? -1;
  if (q < 0 || !tokens[k]!.cap) return null;
  let end = k;
  while (end + 1 < b && tokens[end + 1]!.quote === q) end++;
  let m = end + 1;
  while (m < b && (isPunct(tokens[m], '”"’\'') || isPunct(tokens[m], ','))) m++;
  const author = tokens[m]?.lower === 'by' ? phraseStartingAt(tokens, m + 1, b) : null;
  return [k, author ? author[1] : end];
}

/** A phrase that names a place: "Nevada", "New Hampshire". */
const isPlace = (tokens: Token[], range: Range | null) => range !== null && PLACE_NAMES.has(tokens.slice(range[0], range[1] + 1).map((t) => t.lower).join(' '));

/** "Reflecting on the views of Democrats:", "Speaking to reporters:": a participle and its preposition, no name. */
const openingParticiple = (tokens: Token[], [first, last]: Range) =>
  first === last && tokens[first]!.lower.endsWith('ing') && /^(on|to|in|about|at|with|for|from|after|before)$/.test(tokens[first + 1]?.text ?? '');

/** A word "in …" can cite within the next few tokens: worth reading the phrase. */
function sourceWordNear(tokens: Token[], from: number, b: number): boolean {
  for (let k = from; k < Math.min(b, from + 9); k++) if (IN_SOURCES.has(tokens[k]!.lower)) return true;
  return false;
}

/** What one acts in keeping with, which "according to" does not cite: "according to plan", "according to the rules". */
const IN_KEEPING = new Set('way ways plan plans rules rule preference preferences tradition custom formula script design pattern wishes instructions'.split(' '));

/** What "in …" can cite: "in a new poll", "in the report", "in her words". */
const VIEWS = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement', 'words', 'telling', 'account', 'mind']);
const POLLS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** What a poll does to those it asks: "voters surveyed in…", "adults polled in…". */
const ASKED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'asked', 'sampled', 'contacted']);
/** Words of standing before "in … polls": "the leader in", "running third in", "ahead in". */
const STANDINGS = new Set('lead leads led leader leading ahead behind first second third fourth fifth sixth trails trailed trailing plunged dropped fell rose surged slipped tied narrowly margin margins'.split(' '));
/** A phrase that names one poll: by its maker, its date or its being new ("a Fox poll", "Monday's poll", "the latest survey"). */
function particular(tokens: Token[], [first, last]: Range): boolean {
  // (Up to its head: "the polls over Cruz in Indiana" names no poll.)
  const head = tokens.indexOf(headOf(tokens, first, last), first);
  for (let k = first; k <= head; k++) {
    const t = tokens[k]!;
    if (t.cap || t.lower === 'a' || t.lower === 'an' || isPossessiveNoun(t.lower) || /^(latest|recent|new|newest|last)$/.test(t.lower)) return true;
  }
  return false;
}
const IN_SOURCES = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'analysis', 'findings', ...VIEWS]);

/** A name, or a noun for people: someone who can hold a view ("To Frank", "To many voters"). */
function viewHolder(tokens: Token[], [first, last]: Range): boolean {
  // "To a person, they want…", "to a man": everyone, not someone's view.
  if (last === first + 1 && tokens[first]!.lower === 'a' && /^(person|man|woman|one)$/.test(tokens[last]!.lower)) return false;
  // ("…on training, to provide workers with skills": an infinitive, not whom it seems so to.)
  const opener = tokens[first]!;
  if (!opener.cap && !isDeterminer(opener) && !isSubjectPronoun(opener) && !/^(them|him|her|us|me|many|most|some|critics|supporters)$/.test(opener.lower) && !isPeopleNoun(opener.lower)) return false;
  const head = headOf(tokens, first, last);
  const lower = head.lower;
  if (head.cap) return !TIMES.has(lower) && !PLACE_NAMES.has(lower);
  return isPeopleNoun(lower);
}
