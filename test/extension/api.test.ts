/** The browser calls, against WXT's in-memory fakeBrowser. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, onSettingsChanged, saveSettings, updateSettings } from '../../lib/extension/api.ts';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings.ts';

const api = fakeBrowser as unknown as Parameters<typeof loadSettings>[0];

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from the defaults', async () => {
    expect(await loadSettings(api)).toEqual(DEFAULT_SETTINGS);
  });

  it('survive a save and a load, and an invalid stored value is read as the default', async () => {
    await saveSettings(api, { ...DEFAULT_SETTINGS, palette: 'high-contrast' });
    expect((await loadSettings(api)).palette).toBe('high-contrast');
    await fakeBrowser.storage.local.set({ settings: { palette: 'neon', kinds: 'all' } });
    expect(await loadSettings(api)).toEqual(DEFAULT_SETTINGS);
  });

  it('tell listeners about changes', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged(api, (s) => seen.push(s.palette));
    await updateSettings(api, (s) => ({ ...s, palette: 'high-contrast' }));
    stop();
    await updateSettings(api, (s) => ({ ...s, palette: 'default' }));
    expect(seen).toEqual(['high-contrast']);
  });
});
