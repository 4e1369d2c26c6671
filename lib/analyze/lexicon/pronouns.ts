/**
 * Pronouns that can stand as the subject of a reporting verb.
 */
export const PRONOUNS = [
  'he',
  'i',
  'it',
  'she',
  'they',
  'we',
  'which',
  'who',
  'you',
] as const;
