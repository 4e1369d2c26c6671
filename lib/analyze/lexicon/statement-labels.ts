/**
 * Nouns by which the writer labels what was said, before the clause of who holds or denies it:
 * "…, a charge London rejected", "a claim Moscow has not confirmed", "a view the council shares".
 */
export const STATEMENT_LABELS = [
  'account',
  'accusation',
  'allegation',
  'argument',
  'assertion',
  'assessment',
  'charge',
  'claim',
  'claims',
  'comment',
  'description',
  'estimate',
  'figure',
  'idea',
  'move',
  'notion',
  'point',
  'position',
  'reference',
  'remark',
  'sentiment',
  'statement',
  'step',
  'suggestion',
  'version',
  'view',
] as const;
