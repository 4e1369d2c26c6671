#!/usr/bin/env node
// Runs the TypeScript CLI with Node's own type stripping (on by default from Node 22.18;
// switched on by flag for earlier 22.x releases).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const entry = new URL('../lib/cli/main.ts', import.meta.url);
let cli;
try {
  cli = await import(entry.href);
} catch (error) {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  const flags = ['--experimental-strip-types', '--no-warnings'];
  const child = spawnSync(process.execPath, [...flags, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
// A reader that stops early ("sayso analyze … | head") closes the pipe: stop quietly, as other commands do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`sayso: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(1);
});
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = cli.main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readFileSync(0),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  version,
});
