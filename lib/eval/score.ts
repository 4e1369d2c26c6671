/**
 * Scores predicted marks against gold marks as the label spec says: per kind, a prediction matches
 * a gold span of the same kind when they overlap by a character, one to one; exact-boundary
 * figures beside. Attribution pairs match when both cue and source overlap (or both lack a source).
 */
import type { Kind, Span } from '../analyze/types.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PairLike {
  cue: Span;
  source: Span | null;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/**
 * One-to-one matching, as many pairs as the spans allow: a prediction that overlaps two gold spans
 * gives up the one a later prediction needs (augmenting paths; the overlap graph is small and sparse).
 */
export function matchSpans<T extends Span, G extends Span>(
  predicted: T[],
  gold: G[],
  fits: (p: T, g: G) => boolean,
): { counts: Counts; missed: G[]; extra: T[] } {
  const goldOrder = gold.map((_, i) => i).sort((x, y) => gold[x]!.start - gold[y]!.start);
  const predOrder = predicted.map((_, i) => i).sort((x, y) => predicted[x]!.start - predicted[y]!.start);
  const options = predicted.map((p) => goldOrder.filter((i) => fits(p, gold[i]!)));
  const owner = new Int32Array(gold.length).fill(-1);
  const take = (p: number, seen: Uint8Array): boolean => {
    for (const g of options[p]!) {
      if (seen[g]) continue;
      seen[g] = 1;
      if (owner[g] === -1 || take(owner[g]!, seen)) {
        owner[g] = p;
        return true;
      }
    }
    return false;
  };
  const matched = new Uint8Array(predicted.length);
  let tp = 0;
  for (const p of predOrder) {
    if (options[p]!.length > 0 && take(p, new Uint8Array(gold.length))) tp++;
  }
  for (const p of owner) if (p >= 0) matched[p] = 1;
  const extra = predOrder.filter((p) => !matched[p]).map((p) => predicted[p]!);
  const missed = gold.filter((_, i) => owner[i] === -1);
  return { counts: { tp, fp: predicted.length - tp, fn: gold.length - tp }, missed, extra };
}

export const byOverlap = overlaps;
export const byExact = same;

export function pairFits(p: PairLike & Span, g: PairLike & Span): boolean {
  if (!overlaps(p.cue, g.cue)) return false;
  if (!p.source || !g.source) return !p.source && !g.source;
  return overlaps(p.source, g.source);
}

export function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export const KINDS: Kind[] = ['source', 'cue', 'quote', 'number', 'opinion'];
