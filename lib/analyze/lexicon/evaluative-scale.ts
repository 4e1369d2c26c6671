/**
 * The writer's own sense of size, overblown or belittling ("whopping", "colossal", "paltry").
 * Adverbs in -ly and superlatives are derived from them.
 */
export const EVALUATIVE_SCALE = [
  'astronomical',
  'ballyhooed',
  'colossal',
  'countless',
  'earthshattering',
  'enormous',
  'exorbitant',
  'gargantuan',
  'gigantic',
  'huge',
  'humongous',
  'immense',
  'incalculable',
  'innumerable',
  'lavish',
  'mammoth',
  'massive',
  'meager',
  'meagre',
  'measly',
  'minuscule',
  'monumental',
  'paltry',
  'piddling',
  'puny',
  'staggering',
  'untold',
  'whopping',
] as const;
