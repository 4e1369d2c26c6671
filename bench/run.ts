/**
 * npm run bench: the median time of `analyze` on the seed article, on a 30,000-character article and
 * on 1 MB of prose, beside compromise (parse, quotations, numbers and people) and a bare /\S+/g
 * pass over the same text, with MB/s and the ratios. A benchmark, not a test: it asserts nothing.
 *
 * The article and the megabyte are the seed repeated; where the PolNeAR corpus sits beside the
 * checkout (../shared/eval), the same sizes of its news articles, one after another, are timed too:
 * varied prose dense with attribution, slower to read than one article said again. (The corpus is
 * read for measurement only; compromise, at a few seconds a megabyte, is left out of its megabyte.)
 */
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { analyze } from '../lib/analyze/index.ts';

const seed = readFileSync(new URL('../seeds/000_ae500b7c27a48a36.txt', import.meta.url), 'utf8');
const repeatTo = (chars: number) => {
  let text = seed;
  while (text.length < chars) text += '\n' + seed;
  return text.slice(0, text.lastIndexOf('\n', chars) > 0 ? text.lastIndexOf('\n', chars) : chars);
};

const corpus = new URL('../../shared/eval/polnear-train-dev.jsonl', import.meta.url);
const news = existsSync(corpus) ? readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text) : [];
/** Whole news articles, one after another, up to the last paragraph end within `chars`. */
const newsTo = (chars: number) => {
  let text = '';
  for (const article of news) {
    if (text.length >= chars) break;
    text += (text ? '\n\n' : '') + article;
  }
  return text.slice(0, text.lastIndexOf('\n', chars) > 0 ? text.lastIndexOf('\n', chars) : chars);
};

const inputs = [
  { name: 'seed article', text: seed, compromise: true },
  { name: '30,000-character article', text: repeatTo(30_000), compromise: true },
  { name: '1 MB of prose', text: repeatTo(1_000_000), compromise: true },
  ...(news.length > 0
    ? [
        { name: '30,000 characters of news', text: newsTo(30_000), compromise: true },
        { name: '1 MB of news', text: newsTo(1_000_000), compromise: false },
      ]
    : []),
];

const compromise = (text: string) => {
  const doc = nlp(text);
  return [doc.quotations().out('array'), doc.numbers().out('array'), doc.people().out('array')];
};
const bare = (text: string) => text.match(/\S+/g)?.length ?? 0;
const NAMES = ['sayso analyze', 'compromise', 'bare /\\S+/g pass'] as const;

/**
 * Medians of repeated runs of each contender on one text. After half a second of warming up (at
 * least three runs each), the contenders take turns in blocks of about 20 ms, so a change in the
 * machine's own speed during the minutes a run takes falls on each of them alike, while within a
 * block each runs back to back, as it would alone.
 */
function medians(fns: ((text: string) => unknown)[], text: string): number[] {
  const warm = performance.now() + 500;
  for (let i = 0; i < 3 || performance.now() < warm; i++) for (const fn of fns) fn(text);
  const times: number[][] = fns.map(() => []);
  const budget = performance.now() + 2_000 * fns.length;
  const enough = () => times.every((t) => t.length >= 500);
  while (times.some((t) => t.length < 5) || (!enough() && performance.now() < budget)) {
    fns.forEach((fn, k) => {
      const block = performance.now() + 20;
      do {
        const start = performance.now();
        fn(text);
        times[k]!.push(performance.now() - start);
      } while (performance.now() < block && times[k]!.length < 500);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}

const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(9);
const mbps = (chars: number, t: number) => ((chars / 1e6 / (t / 1000)).toFixed(1) + ' MB/s').padStart(12);

console.log(`Node ${process.version}, median of repeated runs\n`);
console.log(`${'input'.padEnd(28)}${'contender'.padEnd(20)}${'ms'.padStart(9)}${'speed'.padStart(12)}`);
const results = new Map<string, number>();
for (const input of inputs) {
  // compromise, a hundred times slower, is timed on its own; sayso and the bare pass take turns.
  const [slow] = input.compromise ? medians([compromise], input.text) : [undefined];
  const [ours, baseline] = medians([(text) => analyze(text), bare], input.text);
  [ours!, slow, baseline!].forEach((t, k) => {
    if (t === undefined) return;
    results.set(`${input.name}|${NAMES[k]}`, t);
    console.log(`${input.name.padEnd(28)}${NAMES[k]!.padEnd(20)}${ms(t)}${mbps(input.text.length, t)}`);
  });
}
console.log('\nratios (sayso against each):');
for (const input of inputs) {
  const ours = results.get(`${input.name}|sayso analyze`)!;
  const slow = results.get(`${input.name}|compromise`);
  const vsCompromise = slow === undefined ? '' : `${(slow / ours).toFixed(0)}× faster than compromise, `;
  const vsBare = ours / results.get(`${input.name}|${NAMES[2]}`)!;
  console.log(`  ${input.name.padEnd(28)} ${vsCompromise}${vsBare.toFixed(1)}× the bare pass`);
}
const article = results.get('30,000-character article|sayso analyze')!;
const newsArticle = results.get('30,000 characters of news|sayso analyze');
const newsNote = newsArticle === undefined ? '' : `, news ${newsArticle.toFixed(2)} ms`;
console.log(`\ntargets: 30,000 characters in ≤ 3 ms (article ${article.toFixed(2)} ms${newsNote}); ≥ 30× compromise; within 10× of the bare pass`);
