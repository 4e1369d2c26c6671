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

/** Collects the blocks under `root`: each innermost block element with text becomes one paragraph. */
export function collectBlocks(root: Element, visible: (el: Element) => boolean = () => true): Block[] {
  const blocks: Block[] = [];
  let loose: Block | null = null;
  const walk = (el: Element, block: Block | null) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (block) block.parts.push(text);
        else if (text.data.trim()) {
          // Loose text directly in a container forms a block of its own.
          if (!loose || loose.element !== el) blocks.push((loose = { element: el, parts: [] }));
          loose.parts.push(text);
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isSkipped(element) || !visible(element)) continue;
        if (BLOCKS.has(element.tagName)) {
          loose = null;
          if (hasBlockChild(element)) walk(element, null);
          else {
            const own: Block = { element, parts: [] };
            blocks.push(own);
            walk(element, own);
          }
          loose = null;
        } else if (element.tagName === 'BR') block?.parts.push(' ');
        else walk(element, block);
      }
    }
  };
  walk(root, null);
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
