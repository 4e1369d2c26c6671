/**
 * Units of time; with a number they make a duration ("two decades", "six months").
 */
export const TIME_UNITS = [
  'centuries',
  'century',
  'day',
  'days',
  'decade',
  'decades',
  'fortnight',
  'hour',
  'hours',
  'millennia',
  'millennium',
  'minute',
  'minutes',
  'month',
  'months',
  'quarter',
  'second',
  'seconds',
  'week',
  'weeks',
  'year',
  'years',
] as const;
