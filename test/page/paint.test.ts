// @vitest-environment happy-dom
/** Where the Highlight API is missing, marks wrap the text and unwrap it again without a trace. */
import { describe, expect, it } from 'vitest';
import { createPainter, type PageWindow } from '../../lib/page/paint.ts';

describe('painting without the Highlight API', () => {
  it('wraps each range in a <mark> of its kind, and clearing restores the page exactly', () => {
    document.body.innerHTML = '<article><p>Officials said 40 people died.</p></article>';
    const before = document.body.innerHTML;
    const text = document.querySelector('p')!.firstChild!;
    const range = (start: number, end: number) => {
      const r = document.createRange();
      r.setStart(text, start);
      r.setEnd(text, end);
      return r;
    };
    const painter = createPainter(document, { CSS: {} } as unknown as PageWindow);
    expect(painter.usesHighlights).toBe(false);
    painter.paint(new Map([['sayso-number-unsourced', [range(15, 17)]]]));
    expect(document.querySelector('mark.sayso-number-unsourced')!.textContent).toBe('40');
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});
