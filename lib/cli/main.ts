/**
 * The `sayso` command. `main` takes its arguments and streams and returns the exit code, so tests
 * run it in-process; bin/sayso.js only wires it to the real process.
 */
import { analyze } from '../analyze/index.ts';
import { parseArgs, USAGE } from './args.ts';
import { toJson } from './format-json.ts';
import { toMarkdown } from './format-md.ts';
import { toText } from './format-text.ts';
import { readInput } from './read.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
  isTTY: boolean;
  version: string;
}

export function main(argv: string[], io: Io): number {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command.kind === 'version') {
    io.stdout(`sayso ${io.version}\n`);
    return 0;
  }
  if (command.kind === 'error') {
    io.stderr(`sayso: ${command.message}\n`);
    return 2;
  }
  let status = 0;
  const results = [];
  for (const file of command.files) {
    const input = readInput(file, io.stdin);
    if (!input.ok) {
      io.stderr(`sayso: ${input.message}\n`);
      status = 1;
      continue;
    }
    results.push({ file, analysis: analyze(input.text) });
  }
  const many = command.files.length > 1;
  for (const [i, { file, analysis }] of results.entries()) {
    switch (command.format) {
      case 'json':
        if (i === 0 && many) io.stdout('[');
        io.stdout(JSON.stringify(many ? toJson(analysis, file) : toJson(analysis), null, many ? undefined : 2));
        io.stdout(many ? (i === results.length - 1 ? ']\n' : ',\n') : '\n');
        break;
      case 'jsonl':
        io.stdout(JSON.stringify(toJson(analysis, file)) + '\n');
        break;
      case 'md':
        io.stdout((i > 0 ? '\n' : '') + toMarkdown(analysis, file));
        break;
      default:
        if (many) io.stdout(`${i > 0 ? '\n' : ''}== ${file} ==\n`);
        io.stdout(toText(analysis, command.color ?? io.isTTY));
    }
  }
  return status;
}
