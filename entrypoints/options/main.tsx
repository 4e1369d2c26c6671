import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options.tsx';
import { loadSettings, requestSite, updateSettings } from '../../lib/extension/api.ts';
import type { Settings } from '../../lib/extension/settings.ts';
import '../popup/style.css';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string>();
  useEffect(() => void loadSettings(browser).then(setSettings), []);
  if (!settings) return null;
  const update = async (change: (s: Settings) => Settings) => setSettings(await updateSettings(browser, change));
  return (
    <Options
      settings={settings}
      notice={notice}
      actions={{
        setKind: (kind, on) => update((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } })),
        setPalette: (palette) => update((s) => ({ ...s, palette })),
        removeSite: (origin) => update((s) => ({ ...s, sites: s.sites.filter((o) => o !== origin) })),
        setAllSites: async (on) => {
          if (on && !(await requestSite(browser, 'all'))) return setNotice('Your browser did not grant sayso access to all sites.');
          setNotice(undefined);
          await update((s) => ({ ...s, allSites: on }));
        },
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
