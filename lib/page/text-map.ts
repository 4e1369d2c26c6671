/**
 * One string for the analyser and a map back to the page: each block becomes a line, each text
 * node keeps its length (line breaks inside it read as spaces), so an offset in the string is an
 * offset in one text node.
 */
import { firstIndex } from '../analyze/search.ts';
import type { Block } from './blocks.ts';

export interface TextMap {
  text: string;
  /** The text node behind each stretch of the string, or null for a line break or block end. */
  nodes: (Text | null)[];
  /** Where each stretch starts in the string, ascending. */
  starts: number[];
}

export function buildTextMap(blocks: Block[]): TextMap {
  const pieces: string[] = [];
  const nodes: (Text | null)[] = [];
  const starts: number[] = [];
  let at = 0;
  const push = (node: Text | null, piece: string) => {
    nodes.push(node);
    starts.push(at);
    pieces.push(piece);
    at += piece.length;
  };
  blocks.forEach((block, i) => {
    if (i > 0) push(null, '\n');
    for (const part of block.parts) push(part === ' ' ? null : part, part === ' ' ? ' ' : part.data.replace(/[\n\r\t\f\v\u2028\u2029]/g, ' '));
  });
  return { text: pieces.join(''), nodes, starts };
}

/** The stretch that holds string offset `offset` (the last stretch starting at or before it). */
export function stretchAt(map: TextMap, offset: number): number {
  return Math.max(0, firstIndex(map.starts.length, (i) => map.starts[i]! > offset) - 1);
}

/** A DOM range over string offsets [start, end), or null when the text has left the page. */
export function rangeFor(map: TextMap, doc: Document, start: number, end: number): Range | null {
  const a = pointAt(map, start, 'start');
  const b = pointAt(map, end, 'end');
  if (!a || !b || !a[0].isConnected || !b[0].isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
  } catch {
    return null;
  }
  return range;
}

/** The text node and offset for a string offset, stepping off line breaks onto real text. */
function pointAt(map: TextMap, offset: number, side: 'start' | 'end'): [Text, number] | null {
  let i = stretchAt(map, side === 'end' ? offset - 1 : offset);
  const step = side === 'start' ? 1 : -1;
  while (i >= 0 && i < map.nodes.length && map.nodes[i] === null) i += step;
  const node = map.nodes[i];
  if (!node) return null;
  const local = Math.min(Math.max(offset - map.starts[i]!, 0), node.data.length);
  return [node, local];
}

/** The string offset of a point in a text node, or -1 when the node is not part of the map. */
export function offsetOf(map: TextMap, index: Map<Text, number>, node: Node, offset: number): number {
  const i = index.get(node as Text);
  return i === undefined ? -1 : map.starts[i]! + offset;
}

export function nodeIndex(map: TextMap): Map<Text, number> {
  const index = new Map<Text, number>();
  map.nodes.forEach((n, i) => n && index.set(n, i));
  return index;
}
