/**
 * The readable blocks of an article element, one paragraph each, in document order: what a reader
 * sees as prose. Navigation, asides, figures, scripts, forms and hidden elements are skipped.
 * Works on any DOM (the browser's, or one made in Node for the CLI).
 */

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'TABLE', 'TR', 'TBODY']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'SVG', 'svg', 'CANVAS', 'VIDEO', 'AUDIO', 'DIALOG']);
const SKIP_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alert', 'search']);
/** Class and id words of page furniture: share bars, related links, comments, promos. */
const FURNITURE = /(^|[\s_-])(share|sharing|social|related|recommend|comments?|promo|newsletter|byline|author|caption|credit|advert|ad-slot|sidebar|breadcrumb|tags)([\s_-]|$)/i;

/** One part of a block: a text node, or a line break that reads as a space. */
export type Part = Text | ' ';

export interface Block {
  element: Element;
  parts: Part[];
}

/** True when the element itself says it is hidden, furniture or not content. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (SKIP_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return FURNITURE.test(marker);
}

/**
 * Collects the blocks under `root`: each innermost block element with text becomes one paragraph.
 * The walk keeps its own stack, so no depth of nesting a page can throw at it overflows the call stack.
 */
export function collectBlocks(root: Element, visible: (el: Element) => boolean = () => true): Block[] {
  const blocks: Block[] = [];
  let loose: Block | null = null;
  const stack: { next: ChildNode | null; block: Block | null; parent: Element }[] = [{ next: root.firstChild, block: null, parent: root }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (BLOCKS.has(frame.parent.tagName)) loose = null;
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      const text = child as Text;
      if (frame.block) frame.block.parts.push(text);
      else if (text.data.trim()) {
        // Loose text directly in a container forms a block of its own.
        if (!loose || loose.element !== frame.parent) blocks.push((loose = { element: frame.parent, parts: [] }));
        loose.parts.push(text);
      }
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (isSkipped(element) || !visible(element)) continue;
    if (BLOCKS.has(element.tagName)) {
      loose = null;
      const own: Block | null = hasBlockChild(element) ? null : { element, parts: [] };
      if (own) blocks.push(own);
      stack.push({ next: element.firstChild, block: own, parent: element });
    } else if (element.tagName === 'BR') frame.block?.parts.push(' ');
    else stack.push({ next: element.firstChild, block: frame.block, parent: element });
  }
  return blocks.filter((b) => b.parts.some((p) => p !== ' ' && p.data.trim()));
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCKS.has(c.tagName) && !isSkipped(c)) return true;
  }
  return false;
}

/** One line of text per block, white space folded (for the CLI, where offsets into the page do not matter). */
export function blockText(block: Block): string {
  return block.parts
    .map((p) => (p === ' ' ? ' ' : p.data))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
