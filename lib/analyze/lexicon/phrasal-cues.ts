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
  'fire back',
  'go on',
  'hit back',
  'lash out',
  'make clear',
  'point out',
  'point to',
  'refer to',
  'shoot back',
  'speak of',
  'speak out',
  'weigh in',
  'write in',
] as const;
