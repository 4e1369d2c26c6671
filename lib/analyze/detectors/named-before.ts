/**
 * People, groups and bodies the text names before a point, for a surname, "he", "they" or "the
 * company" to refer to: "Yusuf" after "Amina Yusuf", "she" after "Jane Smith met…", "they" after
 * "Residents were angry", "the ONS" after "the Office for National Statistics"; and, for a name
 * cited alone before any full name, the one person named in full with it later.
 */
import { tokenAt, type Doc } from '../doc.ts';
import type { SourceType } from '../types.ts';
import { ANONYMOUS, COMPANY_NAME_SET, isCommonNoun, ORGANIZATION_ENDINGS, ORGANIZATIONS, PLACE_NAMES, PLACE_WORDS, ROLES, TIMES, TITLE_WORDS } from '../lexicon/words.ts';
import { NAME_PARTICLES, phraseEndingAt } from '../phrase.ts';
import { isClauseWord, isDeterminer } from '../word-classes.ts';
import { isPunct, type Token } from '../tokens.ts';
import type { Range } from './cues.ts';
import { capitalsOf, type GenderMemory } from './gender.ts';
import { isJoint } from './source-parts.ts';

/** "When Amina Yusuf", "The Smith": past a capitalised word that only opens the sentence. */
function pastOpeningWords(tokens: Token[], start: number, end: number): number {
  while (start < end && (isClauseWord(tokens[start]) || isDeterminer(tokens[start]))) start++;
  return start;
}

/** "Huffington Post's Scott Conroy", "Colorado's Kendal Unruh": the name after whose the person is. */
function pastPossessor(tokens: Token[], start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) if (/['’]s$/.test(tokens[k]!.lower)) return k + 1;
  return start;
}

/**
 * The full name ending in `surname` that the text gives before token `at` ("Amina Yusuf" for
 * "Yusuf"), looked for among the surname's capitalised mentions, not word by word.
 */
export function fullNameBefore(doc: Doc, at: number, surname: string, memory: GenderMemory): string | null {
  const tokens = doc.tokens;
  const lower = surname.toLowerCase();
  const mentions = capitalsOf(doc, memory).get(lower) ?? [];
  for (let m = mentions.length - 1; m >= 0; m--) {
    const end = mentions[m]!;
    if (end >= at || end === 0 || (tokens[end]!.lower !== lower && tokens[end]!.lower !== lower + "'s" && tokens[end]!.lower !== lower + '’s')) continue;
    let start = end;
    // (A name never runs back into the sentence before: "…, 911 Call Shows" heading the text.)
    const sentence = doc.tokenSentence[end];
    while (start - 1 >= 0 && doc.tokenSentence[start - 1] === sentence && tokens[start - 1]!.cap && tokens[start - 1]!.kind === 'w' && !TITLE_WORDS.has(tokens[start - 1]!.lower.replace(/\.$/, ''))) start--;
    start = pastPossessor(tokens, pastOpeningWords(tokens, start, end), end);
    const words = tokens.slice(start, end + 1).map((t) => t.lower.replace(/['’]s$/, ''));
    if (end > start && !words.some((w) => ORGANIZATIONS.has(w) || PLACE_NAMES.has(w) || isCommonNoun(w) || TIMES.has(w))) {
      return doc.text.slice(tokens[start]!.start, tokens[end]!.end).replace(/['’]s$/, '');
    }
  }
  return null;
}

/**
 * The nearest person named in full ("Jane Smith") in the few sentences before token `at`, when
 * nearer than `after`: the referent of "he" or "she" even when that person was not yet a source.
 */
export function lastNamedPerson(doc: Doc, at: number, after: number): { name: string; start: number } | null {
  const tokens = doc.tokens;
  const floor = Math.max(0, at - 80);
  for (let end = at - 1; end > floor && tokens[end]!.start > after; end--) {
    if (!tokens[end]!.cap || tokens[end]!.kind !== 'w') continue;
    let start = end;
    // ("Virgil van Dijk": a particle inside a name.)
    while (start - 1 >= floor && doc.tokenSentence[start - 1] === doc.tokenSentence[end] && tokens[start - 1]!.kind === 'w' && (tokens[start - 1]!.cap || (NAME_PARTICLES.has(tokens[start - 1]!.lower) && tokens[start - 2]?.cap === true))) start--;
    while (start < end && TITLE_WORDS.has(tokens[start]!.lower.replace(/\.$/, ''))) start++;
    start = pastPossessor(tokens, pastOpeningWords(tokens, start, end), end);
    // ("the European Council's president": a name in the possessive is read without its -'s.)
    const words = tokens.slice(start, end + 1).map((t) => t.lower.replace(/['’]s$/, ''));
    // ("a fund manager at Delta Capital": a name after "at", or with an organisation's ending, is a body's.)
    const looksLikePerson =
      end > start && !words.some((w) => ORGANIZATIONS.has(w) || PLACE_NAMES.has(w) || isCommonNoun(w) || TIMES.has(w)) && !PLACE_WORDS.has(words.at(-1)!) && !ORGANIZATION_ENDINGS.has(words.at(-1)!) && tokens[start - 1]?.lower !== 'at';
    if (looksLikePerson) return { name: doc.text.slice(tokens[start]!.start, tokens[end]!.end).replace(/['’]s$/, ''), start: tokens[start]!.start };
    end = start;
  }
  return null;
}

/**
 * The person named first in the sentence before token `at`, as its subject, when that is someone
 * other than `named`, the last person named before `at`: "Angela Merkel met Emmanuel Macron."
 */
export function subjectNamedBefore(doc: Doc, at: number, named: { name: string; start: number }, after: number): { name: string; start: number } | null {
  const s = doc.tokenSentence[at]!;
  if (s === 0) return null;
  const [a] = doc.sentenceTokens[s - 1]!;
  const opens = doc.tokens[a]!.start;
  if (named.start <= opens) return null;
  for (let earlier = lastNamedPerson(doc, tokenAt(doc.tokens, named.start), after); earlier && earlier.start >= opens; earlier = lastNamedPerson(doc, tokenAt(doc.tokens, earlier.start), after)) {
    // (Only capitals, a title and the name, before it: "Chancellor Angela Merkel met…".)
    const first = tokenAt(doc.tokens, earlier.start);
    if (doc.tokens.slice(a, first).every((t) => t.cap || t.kind === 'p')) return earlier.name === named.name ? null : earlier;
  }
  return null;
}

/** The nearest plural noun for people or groups in the sentence or two before token `at`. */
export function lastNamedGroup(doc: Doc, at: number): Range | null {
  const tokens = doc.tokens;
  const floor = Math.max(0, at - 40);
  for (let k = at - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'w' || t.quote >= 0 || !t.lower.endsWith('s')) continue;
    if (ANONYMOUS.has(t.lower) || ORGANIZATIONS.has(t.lower) || ROLES.has(t.lower.slice(0, -1))) return phraseEndingAt(tokens, k, floor);
  }
  return null;
}

/** The office a title or role names: "Rep." and "congressman" are one, "Gov." and "governor" another. */
const OFFICES = new Map([
  ['gov', 'governor'], ['governor', 'governor'],
  ['sen', 'senator'], ['senator', 'senator'],
  ['rep', 'representative'], ['representative', 'representative'], ['congressman', 'representative'], ['congresswoman', 'representative'],
  ['mayor', 'mayor'], ['president', 'president'], ['judge', 'judge'], ['justice', 'justice'],
  ...'ambassador chancellor coach director executive manager minister prosecutor secretary'.split(' ').map((w) => [w, w] as const),
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chair', 'chair'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesperson', 'spokesperson'],
]);

/**
 * Whether a role ("the governor") can describe the person named `name`: not when the text gives
 * them another office before their name ("Rep. Alan Whitfield" is no governor), or describes them
 * by another occupation after it ("Rosa Delgado, a retired teacher" is no mayor).
 */
export function officeFits(doc: Doc, name: string, role: string, memory: GenderMemory): boolean {
  const office = OFFICES.get(role);
  if (!office) return true;
  const { held, described } = officesOf(doc, name, memory);
  if (held.size > 0) return held.has(office);
  return described.size === 0 || described.has(office);
}

/** The offices and occupations the text gives the person named `name`, read once per name. */
function officesOf(doc: Doc, name: string, memory: GenderMemory): { held: Set<string>; described: Set<string> } {
  const known = memory.offices.get(name);
  if (known) return known;
  // (The title right before a mention of the name: "Sen. Bernie Sanders", "Sen. Sanders".)
  const words = name.toLowerCase().split(/\s+/);
  const capitals = capitalsOf(doc, memory);
  const read = { held: new Set<string>(), described: new Set<string>() };
  for (const k of [...(capitals.get(words[0]!) ?? []), ...(capitals.get(words.at(-1)!) ?? [])]) {
    const title = OFFICES.get(doc.tokens[k - 1]?.lower.replace(/\.$/, '') ?? '');
    if (title) read.held.add(title);
    const noun = appositiveRole(doc.tokens, k) ?? roleBefore(doc.tokens, k);
    if (noun) read.described.add(OFFICES.get(noun) ?? noun);
  }
  memory.offices.set(name, read);
  return read;
}

/** "the union's general secretary, Sarah Okafor": the occupation an appositive right before token k gives. */
const roleBefore = (tokens: Token[], k: number) => (isPunct(tokens[k - 1], ',') && ROLES.has(tokens[k - 2]?.lower ?? '') && !tokens[k - 2]!.cap ? tokens[k - 2]!.lower : null);

/** "…, a retired teacher": the occupation an appositive right after token k gives (not a party: "a Democrat"). */
function appositiveRole(tokens: Token[], k: number): string | null {
  if (!isPunct(tokens[k + 1], ',') || !/^(a|an|the)$/.test(tokens[k + 2]?.lower ?? '')) return null;
  // ("…, the executive director of…": the last such word before any preposition is the office.)
  let role: string | null = null;
  for (let m = k + 3; m < k + 7 && tokens[m]?.kind === 'w' && !/^(of|for|at|in|with|to)$/.test(tokens[m]!.lower); m++) {
    const w = tokens[m]!.lower;
    if (ROLES.has(w) && !tokens[m]!.cap) role = w;
  }
  return role;
}

/** The person named in full earlier whose name ends with this surname. */
export function surnameOwner(doc: Doc, surname: string): number {
  for (let id = doc.sources.length - 1; id >= 0; id--) {
    const s = doc.sources[id]!;
    if (s.type === 'person' && s.name !== surname && s.name.endsWith(' ' + surname) && !isJoint(s.name)) return id;
  }
  return -1;
}

/**
 * The organisation already cited whose name this one word opens ("Halcyon" for "Halcyon Motors"),
 * or -1; the rest of the name is capitalised too ("Cleveland police" is no name for Cleveland).
 */
export function shortNameOwner(doc: Doc, word: string): number {
  const rest = (name: string) => name.charAt(word.length + 1);
  return doc.sources.findLastIndex((s) => s.type === 'organization' && s.name.startsWith(word + ' ') && rest(s.name) !== rest(s.name).toLowerCase() && !isJoint(s.name));
}

/** The source of this type last cited whose name holds this head noun ("a state report released Thursday" for "the report"), or -1. */
export function citedBefore(doc: Doc, head: string, type: SourceType): number {
  const word = head.replace(/[^a-z]/g, '');
  return doc.sources.findLastIndex((s) => s.type === type && s.name.toLowerCase().split(/\s/).includes(word));
}

/**
 * The organisation already cited whose name these capitals abbreviate ("ONS" for "Office for
 * National Statistics", "the FDA" for "the Food and Drug Administration"), or -1: the initials of
 * its capitalised words, in order.
 */
export function acronymOwner(doc: Doc, acronym: string): number {
  if (acronym.length < 2 || acronym.length > 6) return -1;
  return doc.sources.findLastIndex((s) => s.type === 'organization' && s.name !== acronym && initials(s.name) === acronym);
}

const initials = (name: string) => (name.match(/\b\p{Lu}/gu) ?? []).join('');

/** The first word of the capitalised name ending at token k, past no possessive or determiner ("Nigeria's Health Ministry" → "Health"). */
function nameStart(tokens: Token[], k: number): number {
  let start = k;
  while (start - 1 >= 0 && tokens[start - 1]!.cap && tokens[start - 1]!.kind === 'w' && !/['’]s$/.test(tokens[start - 1]!.lower) && !isDeterminer(tokens[start - 1])) start--;
  return start;
}

/** Nouns any business is called by on second mention ("the company"), and nouns for one kind of business ("the carmaker"). */
const BUSINESS_HEADS = new Set(['company', 'firm', 'startup', 'conglomerate']);
const TRADE_HEADS = new Set(['carmaker', 'automaker', 'retailer', 'airline', 'insurer', 'manufacturer', 'chipmaker', 'lender']);
/** The last word of a business's full name: "Acme Corp.", "Orvane Holdings". */
const BUSINESS_ENDINGS = /^(inc|corp|co|ltd|llc|plc|ag|sa|holdings|industries|motors|technologies|systems|services|logistics|partners|airlines|pharmaceuticals)\.?$/;

/**
 * The company the text last names in the few sentences before token `at` ("Tesla shares jumped…
 * the company reported"), for "the company" when no body was cited yet: a name listed as a
 * company, or a capitalised run ending in "Inc.", "Corp." and the like. A noun for one trade ("the
 * carmaker") is read so only when no other company is named there, for it may be any of them.
 */
export function lastNamedCompany(doc: Doc, at: number, head: string): string | null {
  const trade = TRADE_HEADS.has(head);
  if (!trade && !BUSINESS_HEADS.has(head)) return null;
  const tokens = doc.tokens;
  const named = new Set<string>();
  let nearest: string | null = null;
  for (let k = at - 1; k >= Math.max(0, at - 120); k--) {
    const t = tokens[k]!;
    if (!t.cap || t.kind !== 'w') continue;
    const word = t.lower.replace(/['’]s$/, '');
    let name: string | null = null;
    // ("according to his Facebook profile": a name that modifies a thing names no company here.)
    const modifier = tokens[k + 1]?.kind === 'w' && !tokens[k + 1]!.cap && isCommonNoun(tokens[k + 1]!.lower);
    if (COMPANY_NAME_SET.has(word) && !modifier) name = t.text.replace(/['’]s$/, '');
    else if (BUSINESS_ENDINGS.test(word) && tokens[k - 1]?.cap) name = doc.text.slice(tokens[nameStart(tokens, k)]!.start, t.end).replace(/['’]s$/, '');
    if (name === null) continue;
    nearest ??= name;
    named.add(name.toLowerCase());
    if (!trade) break;
  }
  return trade && named.size > 1 ? null : nearest;
}

/** Words that end the names of bodies a text calls "the agency": "the World Health Organization", "the Food and Drug Administration". */
const AGENCY_NAMES = new Set(['agency', 'organization', 'organisation', 'administration', 'bureau', 'authority', 'commission', 'service']);

/**
 * The body the text last names by this noun in capitals before token `at`: "the ministry" for
 * "Nigeria's Health Ministry", "the commission" for "the European Commission", "the department" for
 * "the Department of Labor", "the agency" for "the World Health Organization"; null when none is named.
 */
export function lastNamedBody(doc: Doc, at: number, head: string): string | null {
  const tokens = doc.tokens;
  const names = (w: string) => (head === 'agency' ? AGENCY_NAMES.has(w) : w === head);
  for (let k = at - 1; k >= Math.max(0, at - 150); k--) {
    const t = tokens[k]!;
    // ("AUSTRALIAN OLYMPIC TEAM": a line in capitals names nothing.)
    if (!t.cap || !names(t.lower) || t.text === t.text.toUpperCase()) continue;
    const start = nameStart(tokens, k);
    let end = k;
    while (/^(of|for)$/.test(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.cap) for (end += 2; tokens[end + 1]?.cap && tokens[end + 1]!.kind === 'w'; ) end++;
    // (A lone capital that opens its sentence is the noun itself: "Agency staff said…".)
    if (start === k && end === k) continue;
    return doc.text.slice(tokens[start]!.start, tokens[end]!.end);
  }
  return null;
}

/**
 * "Trump Says He Will Win… Donald Trump said": a name cited alone before the full name is given
 * refers to the one person the text names in full with it (not when two share it: "Bill Clinton",
 * "Hillary Clinton"). Its entity is folded into the full name's, and the ids after it close up.
 */
export function foldLoneNames(doc: Doc): void {
  // (By the last word or the first, "Xi Says…" before "Xi Jinping said" too.)
  const byEndWord = new Map<string, Set<number>>();
  doc.sources.forEach((e, id) => {
    if (e.type !== 'person' || !e.name.includes(' ') || isJoint(e.name)) return;
    for (const word of [e.name.slice(e.name.lastIndexOf(' ') + 1), e.name.slice(0, e.name.indexOf(' '))]) byEndWord.set(word, (byEndWord.get(word) ?? new Set()).add(id));
  });
  const into = new Map<number, number>();
  doc.sources.forEach((e, id) => {
    const full = e.type === 'person' && !e.name.includes(' ') ? byEndWord.get(e.name) : undefined;
    if (full?.size === 1) into.set(id, [...full][0]!);
  });
  if (into.size === 0) return;
  for (const [id, owner] of into) {
    const from = doc.sources[id]!;
    const to = doc.sources[owner]!;
    to.mentions.push(...from.mentions);
    to.mentions.sort((x, y) => x.start - y.start);
    to.attributions.push(...from.attributions);
    to.attributions.sort((x, y) => x - y);
  }
  const renumbered: number[] = [];
  let next = 0;
  doc.sources.forEach((_, id) => (renumbered[id] = into.has(id) ? -1 : next++));
  for (const at of doc.attributions) if (at.sourceId !== null) at.sourceId = renumbered[into.get(at.sourceId) ?? at.sourceId]!;
  doc.sources = doc.sources.filter((_, id) => !into.has(id));
}
