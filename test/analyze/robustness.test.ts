/** Bad input never breaks the analyser: it returns an analysis, and its marks stay inside the text. */
import { readFileSync } from 'node:fs';
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
    ['a text that opens with "and" and a verb', 'And talk him up, McCarrick'],
    ['capitals only', 'OFFICIALS SAID THE ROAD WAS CLOSED AND 40 PEOPLE DIED. '.repeat(200)],
  ])('%s', (_what, text) => {
    expect(() => inside(text)).not.toThrow();
  });

  it('reads prose cut off after any word, as a page or a draft may end mid-sentence', () => {
    const prose = readFileSync(new URL('../../seeds/000_ae500b7c27a48a36.txt', import.meta.url), 'utf8') +
      '\nIt passed, according to Reuters\nThe plan was criticized by officials briefed\nSome voters, citing\nAnd talk him up, Jones said\nHe said, “We will';
    const ends = [...prose.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
    const failures = ends.filter((end) => {
      try {
        inside(prose.slice(0, end));
        return false;
      } catch {
        return true;
      }
    });
    expect(failures.map((end) => prose.slice(Math.max(0, end - 40), end))).toEqual([]);
  });

  it('reads 5 MB of prose and still finds its marks', () => {
    const paragraph = 'Officials said 40 people died in the botched raid, according to Reuters.\n';
    const a = inside(paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));
    expect(a.metrics.attributions).toBeGreaterThan(60_000);
    expect(a.metrics.numbers).toBe(a.paragraphs.length);
  });
});
