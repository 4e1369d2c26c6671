/**
 * What the end-to-end tests share: the seed served as a news page on 127.0.0.1, Chromium with the
 * built extension, and helpers that read what a reader would see.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChrome } from '../../lib/demo/browser.ts';
import { frontPage, newsPage } from '../../lib/demo/news-page.ts';

export const root = resolve(import.meta.dirname, '../..');
export const seed = readFileSync(resolve(root, 'seeds/000_ae500b7c27a48a36.txt'), 'utf8');
export const screenshots = resolve(root, 'test-results/screenshots');
mkdirSync(screenshots, { recursive: true });

/** Captures the page's DOM as served, before any extension runs, to compare after painting. */
const CAPTURE = `document.addEventListener('DOMContentLoaded', () => { window.__servedDom = document.documentElement.outerHTML; });`;
const LIVE_UPDATE = `${CAPTURE} setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Later, officials said 40 more people had been detained.'; document.querySelector('article').append(p); }, 1500);`;

export const pages = {
  '/': newsPage(seed, { script: CAPTURE }),
  '/front': frontPage(),
  '/live': newsPage(seed, { script: LIVE_UPDATE }),
};

/** Browser tests need a browser: in CI a missing one fails the run; on a developer's machine the tests say they were skipped. */
export const chromePath = findChrome();
export const firefoxPath = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? null;
export const requireBrowsers = process.env.CI === 'true' || process.env.CI === '1';
