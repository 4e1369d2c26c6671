import { describe, expect, it } from 'vitest';
import { byExact, byOverlap, matchSpans, pairFits, prf } from '../../lib/eval/score.ts';

const span = (start: number, end: number) => ({ start, end });

describe('matchSpans', () => {
  it.each([
    ['one prediction over two gold spans matches one of them', [span(0, 10)], [span(0, 4), span(6, 10)], { tp: 1, fp: 0, fn: 1 }],
    ['a wide prediction gives way so a narrow one can match too', [span(0, 10), span(3, 4)], [span(2, 4), span(6, 9)], { tp: 2, fp: 0, fn: 0 }],
    ['two predictions inside one gold span: one matches, one is extra', [span(0, 2), span(3, 5)], [span(0, 5)], { tp: 1, fp: 1, fn: 0 }],
    ['spans that only touch do not overlap', [span(0, 5)], [span(5, 9)], { tp: 0, fp: 1, fn: 1 }],
    ['nothing predicted', [], [span(1, 2)], { tp: 0, fp: 0, fn: 1 }],
  ])('%s', (_name, predicted, gold, counts) => {
    expect(matchSpans(predicted, gold, byOverlap).counts).toEqual(counts);
  });

  it('names what was missed and what was extra', () => {
    const result = matchSpans([span(0, 3), span(20, 22)], [span(1, 2), span(10, 12)], byOverlap);
    expect(result.missed).toEqual([span(10, 12)]);
    expect(result.extra).toEqual([span(20, 22)]);
  });

  it('exact matching needs the same boundaries', () => {
    expect(matchSpans([span(0, 4), span(6, 9)], [span(0, 4), span(6, 10)], byExact).counts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('pairFits', () => {
  const pair = (cue: [number, number], source: [number, number] | null) => ({
    ...span(...cue),
    cue: span(...cue),
    source: source ? span(...source) : null,
  });
  it.each([
    ['cue and source overlap', pair([10, 14], [0, 5]), pair([10, 16], [2, 4]), true],
    ['the cue overlaps, the source does not', pair([10, 14], [0, 5]), pair([10, 14], [20, 25]), false],
    ['neither has a source', pair([10, 14], null), pair([10, 14], null), true],
    ['only the gold pair has a source', pair([10, 14], null), pair([10, 14], [0, 5]), false],
    ['the cues are apart', pair([10, 14], [0, 5]), pair([30, 34], [0, 5]), false],
  ])('%s', (_name, predicted, gold, fits) => {
    expect(pairFits(predicted, gold)).toBe(fits);
  });
});

describe('prf', () => {
  it('gives precision, recall and F1, and zero rather than NaN when nothing was counted', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
