/** The seed article sayso was designed around: what a reader should see marked on it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/index.ts';
import { attributionLines, numberLines, opinionLines, quoteLines } from '../helpers/marks.ts';

const text = readFileSync(new URL('../../seeds/000_ae500b7c27a48a36.txt', import.meta.url), 'utf8');
const a = analyze(text);
const furniture = a.paragraphs.filter((p) => p.furniture).map((p) => `${p.furniture}: ${text.slice(p.start, p.end)}`);

describe('the seed article', () => {
  it.each([
    'headline: TALIBAN VOWS TO PUBLICLY STONE WOMEN TO DEATH IN DIRECT MESSAGE TO WESTERN DEMOCRACIES',
    'headline: RUSSIA HAS DETAINED SUSPECTS IN CAUCASUS LINKED TO MOSCOW TERROR ATTACK, SECURITY AGENCY SAYS',
    'promo: CLICK HERE TO GET THE FOX NEWS APP',
  ])('leaves out the furniture line %s', (line) => {
    expect(furniture).toContain(line);
  });

  it('marks nothing in furniture, not even "SAYS"', () => {
    const spans = [...a.attributions.map((x) => x.cue), ...a.numbers, ...a.opinions];
    for (const p of a.paragraphs.filter((p) => p.furniture)) {
      expect(spans.filter((s) => s.start >= p.start && s.end <= p.end)).toEqual([]);
    }
  });

  it.each([
    ['Kremlin spokesperson Dmitry Peskov told reporters', ['cue "told reporters"', 'source "Kremlin spokesperson Dmitry Peskov" person → Dmitry Peskov']],
    ['Peskov told the press, according to Reuters', ['cue "told the press"', 'source "Peskov" person → Dmitry Peskov', 'via "Reuters"', 'cue "according to"', 'source "Reuters" organization']],
    ['The veteran Kremlin communications expert told journalists', ['cue "told journalists"', 'source "The veteran Kremlin communications expert" person → Dmitry Peskov']],
    ['Peskov said, according to the report', ['cue "said"', 'source "Peskov" person → Dmitry Peskov', 'via "the report"', 'cue "according to"', 'source "the report" document']],
  ])('attributes "%s"', (_passage, lines) => {
    const all = attributionLines(a).join('\n');
    expect(all).toContain(lines.join('\n'));
  });

  it('gives Peskov as the speaker of both long quotes and of "pressing issues"', () => {
    expect(quoteLines(a).map((l) => l.replace(/^quote "(.{20}).*"/, 'quote "$1…"'))).toEqual([
      'quote "This is a country th…" ← Dmitry Peskov',
      'quote "We need to resolve p…" ← Dmitry Peskov',
      'quote "pressing issues" ← Dmitry Peskov',
    ]);
  });

  it('finds every number, all unsourced, and no idioms', () => {
    expect(numberLines(a)).toEqual([
      'number "over a hundred" count unsourced',
      'number "two decades" duration unsourced',
      'number "137" count unsourced',
      'number "180" count unsourced',
      'number "2021" year unsourced',
    ]);
  });

  it.each([
    'opinion "firm grip" loaded',
    'opinion "most likely" hedge',
    'opinion "reportedly" hedge',
    'opinion "botched" evaluative',
    'opinion "widely classified" weasel',
  ])('marks the writer\'s wording: %s', (line) => {
    expect(opinionLines(a)).toContain(line);
  });

  it('marks no opinion inside the quotes ("practically" is Peskov\'s word)', () => {
    expect(opinionLines(a).join()).not.toContain('practically');
  });

  it('counts Dmitry Peskov once, as a person with every one of his attributions', () => {
    const peskov = a.sources.find((s) => s.name === 'Dmitry Peskov')!;
    expect(peskov.type).toBe('person');
    expect(peskov.attributions.length).toBeGreaterThanOrEqual(5);
  });
});
