/**
 * Quotations: straight and curly double quotes, top-level single quotes, partial quotes inside a
 * sentence, and quotes that run over several paragraphs (each paragraph opens with a quote mark,
 * only the last closes). An unbalanced mark closes at its paragraph's end, so the rest of the
 * article is read as usual. Titles of works in quotes ("Saturday Night Live") are not quotes.
 */
import { tokenAt, type Doc } from '../doc.ts';
import type { Span } from '../types.ts';

interface RawQuote extends Span {
  /** Opened but not closed within its paragraph. */
  open: boolean;
}

export function detectQuotes(doc: Doc): void {
  const { text, paragraphs } = doc;
  let chainStart = -1;
  let previousOpen = false;
  // Every quote mark in the text, found in one pass; each paragraph takes its own slice.
  const { doubles, singles } = quoteMarks(text);
  let d = 0;
  let s = 0;
  for (const p of paragraphs) {
    while (d < doubles.length && doubles[d]! < p.start) d++;
    while (s < singles.length && singles[s]! < p.start) s++;
    if (p.furniture) continue;
    const raws = scanParagraph(text, p.start, p.end, doubles, d, singles, s);
    raws.forEach((raw, k) => {
      const continues = k === 0 && previousOpen && raw.start - 1 === p.start;
      const content = trim(text, raw);
      if (content.end <= content.start) return;
      if (!raw.open && isTitle(text.slice(content.start, content.end))) return;
      const index = doc.quotes.length;
      doc.quotes.push({ ...content, speaker: null, attribution: null, partial: isPartial(text, p, raw) });
      doc.quoteChain.push(continues && chainStart >= 0 ? chainStart : index);
      chainStart = doc.quoteChain[index]!;
    });
    previousOpen = raws.length > 0 && raws.at(-1)!.open;
  }
  markTokens(doc);
}

const QUOTE_MARKS = /["“”„«»‘'`]/g;
const APOSTROPHE = 39;
const BACKTICK = 96;

/**
 * Where the double marks are (two apostrophes or backticks counting as one, at the first of the
 * pair) and where the single marks that may open a quote are.
 */
function quoteMarks(text: string): { doubles: number[]; singles: number[] } {
  const doubles: number[] = [];
  const singles: number[] = [];
  let pair = -2;
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m !== null; m = QUOTE_MARKS.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE || c === 0x2018) singles.push(i);
    if (c !== APOSTROPHE && c !== BACKTICK) doubles.push(i);
    else if (i !== pair + 1 && text.charCodeAt(i + 1) === c) doubles.push((pair = i));
  }
  return { doubles, singles };
}

/** Finds the quotations of one paragraph, double quotes first, then single quotes outside them. */
function scanParagraph(text: string, start: number, end: number, doubles: number[], d: number, singles: number[], s: number): RawQuote[] {
  const found: RawQuote[] = [];
  let openAt = -1;
  for (; d < doubles.length && doubles[d]! < end; d++) {
    let i = doubles[d]!;
    let c = text[i]!;
    const mark = i;
    // Two apostrophes or backticks stand for a double quote in some newswire text.
    if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
      c = c === '`' ? '“' : '"';
      i++;
    }
    if (c !== '"' && c !== '“' && c !== '”' && c !== '„' && c !== '«' && c !== '»') continue;
    // "…here,“ said Clyburn": a “ right after a word or mark, with a quote open, closes it.
    const wrongWayCloser = c === '“' && openAt >= 0 && !opensHere(text, mark, start);
    const opening = (c === '“' && !wrongWayCloser) || c === '„' || c === '«' || (c === '"' && opensHere(text, mark, start) && !(openAt >= 0 && spacedCloser(text, mark, i, end)));
    if (openAt < 0 && opening) openAt = i;
    else if (openAt >= 0 && !opening) {
      found.push({ start: openAt + 1, end: mark, open: false });
      openAt = -1;
    } else if (openAt >= 0 && opening) {
      // A second opening mark: the first one was never closed.
      found.push({ start: openAt + 1, end: mark, open: false });
      openAt = i;
    }
  }
  if (openAt >= 0) found.push({ start: openAt + 1, end, open: true });
  return [...found, ...scanSingles(text, start, end, found, singles, s)].sort((a, b) => a.start - b.start);
}

function opensHere(text: string, i: number, start: number): boolean {
  if (i === start) return true;
  const before = text[i - 1]!;
  return /[\s([{—–\-/]/.test(before);
}

/**
 * "…this, " Holt said", "…‘vote for him,’ " he told": a closing mark set off by a space after the
 * quote's last mark. The mark runs from `i` to `last` (two characters for '').
 */
function spacedCloser(text: string, i: number, last: number, end: number): boolean {
  // (One space or a few: "…Avenue,'  '' Ms. Ferriss noted".)
  let k = i - 1;
  while (k > 0 && text[k] === ' ' && i - k <= 3) k--;
  return k < i - 1 && /[,.?!'’]/.test(text[k]!) && (last + 1 >= end || /\s/.test(text[last + 1]!));
}

/** ‘Single’ quotes at top level: an opening mark after a space and a closing one before a space or mark. */
function scanSingles(text: string, start: number, end: number, doubles: Span[], singles: number[], s: number): RawQuote[] {
  const out: RawQuote[] = [];
  const inside = (i: number) => doubles.some((d) => i >= d.start - 1 && i <= d.end);
  let after = start;
  for (; s < singles.length && singles[s]! < end; s++) {
    const i = singles[s]!;
    if (i < after || inside(i)) continue;
    if (i > start && !/[\s(—–]/.test(text[i - 1]!)) continue;
    if (!/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    const limit = Math.min(end, i + 300);
    for (let j = i + 2; j < limit; j++) {
      const d = text[j];
      if ((d === '’' || d === "'") && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? '') && !/\s/.test(text[j - 1]!)) {
        // "players' union": a plural possessive, not a closing mark, when a word follows.
        if (text[j - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 3))) continue;
        out.push({ start: i + 1, end: j, open: false });
        after = j + 1;
        break;
      }
    }
  }
  return out;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const SMALL = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A short run of capitalised words with no sentence inside: the title of a work. */
function isTitle(inner: string): boolean {
  if ('.!?,'.includes(inner.at(-1)!)) return false;
  // Word by word, so a quoted sentence is ruled out at its first lower-case word.
  const words = /\S+/g;
  for (let k = 0, m = words.exec(inner); m !== null; k++, m = words.exec(inner)) {
    if (k === 7 || !(/^[\p{Lu}\p{N}]/u.test(m[0]) || (k > 0 && SMALL.has(m[0].toLowerCase())))) return false;
  }
  return true;
}

/** Quoted words that sit inside the writer's sentence rather than standing as a whole sentence. */
function isPartial(text: string, p: Span, raw: Span): boolean {
  const before = text.slice(p.start, raw.start - 1).trimEnd();
  const after = text.slice(raw.end + 1, p.end).trimStart();
  const inner = text.slice(raw.start, raw.end);
  const sentenceLike = /^[\p{Lu}"“‘'(]/u.test(inner.trimStart()) && /[.!?,—–-]$/.test(inner.trimEnd());
  if (sentenceLike) return false;
  return /[\p{L}\p{N}]$/u.test(before) || /^[\p{Ll}]/u.test(after);
}

/** Stamps each token inside a quote with the quote's index. */
function markTokens(doc: Doc): void {
  doc.quotes.forEach((q, index) => {
    for (let i = tokenAt(doc.tokens, q.start); i < doc.tokens.length && doc.tokens[i]!.end <= q.end; i++) {
      doc.tokens[i]!.quote = index;
    }
  });
}
