/**
 * Nouns of disapproval, which say whose it is with "from" or "by" alone: "the plan drew criticism
 * from Democrats", "faced stern opposition from homeowners". What is disapproved of is the thing
 * that drew it, not a clause after it.
 */
export const DISAPPROVAL_NOUNS = [
  'condemnation',
  'criticism',
  'criticisms',
  'opposition',
  'scorn',
] as const;
