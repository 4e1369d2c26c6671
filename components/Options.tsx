/** The options page: kinds, palette, and the sites where sayso runs on its own. */
import type { Kind } from '../lib/analyze/types.ts';
import type { Palette, Settings } from '../lib/extension/settings.ts';
import { KindToggles } from './KindToggles.tsx';

export interface OptionsActions {
  setKind(kind: Kind, on: boolean): void;
  setPalette(palette: Palette): void;
  removeSite(origin: string): void;
  setAllSites(on: boolean): void;
}

export function Options({ settings, actions, notice }: { settings: Settings; actions: OptionsActions; notice?: string }) {
  return (
    <main class="options">
      <h1>sayso options</h1>
      <KindToggles kinds={settings.kinds} onChange={actions.setKind} />
      <fieldset>
        <legend>Palette</legend>
        {(['default', 'high-contrast'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name="palette" value={p} checked={settings.palette === p} onChange={() => actions.setPalette(p)} />
            {p === 'default' ? 'Default (safe for colour-blind readers)' : 'High contrast'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Where sayso runs on its own</legend>
        <label>
          <input type="checkbox" name="all-sites" checked={settings.allSites} onChange={(e) => actions.setAllSites(e.currentTarget.checked)} />
          On every site (asks your browser for permission to read all sites)
        </label>
        {settings.sites.length === 0 ? (
          <p class="empty-note">No sites yet. Use "Always run on this site" in the popup to add one.</p>
        ) : (
          <ul class="sites">
            {settings.sites.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" onClick={() => actions.removeSite(origin)} aria-label={`Stop running on ${origin}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {notice ? <p role="status">{notice}</p> : null}
      <p class="privacy">sayso reads pages on your machine only. It sends nothing anywhere: no requests, no account, no telemetry.</p>
    </main>
  );
}
