/**
 * The article with its marks shown inline, then the summary. On a terminal each kind has its own
 * colour and style; when piped, marks are brackets labelled with their kind: [Peskov]{source}.
 */
import { findings, type Analysis, type Finding, type Kind } from '../analyze/index.ts';
import { sourceLines, summaryRows } from './summary.ts';

const STYLE: Record<Kind, string> = {
  source: '\x1b[1;34m',
  cue: '\x1b[4;36m',
  quote: '\x1b[32m',
  number: '\x1b[33m',
  opinion: '\x1b[3;35m',
};
const RESET = '\x1b[0m';

export function toText(analysis: Analysis, color: boolean): string {
  const { text } = analysis;
  const lines: string[] = [];
  const marks = nest(findings(analysis));
  let m = 0;
  for (const p of analysis.paragraphs) {
    if (p.furniture) {
      lines.push(color ? `\x1b[2m${text.slice(p.start, p.end)}${RESET}` : `(${p.furniture}) ${text.slice(p.start, p.end)}`);
      continue;
    }
    while (m < marks.length && marks[m]!.start < p.start) m++;
    const inside: Finding[] = [];
    for (let k = m; k < marks.length && marks[k]!.start < p.end; k++) inside.push(marks[k]!);
    lines.push(paint(text, p.start, p.end, inside, color));
  }
  lines.push('', ...summaryRows(analysis).map(([k, v]) => `${k}: ${v}`));
  const sources = sourceLines(analysis);
  if (sources.length) lines.push('', 'Who says so:', ...sources.map((s) => `  ${s}`));
  return lines.join('\n') + '\n';
}

/** Drops marks that cross another's edge, so every mark nests inside the one around it. */
function nest(marks: Finding[]): Finding[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  const open: Finding[] = [];
  for (const f of sorted) {
    while (open.length && open.at(-1)!.end <= f.start) open.pop();
    if (open.length && f.end > open.at(-1)!.end) continue;
    out.push(f);
    open.push(f);
  }
  return out;
}

function paint(text: string, start: number, end: number, marks: Finding[], color: boolean): string {
  let out = '';
  let at = start;
  const open: Finding[] = [];
  const close = () => {
    const f = open.pop()!;
    out += text.slice(at, f.end);
    at = f.end;
    out += color ? RESET + open.map((o) => STYLE[o.kind]).join('') : f.kind === 'quote' ? '' : `]{${f.kind}}`;
  };
  for (const f of marks) {
    while (open.length && open.at(-1)!.end <= f.start) close();
    out += text.slice(at, f.start);
    at = f.start;
    out += color ? STYLE[f.kind] : f.kind === 'quote' ? '' : '[';
    open.push(f);
  }
  while (open.length) close();
  return out + text.slice(at, end);
}
