/**
 * Links each quotation to its speaker: the attribution whose content holds it, then the quotes that
 * continue it over following paragraphs, then a lone speaker in the same paragraph.
 */
import { tokenAt, type Doc } from '../doc.ts';
import { firstIndex } from '../search.ts';
import type { CueHit } from './cues.ts';

export function linkQuoteSpeakers(doc: Doc, kinds: CueHit['kind'][]): void {
  const { quotes, attributions } = doc;
  // First-hand cues claim quotes before "according to" does. Quotes are in text order, so each
  // content span finds its quotes by binary search.
  const order: number[] = [];
  for (const according of [false, true]) attributions.forEach((_, k) => (kinds[k] === 'according') === according && order.push(k));
  for (const k of order) {
    const a = attributions[k]!;
    if (!a.content) continue;
    for (let q = firstIndex(quotes.length, (k) => quotes[k]!.end > a.content!.start); q < quotes.length && quotes[q]!.start < a.content.end; q++) {
      const quote = quotes[q]!;
      if (quote.attribution !== null) continue;
      quote.attribution = k;
      quote.speaker = a.sourceId;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    quotes.forEach((q, i) => {
      const head = quotes[doc.quoteChain[i]!]!;
      if (q.speaker === null && head.speaker !== null) q.speaker = head.speaker;
      else if (head.speaker === null && q.speaker !== null) head.speaker = q.speaker;
    });
  }
  const speakersByParagraph = new Map<number, Set<number>>();
  for (const a of attributions) {
    if (a.sourceId === null) continue;
    const p = doc.sentences[a.sentence]!.paragraph;
    const set = speakersByParagraph.get(p) ?? new Set<number>();
    set.add(a.sourceId);
    speakersByParagraph.set(p, set);
  }
  for (const q of quotes) {
    if (q.speaker !== null) continue;
    const t = tokenAt(doc.tokens, q.start);
    const paragraph = doc.sentences[doc.tokenSentence[t] ?? -1]?.paragraph ?? -1;
    const speakers = speakersByParagraph.get(paragraph);
    if (speakers?.size === 1) q.speaker = [...speakers][0]!;
  }
}
