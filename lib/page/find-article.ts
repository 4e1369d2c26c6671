/**
 * Finds the article on a live page. Readability decides, on a clone of the document, which text is
 * the article; each text node it keeps is mapped back to the live node it was cloned from, so the
 * page itself is never touched. Fallbacks: <article>, [itemprop=articleBody], then the block with
 * the most paragraph text.
 */
import { Readability } from '@mozilla/readability';
import { collectBlocks, isSkipped, type Block, type Part } from './blocks.ts';

const MIN_ARTICLE_CHARS = 200;

export function findArticleBlocks(doc: Document, visible: (el: Element) => boolean = () => true): Block[] {
  const fromReadability = readabilityBlocks(doc, visible);
  if (fromReadability && textLength(fromReadability) >= MIN_ARTICLE_CHARS) return fromReadability;
  const elements = allElements(doc);
  const root = elements.find((e) => e.tagName === 'ARTICLE') ?? elements.find((e) => e.getAttribute('itemprop') === 'articleBody') ?? densestBlock(elements);
  if (!root) return [];
  const blocks = collectBlocks(root, visible);
  return textLength(blocks) >= MIN_ARTICLE_CHARS ? blocks : [];
}

function readabilityBlocks(doc: Document, visible: (el: Element) => boolean): Block[] | null {
  const original = new WeakMap<Node, Text>();
  let clone: Document;
  let content: Node | null | undefined;
  try {
    clone = doc.cloneNode(true) as Document;
    const live = doc.createTreeWalker(doc, 4);
    const copy = clone.createTreeWalker(clone, 4);
    for (let a = live.nextNode(), b = copy.nextNode(); a && b; a = live.nextNode(), b = copy.nextNode()) original.set(b, a as Text);
    content = new Readability<Node>(clone, { serializer: (node) => node, charThreshold: MIN_ARTICLE_CHARS }).parse()?.content;
  } catch {
    // A page Readability cannot read (too deep, too odd) falls back to the simpler ways below.
    return null;
  }
  if (!content) return null;
  // The live text nodes Readability kept, grouped by the live block that holds them.
  const kept = new Set<Text>();
  const walker = clone.createTreeWalker(content, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = original.get(n);
    if (t) kept.add(t);
  }
  if (kept.size === 0) return null;
  const byElement = new Map<Element, Block>();
  const blocks: Block[] = [];
  const root = commonAncestor([...kept]);
  if (!root) return null;
  for (const block of collectBlocks(root, visible)) {
    const parts: Part[] = block.parts.filter((p) => p === ' ' || kept.has(p));
    if (!parts.some((p) => p !== ' ' && p.data.trim())) continue;
    if (!byElement.has(block.element)) {
      const b = { element: block.element, parts };
      byElement.set(block.element, b);
      blocks.push(b);
    }
  }
  return blocks;
}

function commonAncestor(nodes: Node[]): Element | null {
  let ancestor: Node | null = nodes[0]?.parentNode ?? null;
  for (const node of nodes) {
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentNode;
  }
  return ancestor && ancestor.nodeType === 1 ? (ancestor as Element) : (ancestor as Document | null)?.documentElement ?? null;
}

/** The element whose own paragraphs hold the most text: the article on a page with no markup for it. */
function densestBlock(elements: Element[]): Element | null {
  const score = new Map<Element, number>();
  for (const p of elements) {
    if (p.tagName !== 'P') continue;
    const parent = p.parentElement;
    if (!parent || isSkippedUp(parent)) continue;
    score.set(parent, (score.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

function isSkippedUp(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

const textLength = (blocks: Block[]) => blocks.reduce((n, b) => n + b.parts.reduce((m, p) => m + (p === ' ' ? 1 : p.data.trim().length), 0), 0);

/** Every element in document order, walked without recursion (a page may nest thousands deep). */
function allElements(doc: Document): Element[] {
  const out: Element[] = [];
  let el: Element | null = doc.documentElement;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) el = el.parentElement;
    el = el?.nextElementSibling ?? null;
  }
  return out;
}
