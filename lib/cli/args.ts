/** Parses the `sayso` command line. Returns what to do, or a usage error to print with exit code 2. */

export type Format = 'text' | 'json' | 'jsonl' | 'md';
export const FORMATS: readonly Format[] = ['text', 'json', 'jsonl', 'md'];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; format: Format; files: string[]; color: boolean | null }
  | { kind: 'error'; message: string };

export const USAGE = `sayso: shows who says so in news prose: sources, cues, quotes, numbers and the writer's opinion.

Usage:
  sayso analyze [--format text|json|jsonl|md] FILE... | -
  sayso --help | --version

FILE is a seed-format .txt file (one paragraph a line) or an .html page, whose article is found
as the extension finds it; - reads standard input.

Formats:
  text   the article with its marks inline (colour on a terminal, brackets when piped) and a summary
  json   the whole analysis: spans {kind,start,end,text}, attributions, sources, metrics
  jsonl  one JSON object a line per file, in order, each with its "file"
  md     a report a person can read

Options:
  -f, --format FORMAT   output format (default: text)
  --color, --no-color   force colour on or off in the text format

Exit status: 0 on success, 1 when a file cannot be read or is not text, 2 on bad usage.`;

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  if (argv.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { kind: 'error', message: `unknown command "${command}" (try: sayso analyze FILE)` };
  let format: Format = 'text';
  let color: boolean | null = null;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.startsWith('--format=') ? arg.slice(9) : rest[++i];
      if (!value || !FORMATS.includes(value as Format)) {
        return { kind: 'error', message: `--format takes one of ${FORMATS.join(', ')}${value ? `, not "${value}"` : ''}` };
      }
      format = value as Format;
    } else if (arg === '--color' || arg === '--no-color') color = arg === '--color';
    else if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `unknown option "${arg}"` };
    else files.push(arg);
  }
  if (files.length === 0) return { kind: 'error', message: 'analyze needs a FILE, or - for standard input' };
  return { kind: 'analyze', format, files, color };
}
