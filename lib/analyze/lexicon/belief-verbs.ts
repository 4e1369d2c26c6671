/**
 * Verbs of thinking, knowing, wanting and fearing, in their base form: the subject holds the reported view.
 */
export const BELIEF_VERBS = [
  'anticipate',
  'assume',
  'believe',
  'doubt',
  'expect',
  'fear',
  'feel',
  'figure',
  'guess',
  'hope',
  'imagine',
  'know',
  'learn',
  'realise',
  'realize',
  'reckon',
  'regard',
  'remember',
  'suppose',
  'suspect',
  'think',
  'want',
  'wish',
  'worry',
] as const;
