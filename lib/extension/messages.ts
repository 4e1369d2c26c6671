/**
 * The messages between popup, background and content script, typed and checked on arrival: a
 * message that does not have the right shape is ignored, never acted on.
 */
import type { Kind, Metrics, SourceType } from '../analyze/types.ts';

/** What the content script reports about its page. */
export interface PageReport {
  status: 'ready' | 'no-article' | 'off';
  url: string;
  title: string;
  metrics: Metrics | null;
  sources: { id: number; name: string; type: SourceType; count: number; via: string[] }[];
  /** The passages behind each figure, as short excerpts with the mark index to scroll to. */
  passages: Record<PassageGroup, Passage[]>;
  kinds: Record<Kind, boolean>;
}

export type PassageGroup = 'attributed' | 'unattributed' | 'named' | 'anonymous' | 'documents' | 'secondHand' | 'sourcedNumbers' | 'unsourcedNumbers' | 'opinions' | 'quotes';

export interface Passage {
  text: string;
  /** Index of the mark in the content script's list, to scroll to. */
  mark: number;
}

export type Request =
  | { type: 'sayso:report' }
  | { type: 'sayso:show-kinds'; kinds: Record<Kind, boolean> }
  | { type: 'sayso:reveal'; mark: number }
  | { type: 'sayso:reveal-source'; source: number }
  | { type: 'sayso:step'; direction: 1 | -1 }
  | { type: 'sayso:switch'; on: boolean }
  | { type: 'sayso:palette'; palette: 'default' | 'high-contrast' };

/** From the content script to the background: the badge count for its tab. */
export interface BadgeUpdate {
  type: 'sayso:badge';
  sources: number | null;
}

const KIND_KEYS = ['source', 'cue', 'quote', 'number', 'opinion'];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isRequest(x: unknown): x is Request {
  if (!isObject(x) || typeof x.type !== 'string') return false;
  switch (x.type) {
    case 'sayso:report':
      return true;
    case 'sayso:show-kinds':
      return isObject(x.kinds) && KIND_KEYS.every((k) => typeof (x.kinds as Record<string, unknown>)[k] === 'boolean');
    case 'sayso:reveal':
      return Number.isInteger(x.mark) && (x.mark as number) >= 0;
    case 'sayso:reveal-source':
      return Number.isInteger(x.source) && (x.source as number) >= 0;
    case 'sayso:step':
      return x.direction === 1 || x.direction === -1;
    case 'sayso:switch':
      return typeof x.on === 'boolean';
    case 'sayso:palette':
      return x.palette === 'default' || x.palette === 'high-contrast';
    default:
      return false;
  }
}

export function isBadgeUpdate(x: unknown): x is BadgeUpdate {
  return isObject(x) && x.type === 'sayso:badge' && (x.sources === null || (Number.isInteger(x.sources) && (x.sources as number) >= 0));
}
