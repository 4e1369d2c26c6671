/**
 * Verbs that report speech only when they sit next to a quotation, a colon or a that-clause
 * ("he continued: …", "the sign read: …"), and are ordinary verbs elsewhere.
 */
export const WEAK_VERBS = [
  'answer',
  'continue',
  'counter',
  'echo',
  'email',
  'hear',
  'maintain',
  'object',
  'post',
  'quote',
  'read',
  'refer',
  'repeat',
  'text',
  'write',
] as const;
