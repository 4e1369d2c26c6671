import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/index.ts';

const sentences = (text: string) => {
  const a = analyze(text);
  return a.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentences', () => {
  it.each([
    ['The U.S. military left in 2021. The Taliban took over.', ['The U.S. military left in 2021.', 'The Taliban took over.']],
    ['Mr. Smith met Gov. Jones on Jan. 5 in Washington. They talked.', ['Mr. Smith met Gov. Jones on Jan. 5 in Washington.', 'They talked.']],
    ['His rivals, Sens. Cruz and Rubio, met Reps. Ryan and Pelosi. They talked.', ['His rivals, Sens. Cruz and Rubio, met Reps. Ryan and Pelosi.', 'They talked.']],
    ['The court upheld Roe v. Wade in 1992. It stood.', ['The court upheld Roe v. Wade in 1992.', 'It stood.']],
    ['J. K. Rowling wrote it. Sales rose 3.5 percent.', ['J. K. Rowling wrote it.', 'Sales rose 3.5 percent.']],
    ['"We are ready." The minister left.', ['"We are ready."', 'The minister left.']],
    ['"Are we ready?" he asked. Nobody answered.', ['"Are we ready?" he asked.', 'Nobody answered.']],
    ['It moved to the U.S. The plan failed.', ['It moved to the U.S.', 'The plan failed.']],
    ['Acme Inc. said profits fell. Shares dropped.', ['Acme Inc. said profits fell.', 'Shares dropped.']],
    ['“It is over.” Then silence.', ['“It is over.”', 'Then silence.']],
    ['Sen. Jack Reed (D-R.I.) said it. Then he left.', ['Sen. Jack Reed (D-R.I.) said it.', 'Then he left.']],
    ['Rep. Chris Collins, R-N.Y., said it. Then he left.', ['Rep. Chris Collins, R-N.Y., said it.', 'Then he left.']],
    ['Cornyn, the No. 2 Republican, spoke. He asked for No. He got Yes.', ['Cornyn, the No. 2 Republican, spoke.', 'He asked for No.', 'He got Yes.']],
    ['He left (for good. Then she spoke. It was over.', ['He left (for good.', 'Then she spoke.', 'It was over.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('paragraphs', () => {
  const paragraphs = (text: string) => analyze(text).paragraphs.map((p) => text.slice(p.start, p.end));

  it('reads lines ended by \\r\\n or by \\r alone', () => {
    expect(paragraphs('One.\r\nTwo.\r\n\r\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
    expect(paragraphs('One.\rTwo.')).toEqual(['One.', 'Two.']);
  });

  it('reads one paragraph a line', () => {
    expect(paragraphs('First line.\nSecond line.\n\nThird.')).toEqual(['First line.', 'Second line.', 'Third.']);
  });

  it('joins a hard-wrapped block separated by blank lines into one paragraph', () => {
    const text = 'The minister said the plan\nwould go ahead despite the\nobjections of the council.\n\nNext paragraph.';
    expect(paragraphs(text)).toEqual(['The minister said the plan\nwould go ahead despite the\nobjections of the council.', 'Next paragraph.']);
  });

  it("keeps a page's lines apart though they end without a full stop", () => {
    const text = 'By Jane Doe, Associated Press\nUpdated 3:45 PM EST\nThe mayor said the bridge would reopen.\nPhoto: Getty Images\nShare this article';
    expect(paragraphs(text)).toHaveLength(5);
  });

  it('reads Windows line ends', () => {
    expect(paragraphs('One.\r\nTwo.\r\n')).toEqual(['One.', 'Two.']);
  });

  it('gives an empty analysis for empty or blank text', () => {
    for (const text of ['', '   \n\n  ']) {
      const a = analyze(text);
      expect([a.paragraphs.length, a.sentences.length, a.metrics.words, a.metrics.attributedSentenceShare]).toEqual([0, 0, 0, 0]);
    }
  });
});
