/** Builds the extensions the end-to-end tests load: the same code, built with `--mode e2e` (see wxt.config.ts). */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup() {
  const root = resolve(import.meta.dirname, '../..');
  const wxt = resolve(root, 'node_modules/wxt/bin/wxt.mjs');
  for (const args of [['build', '--mode', 'e2e'], ['build', '--mode', 'e2e', '-b', 'firefox']]) {
    execFileSync(process.execPath, [wxt, ...args], { cwd: root, stdio: 'pipe' });
  }
}
