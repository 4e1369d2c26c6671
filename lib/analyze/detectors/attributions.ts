/**
 * Attributions: each cue with its source and the content it attributes, chained when one
 * reports another ("Peskov said, according to Reuters": Peskov via Reuters).
 */
import { tokenAt, type Doc } from '../doc.ts';
import { CUE_VERBS } from '../lexicon/index.ts';
import { STATEMENT_LABELS } from '../lexicon/statement-labels.ts';
import { isIndefinite, SUBJECT_PRONOUNS, uncontracted } from '../word-classes.ts';
import { closesQuote, isPunct, type Token } from '../tokens.ts';
import type { Span } from '../types.ts';
import { findCues, type CueHit, type Range } from './cues.ts';
import { resolveSources } from './sources.ts';
import { linkQuoteSpeakers } from './speakers.ts';

export function detectAttributions(doc: Doc): void {
  const ranges: (Range | null)[] = [];
  const kinds: CueHit['kind'][] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const hits = findCues(doc, s);
    const first = doc.attributions.length;
    for (const hit of hits) {
      doc.attributions.push({
        cue: spanOf(doc.tokens, hit.cue),
        source: hit.source ? sourceSpan(doc.tokens, hit.source) : null,
        sourceType: null,
        sourceId: null,
        content: contentOf(doc, s, hit, hits),
        via: null,
        sentence: s,
      });
      ranges.push(hit.source);
      kinds.push(hit.kind);
    }
    linkSecondHand(doc, first, kinds);
  }
  resolveSources(doc, ranges);
  // ("according to two people briefed on the plan, who asked not to be named": no one is their own second-hand source.)
  for (const at of doc.attributions) if (at.via !== null && at.sourceId !== null && doc.attributions[at.via]!.sourceId === at.sourceId) at.via = null;
  linkReports(doc, kinds);
  linkQuoteSpeakers(doc, kinds);
}

/**
 * "The minister said he would resign, the agency reported", "The Times reported that Smith said…":
 * what a report carries of someone else's words comes through the report.
 */
function linkReports(doc: Doc, kinds: CueHit['kind'][]): void {
  const reports = doc.attributions.map((at) => CUE_VERBS.get(doc.tokens[tokenAt(doc.tokens, at.cue.start)]!.lower)?.lemma === 'report');
  doc.attributions.forEach((outer, o) => {
    if (!reports[o] || outer.sourceId === null) return;
    // ("The assessment, first reported by CNN, concludes…": a passive report in the aside of a subject
    // carries what that subject says.)
    if (!outer.content && kinds[o] === 'passive') {
      const next = doc.attributions[o + 1];
      if (next?.sentence === outer.sentence && next.source && next.source.end < outer.cue.start && next.cue.start > outer.cue.end && next.via === null) next.via = o;
      return;
    }
    if (!outer.content) return;
    for (let k = o - 1; k >= 0 && doc.attributions[k]!.sentence === outer.sentence; k--) link(k, o);
    for (let k = o + 1; k < doc.attributions.length && doc.attributions[k]!.sentence === outer.sentence; k++) link(k, o);
  });
  // (Two reports side by side are each the writer's: "…, KING-TV reported, while … the Sun-Times reported.")
  function link(k: number, o: number): void {
    const inner = doc.attributions[k]!;
    const outer = doc.attributions[o]!;
    const inside = outer.content!.start <= inner.cue.start && inner.cue.end <= outer.content!.end;
    if (inside && inner.via === null && !reports[k] && kinds[k] !== 'according' && inner.sourceId !== outer.sourceId) inner.via = o;
  }
}

export const spanOf = (tokens: Token[], [a, b]: Range): Span => ({ start: tokens[a]!.start, end: tokens[b]!.end });

/** A source's span; of a contracted pronoun, the pronoun alone ("He" of "He's"). */
function sourceSpan(tokens: Token[], range: Range): Span {
  const span = spanOf(tokens, range);
  if (range[0] !== range[1]) return span;
  const bare = uncontracted(tokens[range[0]]!.lower);
  return bare.length < span.end - span.start && SUBJECT_PRONOUNS.has(bare) ? { start: span.start, end: span.start + bare.length } : span;
}

/** Within one sentence, what "according to" reports is the other cues' second-hand source. */
function linkSecondHand(doc: Doc, first: number, kinds: CueHit['kind'][]): void {
  const according = [];
  for (let k = first; k < doc.attributions.length; k++) if (kinds[k] === 'according') according.push(k);
  if (according.length === 0) return;
  for (let k = first; k < doc.attributions.length; k++) {
    if (kinds[k] !== 'according') doc.attributions[k]!.via = according[0]!;
  }
}

/** The words a cue attributes: a quotation next to it, or the rest of its clause. */
function contentOf(doc: Doc, s: number, hit: CueHit, hits: CueHit[]): Span | null {
  const tokens = doc.tokens;
  const [a, b] = doc.sentenceTokens[s]!;
  const cueStart = hit.cue[0];
  // "“…,” Peskov was told", "“…” ― Jane Doe": the quotation right before the cue.
  if (hit.kind === 'passive' || hit.kind === 'signature') {
    const q = tokens[cueStart - 1]?.quote ?? -1;
    const before = q >= 0 ? q : (tokens[cueStart - 2]?.quote ?? -1);
    return before >= 0 ? { start: doc.quotes[before]!.start, end: doc.quotes[before]!.end } : null;
  }
  let end = b - 1;
  while (end >= a && isPunct(tokens[end], '.!?;')) end--;
  // A later "according to" is a clause of its own, not part of what this cue reports.
  const later = hits.find((h) => h.kind === 'according' && h.cue[0] > hit.cue[1]);
  if (later) end = Math.min(end, later.cue[0] - 1);
  const sourceStart = hit.source?.[0] ?? cueStart;
  const before = (): [number, number] => [a, Math.min(sourceStart, cueStart) - 1];
  let range: [number, number];
  if (hit.kind === 'according' || hit.kind === 'in-source') {
    range = isLeading(tokens, a, cueStart) ? [(hit.source?.[1] ?? hit.cue[1]) + 1, end] : before();
  } else if (hit.kind === 'inverted' || followsQuote(tokens, sourceStart, a) || endsClause(tokens, a, sourceStart, hit.cue[1])) {
    range = before();
  } else {
    let from = hit.cue[1] + 1;
    while (from <= end && (isPunct(tokens[from], ',:—–') || tokens[from]!.lower === 'that')) from++;
    range = from <= end ? [from, end] : before();
  }
  let [from, to] = range;
  // "…, a charge London rejected": the writer's comment on what was said is not part of it.
  for (let k = from + 1; k < to; k++) {
    if (isPunct(tokens[k], ',') && isIndefinite(tokens[k + 1]?.lower) && LABELS.has(tokens[k + 2]?.lower ?? '')) {
      to = k - 1;
      break;
    }
  }
  while (from <= to && isPunct(tokens[from], ',:—–')) from++;
  // Trailing marks go, the closing quotation mark of '"It failed,"' with its comma.
  while (to >= from && (isPunct(tokens[to], ',—–:') || (isPunct(tokens[to], '”"’') && tokens[to]!.quote < 0 && tokens[to - 1]?.quote !== undefined && (tokens[to - 1]!.quote >= 0 || isPunct(tokens[to - 1], ','))))) to--;
  if (to < from) return null;
  return widenToQuotes(doc, tokens[from]!, tokens[to]!);
}

const LABELS = new Set<string>(STATEMENT_LABELS);

/** The phrase at `at` comes right after a quotation in its sentence (from `a`): "“…,” Peskov said". */
function followsQuote(tokens: Token[], at: number, a: number): boolean {
  let k = at - 1;
  if (isPunct(tokens[k], ',')) k--;
  const t = tokens[k];
  return k >= a && t !== undefined && closesQuote(t);
}

/**
 * "It plans to cut 1,200 jobs, people familiar with the matter said on Monday, as…": a source and
 * cue set off after the clause they report, with only when or why after them.
 */
function endsClause(tokens: Token[], a: number, sourceStart: number, cueEnd: number): boolean {
  if (sourceStart - 1 <= a || !isPunct(tokens[sourceStart - 1], ',')) return false;
  const next = tokens[cueEnd + 1];
  return next === undefined || isPunct(next, '.!?;,') || TRAILING.has(next.lower);
}

/** Words that open what follows a cue when it is no content: "said on Monday", "said as…", "said late Friday". */
const TRAILING = new Set(['on', 'in', 'at', 'during', 'as', 'when', 'while', 'after', 'before', 'late', 'early', 'last', 'this', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function isLeading(tokens: Token[], a: number, at: number): boolean {
  for (let i = a; i < at; i++) if (!isPunct(tokens[i], '("“') && tokens[i]!.lower !== 'but' && tokens[i]!.lower !== 'and') return false;
  return true;
}

/** Content that starts or ends inside a quotation covers the whole quotation. */
function widenToQuotes(doc: Doc, first: Token, last: Token): Span {
  let start = first.start;
  let end = last.end;
  const q1 = first.quote >= 0 ? doc.quotes[first.quote] : undefined;
  const q2 = last.quote >= 0 ? doc.quotes[last.quote] : undefined;
  if (q1) start = Math.min(start, q1.start);
  if (q2) end = Math.max(end, q2.end);
  if (!q1 && doc.text[start] && '"“‘'.includes(doc.text[start]!)) start++;
  return { start, end };
}
