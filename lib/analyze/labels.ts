/** Plain words for each kind of mark, shared by the CLI, the popup and the page's tooltips. */
import type { Kind, NumberCategory, OpinionType, SourceType } from './types.ts';

export const KIND_LABEL: Record<Kind, string> = {
  source: 'Source',
  cue: 'Attribution cue',
  quote: 'Quote',
  number: 'Number',
  opinion: 'Opinion',
};

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  person: 'a named person',
  organization: 'an organisation',
  document: 'a document',
  anonymous: 'an unnamed or vague source',
  pronoun: 'a pronoun',
};

export const OPINION_LABEL: Record<OpinionType, { name: string; why: string }> = {
  hedge: { name: 'Hedge', why: 'the writer signals uncertainty' },
  weasel: { name: 'Weasel wording', why: 'a claim is handed to no one in particular' },
  evaluative: { name: 'Evaluative', why: "the writer's own judgement" },
  intensifier: { name: 'Intensifier', why: "the writer's own emphasis" },
  loaded: { name: 'Loaded wording', why: 'charged words the writer chose' },
};

export const NUMBER_LABEL: Record<NumberCategory, string> = {
  count: 'count',
  year: 'year',
  date: 'date',
  time: 'time of day',
  percent: 'percentage',
  money: 'amount of money',
  age: 'age',
  duration: 'duration',
  measure: 'measure',
  ordinal: 'ordinal',
  fraction: 'fraction or ratio',
  range: 'range',
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const decimal = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
