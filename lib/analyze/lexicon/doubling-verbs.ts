/**
 * Verbs whose final consonant doubles before -ed and -ing (admit → admitted, admitting).
 */
export const DOUBLING_VERBS = [
  'admit',
  'commit',
  'confer',
  'omit',
  'plan',
  'prefer',
  'quip',
  'rebut',
  'refer',
  'regret',
  'submit',
  'transfer',
] as const;
