/** The summary lines shared by the text and Markdown formats. */
import type { Analysis } from '../analyze/index.ts';
import { decimal, percent, SOURCE_TYPE_LABEL } from '../analyze/labels.ts';

export function summaryRows(analysis: Analysis): [string, string][] {
  const m = analysis.metrics;
  const t = m.sourcesByType;
  return [
    ['Prose', `${m.words} words, ${m.sentences} sentences`],
    ['Sentences attributed', percent(m.attributedSentenceShare)],
    ['Attributions', `${m.attributions} (${decimal(m.attributionsPer100Words)} per 100 words)`],
    ['Sources', `${m.sources}: ${t.person} people, ${t.organization} organisations, ${t.document} documents, ${t.anonymous} unnamed, ${t.pronoun} unresolved pronouns`],
    ['Named sources', percent(m.namedSourceShare)],
    ['Second-hand', percent(m.secondHandShare)],
    ['Quotes', String(m.quotes)],
    ['Numbers', `${m.numbers}, ${percent(m.sourcedNumberShare)} sourced`],
    ['Opinion marks', `${m.opinions} (${decimal(m.opinionsPer100Words)} per 100 words)`],
  ];
}

export function sourceLines(analysis: Analysis): string[] {
  return analysis.sources.map((s) => {
    const vias = new Set(
      s.attributions
        .map((k) => analysis.attributions[k]!.via)
        .filter((v): v is number => v !== null)
        .map((v) => analysis.attributions[v]!.sourceId)
        .filter((id): id is number => id !== null)
        .map((id) => analysis.sources[id]!.name),
    );
    const via = vias.size ? `, via ${[...vias].join(', ')}` : '';
    return `${s.name} (${SOURCE_TYPE_LABEL[s.type]}): ${s.attributions.length} attribution${s.attributions.length === 1 ? '' : 's'}${via}`;
  });
}
