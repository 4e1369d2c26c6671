/**
 * Last words that make a capitalised name an organisation's ("Human Rights Watch", "Amnesty
 * International", "Orvane Systems"), though in lower case they are common nouns that say nothing.
 */
export const ORGANIZATION_NAME_ENDINGS = [
  'caucus',
  'conference',
  'convention',
  'enterprises',
  'forum',
  'holdings',
  'industries',
  'initiative',
  'international',
  'labs',
  'llc',
  'partners',
  'plc',
  'systems',
  'technologies',
  'watch',
] as const;
