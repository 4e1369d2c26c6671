/**
 * The writer's own horror and doom ("gruesome", "nightmarish", "catastrophic").
 * Adverbs in -ly and superlatives are derived from them.
 */
export const EVALUATIVE_HORROR = [
  'apocalyptic',
  'blood-curdling',
  'bone-chilling',
  'calamitous',
  'cataclysmic',
  'catastrophic',
  'chilling',
  'devastating',
  'disastrous',
  'dreadful',
  'frightening',
  'ghastly',
  'gory',
  'grisly',
  'grotesque',
  'gruesome',
  'harrowing',
  'hideous',
  'horrendous',
  'horrific',
  'horrifying',
  'macabre',
  'monstrous',
  'nightmarish',
  'ruinous',
  'spine-chilling',
  'terrifying',
] as const;
