/**
 * Figurative phrases that open with a verb, in its base form ("bend over backwards", "throw under
 * the bus"); lib/analyze/lexicon/opinion.ts adds every inflection of the verb.
 */
export const VERB_IDIOMS = [
  'add fuel to the fire',
  'beat a dead horse',
  'bend over backwards',
  'bend the knee',
  'bury the lede',
  'cherry-pick',
  'circle the wagons',
  'double down',
  'drink the kool-aid',
  'fan the flames',
  'go off the rails',
  'jump the shark',
  'kick the can down the road',
  'kiss the ring',
  'move the goalposts',
  'pour fuel on',
  'pour gasoline on',
  'ram through',
  'stir up',
  'sweep under the carpet',
  'sweep under the rug',
  'throw a wrench',
  'throw in the towel',
  'whip up',
] as const;
