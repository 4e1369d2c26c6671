/**
 * The bundled reference corpus: the same figures for every article in seeds/, and how a page
 * compares with them. With one article the comparison names it; with more it says where the page
 * falls among them.
 */
import type { Metrics } from '../analyze/types.ts';

export interface Baseline {
  articles: { name: string; metrics: Metrics }[];
}

export type FigureKey =
  | 'attributedSentenceShare'
  | 'attributionsPer100Words'
  | 'namedSourceShare'
  | 'anonymousSources'
  | 'documentSources'
  | 'secondHandShare'
  | 'sourcedNumberShare'
  | 'opinionsPer100Words';

export const figureValue = (m: Metrics, key: FigureKey): number =>
  key === 'anonymousSources' ? m.sourcesByType.anonymous : key === 'documentSources' ? m.sourcesByType.document : m[key];

export const isShare = (key: FigureKey) => key.endsWith('Share');

export function formatFigure(key: FigureKey, value: number): string {
  if (isShare(key)) return `${Math.round(value * 100)}%`;
  if (key === 'anonymousSources' || key === 'documentSources') return String(value);
  return value.toFixed(1);
}

/** "the seed article: 58%", or "above 3 of 5 reference articles (median 40%)". */
export function compareWithBaseline(baseline: Baseline, key: FigureKey, value: number): string {
  const values = baseline.articles.map((a) => figureValue(a.metrics, key));
  if (values.length === 0) return 'no reference articles bundled';
  if (values.length === 1) return `the seed article: ${formatFigure(key, values[0]!)}`;
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const below = values.filter((v) => v < value).length;
  const above = values.filter((v) => v > value).length;
  const where = below === values.length ? `above all ${values.length}` : above === values.length ? `below all ${values.length}` : `above ${below} of ${values.length}`;
  return `${where} reference articles (median ${formatFigure(key, median)})`;
}
