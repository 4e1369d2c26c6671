import { describe, expect, it } from 'vitest';
import { headlineOf, newsPage } from '../../lib/demo/news-page.ts';

describe('the demo news page', () => {
  it.each([
    ['Peskov spoke on Tuesday.', 'Peskov spoke on Tuesday'],
    [
      'The Russian government is considering removing the Taliban from its list of terrorist organizations.',
      'The Russian government is considering removing the Taliban from its list of terrorist…',
    ],
  ])('heads the page with its first line, cut at a word: %s', (line, headline) => {
    expect(headlineOf(line)).toBe(headline);
  });

  it('builds a page from an empty article without failing', () => {
    expect(newsPage('')).toContain('<title>An article | The Daily Example</title>');
  });
});
