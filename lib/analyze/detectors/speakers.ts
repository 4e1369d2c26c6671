/**
 * Links each quotation to its speaker: the attribution whose content holds it, then the quotes that
 * continue it over following paragraphs, then a lone speaker in the same paragraph.
 */
import { tokenAt, type Doc } from '../doc.ts';
import { firstIndex } from '../search.ts';
import type { Span } from '../types.ts';
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
  /** Who spoke last in each paragraph. */
  const lastSpeaker = new Map<number, number>();
  for (const a of attributions) {
    if (a.sourceId === null) continue;
    const p = doc.sentences[a.sentence]!.paragraph;
    lastSpeaker.set(p, a.sourceId);
    const set = speakersByParagraph.get(p) ?? new Set<number>();
    set.add(a.sourceId);
    speakersByParagraph.set(p, set);
  }
  // ("“We will win,” said Smith. / “The polls are wrong.”": a paragraph that is a quotation and
  // nothing else goes on with the speaker of the paragraph before, when theirs were its last words.)
  let previous: { paragraph: number; speaker: number | null } = { paragraph: -2, speaker: null };
  for (const q of quotes) {
    const t = tokenAt(doc.tokens, q.start);
    const paragraph = doc.sentences[doc.tokenSentence[t] ?? -1]?.paragraph ?? -1;
    const speakers = speakersByParagraph.get(paragraph);
    if (q.speaker === null && speakers?.size === 1) q.speaker = [...speakers][0]!;
    else if (q.speaker === null && !speakers && paragraph === previous.paragraph + 1 && lastSpeaker.get(previous.paragraph) === previous.speaker && wholeParagraph(doc, paragraph, q)) q.speaker = previous.speaker;
    previous = { paragraph, speaker: q.speaker };
  }
}

/** The quotation is all its paragraph holds, past its marks and a final stop. */
function wholeParagraph(doc: Doc, index: number, q: Span): boolean {
  const { start, end } = doc.paragraphs[index]!;
  return /^\W{0,2}$/.test(doc.text.slice(start, q.start)) && /^\W{0,3}$/.test(doc.text.slice(q.end, end));
}
