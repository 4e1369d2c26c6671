/**
 * What the popup does for the active tab: run sayso there, read its report, and carry the
 * reader's choices to the page and to the settings.
 */
import type { Kind } from '../analyze/types.ts';
import { activeTab, ask, loadSettings, reportFor, requestSite, updateSettings, type Api } from './api.ts';
import type { PageReport } from './messages.ts';

export type PopupModel =
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: PageReport; origin: string; alwaysOn: boolean; tabId: number };

export async function loadPopup(api: Api, requestedTab?: number): Promise<PopupModel> {
  const tab = await activeTab(api, requestedTab);
  if (!tab || !tab.origin) return { kind: 'unsupported' };
  try {
    const [report, settings] = await Promise.all([reportFor(api, tab.id), loadSettings(api)]);
    return { kind: 'report', report, origin: tab.origin, alwaysOn: settings.allSites || settings.sites.includes(tab.origin), tabId: tab.id };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

export async function setKind(api: Api, tabId: number, kind: Kind, on: boolean): Promise<Record<Kind, boolean>> {
  const next = await updateSettings(api, (s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
  await ask(api, tabId, { type: 'sayso:show-kinds', kinds: next.kinds }).catch(() => null);
  return next.kinds;
}

export async function switchSite(api: Api, tabId: number, origin: string, on: boolean): Promise<PageReport | null> {
  await updateSettings(api, (s) => ({ ...s, off: on ? s.off.filter((o) => o !== origin) : [...s.off, origin] }));
  await ask(api, tabId, { type: 'sayso:switch', on }).catch(() => null);
  return ask<PageReport>(api, tabId, { type: 'sayso:report' }).catch(() => null);
}

/** Asks for this site's permission (from the click), then remembers the site. */
export async function alwaysRunHere(api: Api, origin: string): Promise<boolean> {
  if (!(await requestSite(api, origin))) return false;
  await updateSettings(api, (s) => ({ ...s, sites: [...s.sites, origin] }));
  return true;
}
