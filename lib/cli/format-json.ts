/** The JSON form of an analysis: spans and attributions as the label spec writes them, and everything else as is. */
import { findings, type Analysis } from '../analyze/index.ts';

export function toJson(analysis: Analysis, file?: string) {
  const { text, paragraphs, sentences, quotes, sources, numbers, opinions, metrics } = analysis;
  return {
    ...(file === undefined ? {} : { file }),
    text,
    spans: findings(analysis),
    attributions: analysis.attributions.map((a) => ({
      cue: a.cue,
      source: a.source,
      content: a.content,
      sourceType: a.sourceType,
      via: a.via,
      sourceName: a.sourceId === null ? null : sources[a.sourceId]!.name,
    })),
    sources,
    quotes,
    numbers,
    opinions,
    paragraphs,
    sentences,
    metrics,
  };
}
