/**
 * npm run eval -- FILE.jsonl [--errors [N]] [--kind K]
 * Scores the analyser against a file in the label spec's evaluation format and prints precision,
 * recall and F1 per kind (by overlap and by exact boundaries) and for attribution pairs.
 * --errors lists misses and false marks with their sentence, to study.
 */
import { readFileSync } from 'node:fs';
import { analyze, findings } from '../lib/analyze/index.ts';
import type { Kind, Span } from '../lib/analyze/types.ts';
import { add, byExact, byOverlap, emptyCounts, KINDS, matchSpans, pairFits, prf, type Counts } from '../lib/eval/score.ts';

interface GoldRecord {
  id: string;
  text: string;
  spans: { start: number; end: number; label: Kind }[];
  attributions?: { cue: [number, number]; source?: [number, number] | null }[];
  recallOnly?: boolean;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl [--errors [N]] [--kind source|cue|quote|number|opinion|pair]');
  process.exit(2);
}
const showErrors = args.includes('--errors');
const errorLimit = Number(args[args.indexOf('--errors') + 1]) || 40;
const onlyKind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;

let lines: string[];
try {
  lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
} catch (e) {
  console.error(`sayso eval: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  process.exit(1);
}

const overlap: Record<string, Counts> = {};
const exact: Record<string, Counts> = {};
const present = new Set<string>();
let recallOnly = false;
const errors: string[] = [];
const started = performance.now();

for (const line of lines) {
  const record = JSON.parse(line) as GoldRecord;
  recallOnly ||= record.recallOnly === true;
  const analysis = analyze(record.text);
  const predicted = findings(analysis);
  for (const kind of KINDS) {
    const gold = record.spans.filter((s) => s.label === kind);
    if (gold.length === 0 && !present.has(kind)) continue;
    present.add(kind);
    const mine = predicted.filter((f) => f.kind === kind);
    const o = matchSpans(mine, gold, byOverlap);
    add((overlap[kind] ??= emptyCounts()), o.counts);
    add((exact[kind] ??= emptyCounts()), matchSpans(mine, gold, byExact).counts);
    if (showErrors && (!onlyKind || onlyKind === kind)) {
      for (const g of o.missed) errors.push(`miss ${kind} ${context(record.text, g)}`);
      for (const p of o.extra) errors.push(`false ${kind} ${context(record.text, p)}`);
    }
  }
  if (record.attributions) {
    if (record.attributions.length > 0) present.add('pair');
    const gold = record.attributions.map((a) => ({
      start: a.cue[0],
      end: a.cue[1],
      cue: { start: a.cue[0], end: a.cue[1] },
      source: a.source ? { start: a.source[0], end: a.source[1] } : null,
    }));
    const mine = analysis.attributions.map((a) => ({ ...a.cue, cue: a.cue, source: a.source }));
    const o = matchSpans(mine, gold, pairFits);
    add((overlap.pair ??= emptyCounts()), o.counts);
    if (showErrors && onlyKind === 'pair') {
      for (const g of o.missed) errors.push(`miss pair ${context(record.text, g.cue)} ← ${g.source ? record.text.slice(g.source.start, g.source.end) : '(none)'}`);
      for (const p of o.extra) errors.push(`false pair ${context(record.text, p.cue)} ← ${p.source ? record.text.slice(p.source.start, p.source.end) : '(none)'}`);
    }
  }
}

function context(text: string, span: Span): string {
  const from = Math.max(0, span.start - 60);
  const to = Math.min(text.length, span.end + 60);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return `"${text.slice(span.start, span.end)}"  …${clean(text.slice(from, span.start))}[${clean(text.slice(span.start, span.end))}]${clean(text.slice(span.end, to))}…`;
}

const pct = (x: number) => x.toFixed(3);
console.log(`${file}: ${lines.length} articles, analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(recallOnly ? 'kind      recall (overlap)  recall (exact)' : 'kind      P      R      F1     | exact P  R      F1');
for (const kind of [...KINDS, 'pair']) {
  if (!present.has(kind)) continue;
  const o = prf(overlap[kind]!);
  if (recallOnly) {
    console.log(`${kind.padEnd(9)} ${pct(o.recall)}             ${pct(prf(exact[kind]!).recall)}`);
    continue;
  }
  const e = exact[kind] ? prf(exact[kind]) : undefined;
  const exactText = e ? `| ${pct(e.precision)}  ${pct(e.recall)}  ${pct(e.f1)}` : '| (pairs are scored by overlap only)';
  console.log(`${kind.padEnd(9)} ${pct(o.precision)}  ${pct(o.recall)}  ${pct(o.f1)}  ${exactText}`);
}
if (showErrors) {
  const shown = errors.slice(0, errorLimit);
  console.log(`\n${errors.length} errors${errors.length > shown.length ? `, first ${shown.length}` : ''}:`);
  for (const e of shown) console.log(e);
}
