/**
 * Who each source phrase is: its type, its canonical name, and the entity it refers to.
 * Surnames resolve to the full name first given ("Peskov" → "Dmitry Peskov"), pronouns and
 * definite descriptions ("the veteran Kremlin communications expert") to the person last named.
 */
import { isSentenceStart, tokenAt, type Doc } from '../doc.ts';
import { DOCUMENTS, isOrganizationNoun, isPeopleNoun, OUTLET_NAMES, ROLES } from '../lexicon/words.ts';
import { headOf, NAME_PARTICLES, phraseEndingAt, withoutBracket } from '../phrase.ts';
import { isDeterminer, uncontracted } from '../word-classes.ts';
import { isPunct, isShouted } from '../tokens.ts';
import { firstIndex } from '../search.ts';
import type { Attribution, SourceType } from '../types.ts';
import type { Range } from './cues.ts';
import { personGender, pronounGender, wordGender } from './gender.ts';
import { firstNameOwner, lastOfGender, newRecent, type Recent } from './source-memory.ts';
import { acronymOwner, citedBefore, foldLoneNames, fullNameBefore, lastNamedBody, lastNamedCompany, lastNamedGroup, lastNamedPerson, officeFits, shortNameOwner, subjectNamedBefore, surnameOwner } from './named-before.ts';
import { isJoint, isOrganization, joiningAnd, nameRun, quotedWork } from './source-parts.ts';
import { headIs, PEOPLE, ROLE } from './plausible.ts';

interface Described {
  type: SourceType;
  name: string;
  /** For a pronoun or description: the entity it refers to, when known. */
  refersTo?: number;
}

export function resolveSources(doc: Doc, ranges: (Range | null)[]): void {
  const byKey = new Map<string, number>();
  const recent = newRecent();
  doc.attributions.forEach((attribution, k) => {
    const range = ranges[k];
    if (!range || !attribution.source) return;
    const d = describe(doc, range, recent, byKey);
    attribution.sourceType = d.type;
    const id = d.refersTo ?? entityFor(doc, byKey, d.type, d.name);
    const entity = doc.sources[id]!;
    entity.mentions.push(attribution.source);
    entity.attributions.push(k);
    attribution.sourceId = id;
    if (entity.type === 'person' && !isJoint(entity.name)) {
      recent.person = id;
      recent.personAt = attribution.source.start;
      recent.saidEnd = attribution.content?.end ?? -1;
    }
    else if (entity.type !== 'document' && entity.type !== 'pronoun') {
      recent.group = id;
      recent.groupAt = attribution.source.start;
      recent.groupEnd = attribution.source.end;
      recent.groupSaidEnd = Math.max(attribution.source.end, attribution.content?.end ?? -1);
      recent.groupHead = headOf(doc.tokens, range[0], withoutBracket(doc.tokens, range[0], range[1])).lower;
    }
    if (entity.type === 'organization' || entity.type === 'document') recent.thing = id;
    if (entity.type === 'anonymous' && /^the$/i.test(doc.tokens[range[0]]!.text) && ROLES.has(headOf(doc.tokens, range[0], range[1]).lower)) {
      recent.role = id;
      recent.roleAt = attribution.source.start;
    }
  });
  foldLoneNames(doc);
}

function describe(doc: Doc, [first, last]: Range, recent: Recent, byKey: Map<string, number>): Described {
  const { tokens, text } = doc;
  if (first === last) {
    const pronoun = pronounReferent(doc, first, recent, byKey);
    if (pronoun) return pronoun;
  }
  const title = quotedWork(tokens, first, last);
  if (title) return { type: 'document', name: text.slice(tokens[first]!.start, tokens[title]!.end).replace(/[,.;:]+$/, '') };
  const run = nameRun(doc, first, withoutBracket(tokens, first, last));
  // "Britain and France", "Donald Trump and Ted Cruz": names joined by "and" speak as one source,
  // of the kind the last one is. (The "and" of "Fire and Rescue Service" is inside one name.)
  const named = withoutBracket(tokens, first, last);
  const and = run ? joiningAnd(tokens, [first, named], run) : -1;
  if (and >= 0 && nameRun(doc, first, and - 1)) {
    // (An organisation with a person is a joint organisation: "the Bank of England and Goldman Sachs".)
    const types = [describe(doc, [first, and - 1], recent, byKey).type, describe(doc, [and + 1, named], recent, byKey).type];
    const phrase = text.slice(tokens[first]!.start, tokens[named]!.end);
    return { type: types.includes('organization') ? 'organization' : types[1]!, name: /^the$/i.test(tokens[first]!.text) ? phrase.slice(4) : phrase };
  }
  if (run) {
    const name = text.slice(tokens[run[0]]!.start, tokens[run[1]]!.end).replace(/['’]s$/, '');
    // ("the advocacy group Quiet Communities": the name of what the noun before it is.)
    // ("The manufacturer, Pharmagen, has said": or the noun its appositive follows.)
    // ("The Office for National Statistics said… the ONS said": the body, by its initials.)
    const abbreviated = run[0] === run[1] && isShouted(tokens[run[0]]) ? acronymOwner(doc, name) : -1;
    if (abbreviated >= 0) return { type: 'organization', name, refersTo: abbreviated };
    const kind = isPunct(tokens[run[0] - 1], ',') && run[0] === first ? tokens[run[0] - 2] : tokens[run[0] - 1];
    if (isOrganization(tokens, run, first) || (kind !== undefined && (run[0] > first || kind !== tokens[run[0] - 1]) && !kind.cap && isOrganizationNoun(kind.lower) && tokens[run[0] - 2]?.lower !== 'of')) return { type: 'organization', name };
    // ("Ursula von der Leyen… Von der Leyen added": a surname with its particles, capitalised to open the sentence.)
    if (run[0] < run[1] && NAME_PARTICLES.has(tokens[run[0]]!.lower)) {
      const full = surnameOwner(doc, name.charAt(0).toLowerCase() + name.slice(1));
      if (full >= 0) return { type: 'person', name, refersTo: full };
    }
    if (run[0] === run[1]) {
      const full = surnameOwner(doc, name);
      if (full >= 0) return { type: 'person', name, refersTo: full };
      // "When Amina Yusuf opened her bakery… Yusuf credits her regulars": named before she spoke.
      const named = fullNameBefore(doc, run[0], name, recent.genders);
      if (named) return { type: 'person', name, refersTo: entityFor(doc, byKey, 'person', named) };
      // ("Xi Jinping… Xi said", "Hillary Clinton… Hillary said": the one person named in full whose name opens with it.)
      const given = firstNameOwner(doc, recent, name);
      if (given >= 0) return { type: 'person', name, refersTo: given };
      // ("The carmaker Halcyon Motors said… Halcyon expects": the body by the first word of its name.)
      const body = shortNameOwner(doc, name);
      if (body >= 0) return { type: 'organization', name, refersTo: body };
      // "According to Opta", "per Gallup": a single name no one was first named by is a body's.
      const cited = (tokens[first - 1]?.lower === 'to' && tokens[first - 2]?.lower === 'according') || tokens[first - 1]?.lower === 'per';
      if (cited && first === run[0]) return { type: 'organization', name };
    }
    return { type: 'person', name };
  }
  const headToken = headOf(tokens, first, withoutBracket(tokens, first, last));
  const head = headToken.lower.replace(/['’]s$/, '');
  const phrase = text.slice(tokens[first]!.start, tokens[last]!.end);
  const name = isDeterminer(tokens[first]) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
  // "party figures", "GOP figures" are people; "the figures" are numbers.
  const people = head === 'figures' && /^(party|political|public|establishment|opposition|senior|prominent|key|leading|gop|democratic|republican|conservative|liberal)$/.test(tokens[tokens.indexOf(headToken, first) - 1]?.lower ?? '');
  const opener = tokens[first]!.lower;
  const definite = opener === 'the' || opener === 'this' || opener === 'that';
  // ("a state report released Thursday… The report estimated": the document already cited.)
  // ("The transit agency says… the agency warned": so is the body already named.)
  const again = (type: SourceType) => (definite && first + 1 === tokens.indexOf(headToken, first) ? citedBefore(doc, head, type) : -1);
  const as = (type: SourceType, id: number): Described => (id >= 0 ? { type, name, refersTo: id } : { type, name });
  if (DOCUMENTS.has(head) && !people) return as('document', again('document'));
  // ("Tesla shares jumped… the carmaker reported", "the Labor Department… the department": or the body named, not yet a source.)
  if (isOrganizationNoun(head) || OUTLET_NAMES.has(head)) {
    const company = definite && first + 1 === tokens.indexOf(headToken, first) ? (lastNamedCompany(doc, first, head) ?? lastNamedBody(doc, first, head)) : null;
    const cited = again('organization');
    return as('organization', cited < 0 && company ? entityFor(doc, byKey, 'organization', company) : cited);
  }
  // "the veteran Kremlin communications expert", "the 38-year-old": the person last named.
  const role = ROLES.has(head) || /^\d+-year-old$/.test(head);
  // (Not someone the text gives another office: "Rep. Alan Whitfield… The governor has defended".)
  // ("the former congressman" may now hold another office.)
  const fits = (person: string) => officeFits(doc, person, head, recent.genders) || /\bformer\b/i.test(name);
  if (role && definite && recent.person >= 0 && fits(doc.sources[recent.person]!.name)) return { type: 'person', name, refersTo: recent.person };
  if (role && definite && recent.person < 0) {
    const named = lastNamedPerson(doc, first, -1)?.name;
    if (named && fits(named)) return { type: 'person', name, refersTo: entityFor(doc, byKey, 'person', named) };
  }
  // ("two people familiar with the talks said… the people said": the group already cited.)
  return as('anonymous', isPeopleNoun(head) && !headToken.cap && head !== 'one' ? again('anonymous') : -1);
}

const sameParagraph = (doc: Doc, from: number, to: number) => !doc.text.slice(from, to).includes('\n');
/** A capitalised word from offset `from` to token `at`, outside quotes and past each sentence's first: someone may be named there. */
function namedSince(doc: Doc, from: number, at: number): boolean {
  for (let k = tokenAt(doc.tokens, from); k < at; k++) if (doc.tokens[k]!.cap && doc.tokens[k]!.quote < 0 && !isSentenceStart(doc, k)) return true;
  return false;
}

function pronounReferent(doc: Doc, at: number, recent: Recent, byKey: Map<string, number>): Described | null {
  const t = doc.tokens[at]!;
  const pronoun = uncontracted(t.lower);
  const base = { type: 'pronoun' as const, name: pronoun === 'i' ? 'I' : pronoun };
  switch (pronoun) {
    case 'he':
    case 'she':
    case 'his':
    case 'him':
    case 'her': {
      // ("A spokesperson for the department said… “…,” she said": the one unnamed person who spoke
      // last in the paragraph, after what they said, with no one named since.)
      const unnamedSpoke = recent.groupAt > recent.personAt && ROLES.has(recent.groupHead) && [null, pronounGender(pronoun)].includes(wordGender(recent.groupHead));
      if (unnamedSpoke && t.start >= recent.groupSaidEnd && sameParagraph(doc, recent.groupAt, t.start) && !namedSince(doc, recent.groupEnd, at)) return { ...base, refersTo: recent.group };
      // ("A Norvatek spokeswoman declined to comment on what she called…": else an unnamed one of that gender.)
      const person = personReferent(doc, at, pronoun, recent, byKey);
      const unnamed = recent.group >= 0 && wordGender(doc.sources[recent.group]!.name.split(/\s+/).at(-1)!.toLowerCase()) === pronounGender(pronoun) ? recent.group : -1;
      return person >= 0 || unnamed >= 0 ? { ...base, refersTo: person >= 0 ? person : unnamed } : base;
    }
    case 'they':
    case 'them':
    case 'their': {
      if (recent.group >= 0) return { ...base, refersTo: recent.group };
      // "Residents were angry. They said…": a group named just before, though not yet a source.
      const group = lastNamedGroup(doc, at);
      if (!group) return base;
      const d = describe(doc, group, recent, byKey);
      return { ...base, refersTo: d.refersTo ?? entityFor(doc, byKey, d.type, d.name) };
    }
    case 'it':
    case 'its':
      return recent.thing >= 0 ? { ...base, refersTo: recent.thing } : base;
    case 'who':
    case 'which':
    case 'that': {
      // "Peskov, who …", "the resolution which said…", "a message that said…": the phrase before it, past a comma.
      // ("Smith — who has denied it — said": so past a dash or a bracket.)
      const comma = isPunct(doc.tokens[at - 1], ',—–(');
      // ("Claire McCaskill (D-Mo.), who…": past a bracket after the name.)
      let end = comma ? at - 2 : at - 1;
      if (isPunct(doc.tokens[end], ')')) {
        let k = end - 1;
        while (k > 0 && end - k < 10 && !isPunct(doc.tokens[k], '(')) k--;
        if (isPunct(doc.tokens[k], '(')) end = k - 1;
      }
      let np = phraseEndingAt(doc.tokens, end, Math.max(0, at - 14));
      // The antecedent is the nearest noun: "voted for the resolution which said", "Clinton
      // released the report, which showed".
      // ("according to two people briefed on the plan, who asked…": the source just named.)
      const named = comma ? sourceEndingAt(doc, doc.tokens[at - 2]!.end, doc.tokenSentence[at]!) : undefined;
      if (named) return { ...base, refersTo: named.sourceId! };
      // ("A spokeswoman for the department, who declined…": "who" is the person the phrase is headed by,
      // so the determiner is looked for before that head, not before the department.)
      if (np) {
        const head = headOf(doc.tokens, np[0], np[1]);
        const person = pronoun === 'who' && headIs(doc.tokens, np, PEOPLE | ROLE);
        for (let k = person ? doc.tokens.indexOf(head, np[0]) - 1 : np[1] - 1; k > np[0]; k--) {
          if (isDeterminer(doc.tokens[k])) {
            np = [k, np[1]];
            break;
          }
        }
      }
      if (!np) return base;
      const d = describe(doc, np, recent, byKey);
      return { ...base, refersTo: d.refersTo ?? entityFor(doc, byKey, d.type, d.name) };
    }
    case 'i':
    case 'we':
    case 'you':
      return base;
    default:
      return null;
  }
}

/**
 * The person "he" or "she" at token `at` stands for, or -1: the person named last, unless named
 * only in what the last speaker said ("Guardiola said Haaland … “…,” he added": the speaker); never
 * one the text gives the other gender ("Mr. Daley", "spokesman Dmitry Peskov"), but the speaker,
 * someone named before, or the last source the text gives this gender.
 */
function personReferent(doc: Doc, at: number, pronoun: string, recent: Recent, byKey: Map<string, number>): number {
  const want = pronounGender(pronoun);
  // ("The governor has defended the plan… she argued": the person a role described since anyone was named.)
  const role = recent.role >= 0 ? doc.sources[recent.role]!.name.split(/\s+/).at(-1)! : '';
  if (role && recent.roleAt > recent.personAt && !lastNamedPerson(doc, at, recent.roleAt) && [null, want].includes(wordGender(role))) return recent.role;
  const fits = (name: string) => [null, want].includes(personGender(doc, name, recent.genders));
  const speakerFits = recent.person >= 0 && fits(doc.sources[recent.person]!.name);
  let named = lastNamedPerson(doc, at, recent.personAt);
  // ("Angela Merkel met Emmanuel Macron. She said…": opening its sentence, the subject of the one before.)
  const subject = named && isSentenceStart(doc, at) && subjectNamedBefore(doc, at, named, recent.personAt);
  if (subject && fits(subject.name)) return entityFor(doc, byKey, 'person', subject.name);
  if (named && fits(named.name) && (!(recent.person >= 0 && named.start < recent.saidEnd) || !speakerFits)) return entityFor(doc, byKey, 'person', named.name);
  if (speakerFits) return recent.person;
  for (let tries = 0; named && tries < 3; tries++) {
    named = lastNamedPerson(doc, tokenAt(doc.tokens, named.start), recent.personAt);
    if (named && fits(named.name)) return entityFor(doc, byKey, 'person', named.name);
  }
  return lastOfGender(doc, recent, want);
}

/** The last attribution of sentence s whose source, already resolved, ends at this offset. */
function sourceEndingAt(doc: Doc, end: number, s: number): Attribution | undefined {
  const all = doc.attributions;
  // (Attributions run in the order of their sentences: only this one's are read.)
  for (let k = firstIndex(all.length, (i) => all[i]!.sentence > s) - 1; k >= 0 && all[k]!.sentence === s; k--) if (all[k]!.source?.end === end && all[k]!.sourceId !== null) return all[k];
  return undefined;
}

/** The entity of this type and name, made on first mention. */
function entityFor(doc: Doc, byKey: Map<string, number>, type: SourceType, name: string): number {
  const key = `${type}:${name.toLowerCase()}`;
  let id = byKey.get(key);
  if (id === undefined) {
    id = doc.sources.length;
    doc.sources.push({ name, type, mentions: [], attributions: [] });
    byKey.set(key, id);
  }
  return id;
}
