/**
 * Starts Chromium with the built extension loaded, through playwright-core and the machine's own
 * Chromium or Chrome (CHROME_PATH, else the usual install places).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChrome(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export async function launchWithExtension(extensionDir: string, headless: boolean): Promise<{ context: BrowserContext; extensionId: string }> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chrome or Chromium found: install one, or set CHROME_PATH to its executable');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sayso-chrome-')), {
    executablePath,
    headless,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, extensionId: new URL(worker.url()).host };
}
