/**
 * The one place sayso calls browser.*: reading and saving settings, reaching the content script of
 * a tab, the badge, and the sites where sayso runs on its own. Every call takes the `browser`
 * object it needs, so tests pass WXT's fakeBrowser.
 */
import type { WxtBrowser } from 'wxt/browser';
import { isRequest, type PageReport, type Request } from './messages.ts';
import { DEFAULT_SETTINGS, pageOrigin, parseSettings, permissionCovers, type Settings } from './settings.ts';

export type Api = Pick<WxtBrowser, 'storage' | 'tabs' | 'scripting' | 'permissions' | 'action' | 'runtime'>;

const KEY = 'settings';
export const CONTENT_SCRIPT = '/content-scripts/content.js';
const REGISTERED_ID = 'sayso-sites';

export async function loadSettings(api: Pick<Api, 'storage'>): Promise<Settings> {
  const stored = await api.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(api: Pick<Api, 'storage'>, settings: Settings): Promise<void> {
  await api.storage.local.set({ [KEY]: parseSettings(settings) });
}

export async function updateSettings(api: Pick<Api, 'storage'>, change: (s: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings(api)));
  await saveSettings(api, next);
  return next;
}

export function onSettingsChanged(api: Pick<Api, 'storage'>, listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSettings(changes[KEY]!.newValue ?? DEFAULT_SETTINGS));
  };
  api.storage.onChanged.addListener(handler);
  return () => api.storage.onChanged.removeListener(handler);
}

/** Runs the content script in a tab (a no-op when it already runs there) and asks it for its report. */
export async function reportFor(api: Pick<Api, 'scripting' | 'tabs'>, tabId: number): Promise<PageReport> {
  try {
    return await ask<PageReport>(api, tabId, { type: 'sayso:report' });
  } catch {
    await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return ask<PageReport>(api, tabId, { type: 'sayso:report' });
  }
}

export async function ask<T>(api: Pick<Api, 'tabs'>, tabId: number, request: Request): Promise<T> {
  if (!isRequest(request)) throw new Error(`not a sayso request: ${JSON.stringify(request)}`);
  const answer = (await api.tabs.sendMessage(tabId, request)) as T | undefined;
  if (answer === undefined) throw new Error('sayso is not running in this tab');
  return answer;
}

export async function setBadge(api: Pick<Api, 'action'>, tabId: number, sources: number | null): Promise<void> {
  await api.action.setBadgeText({ tabId, text: sources === null ? '' : String(sources) });
  await api.action.setBadgeBackgroundColor({ tabId, color: '#0072B2' });
}

/** Asks for the permission to run on an origin, or on every site. Must be called from a click. */
export async function requestSite(api: Pick<Api, 'permissions'>, origin: string | 'all'): Promise<boolean> {
  return api.permissions.request({ origins: [origin === 'all' ? '<all_urls>' : `${origin}/*`] });
}

/** Keeps the registered content script in step with the sites the reader allowed and granted. */
export async function syncRegisteredSites(api: Pick<Api, 'scripting' | 'permissions' | 'storage'>): Promise<string[]> {
  const settings = await loadSettings(api);
  const granted = (await api.permissions.getAll()).origins ?? [];
  const matches =
    settings.allSites && granted.includes('<all_urls>')
      ? ['<all_urls>']
      : settings.sites.filter((o) => granted.some((p) => permissionCovers(p, o))).map((o) => `${o}/*`);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [REGISTERED_ID] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [REGISTERED_ID] });
  if (matches.length) {
    await api.scripting.registerContentScripts([{ id: REGISTERED_ID, matches, js: [CONTENT_SCRIPT.slice(1)], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return matches;
}

/** The active tab and whether sayso can run there. */
export async function activeTab(api: Pick<Api, 'tabs'>, requested?: number): Promise<{ id: number; url: string; origin: string | null } | null> {
  const tab = requested !== undefined ? await api.tabs.get(requested) : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return null;
  return { id: tab.id, url: tab.url ?? '', origin: pageOrigin(tab.url) };
}
