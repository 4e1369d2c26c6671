/**
 * Verbs whose object holds the feeling, in their base form: "The remark worried some analysts",
 * "His behavior has angered the party's top figures". The one moved is the source, not the subject.
 */
export const MOVING_VERBS = [
  'alarm',
  'anger',
  'annoy',
  'bother',
  'delight',
  'disappoint',
  'dismay',
  'enrage',
  'frustrate',
  'infuriate',
  'irk',
  'irritate',
  'outrage',
  'please',
  'rattle',
  'spook',
  'surprise',
  'thrill',
  'trouble',
  'unnerve',
] as const;
