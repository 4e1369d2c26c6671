/** Bad input never breaks the analyser: it returns an analysis, and its marks stay inside the text. */
import { describe, expect, it } from 'vitest';
import { analyze, findings } from '../../lib/analyze/index.ts';

const inside = (text: string) => {
  const a = analyze(text);
  for (const f of findings(a)) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
  }
  return a;
};

describe('hostile and odd text', () => {
  it.each([
    ['NUL and control characters', 'Officials\u0000 said\u0007 it\u001b failed.'],
    ['lone surrogates', 'He said \ud800 it \udfff was over.'],
    ['only quote marks', '"'.repeat(5000) + '“”'.repeat(5000)],
    ['one word of a million characters', 'a'.repeat(1_000_000)],
    ['digits and separators without end', '1,'.repeat(50_000)],
    ['nested quotes that never close', '“He said ‘she said “they said ‘it was'.repeat(500)],
    ['right-to-left and combining marks', 'قال المتحدث إن 40 شخصا قتلوا. Ñandú said ok.'],
    ['capitals only', 'OFFICIALS SAID THE ROAD WAS CLOSED AND 40 PEOPLE DIED. '.repeat(200)],
  ])('%s', (_what, text) => {
    expect(() => inside(text)).not.toThrow();
  });

  it('reads 5 MB of prose and still finds its marks', () => {
    const paragraph = 'Officials said 40 people died in the botched raid, according to Reuters.\n';
    const a = inside(paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));
    expect(a.metrics.attributions).toBeGreaterThan(60_000);
    expect(a.metrics.numbers).toBe(a.paragraphs.length);
  });
});
