import { describe, expect, it } from 'vitest';
import { isBadgeUpdate, isRequest } from '../../lib/extension/messages.ts';
import { DEFAULT_SETTINGS, pageOrigin, parseSettings, permissionCovers } from '../../lib/extension/settings.ts';

describe('settings read from storage', () => {
  it.each([
    ['nothing stored', undefined],
    ['garbage', 'garbage'],
    ['an array', [1, 2, 3]],
    ['an old shape', { highlight: true, colours: 'blue' }],
  ])('fall back to the defaults for %s', (_what, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keep the good fields and drop the bad ones, field by field', () => {
    const parsed = parseSettings({
      kinds: { opinion: false, number: 'no', bogus: true },
      palette: 'neon',
      sites: ['https://news.example', 'javascript:alert(1)', 'https://news.example', 42],
      allSites: 'yes',
      off: ['http://127.0.0.1:8080'],
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      kinds: { ...DEFAULT_SETTINGS.kinds, opinion: false },
      sites: ['https://news.example'],
      off: ['http://127.0.0.1:8080'],
    });
  });
});

describe('page origins', () => {
  it.each([
    ['https://news.example/world/story?id=1', 'https://news.example'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
    ['chrome://extensions/', null],
    ['about:addons', null],
    ['https://chromewebstore.google.com/detail/x', null],
    ['https://addons.mozilla.org/en-US/firefox/', null],
    ['file:///home/me/a.html', null],
    [undefined, null],
  ])('%s → %s', (url, origin) => {
    expect(pageOrigin(url)).toBe(origin);
  });
});

describe('messages', () => {
  it.each([
    [{ type: 'sayso:report' }, true],
    [{ type: 'sayso:reveal', mark: 3 }, true],
    [{ type: 'sayso:reveal', mark: -1 }, false],
    [{ type: 'sayso:reveal', mark: '3' }, false],
    [{ type: 'sayso:step', direction: 2 }, false],
    [{ type: 'sayso:show-kinds', kinds: { source: true, cue: true, quote: true, number: true } }, false],
    [{ type: 'sayso:palette', palette: 'high-contrast' }, true],
    [{ type: 'something-else' }, false],
    ['sayso:report', false],
    [null, false],
  ])('%j is a request: %s', (message, ok) => {
    expect(isRequest(message)).toBe(ok);
  });

  it('checks badge updates', () => {
    expect([isBadgeUpdate({ type: 'sayso:badge', sources: 4 }), isBadgeUpdate({ type: 'sayso:badge', sources: null }), isBadgeUpdate({ type: 'sayso:badge', sources: -2 })]).toEqual([true, true, false]);
  });
});

describe('host permissions', () => {
  it.each([
    ['<all_urls>', 'https://news.example', true],
    ['https://news.example/*', 'https://news.example', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080', true],
    ['*://*.example.com/*', 'https://www.example.com', true],
    ['*://*.example.com/*', 'https://example.com', true],
    ['https://news.example/*', 'http://news.example', false],
    ['https://news.example/*', 'https://other.example', false],
    ['*://*.example.com/*', 'https://badexample.com', false],
  ])('%s covers %s: %s', (pattern, origin, covers) => {
    expect(permissionCovers(pattern, origin)).toBe(covers);
  });
});
