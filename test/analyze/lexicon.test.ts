/** The word lists are data with a contract: sorted, unique, lowercase, trimmed, and each opening with a comment. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inflect } from '../../lib/analyze/lexicon/index.ts';

const dir = new URL('../../lib/analyze/lexicon/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'words.ts', 'opinion.ts'].includes(f));
const lists = Object.fromEntries(
  await Promise.all(
    files.map(async (f) => {
      const module = (await import(new URL(f, dir).href)) as Record<string, readonly string[]>;
      return [f.replace('.ts', ''), Object.values(module)[0]!] as const;
    }),
  ),
);

describe('word lists', () => {
  it.each(files)('%s opens with a comment saying what belongs in it', (f) => {
    expect(readFileSync(new URL(f, dir), 'utf8')).toMatch(/^\/\*\*\n \* \S/);
  });

  it.each(Object.keys(lists))('%s is sorted, unique, lowercase and trimmed', (name) => {
    const list = [...lists[name]!];
    expect(list.length).toBeGreaterThan(0);
    expect(list).toEqual([...new Set(list)].sort());
    for (const entry of list) expect(entry).toBe(entry.toLowerCase().trim().replace(/\s+/g, ' '));
  });

  // A word has one opinion subtype, so the popup can say why it was marked.
  const opinionLists = Object.keys(lists).filter((name) => /^(hedges|weasels|intensifiers|evaluative|loaded|idioms|verb-idioms)(-|$)/.test(name) && name !== 'loaded-compound-heads');
  it.each(opinionLists.flatMap((a, i) => opinionLists.slice(i + 1).map((b) => [a, b])))('%s and %s share no entry', (a, b) => {
    const other = new Set(lists[b]);
    expect(lists[a]!.filter((w) => other.has(w))).toEqual([]);
  });

  it('gives a word one gender at most', () => {
    expect(lists['male-words']!.filter((w) => lists['female-words']!.includes(w))).toEqual([]);
  });

  it('keeps source heads apart: a head is anonymous, a document or an organisation, not two', () => {
    const kinds = ['anonymous-heads', 'document-heads', 'organization-words'];
    for (const a of kinds) for (const b of kinds) if (a < b) expect(lists[a]!.filter((w) => lists[b]!.includes(w))).toEqual([]);
  });
});

describe('inflections of cue verbs', () => {
  it.each([
    ['say', 'say says said said saying'],
    ['argue', 'argue argues argued argued arguing'],
    ['continue', 'continue continues continued continued continuing'],
    ['agree', 'agree agrees agreed agreed agreeing'],
    ['deny', 'deny denies denied denied denying'],
    ['admit', 'admit admits admitted admitted admitting'],
    ['slam', 'slam slams slammed slammed slamming'],
    ['lie', 'lie lies lied lied lying'],
    ['see', 'see sees saw seen seeing'],
    ['shoot', 'shoot shoots shot shot shooting'],
    ['tweet', 'tweet tweets tweeted tweeted tweeting'],
  ])('%s → %s', (verb, forms) => {
    const f = inflect(verb);
    expect([f.base, f.s, f.ed, f.en, f.ing].join(' ')).toBe(forms);
  });
});
