/**
 * Month names and their abbreviations, for dates such as "March 3, 2021" and "Jan. 5".
 */
export const MONTHS = [
  'apr',
  'april',
  'aug',
  'august',
  'dec',
  'december',
  'feb',
  'february',
  'jan',
  'january',
  'jul',
  'july',
  'jun',
  'june',
  'mar',
  'march',
  'may',
  'nov',
  'november',
  'oct',
  'october',
  'sep',
  'sept',
  'september',
] as const;
