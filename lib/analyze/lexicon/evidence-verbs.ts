/**
 * Verbs by which a document, study or data shows something, in their base form.
 * They count as cues only when their subject is a document or they introduce a that-clause.
 */
export const EVIDENCE_VERBS = [
  'conclude',
  'confirm',
  'demonstrate',
  'detail',
  'document',
  'estimate',
  'find',
  'forecast',
  'indicate',
  'list',
  'note',
  'outline',
  'predict',
  'project',
  'reveal',
  'say',
  'show',
  'state',
  'suggest',
  'warn',
] as const;
