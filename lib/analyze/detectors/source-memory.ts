/**
 * What resolving sources remembers as it reads the attributions in order: the person, group, thing
 * and role cited last, for pronouns and descriptions to refer to, and indexes over the sources made
 * so far that go on from where they were last read, so that no look-up reads every source again.
 */
import type { Doc } from '../doc.ts';
import { genderMemory, personGender, type Gender, type GenderMemory } from './gender.ts';
import { isJoint } from './source-parts.ts';

export interface Recent {
  person: number;
  /** Where the person last attributed was last mentioned. */
  personAt: number;
  /** Where what that person said ends: a name before it was part of what they said. */
  saidEnd: number;
  group: number;
  /** Where the group last attributed was mentioned, where that mention and what it said end, and its head word ("spokesperson", "officials"). */
  groupAt: number;
  groupEnd: number;
  groupSaidEnd: number;
  groupHead: string;
  thing: number;
  /** The last person described by a role alone ("The governor has defended…"), and where. */
  role: number;
  roleAt: number;
  /** What the text says of each person's gender, read once per name. */
  genders: GenderMemory;
  /** The last person source of each gender, among the sources read up to `upTo`. */
  byGender: { upTo: number; male: number; female: number };
  /** Each first word of a person's full name, with its one owner (-1 for several), among the sources read up to `upTo`. */
  firstWords: { upTo: number; byWord: Map<string, number> };
}

export const newRecent = (): Recent => ({
  person: -1,
  personAt: -1,
  saidEnd: -1,
  group: -1,
  groupAt: -1,
  groupEnd: -1,
  groupSaidEnd: -1,
  groupHead: '',
  thing: -1,
  role: -1,
  roleAt: -1,
  genders: genderMemory(),
  byGender: { upTo: 0, male: -1, female: -1 },
  firstWords: { upTo: 0, byWord: new Map() },
});

/**
 * The last person among the sources whose gender the text gives as `want`, or -1. Sources are only
 * added and a name's gender is read once, so the scan goes on from where the last one stopped
 * instead of reading every source again for each pronoun.
 */
export function lastOfGender(doc: Doc, recent: Recent, want: Gender | null): number {
  const scan = recent.byGender;
  for (; scan.upTo < doc.sources.length; scan.upTo++) {
    const e = doc.sources[scan.upTo]!;
    const gender = e.type === 'person' ? personGender(doc, e.name, recent.genders) : null;
    if (gender) scan[gender] = scan.upTo;
  }
  return want ? scan[want] : -1;
}

/**
 * The one person source whose name, of two words or more, opens with this word, or -1 when none or
 * several people do. The index of first words goes on from the sources read last time.
 */
export function firstNameOwner(doc: Doc, recent: Recent, word: string): number {
  const index = recent.firstWords;
  for (; index.upTo < doc.sources.length; index.upTo++) {
    const e = doc.sources[index.upTo]!;
    const space = e.name.indexOf(' ');
    if (e.type !== 'person' || space < 0 || isJoint(e.name)) continue;
    const first = e.name.slice(0, space);
    const known = index.byWord.get(first);
    index.byWord.set(first, known === undefined || doc.sources[known]?.name === e.name ? index.upTo : -1);
  }
  return index.byWord.get(word) ?? -1;
}
