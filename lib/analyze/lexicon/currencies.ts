/**
 * Currency words written after an amount ("3 million dollars", "500 euros").
 */
export const CURRENCIES = [
  'cents',
  'dollars',
  'euros',
  'francs',
  'lira',
  'liras',
  'pesos',
  'pounds sterling',
  'rand',
  'reais',
  'roubles',
  'rubles',
  'rupees',
  'shekels',
  'won',
  'yen',
  'yuan',
] as const;
