/** The one vocabulary of sayso's analysis. Every offset is a UTF-16 index into the analysed text. */

export interface Span {
  start: number;
  end: number;
}

/** The five kinds of mark in the label spec. */
export type Kind = 'source' | 'cue' | 'quote' | 'number' | 'opinion';

export type SourceType = 'person' | 'organization' | 'document' | 'anonymous' | 'pronoun';

export type OpinionType = 'hedge' | 'weasel' | 'evaluative' | 'intensifier' | 'loaded';

export type FurnitureKind = 'promo' | 'headline' | 'byline' | 'credit' | 'share';

export type NumberCategory =
  | 'count'
  | 'year'
  | 'date'
  | 'time'
  | 'percent'
  | 'money'
  | 'age'
  | 'duration'
  | 'measure'
  | 'ordinal'
  | 'fraction'
  | 'range';

export interface Paragraph extends Span {
  /** Set when the line is page furniture (promo, capitalised headline, byline…); such lines count for nothing. */
  furniture: FurnitureKind | null;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Quote extends Span {
  /** Index into `Analysis.sources` of who is quoted, when the text says. */
  speaker: number | null;
  /** The attribution that introduces the quote, when there is one. */
  attribution: number | null;
  /** True for a few words quoted inside the writer's own sentence. */
  partial: boolean;
}

export interface Attribution {
  cue: Span;
  source: Span | null;
  sourceType: SourceType | null;
  /** Index into `Analysis.sources`: who the source phrase refers to (a pronoun resolves to a person). */
  sourceId: number | null;
  content: Span | null;
  /** Index of the attribution that reports this one ("…, according to Reuters"): a second-hand source. */
  via: number | null;
  sentence: number;
}

export interface Source {
  /** The fullest name the article gives ("Dmitry Peskov" for "Peskov"). */
  name: string;
  type: SourceType;
  mentions: Span[];
  attributions: number[];
}

export interface NumberMark extends Span {
  category: NumberCategory;
  /** True when the number lies in attributed content or in a quote whose speaker is known. */
  sourced: boolean;
}

export interface OpinionMark extends Span {
  subtype: OpinionType;
}

export interface Metrics {
  words: number;
  sentences: number;
  attributions: number;
  attributedSentenceShare: number;
  attributionsPer100Words: number;
  sources: number;
  sourcesByType: Record<SourceType, number>;
  namedSourceShare: number;
  secondHandShare: number;
  quotes: number;
  numbers: number;
  sourcedNumberShare: number;
  opinions: number;
  opinionsPer100Words: number;
  opinionsByType: Record<OpinionType, number>;
}

export interface Analysis {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  attributions: Attribution[];
  sources: Source[];
  numbers: NumberMark[];
  opinions: OpinionMark[];
  metrics: Metrics;
}

/** A mark in the spec's flat form, as the CLI and the evaluation print it. */
export interface Finding extends Span {
  kind: Kind;
  text: string;
}
