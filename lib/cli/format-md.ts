/** A Markdown report a person can read: the summary, who says so, and the passages behind each figure. */
import type { Analysis } from '../analyze/index.ts';
import { NUMBER_LABEL, OPINION_LABEL, SOURCE_TYPE_LABEL } from '../analyze/labels.ts';
import { sourceLines, summaryRows } from './summary.ts';

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

export function toMarkdown(analysis: Analysis, file: string): string {
  const { text } = analysis;
  const slice = (s: { start: number; end: number }) => cell(text.slice(s.start, s.end));
  const out: string[] = [`# sayso report: ${file}`, '', '| Figure | Value |', '| --- | --- |'];
  for (const [k, v] of summaryRows(analysis)) out.push(`| ${k} | ${v} |`);
  out.push('', '## Who says so', '');
  const sources = sourceLines(analysis);
  out.push(...(sources.length ? sources.map((s) => `- ${cell(s)}`) : ['No attributed sources.']));
  if (analysis.attributions.length) {
    out.push('', '## Attributions', '', '| Source | Type | Cue | Via | Says |', '| --- | --- | --- | --- | --- |');
    for (const a of analysis.attributions) {
      const who = a.sourceId === null ? '(not named)' : cell(analysis.sources[a.sourceId]!.name);
      const via = a.via === null ? '' : slice(analysis.attributions[a.via]!.source ?? analysis.attributions[a.via]!.cue);
      const type = a.sourceType ? SOURCE_TYPE_LABEL[a.sourceType] : '';
      const says = a.content ? slice(a.content).slice(0, 120) : '';
      out.push(`| ${who} | ${type} | ${slice(a.cue)} | ${via} | ${says} |`);
    }
  }
  const unsourced = analysis.numbers.filter((n) => !n.sourced);
  out.push('', '## Numbers', '');
  out.push(...(analysis.numbers.length ? analysis.numbers.map((n) => `- **${slice(n)}** (${NUMBER_LABEL[n.category]}): ${n.sourced ? 'sourced' : 'unsourced'}`) : ['No numbers.']));
  if (unsourced.length) out.push('', `${unsourced.length} of ${analysis.numbers.length} numbers say nowhere where they come from.`);
  out.push('', "## The writer's own wording", '');
  out.push(...(analysis.opinions.length ? analysis.opinions.map((o) => `- **${slice(o)}**: ${OPINION_LABEL[o.subtype].name.toLowerCase()}, ${OPINION_LABEL[o.subtype].why}`) : ['No opinion marks.']));
  return out.join('\n') + '\n';
}
