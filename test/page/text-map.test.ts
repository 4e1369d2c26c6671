// @vitest-environment happy-dom
/** From the page's text nodes to one string and back, offset for offset. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/index.ts';
import { collectBlocks } from '../../lib/page/blocks.ts';
import { findArticleBlocks } from '../../lib/page/find-article.ts';
import { buildMarks } from '../../lib/page/marks.ts';
import { buildTextMap, rangeFor } from '../../lib/page/text-map.ts';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('the text map', () => {
  it('turns every mark back into a range over exactly its words', () => {
    const doc = page('<article><p>Kremlin spokesperson <b>Dmitry</b> Peskov told reporters on Tuesday<br>that 137 people died.</p><p>"We are ready," Peskov said.</p></article>');
    const map = buildTextMap(collectBlocks(doc.querySelector('article')!));
    expect(map.text).toBe('Kremlin spokesperson Dmitry Peskov told reporters on Tuesday that 137 people died.\n"We are ready," Peskov said.');
    const a = analyze(map.text);
    for (const m of buildMarks(a)) expect(rangeFor(map, doc, m.start, m.end)!.toString()).toBe(map.text.slice(m.start, m.end));
  });

  it('reads line breaks inside a text node as spaces, keeping offsets', () => {
    const doc = page('<article><p>Officials\nsaid the road\tis closed.</p></article>');
    const map = buildTextMap(collectBlocks(doc.querySelector('article')!));
    expect(map.text).toBe('Officials said the road is closed.');
    expect(rangeFor(map, doc, 10, 14)!.toString()).toBe('said');
  });
});

describe('finding the article', () => {
  const filler = 'The council met on Monday to discuss the budget, and members said the plan would be debated again next week. '.repeat(3);

  it('skips navigation, asides, hidden text, captions and comment sections', () => {
    const doc = page(`
      <nav><a>Officials said nav text</a></nav>
      <article>
        <p>${filler}</p>
        <p hidden>Hidden officials said this.</p>
        <figure><figcaption>Caption: officials said</figcaption></figure>
        <div class="comments"><p>Commenter said something rude.</p></div>
        <p>The mayor said the road would reopen.</p>
      </article>
      <aside><p>Experts say sidebars are great.</p></aside>`);
    const text = buildTextMap(findArticleBlocks(doc)).text;
    expect(text).toContain('The mayor said the road would reopen.');
    for (const stray of ['nav text', 'Hidden', 'Caption', 'Commenter', 'sidebars']) expect(text).not.toContain(stray);
  });

  it('finds nothing on a page without an article', () => {
    const doc = page('<nav><a>Home</a></nav><ul><li><a>Markets rally</a></li><li><a>Storm heads north</a></li></ul>');
    expect(findArticleBlocks(doc)).toEqual([]);
  });
});
