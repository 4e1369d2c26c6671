/**
 * Cues of two or more words, as written in base form; the first word is inflected like a verb.
 * The whole phrase becomes the cue ("pointed out", "called for").
 */
export const PHRASAL_CUES = [
  'allude to',
  'call for',
  'call on',
  'chime in',
  'comment on',
  'compare to',
  'fire back',
  'focus on',
  'go on',
  'hit back',
  'lash out',
  'lobby for',
  'look at',
  'look to',
  'make clear',
  'point out',
  'point to',
  'press for',
  'push for',
  'refer to',
  'shoot back',
  'sign off',
  'speak about',
  'speak of',
  'speak out',
  'talk about',
  'weigh in',
] as const;
