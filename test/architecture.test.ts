/** The house rules, checked: the analyser stays pure, every detector is registered and has a table. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../lib/analyze/index.ts';

const root = resolve(import.meta.dirname, '..');
const walk = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const imports = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('lib/analyze', () => {
  const files = walk('lib/analyze').filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports nothing from outside lib/analyze', (file) => {
    for (const spec of imports(file)) {
      expect(spec.startsWith('.'), `${file} imports ${spec}`).toBe(true);
      const target = relative(join(root, 'lib/analyze'), resolve(join(root, file, '..'), spec));
      expect(target.startsWith('..'), `${file} imports ${spec}`).toBe(false);
    }
  });

  it.each(files)('%s touches no DOM or browser API', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/\b(document|window|browser|chrome)\.\w/);
  });
});

describe('the other layers', () => {
  it.each(walk('components'))('%s takes props and renders: no browser.*, no DOM walking, no lib/page', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/wxt\/browser|\bbrowser\.|document\.|lib\/page\//);
  });

  it.each(walk('lib').filter((f) => !f.startsWith('lib/extension/') && f.endsWith('.ts')))('%s does not call browser.*', (file) => {
    expect(imports(file).filter((s) => s === 'wxt/browser')).toEqual([]);
  });

  it.each(walk('entrypoints').filter((f) => /\.(ts|tsx)$/.test(f)))('%s stays thin wiring (under 80 lines)', (file) => {
    expect(readFileSync(join(root, file), 'utf8').split('\n').length).toBeLessThan(80);
  });

  it('nothing imports an entrypoint', () => {
    const all = [...walk('lib'), ...walk('components'), ...walk('entrypoints')].filter((f) => /\.(ts|tsx)$/.test(f));
    for (const file of all) for (const spec of imports(file)) expect(spec, `${file} imports ${spec}`).not.toMatch(/entrypoints\//);
  });
});

describe('detectors', () => {
  const detectorFiles = readdirSync(join(root, 'lib/analyze/detectors')).filter((f) => f.endsWith('.ts'));
  const index = readFileSync(join(root, 'lib/analyze/index.ts'), 'utf8');

  it.each(DETECTORS.map((d) => d.name))('%s is registered once and has a test table', (name) => {
    expect(index.match(new RegExp(`\\b${name}\\b`, 'g'))).toHaveLength(2);
    const kind = name.replace(/^detect/, '').toLowerCase();
    expect(readdirSync(join(root, 'test/analyze'))).toContain(`${kind}.test.ts`);
    expect(readFileSync(join(root, `test/analyze/${kind}.test.ts`), 'utf8')).toContain('it.each(');
  });

  it('every detector file is reached from the registry', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const spec of imports(join('lib/analyze/detectors', file))) if (spec.startsWith('./')) visit(spec.slice(2));
    };
    for (const spec of imports('lib/analyze/index.ts')) if (spec.startsWith('./detectors/')) visit(spec.slice('./detectors/'.length));
    expect(detectorFiles.filter((f) => !reached.has(f) && f !== 'furniture.ts')).toEqual([]);
  });
});
