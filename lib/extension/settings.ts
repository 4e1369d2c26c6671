/**
 * sayso's settings: which kinds are shown, the palette, and where it runs on its own. Stored with
 * browser.storage and validated whenever read, so a bad or old stored value falls back to the default.
 */
import type { Kind } from '../analyze/types.ts';

export type Palette = 'default' | 'high-contrast';
export const KINDS: readonly Kind[] = ['source', 'cue', 'quote', 'number', 'opinion'];
export const PALETTES: readonly Palette[] = ['default', 'high-contrast'];

export interface Settings {
  kinds: Record<Kind, boolean>;
  palette: Palette;
  /** Origins ("https://example.com") where sayso runs without a click. */
  sites: string[];
  /** Run on every site (asks for the all-sites permission). */
  allSites: boolean;
  /** Origins where the reader switched sayso off. */
  off: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { source: true, cue: true, quote: true, number: true, opinion: true },
  palette: 'default',
  sites: [],
  allSites: false,
  off: [],
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const ORIGIN = /^https?:\/\/[^/\s]+$/;
const origins = (x: unknown): string[] => (Array.isArray(x) ? [...new Set(x.filter((o): o is string => typeof o === 'string' && ORIGIN.test(o)))] : []);

/** Reads anything that came out of storage into valid settings, field by field. */
export function parseSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  if (isRecord(r.kinds)) for (const k of KINDS) if (typeof r.kinds[k] === 'boolean') kinds[k] = r.kinds[k] as boolean;
  return {
    kinds,
    palette: PALETTES.includes(r.palette as Palette) ? (r.palette as Palette) : DEFAULT_SETTINGS.palette,
    sites: origins(r.sites),
    allSites: typeof r.allSites === 'boolean' ? r.allSites : DEFAULT_SETTINGS.allSites,
    off: origins(r.off),
  };
}

/** The origin of a page sayso can run on, or null for browser pages, stores and files. */
export function pageOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (STORE_HOSTS.has(u.hostname)) return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** Extension stores, where browsers let no extension run. */
const STORE_HOSTS = new Set(['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/** Whether a granted host permission ("http://127.0.0.1/*", "*://*.example.com/*", "<all_urls>") covers an origin. */
export function permissionCovers(pattern: string, origin: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)\//.exec(pattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const scheme = url.protocol.slice(0, -1);
  if (m[1] !== '*' ? m[1] !== scheme : scheme !== 'http' && scheme !== 'https') return false;
  const host = m[2]!;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}
