import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/index.ts';
import { marksOf, quoteLines } from '../helpers/marks.ts';

describe('quotes', () => {
  it.each([
    ['"We are ready," Smith said.', ['quote "We are ready," ← Smith']],
    ['“We are ready,” Smith said.', ['quote "We are ready," ← Smith']],
    ["''We are ready,'' Smith said.", ['quote "We are ready," ← Smith']],
    // Newswire text that opens with two backticks and closes with two apostrophes.
    ["``We are ready,'' Smith said. ``We won't wait.''", ['quote "We are ready," ← Smith', 'quote "We won\'t wait." ← Smith']],
    ['Smith said: “They told me ‘never again’ and I believed them.”', ['quote "They told me ‘never again’ and I believed them." ← Smith']],
    ['The “pressing issues” alluded to by Jane Smith remain.', ['quote "pressing issues" ← Jane Smith']],
    ["The mayor called it 'a disgrace' on Monday.", ['quote "a disgrace" ← the mayor']],
    ['“We are ready,“ Smith said.', ['quote "We are ready," ← Smith']],
    // A clause about a named subject, then a colon: the quotation is the subject's.
    ['“We played well,” coach Ray Dunn said. Moss was more modest: “We got lucky.”', ['quote "We played well," ← Ray Dunn', 'quote "We got lucky." ← Moss']],
    // Reader comments signed with a dash after the quotation.
    ['“A real disgrace.” ― Ana Ruiz “He never listens.” ― Ben Cole', ['quote "A real disgrace." ← Ana Ruiz', 'quote "He never listens." ← Ben Cole']],
    ['“It is over” — and then he left.', ['quote "It is over"']],
    // A closing mark set off by a space after the quote's last mark still closes it.
    ['"It is a shame, " Holt said. "We will see."', ['quote "It is a shame," ← Holt', 'quote "We will see." ← Holt']],
    ['"Not just me saying, \'vote for him,\' " Holt told CNN.', ['quote "Not just me saying, \'vote for him,\'" ← Holt']],
    ["''I hate the term 'Manhattan poor,' '' she said.", ["quote \"I hate the term 'Manhattan poor,'\" ← she"]],
    ["''There was a backlash against 'Primates,'  '' Ms. Ferriss noted.", ["quote \"There was a backlash against 'Primates,'\" ← Ferriss"]],
    ['He has appeared on “Saturday Night Live” twice.', []],
    ['He read “The Old Man and the Sea” aloud.', []],
    ["The players' union and the owners' group met.", []],
  ])('%s', (text, expected) => {
    expect(marksOf(text, quoteLines)).toEqual(expected);
  });

  it('follows a quote over paragraphs: each opens with a mark, only the last closes', () => {
    const text = 'Jane Smith said: “The first part runs on.\n“The second part ends here.”\nThe writer goes on.';
    const a = analyze(text);
    expect(quoteLines(a)).toEqual(['quote "The first part runs on." ← Jane Smith', 'quote "The second part ends here." ← Jane Smith']);
  });

  it('gives a paragraph that is only a quotation to whoever spoke last in the paragraph before', () => {
    const text = '“We will win,” said Jane Smith.\n“The polls are wrong.”\n“We will win,” Smith said. Tom Jones, however, said the party would lose.\n“It is over.”';
    expect(quoteLines(analyze(text))).toEqual(['quote "We will win," ← Jane Smith', 'quote "The polls are wrong." ← Jane Smith', 'quote "We will win," ← Jane Smith', 'quote "It is over."']);
  });

  it('closes an unbalanced mark at its paragraph end and reads the rest as usual', () => {
    const text = 'He said “this never closes.\nThe report found that 40 people died.';
    const a = analyze(text);
    expect(a.quotes).toHaveLength(1);
    expect(a.numbers.map((n) => text.slice(n.start, n.end))).toEqual(['40']);
    expect(a.attributions.map((x) => text.slice(x.cue.start, x.cue.end))).toContain('found');
  });

  it('marks a partial quote as partial and a whole quoted sentence as not', () => {
    const a = analyze('He called them “pressing issues” yesterday. “We will win.”');
    expect(a.quotes.map((q) => q.partial)).toEqual([true, false]);
  });
});
