/**
 * Builds the reference baseline when the extension is built: every seed article in seeds/ is read
 * by the same analyser, and only the figures are bundled, as the module `virtual:sayso-baseline`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { analyze } from '../analyze/index.ts';
import type { Baseline } from './baseline.ts';

const ID = 'virtual:sayso-baseline';
const RESOLVED = '\0' + ID;

export function buildBaselineFrom(dir: string): Baseline {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return { articles: files.map((name) => ({ name, metrics: analyze(readFileSync(join(dir, name), 'utf8')).metrics })) };
}

export function baselinePlugin(seedsDir: string): Plugin {
  return {
    name: 'sayso-baseline',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(seedsDir);
      return `export default ${JSON.stringify(buildBaselineFrom(seedsDir))};`;
    },
  };
}
