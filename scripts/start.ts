/**
 * npm start: sayso's main job on the bundled seed. Builds the extension, serves the seed article as
 * a news page on 127.0.0.1, starts Chromium with sayso loaded and opens the page with sayso on.
 * With a display the window stays open until you close it; without one Chromium runs headless,
 * and the marked page and the popup are saved as screenshots and the popup's summary is printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../lib/demo/browser.ts';
import { newsPage } from '../lib/demo/news-page.ts';
import { servePages } from '../lib/demo/server.ts';

const root = resolve(import.meta.dirname, '..');
const seedFile = process.argv[2] ?? resolve(root, 'seeds/000_ae500b7c27a48a36.txt');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux';
const shots = resolve(root, 'screenshots');

let seed: string;
try {
  seed = readFileSync(seedFile, 'utf8');
} catch (e) {
  console.error(`sayso: cannot read ${seedFile}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  process.exit(1);
}
console.log('Building the extension…');
execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'e2e'], { cwd: root, stdio: 'ignore' });

const server = await servePages({ '/': newsPage(seed) });
let launched;
try {
  launched = await launchWithExtension(resolve(root, '.output/chrome-mv3-e2e'), headless);
} catch (e) {
  console.error(`sayso: ${(e as Error).message}`);
  await server.close();
  process.exit(1);
}
const { context, extensionId } = launched;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/`);
await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, null, { timeout: 15_000 });
console.log(`The seed article is open at ${server.origin}/ with sayso's marks on it.`);

if (!headless) {
  console.log('Close the browser window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: resolve(shots, 'page.png'), fullPage: true });
  const tabId = await context.serviceWorkers()[0]!.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)!.id;
  }, page.url());
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.figures');
  // The popup scrolls inside the browser's popup frame; the screenshot shows all of it at once.
  await popup.addStyleTag({ content: '.popup { max-height: none; }' });
  await popup.screenshot({ path: resolve(shots, 'popup.png'), fullPage: true });
  const figures = await popup.$$eval('.figures summary', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent).join(' | ')));
  const sources = await popup.$$eval('.sources .source', (rows) => rows.map((r) => `${r.querySelector('.source-name')!.textContent} (${r.querySelector('.source-meta')!.textContent})`));
  console.log('\nHow this page is sourced (figure | value | the reference corpus):');
  for (const f of figures) console.log(`  ${f}`);
  console.log('\nWho says so:');
  for (const s of sources) console.log(`  ${s}`);
  console.log(`\nScreenshots: ${resolve(shots, 'page.png')} and ${resolve(shots, 'popup.png')}`);
  await context.close();
}
await server.close();
