/**
 * sayso in a real Chromium with the built extension loaded, on news pages served from 127.0.0.1:
 * what a reader sees on the page and in the popup.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFigure, figureValue } from '../../lib/corpus/baseline.ts';
import { launchWithExtension } from '../../lib/demo/browser.ts';
import { servePages, type PageServer } from '../../lib/demo/server.ts';
import { main } from '../../lib/cli/main.ts';
import { chromePath, pages, requireBrowsers, root, screenshots } from './harness.ts';

const run = chromePath !== null || requireBrowsers;

/** The extension's own `chrome` object, inside its service worker. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(tab: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(q: { tabId: number }): Promise<string> };
  storage: { local: { set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

describe.skipIf(!run)('in Chromium', () => {
  let server: PageServer;
  let context: BrowserContext;
  let extensionId: string;
  let worker: Worker;
  const outside: string[] = [];

  beforeAll(async () => {
    server = await servePages(pages);
    ({ context, extensionId } = await launchWithExtension(resolve(root, '.output/chrome-mv3-e2e'), true));
    worker = context.serviceWorkers()[0]!;
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.origin) && !url.startsWith(`chrome-extension://${extensionId}/`) && !url.startsWith('data:')) outside.push(url);
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  /** Opens a page and waits until sayso has painted it (or found nothing). */
  async function open(path: string): Promise<Page> {
    // One page at a time, so a tab is found by its address.
    for (const p of context.pages()) await p.close();
    const page = await context.newPage();
    await page.goto(server.origin + path);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0 || document.readyState === 'complete', null, { timeout: 10_000 });
    await page.waitForTimeout(600);
    return page;
  }

  const highlights = (page: Page) =>
    page.evaluate(() => {
      const out: Record<string, string[]> = {};
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) out[name] = [...h].map((r) => r.toString());
      return out;
    });

  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
  }

  async function popupFor(page: Page): Promise<Page> {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(page)}`);
    await popup.waitForSelector('.figures, .state:not(:has-text("Reading"))');
    return popup;
  }

  it('marks the attributions, quotes, numbers and opinion a reader should see', async () => {
    const page = await open('/');
    const h = await highlights(page);
    expect(h['sayso-source-person']).toEqual(expect.arrayContaining(['Kremlin spokesperson Dmitry Peskov', 'Peskov', 'The veteran Kremlin communications expert']));
    expect(h['sayso-source-organization']).toContain('Reuters');
    expect(h['sayso-source-document']).toContain('the report');
    expect(h['sayso-cue']).toEqual(expect.arrayContaining(['told reporters', 'told the press', 'according to', 'said']));
    expect(h['sayso-quote']).toContain('pressing issues');
    expect(h['sayso-number-unsourced']).toEqual(['over a hundred', 'two decades', '137', '180', '2021']);
    expect(h['sayso-opinion']).toEqual(expect.arrayContaining(['most likely', 'reportedly', 'botched', 'widely classified', 'firm grip']));
    await page.screenshot({ path: join(screenshots, 'chromium-seed.png'), fullPage: true });
  });

  it('marks nothing in the navigation, byline, sidebar, footer or furniture lines', async () => {
    const page = await open('/');
    const stray = await page.evaluate(() => {
      const bad: string[] = [];
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
        for (const r of h) {
          const el = r.startContainer.parentElement!;
          if (!el.closest('article') || el.closest('header, nav, aside, footer, .byline, .related-inline')) bad.push(`${name}: ${r.toString()}`);
        }
      }
      return bad;
    });
    expect(stray).toEqual([]);
  });

  it('leaves the page\'s DOM byte for byte as it was served', async () => {
    const page = await open('/');
    const [before, after] = await page.evaluate(() => [(window as unknown as { __servedDom: string }).__servedDom, document.documentElement.outerHTML]);
    expect(after).toBe(before);
  });

  it('explains a mark when the pointer is over it', async () => {
    const page = await open('/');
    const box = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sayso-source-person')!;
      const r = [...h].find((x) => x.toString() === 'Kremlin spokesperson Dmitry Peskov')!.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const tip = page.locator('sayso-tooltip');
    await expect.poll(() => tip.count()).toBe(1);
    const text = await page.evaluate(() => document.querySelector('sayso-tooltip')!.shadowRoot!.querySelector('.tip')!.textContent);
    expect(text).toBe('Source: Dmitry Peskova named person, 5 attributions on this page');
    await page.screenshot({ path: join(screenshots, 'chromium-tooltip.png') });
  });

  it('shows the same figures in the popup as `sayso analyze --format json` on the same page', async () => {
    const page = await open('/');
    const popup = await popupFor(page);
    const file = join(mkdtempSync(join(tmpdir(), 'sayso-e2e-')), 'page.html');
    writeFileSync(file, pages['/']);
    let out = '';
    main(['analyze', '--format', 'json', file], { stdout: (s) => (out += s), stderr: () => {}, stdin: () => Buffer.from(''), isTTY: false, version: '0' });
    const metrics = JSON.parse(out).metrics;
    const shown = await popup.$$eval('.figures details', (ds) => Object.fromEntries(ds.map((d) => [d.getAttribute('data-figure'), d.querySelector('.figure-value')!.textContent])));
    expect(shown.attributedSentenceShare).toBe(formatFigure('attributedSentenceShare', metrics.attributedSentenceShare));
    expect(shown.attributionsPer100Words).toBe(`${formatFigure('attributionsPer100Words', metrics.attributionsPer100Words)} (${metrics.attributions})`);
    expect(shown.sourcedNumberShare).toBe(`${formatFigure('sourcedNumberShare', metrics.sourcedNumberShare)} of ${metrics.numbers}`);
    expect(shown.opinionsPer100Words).toBe(`${formatFigure('opinionsPer100Words', figureValue(metrics, 'opinionsPer100Words'))} (${metrics.opinions})`);
    expect(shown.secondHandShare).toBe(formatFigure('secondHandShare', metrics.secondHandShare));
    await expect.poll(() => popup.locator('.figure-baseline').first().textContent()).toMatch(/^the seed article: /);
    await popup.screenshot({ path: join(screenshots, 'chromium-popup.png'), fullPage: true });
  });

  it('opens the passages behind a figure, and a passage scrolls to its mark', async () => {
    const page = await open('/');
    const popup = await popupFor(page);
    await popup.click('details[data-figure="sourcedNumberShare"] summary');
    const passages = popup.locator('details[data-figure="sourcedNumberShare"] .passage');
    await expect.poll(() => passages.count()).toBe(5);
    await passages.nth(2).click();
    await expect.poll(async () => (await highlights(page))['sayso-focus']).toEqual(['137']);
  });

  it('jumps from the source list to the source\'s mark and flashes it', async () => {
    const page = await open('/');
    const popup = await popupFor(page);
    await popup.getByRole('button', { name: /Dmitry Peskov/ }).click();
    await expect.poll(async () => (await highlights(page))['sayso-focus']).toEqual(['Kremlin spokesperson Dmitry Peskov']);
  });

  it('removes a kind\'s marks when it is switched off, and brings them back', async () => {
    const page = await open('/');
    const popup = await popupFor(page);
    await popup.getByRole('checkbox', { name: 'Opinion' }).uncheck();
    await expect.poll(async () => (await highlights(page))['sayso-opinion']).toBeUndefined();
    await popup.getByRole('checkbox', { name: 'Opinion' }).check();
    await expect.poll(async () => (await highlights(page))['sayso-opinion']?.length ?? 0).toBeGreaterThan(0);
  });

  it('shows the empty state on a page with no article', async () => {
    const page = await open('/front');
    expect(await highlights(page)).toEqual({});
    const popup = await popupFor(page);
    await expect.poll(() => popup.locator('.state').textContent()).toMatch(/No article found on this page/);
  });

  it('reads the article again when its text changes', async () => {
    const page = await open('/live');
    await expect.poll(async () => (await highlights(page))['sayso-source-anonymous'] ?? [], { timeout: 8000 }).toContain('officials');
  });

  it('takes every mark away when switched off, leaving the page as served', async () => {
    const page = await open('/');
    const id = await tabIdOf(page);
    await worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'sayso:switch', on: false }), id);
    await expect.poll(() => highlights(page)).toEqual({});
    const [before, after] = await page.evaluate(() => [(window as unknown as { __servedDom: string }).__servedDom, document.documentElement.outerHTML]);
    expect(after).toBe(before);
    await expect.poll(() => worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id)).toBe('');
  });

  it('shows the number of distinct sources on the toolbar badge', async () => {
    const page = await open('/');
    const id = await tabIdOf(page);
    await expect.poll(() => worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id)).toBe('4');
  });

  it('steps to the next mark on the keyboard command and explains it', async () => {
    const page = await open('/');
    const id = await tabIdOf(page);
    await worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'sayso:step', direction: 1 }), id);
    await expect.poll(async () => (await highlights(page))['sayso-focus']?.length ?? 0).toBe(1);
    expect(await page.locator('sayso-tooltip').count()).toBe(1);
  });

  it('registers itself for the sites the reader allowed, and unregisters when they are removed', async () => {
    const origin = server.origin;
    await worker.evaluate((o) => chrome.storage.local.set({ settings: { sites: [o] } }), origin);
    await expect.poll(() => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([expect.objectContaining({ id: 'sayso-sites', matches: [`${origin}/*`] })]);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { sites: [] } }));
    await expect.poll(() => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  });

  it('switches to the high-contrast palette when the setting changes', async () => {
    const page = await open('/');
    const rule = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).find((t) => t.includes('sayso-source-person') && t.includes('highlight')) ?? '');
    expect(await rule()).toContain('rgba(0, 114, 178, 0.16)');
    await worker.evaluate(() => chrome.storage.local.set({ settings: { palette: 'high-contrast' } }));
    await expect.poll(rule).toContain('rgb(255, 255, 0)');
    await worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
  });

  it('sends no request anywhere but the page\'s own server', () => {
    expect(outside).toEqual([]);
    expect(server.requests.every((p) => ['/', '/front', '/live', '/favicon.ico'].includes(p))).toBe(true);
  });
});
