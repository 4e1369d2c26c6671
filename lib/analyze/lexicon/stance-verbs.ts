/**
 * Verbs by which a subject takes or shows a position without quoting words: supporting, opposing,
 * seeking, seeming ("Rubio opposed the bill", "Trump seemed to suggest"), in their base form.
 * They count as cues only with a subject that can be a source.
 */
export const STANCE_VERBS = [
  'aim',
  'appear',
  'applaud',
  'champion',
  'condemn',
  'decide',
  'discuss',
  'express',
  'offer',
  'oppose',
  'portray',
  'prefer',
  'promote',
  'seek',
  'seem',
] as const;
