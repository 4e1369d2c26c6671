/** sayso's Firefox build in Debian's firefox-esr, installed and driven over WebDriver BiDi. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../lib/demo/server.ts';
import { launchFirefox, type Firefox } from './bidi.ts';
import { firefoxPath, pages, requireBrowsers, root, screenshots } from './harness.ts';

describe.skipIf(firefoxPath === null && !requireBrowsers)('in Firefox', () => {
  let server: PageServer;
  let firefox: Firefox;

  beforeAll(async () => {
    if (!firefoxPath) throw new Error('firefox-esr is not installed');
    server = await servePages(pages);
    firefox = await launchFirefox(firefoxPath);
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: resolve(root, '.output/firefox-mv2-e2e') } });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const evaluate = async <T,>(expression: string): Promise<T> => {
    const r = await firefox.send<{ result: { value?: unknown } }>('script.evaluate', {
      expression: `JSON.stringify(${expression})`,
      target: { context: firefox.context },
      awaitPromise: true,
    });
    return JSON.parse(r.result.value as string) as T;
  };

  const highlights = () =>
    evaluate<Record<string, string[]>>(`(() => { const out = {}; for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString()); return out; })()`);

  it('marks the seed page: sources, cues, quotes, numbers and opinion', async () => {
    await firefox.send('browsingContext.navigate', { context: firefox.context, url: `${server.origin}/`, wait: 'complete' });
    await expect.poll(async () => Object.keys(await highlights()).length, { timeout: 10_000 }).toBeGreaterThan(4);
    const h = await highlights();
    expect(h['sayso-source-person']).toContain('Kremlin spokesperson Dmitry Peskov');
    expect(h['sayso-cue']).toEqual(expect.arrayContaining(['told reporters', 'according to']));
    expect(h['sayso-number-unsourced']).toEqual(['over a hundred', 'two decades', '137', '180', '2021']);
    expect(h['sayso-opinion']).toEqual(expect.arrayContaining(['most likely', 'botched']));
    const shot = await firefox.send<{ data: string }>('browsingContext.captureScreenshot', { context: firefox.context });
    writeFileSync(join(screenshots, 'firefox-seed.png'), Buffer.from(shot.data, 'base64'));
  });

  it('leaves the page\'s DOM as it was served', async () => {
    const [before, after] = await evaluate<[string, string]>('[window.__servedDom, document.documentElement.outerHTML]');
    expect(after).toBe(before);
  });
});
