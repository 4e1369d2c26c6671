/**
 * Verbs by which the writer judges what was done ("botched", "bungled"), in their base form.
 */
export const EVALUATIVE_VERBS = [
  'backfire',
  'blunder',
  'botch',
  'bungle',
  'falter',
  'flounder',
  'flub',
  'fumble',
  'misfire',
  'mishandle',
  'mismanage',
  'squander',
  'stumble',
] as const;
