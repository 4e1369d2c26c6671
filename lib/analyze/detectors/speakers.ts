/**
 * Links each quotation to its speaker: the attribution whose content holds it, then the quotes that
 * continue it over following paragraphs, then a lone speaker in the same paragraph.
 */
import type { Doc } from '../doc.ts';
import type { CueHit } from './cues.ts';

export function linkQuoteSpeakers(doc: Doc, kinds: CueHit['kind'][]): void {
  const { quotes, attributions } = doc;
  // First-hand cues claim quotes before "according to" does.
  const order = attributions.map((_, k) => k).sort((x, y) => Number(kinds[x] === 'according') - Number(kinds[y] === 'according'));
  for (const k of order) {
    const a = attributions[k]!;
    if (!a.content) continue;
    for (const q of quotes) {
      if (q.attribution !== null || q.end <= a.content.start || q.start >= a.content.end) continue;
      q.attribution = k;
      q.speaker = a.sourceId;
    }
  }
  quotes.forEach((q, i) => {
    const head = quotes[doc.quoteChain[i]!]!;
    if (q.speaker === null && head.speaker !== null) q.speaker = head.speaker;
    else if (head.speaker === null && q.speaker !== null) head.speaker = q.speaker;
  });
  for (const q of quotes) {
    if (q.speaker !== null) continue;
    const paragraph = doc.sentences.find((s) => s.start <= q.start && q.start < s.end)?.paragraph;
    const speakers = new Set(
      attributions.filter((a) => a.sourceId !== null && doc.sentences[a.sentence]!.paragraph === paragraph).map((a) => a.sourceId),
    );
    if (speakers.size === 1) q.speaker = [...speakers][0]!;
  }
}
