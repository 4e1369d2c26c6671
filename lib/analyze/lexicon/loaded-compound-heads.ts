/**
 * The second halves of hyphenated words that load whatever comes before them: "Trump-hating",
 * "gun-toting", "war-ravaged", "power-hungry", "earth-shattering". Matched on the part after the
 * last hyphen, so the list covers compounds no word list could spell out.
 */
export const LOADED_COMPOUND_HEADS = [
  'addled',
  'altering',
  'baiting',
  'bashing',
  'blowing',
  'boggling',
  'crazed',
  'curdling',
  'grabbing',
  'hating',
  'hungry',
  'infested',
  'mongering',
  'obsessed',
  'peddling',
  'ravaged',
  'riddled',
  'shattering',
  'spewing',
  'stricken',
  'toting',
  'wrenching',
] as const;
