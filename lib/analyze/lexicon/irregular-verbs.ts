/**
 * Irregular verbs as 'base past participle', for the cue verbs that need them.
 */
export const IRREGULAR_VERBS = [
  'cast cast cast',
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
  'seek sought sought',
  'shoot shot shot',
  'show showed shown',
  'speak spoke spoken',
  'swear swore sworn',
  'tell told told',
  'think thought thought',
  'write wrote written',
] as const;
