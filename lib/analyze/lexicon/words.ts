/**
 * Sets over the word lists that more than one detector asks about, built once.
 */
import { ANONYMOUS_HEADS } from './anonymous-heads.ts';
import { AUDIENCES } from './audiences.ts';
import { COLON_LABELS } from './colon-labels.ts';
import { COMPANY_NAMES } from './company-names.ts';
import { CONNECTIVES } from './connectives.ts';
import { DOCUMENT_HEADS } from './document-heads.ts';
import { MEDIA } from './media.ts';
import { ORGANIZATION_NAME_ENDINGS } from './organization-name-endings.ts';
import { ORGANIZATION_WORDS } from './organization-words.ts';
import { OUTLETS } from './outlets.ts';
import { ROLE_NOUNS } from './role-nouns.ts';
import { TITLES } from './titles.ts';
import { phraseIndex } from './index.ts';

export const ANONYMOUS = new Set<string>(ANONYMOUS_HEADS);
export const CONNECTIVE_WORDS = new Set<string>(CONNECTIVES);
export const LABEL_WORDS = new Set<string>(COLON_LABELS);
export const DOCUMENTS = new Set<string>(DOCUMENT_HEADS);
export const ORGANIZATIONS = new Set<string>(ORGANIZATION_WORDS);
/** Last words of capitalised names that are organisations' only as names: "Human Rights Watch". */
export const ORGANIZATION_ENDINGS = new Set<string>(ORGANIZATION_NAME_ENDINGS);
export const OUTLET_NAMES = new Set<string>(OUTLETS);
export const COMPANY_NAME_SET = new Set<string>(COMPANY_NAMES);
export const ROLES = new Set<string>(ROLE_NOUNS);
export const TITLE_WORDS = new Set<string>(TITLES);

/**
 * A noun for people: an unnamed group ("officials"), or a role, singular or plural ("aides"), or one
 * whose ending names someone by what they do or hold to ("pediatrician", "socialist"; not "list", "insist").
 */
export const isPeopleNoun = (w: string) => ANONYMOUS.has(w) || ROLES.has(w) || (w.endsWith('s') && ROLES.has(w.slice(0, -1))) || (w.endsWith('men') && ROLES.has(w.slice(0, -2) + 'an')) || hasAgentEnding(w);
/** "pediatrician", "socialist", "journalists": an ending that names someone by what they do or hold to. */
export const hasAgentEnding = (w: string) => (w.endsWith('ist') || w.endsWith('ists') || w.endsWith('ician') || w.endsWith('icians')) && /^[a-z]{3,}(ician|(?<![lsx])ist|[aeiu]list)s?$/.test(w);
/** A noun for an organisation, singular or plural ("party", "parties", "groups"). */
export const isOrganizationNoun = (w: string) => ORGANIZATIONS.has(w) || (w.endsWith('s') && ORGANIZATIONS.has(w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1)));
/** A common noun for people, groups or documents, not a name ("Economists", "Reports" opening a sentence). */
export const isCommonNoun = (w: string) => isPeopleNoun(w) || DOCUMENTS.has(w) || isOrganizationNoun(w);
export const MEDIA_WORDS = new Set<string>(MEDIA);
export const AUDIENCE_PHRASES = phraseIndex(AUDIENCES);

import { PLACE_HEADS } from './place-heads.ts';
import { PLACES } from './places.ts';
import { TIME_WORDS } from './time-words.ts';
export const PLACE_NAMES = new Set<string>(PLACES);
/** The last words of names of places and things: "Wall Street", "the Middle East". */
export const PLACE_WORDS = new Set<string>(PLACE_HEADS);
export const TIMES = new Set<string>(TIME_WORDS);
