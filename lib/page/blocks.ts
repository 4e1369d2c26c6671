/**
 * The readable blocks of an article element, one paragraph each, in document order: what a reader
 * sees as prose. Navigation, asides, figures, scripts, forms and hidden elements are skipped.
 * Works on any DOM (the browser's, or one made in Node for the CLI).
 */

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'DIV', 'SECTION', 'ARTICLE', 'MAIN']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'svg']);

export interface Block {
  element: Element;
  /** The text nodes whose data makes up the block, in order. */
  nodes: Text[];
}

/** True when the element or an ancestor up to `root` says it is hidden or not content. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Collects the article's blocks: each innermost block element with text becomes one paragraph. */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const walk = (el: Element, block: Block | null) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (!text.data.trim() && !block) continue;
        if (!block) {
          // Loose text directly in a container: it forms a block of its own.
          if (!current || current.element !== el) {
            current = { element: el, nodes: [] };
            blocks.push(current);
          }
          current.nodes.push(text);
        } else block.nodes.push(text);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isSkipped(element)) continue;
        if (BLOCKS.has(element.tagName) && hasBlockChild(element)) {
          current = null;
          walk(element, null);
          current = null;
        } else if (BLOCKS.has(element.tagName)) {
          const own: Block = { element, nodes: [] };
          blocks.push(own);
          current = null;
          walk(element, own);
        } else if (element.tagName === 'BR' && block) {
          block.nodes.push(element.ownerDocument.createTextNode('\n'));
        } else walk(element, block);
      }
    }
  };
  walk(root, null);
  return blocks.filter((b) => b.nodes.some((n) => n.data.trim()));
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCKS.has(c.tagName) && !isSkipped(c)) return true;
  }
  return false;
}

/** One line of text per block, white space folded. */
export function blockText(block: Block): string {
  return block.nodes.map((n) => n.data).join('').replace(/\s+/g, ' ').trim();
}
