/**
 * npm run bench: the median time of `analyze` on the seed article, on a 30,000-character article and
 * on 1 MB of prose, beside compromise (parse, quotations, numbers and people) and a bare /\S+/g
 * pass over the same text, with MB/s and the ratios. A benchmark, not a test: it asserts nothing.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { analyze } from '../lib/analyze/index.ts';

const seed = readFileSync(new URL('../seeds/000_ae500b7c27a48a36.txt', import.meta.url), 'utf8');
const repeatTo = (chars: number) => {
  let text = seed;
  while (text.length < chars) text += '\n' + seed;
  return text.slice(0, text.lastIndexOf('\n', chars) > 0 ? text.lastIndexOf('\n', chars) : chars);
};

const inputs = [
  { name: 'seed article', text: seed },
  { name: '30,000-character article', text: repeatTo(30_000) },
  { name: '1 MB of prose', text: repeatTo(1_000_000) },
];

const contenders: [string, (text: string) => unknown][] = [
  ['sayso analyze', (text) => analyze(text)],
  [
    'compromise',
    (text) => {
      const doc = nlp(text);
      return [doc.quotations().out('array'), doc.numbers().out('array'), doc.people().out('array')];
    },
  ],
  ['bare /\\S+/g pass', (text) => text.match(/\S+/g)?.length ?? 0],
];

/**
 * Median of repeated runs within a time budget per contender and input, after warming up for
 * half a second (at least three runs), so every contender is timed with its code optimised.
 */
function median(fn: (text: string) => unknown, text: string): number {
  const warm = performance.now() + 500;
  for (let i = 0; i < 3 || performance.now() < warm; i++) fn(text);
  const times: number[] = [];
  const budget = performance.now() + 2_000;
  while (times.length < 5 || (times.length < 500 && performance.now() < budget)) {
    const start = performance.now();
    fn(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(9);
const mbps = (chars: number, t: number) => ((chars / 1e6 / (t / 1000)).toFixed(1) + ' MB/s').padStart(12);

console.log(`Node ${process.version}, median of repeated runs\n`);
console.log(`${'input'.padEnd(28)}${'contender'.padEnd(20)}${'ms'.padStart(9)}${'speed'.padStart(12)}`);
const results = new Map<string, number>();
for (const input of inputs) {
  for (const [name, fn] of contenders) {
    const t = median(fn, input.text);
    results.set(`${input.name}|${name}`, t);
    console.log(`${input.name.padEnd(28)}${name.padEnd(20)}${ms(t)}${mbps(input.text.length, t)}`);
  }
}
console.log('\nratios (sayso against each):');
for (const input of inputs) {
  const ours = results.get(`${input.name}|sayso analyze`)!;
  const vsCompromise = results.get(`${input.name}|compromise`)! / ours;
  const vsBare = ours / results.get(`${input.name}|bare /\\S+/g pass`)!;
  console.log(`  ${input.name.padEnd(28)} ${vsCompromise.toFixed(0)}× faster than compromise, ${vsBare.toFixed(1)}× the bare pass`);
}
const article = results.get('30,000-character article|sayso analyze')!;
console.log(`\ntargets: 30,000 characters in ≤ 3 ms (${article.toFixed(2)} ms); ≥ 30× compromise; within 10× of the bare pass`);
