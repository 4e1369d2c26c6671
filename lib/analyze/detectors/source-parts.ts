/**
 * What a source phrase is made of, where it is more than one name: names joined by "and" ("Britain
 * and France"), a work's title in quotation marks with its author ("''The Trumps,'' by Gwenda Blair"),
 * whether a run of names is an organisation's, and the run of capitals that names the source.
 */
import { isSentenceStart, type Doc } from '../doc.ts';
import { ANONYMOUS, COMPANY_NAME_SET, isCommonNoun, isOrganizationNoun, ORGANIZATION_ENDINGS, ORGANIZATIONS, OUTLET_NAMES, PLACE_NAMES, TITLE_WORDS } from '../lexicon/words.ts';
import { headOf, isInitialStop, isSentenceAdverb, NAME_PARTICLES } from '../phrase.ts';
import { isCount, isDeterminer, isSubjectPronoun } from '../word-classes.ts';
import { isShouted, type Token } from '../tokens.ts';
import type { Range } from './cues.ts';

/**
 * The "and" that joins two names in a source phrase ("Britain and France", "Sen. John McCain of
 * Arizona and Sen. Lindsey Graham"), or -1. The "and" inside one name's run is not one.
 */
export function joiningAnd(tokens: Token[], [first, last]: Range, run: Range): number {
  for (let k = last - 1; k > first; k--) {
    // ("He and Rep. Bob Goodlatte": a pronoun is no name.)
    if (tokens[k]!.lower === 'and' && (k < run[0] || k > run[1]) && tokens[k - 1]!.cap && tokens[k + 1]!.cap && !isSubjectPronoun(tokens[k - 1])) return k;
  }
  return -1;
}

/** The last token of a work's title in quotation marks that the phrase is, by itself or with its author after "by": "''The Trumps,'' by Gwenda Blair". */
export function quotedWork(tokens: Token[], first: number, last: number): number {
  const q = tokens[first]!.quote;
  if (q < 0) return 0;
  let end = first;
  while (end < last && tokens[end + 1]!.quote === q) end++;
  // (The title is the whole quotation: '"PENCE: She will not…' is a label inside a longer one.)
  if (tokens[end + 1]?.quote === q) return 0;
  const rest = tokens.slice(end + 1, last + 1);
  return rest.length === 0 || rest.some((t) => t.lower === 'by') ? end : 0;
}

/** Whether an entity is two or more named sources speaking together. */
export const isJoint = (name: string) => name.includes(' and ');

/** The name run [start, end] names an organisation: an outlet, a word for a body, a place, an acronym or a brand, or a name after "the". */
export function isOrganization(tokens: Token[], [start, end]: Range, first: number): boolean {
  const words = tokens.slice(start, end + 1).map((t) => t.lower.replace(/['’]s$/, ''));
  // ("NBC Bay Area", "POLITICO Florida": an outlet in capitals names its stations and editions too; "CNN President" is a person.)
  const edition = words.length > 1 && OUTLET_NAMES.has(words[0]!) && isShouted(tokens[start]!) && !isCommonNoun(words.at(-1)!) && !TITLE_WORDS.has(words.at(-1)!);
  if (OUTLET_NAMES.has(words.join(' ')) || edition) return true;
  // "House Speaker Paul Ryan": a title with a name after it makes a person, whatever came before.
  const title = words.findIndex((w, k) => k > 0 && k < words.length - 1 && TITLE_WORDS.has(w));
  if (title > 0) return false;
  if (words.some((w) => ORGANIZATIONS.has(w)) || ORGANIZATION_ENDINGS.has(words.at(-1)!)) return true;
  const joined = words.length <= 3 ? words.join(' ') : '';
  if (PLACE_NAMES.has(joined) || COMPANY_NAME_SET.has(joined)) return true;
  // "NATO", "U.N.", "AT&T", "KING-TV": a name in capitals is an acronym. ("KATE BOLDUAN:", a speaker's
  // label in a transcript, is two words in capitals: a person.)
  const acronym = (t: Token) => /^\p{Lu}[\p{Lu}.&-]+$/u.test(t.text.replace(/['’]s$/, ''));
  if (tokens.slice(start, end + 1).every(acronym) && (end === start || tokens.slice(start, end + 1).some((t) => /[.&-]/.test(t.text)))) return true;
  // ("SkyJet", "YouGov": a capital inside one word marks a brand; "McCain", "DeSantis" are surnames.)
  if (start === end && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(tokens[start]!.text) && !/^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Vande|Vander|Von|Fitz)\p{Lu}/u.test(tokens[start]!.text)) return true;
  return start > first && tokens[start - 1]!.lower === 'the';
}

/** Words that join a body to an office rather than name it: "for the Bush White House". */
const INNER_WORDS = new Set(['for', 'at', 'from', 'with', 'the', 'under', 'in']);

/** The capitalised name at the end of a phrase, titles left off: "Dmitry Peskov" in "Kremlin spokesperson Dmitry Peskov". */
export function nameRun(doc: Doc, first: number, last: number): Range | null {
  const tokens = doc.tokens;
  const head = headOf(tokens, first, last);
  const end = tokens.indexOf(head, first);
  // "Secretary of State John Kerry", "former secretary of state Hillary Rodham Clinton": after a
  // title and what it is of, the person's name, in capitals to the phrase's end.
  if (TITLE_WORDS.has(head.lower) && tokens[end + 1]?.lower === 'of') {
    // ("a secretary of state for the Bush White House": not a body the office serves.)
    let from = last;
    while (from - 1 > end + 2 && tokens[from - 1]!.cap) from--;
    const office = tokens.slice(end + 2, from);
    const named = tokens[last]!.cap && !office.some((t) => INNER_WORDS.has(t.lower));
    // ("chairman of the Pirate Party": nor the body itself, with no name after it.)
    return last - from >= 1 && named && !isOrganization(tokens, [from, last], first) ? [from, last] : null;
  }
  if (!head.cap || isDeterminer(head)) return null;
  // "Economists believe…": a common noun capitalised only because it opens the sentence. ("Shares
  // of the company…": so is one before "of the", where a name would go on in capitals.)
  const ofThe = tokens[end + 1]?.lower === 'of' && isDeterminer(tokens[end + 2]) && !tokens[end + 2]!.cap;
  if (end === first && isSentenceStart(doc, first) && (isCommonNoun(head.lower) || ofThe)) return null;
  // ("Speaking in his own voice…", "Eagerly anticipated…": nor is a participle or an adverb there; "Boeing" is a company, "Beijing" a place.)
  if (end === first && isSentenceStart(doc, first) && (isSentenceAdverb(head) || (/[a-z]{3}ing$/.test(head.lower) && !COMPANY_NAME_SET.has(head.lower) && !PLACE_NAMES.has(head.lower)))) return null;
  // "Palestinians say", "Constitutionalists argue": a people or a movement in the plural is a group.
  if ((end === first || !tokens[end - 1]!.cap || isDeterminer(tokens[end - 1])) && /[a-z](ians|icans|mans|ists)$/.test(head.lower)) return null;
  // "amid Democrats claiming…", "Some Republicans": a party's members, capitalised anywhere, are a
  // group, not a name; so are they after a place or a word that opens the sentence ("Iowa
  // Republicans", "Most Democrats").
  const opener = (k: number) => k === first && isSentenceStart(doc, k) && (isCount(tokens[k]) || /^(most|more|fewer|half|only)$/.test(tokens[k]!.lower));
  const before = tokens[end - 1]!;
  if (head.lower.endsWith('s') && ANONYMOUS.has(head.lower) && (end === first || !before.cap || isDeterminer(before) || PLACE_NAMES.has(before.lower) || opener(end - 1))) return null;
  // ("Nine of 10 Republicans": a number is no name; "The Ohio Republican said": one member, described;
  // "the super PAC": a kind of committee set in capitals, after a word that is no name.)
  if (isCount(head) || head.lower === 'republican' || head.lower === 'democrat' || (/^pacs?$/.test(head.lower) && !before.cap)) return null;
  let start = end;
  while (start - 1 >= first) {
    const prev = tokens[start - 1]!;
    if (isDeterminer(prev)) break;
    // ("the 11th Circuit": an ordinal that opens the name.)
    // ("Ursula von der Leyen": particles, one after another, before the surname.)
    if (prev.cap || (NAME_PARTICLES.has(prev.lower) && (tokens[start]!.cap || NAME_PARTICLES.has(tokens[start]!.lower))) || (prev.kind === 'n' && /\d(st|nd|rd|th)$/.test(prev.lower))) start--;
    // ("West Yorkshire Fire and Rescue Service": "and" or "of" inside an organisation's name.)
    else if (/^(and|of|for|&)$/.test(prev.lower) && tokens[start - 2]?.cap && start - 2 >= first && isOrganizationNoun(head.lower)) start -= 2;
    else if (isInitialStop(tokens, start - 1) && start - 2 >= first) start -= 2;
    else break;
  }
  // "the Bank of England", "the Institute for Fiscal Studies": an organisation's name runs on
  // through "of" and "for" to the capitals after them.
  let stop = end;
  // ("the Centers for Disease Control and Prevention": "and" joins within the part after "for".)
  if (isOrganizationNoun(head.lower) || ORGANIZATION_ENDINGS.has(head.lower)) {
    // (Not "the Bank of England and Goldman Sachs": after "and", one word closing the name.)
    const closes = (k: number) => tokens[k + 1]?.lower !== 'and' || (stop > end && !tokens[k + 3]?.cap);
    while (stop + 2 <= last && /^(of|for|on|and)$/.test(tokens[stop + 1]!.lower) && tokens[stop + 2]!.cap && closes(stop)) {
      for (stop += 2; stop + 1 <= last && tokens[stop + 1]!.cap; ) stop++;
    }
  }
  // "House Speaker Paul Ryan": the name starts after the last title.
  for (let k = end - 1; k >= start; k--) {
    if (TITLE_WORDS.has(tokens[k]!.lower.replace(/\.$/, ''))) {
      start = k + 1;
      break;
    }
  }
  return [start, stop];
}
