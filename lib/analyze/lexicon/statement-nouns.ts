/**
 * Nouns of asserting and committing, whose content is what the source holds or undertakes:
 * "Trump's claim that…", "her calls for…", "a warning from the central bank that…". A cue only with
 * the one it belongs to (a possessor before it, or "from"/"by" after it) and the content it
 * introduces. Nouns for the speech event itself ("his remarks", "the statement") and for attitudes
 * ("his views") stay out: they name what was said more often than they report it.
 */
export const STATEMENT_NOUNS = [
  'accusation',
  'accusations',
  'admission',
  'allegation',
  'allegations',
  'argument',
  'assertion',
  'assertions',
  'assurance',
  'assurances',
  'attack',
  'attacks',
  'call',
  'calls',
  'claim',
  'claims',
  'complaint',
  'complaints',
  'contention',
  'criticism',
  'criticisms',
  'demand',
  'demands',
  'denial',
  'insistence',
  'pledge',
  'pledges',
  'praise',
  'promise',
  'promises',
  'question',
  'questions',
  'suggestion',
  'vow',
  'vows',
  'warning',
  'warnings',
] as const;
