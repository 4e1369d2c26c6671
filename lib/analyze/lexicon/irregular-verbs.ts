/**
 * Irregular verbs as 'base past participle', for the cue verbs that need them.
 */
export const IRREGULAR_VERBS = [
  'feel felt felt',
  'find found found',
  'forecast forecast forecast',
  'foresee foresaw foreseen',
  'go went gone',
  'know knew known',
  'make made made',
  'put put put',
  'read read read',
  'say said said',
  'see saw seen',
  'shoot shot shot',
  'show showed shown',
  'speak spoke spoken',
  'swear swore sworn',
  'tell told told',
  'think thought thought',
  'write wrote written',
] as const;
