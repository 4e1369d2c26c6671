// @vitest-environment happy-dom
/** Every state of the options page. */
import { describe, expect, it, vi } from 'vitest';
import { Options, type OptionsActions } from '../../components/Options.tsx';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings.ts';
import { fireEvent, render } from './render.ts';

const actions = (): OptionsActions => ({ setKind: vi.fn(), setPalette: vi.fn(), removeSite: vi.fn(), setAllSites: vi.fn() });

describe('the options page', () => {
  it('shows the defaults: every kind on, the default palette, no sites', () => {
    const root = render(<Options settings={DEFAULT_SETTINGS} actions={actions()} />);
    expect([...root.querySelectorAll<HTMLInputElement>('.kinds input')].map((i) => i.checked)).toEqual([true, true, true, true, true]);
    expect(root.querySelector<HTMLInputElement>('input[value="default"]')!.checked).toBe(true);
    expect(root.textContent).toContain('No sites yet.');
  });

  it('lists the sites and removes one', () => {
    const a = actions();
    const root = render(<Options settings={{ ...DEFAULT_SETTINGS, sites: ['https://news.example', 'https://daily.example'] }} actions={a} />);
    expect([...root.querySelectorAll('.sites li')].map((li) => li.textContent)).toEqual(['https://news.example Remove', 'https://daily.example Remove']);
    fireEvent.click(root.querySelector('[aria-label="Stop running on https://daily.example"]')!);
    expect(a.removeSite).toHaveBeenCalledWith('https://daily.example');
  });

  it('changes palette, kinds and all-sites', () => {
    const a = actions();
    const root = render(<Options settings={DEFAULT_SETTINGS} actions={a} />);
    fireEvent.click(root.querySelector('input[value="high-contrast"]')!);
    fireEvent.click(root.querySelector('input[name="number"]')!);
    fireEvent.click(root.querySelector('input[name="all-sites"]')!);
    expect(a.setPalette).toHaveBeenCalledWith('high-contrast');
    expect(a.setKind).toHaveBeenCalledWith('number', false);
    expect(a.setAllSites).toHaveBeenCalledWith(true);
  });

  it('says when the browser refused a permission', () => {
    const root = render(<Options settings={DEFAULT_SETTINGS} actions={actions()} notice="Your browser did not grant sayso access to all sites." />);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Your browser did not grant sayso access to all sites.');
  });
});
