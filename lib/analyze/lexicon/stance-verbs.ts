/**
 * Verbs by which a subject takes or shows a position without quoting words: supporting, opposing,
 * seeking, seeming ("Rubio opposed the bill", "Trump seemed to suggest"), in their base form.
 * They count as cues only with a subject that can be a source, and not inside what another cue
 * already reports ("Sanders said he supports…" is one attribution, not two).
 */
export const STANCE_VERBS = [
  'accept',
  'aim',
  'appear',
  'applaud',
  'champion',
  'condemn',
  'decide',
  'discuss',
  'express',
  'favor',
  'favour',
  'identify',
  'intend',
  'offer',
  'oppose',
  'plan',
  'portray',
  'prefer',
  'promote',
  'push',
  'resist',
  'seek',
  'seem',
  'support',
  'talk',
  'welcome',
] as const;
