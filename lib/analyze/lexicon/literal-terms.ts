/**
 * Fixed terms of two words in which a word of opinion is literal, a measure or a technical name
 * ("gross domestic product", "extreme poverty", "bad loans"): the writer judges nothing.
 */
export const LITERAL_TERMS = [
  'bad debt',
  'bad debts',
  'bad loan',
  'bad loans',
  'extreme cold',
  'extreme heat',
  'extreme poverty',
  'extreme temperatures',
  'extreme weather',
  'gross domestic',
  'gross income',
  'gross margin',
  'gross margins',
  'gross national',
  'gross pay',
  'gross profit',
  'gross profits',
  'gross receipts',
  'gross revenue',
  'gross revenues',
  'gross salary',
  'gross sales',
  'gross weight',
  'sick day',
  'sick days',
  'sick leave',
  'sick note',
  'sick pay',
] as const;
