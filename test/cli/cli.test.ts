/** The `sayso` command: every format, exit code and kind of bad input, run in-process and once for real. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.ts';

const root = resolve(import.meta.dirname, '../..');
const seed = join(root, 'seeds/000_ae500b7c27a48a36.txt');
const html = join(root, 'test/fixtures/article.html');
const scratch = mkdtempSync(join(tmpdir(), 'sayso-cli-'));

function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: () => Buffer.from(stdin),
    isTTY: false,
    version: '0.0.0',
  });
  return { status, stdout, stderr };
}

describe('sayso analyze', () => {
  it('prints the article with marks in brackets and a summary when piped', () => {
    const { status, stdout } = run(['analyze', seed]);
    expect(status).toBe(0);
    expect(stdout).toContain('[Kremlin spokesperson Dmitry Peskov]{source} [told reporters]{cue}');
    expect(stdout).toContain('[over a hundred]{number}');
    expect(stdout).toContain('(promo) CLICK HERE TO GET THE FOX NEWS APP');
    expect(stdout).toMatch(/Numbers: 5, 0% sourced/);
    expect(stdout).toContain('Dmitry Peskov (a named person): 5 attributions, via Reuters, the report');
  });

  it('colours marks on a terminal', () => {
    const { stdout } = run(['analyze', '--color', seed]);
    expect(stdout).toContain('\x1b[1;34mKremlin spokesperson Dmitry Peskov\x1b[0m');
  });

  it('prints spans and attributions in the label spec\'s form as JSON', () => {
    const out = JSON.parse(run(['analyze', '--format', 'json', seed]).stdout);
    expect(out.spans).toContainEqual({ kind: 'number', start: expect.any(Number), end: expect.any(Number), text: '137' });
    const told = out.attributions.find((a: { cue: { start: number; end: number } }) => out.text.slice(a.cue.start, a.cue.end) === 'told the press');
    expect(told.sourceType).toBe('person');
    expect(out.text.slice(told.source.start, told.source.end)).toBe('Peskov');
    expect(out.text.slice(out.attributions[told.via].source.start, out.attributions[told.via].source.end)).toBe('Reuters');
    expect(out.metrics.numbers).toBe(5);
  });

  it('prints one JSON line a file, in order, each with its file', () => {
    const lines = run(['analyze', '-f', 'jsonl', seed, html]).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([seed, html]);
  });

  it('writes a Markdown report', () => {
    const { stdout } = run(['analyze', '--format=md', seed]);
    expect(stdout).toMatch(/^# sayso report: /);
    expect(stdout).toContain('| Sentences attributed |');
    expect(stdout).toContain('- **137** (count): unsourced');
    expect(stdout).toContain('- **botched**: evaluative');
  });

  it('finds the article in an HTML page and leaves out navigation, byline, captions, asides and footer', () => {
    const out = JSON.parse(run(['analyze', '-f', 'json', html]).stdout);
    expect(out.text).toContain('Kremlin spokesperson Dmitry Peskov told reporters');
    for (const furniture of ['Politics said', 'By Jane Doe', 'the photo was taken', 'Most read', 'Critics say nothing']) {
      expect(out.text).not.toContain(furniture);
    }
    const headline = out.paragraphs.find((p: { start: number; end: number }) => out.text.slice(p.start, p.end).startsWith('TALIBAN'));
    expect(headline.furniture).toBe('headline');
  });

  it('reads standard input for -', () => {
    const out = JSON.parse(run(['analyze', '-f', 'json', '-'], 'Officials said 40 people died.').stdout);
    expect(out.metrics.attributions).toBe(1);
  });

  it('gives an empty analysis for an empty file', () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const { status, stdout } = run(['analyze', '-f', 'json', empty]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).metrics.words).toBe(0);
  });

  it.each([
    [['analyze', join(scratch, 'missing.txt')], 1, /^sayso: cannot read .*missing\.txt: no such file\n$/],
    [['analyze', scratch], 1, /^sayso: .* is a directory, not a file\n$/],
    [['analyze', '--format', 'xml', seed], 2, /^sayso: --format takes one of text, json, jsonl, md, not "xml"\n$/],
    [['analyze'], 2, /^sayso: analyze needs a FILE/],
    [['frobnicate'], 2, /^sayso: unknown command "frobnicate"/],
    [['analyze', '--loud', seed], 2, /^sayso: unknown option "--loud"/],
  ])('%j exits %i with a one-line message', (argv, code, message) => {
    const { status, stderr } = run(argv);
    expect(status).toBe(code);
    expect(stderr).toMatch(message);
  });

  it.each([
    ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2])],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff])],
  ])('refuses %s as not text, and still analyses the other files', (name, bytes) => {
    const file = join(scratch, name);
    writeFileSync(file, bytes);
    const { status, stdout, stderr } = run(['analyze', '-f', 'jsonl', file, seed]);
    expect(status).toBe(1);
    expect(stderr).toBe(`sayso: ${file} is not text (binary or not UTF-8)\n`);
    expect(JSON.parse(stdout.trim()).file).toBe(seed);
  });

  it('reads a 5 MB page of hostile markup and finds the article in it', () => {
    const file = join(scratch, 'huge.html');
    const junk = '<div><span><b>'.repeat(2000) + '<script>alert(1)</script><img src=x onerror=alert(1)>' + '</b></span></div>'.repeat(2000);
    const story = Array.from({ length: 12 }, (_, i) => `<p>Officials said ${i + 10} people were hurt in the crash, according to the police report.</p>`).join('');
    const padding = `<aside>${'<p>Filler text in a sidebar that nobody reads. </p>'.repeat(90_000)}</aside>`;
    writeFileSync(file, `<!doctype html><html><body><nav>Home</nav>${junk}<article>${story}</article>${padding}<p>unclosed <b><i>tags`);
    const { status, stdout } = run(['analyze', '-f', 'json', file]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.metrics.numbers).toBe(12);
    expect(out.text).not.toContain('Filler');
  });

  it('explains itself with --help', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('sayso analyze [--format text|json|jsonl|md] FILE... | -');
  });
});

describe('the installed command', () => {
  it('runs through bin/sayso.js with the exit codes it documents', () => {
    const out = execFileSync(process.execPath, [join(root, 'bin/sayso.js'), 'analyze', '-f', 'json', seed], { encoding: 'utf8' });
    expect(JSON.parse(out).metrics.quotes).toBe(3);
    const bad = spawnSync(process.execPath, [join(root, 'bin/sayso.js'), 'analyze', join(scratch, 'nope.txt')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly when what reads its output stops early, as `| head` does', () => {
    const files = Array.from({ length: 40 }, () => JSON.stringify(seed)).join(' ');
    const piped = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'bin/sayso.js'))} analyze -f jsonl ${files} | head -c 100`], { encoding: 'utf8' });
    expect(piped.stdout).toHaveLength(100);
    expect(piped.stderr).toBe('');
  });
});
