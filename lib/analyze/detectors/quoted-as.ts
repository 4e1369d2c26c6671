/**
 * "The paper quoted a senior officer as saying…", "Smith was quoted by Reuters as saying…": words
 * passed on by someone who reports them. The speaker is the source of "as saying"; the reporter,
 * when named, is a cue of its own that the speaker's words come through (a second-hand source).
 */
import { CUE_VERBS } from '../lexicon/index.ts';
import { phraseStartingAt } from '../phrase.ts';
import type { Token } from '../tokens.ts';
import type { CueHit } from './cues.ts';
import { isBe } from './passives.ts';
import { plausibleSource } from './plausible.ts';
import { subjectEndingAt } from './subjects.ts';

const SPEECH: Parameters<typeof plausibleSource>[2] = { lemma: 'say', form: 'ed', cls: 'speech' };

/** The hits of "quoted … as saying" with the form of "quote" at token i, in order, or null. */
export function quotedAs(tokens: Token[], i: number, floor: number, b: number): CueHit[] | null {
  const passive = isBe(tokens[i - 1]) || (isBe(tokens[i - 2]) && tokens[i - 1]!.kind === 'w' && tokens[i - 1]!.lower.endsWith('ly'));
  if (passive) {
    // "Smith was quoted (by Reuters | in the paper) as saying".
    const be = isBe(tokens[i - 1]) ? i - 1 : i - 2;
    const speaker = subjectEndingAt(tokens, be - 1, floor, SPEECH, true);
    let k = i + 1;
    let reporter: [number, number] | null = null;
    if (/^(by|in)$/.test(tokens[k]?.lower ?? '')) {
      reporter = phraseStartingAt(tokens, k + 1, b);
      if (!reporter) return null;
      k = reporter[1] + 1;
    }
    const saying = sayingAt(tokens, k);
    if (!speaker || saying < 0 || !plausibleSource(tokens, speaker, SPEECH, true)) return null;
    if (!reporter) return [{ cue: [i, saying], source: speaker, kind: 'verb', cls: 'speech' }];
    return [
      { cue: [i, i], source: reporter, kind: 'according', cls: 'speech' },
      { cue: [k, saying], source: speaker, kind: 'participle', cls: 'speech' },
    ];
  }
  // "The paper quoted a senior officer as saying".
  const speaker = phraseStartingAt(tokens, i + 1, b);
  if (!speaker) return null;
  const saying = sayingAt(tokens, speaker[1] + 1);
  if (saying < 0 || !plausibleSource(tokens, speaker, SPEECH, true)) return null;
  const reporter = subjectEndingAt(tokens, i - 1, floor, SPEECH, true);
  const said: CueHit = { cue: [speaker[1] + 1, saying], source: speaker, kind: 'participle', cls: 'speech' };
  return reporter ? [{ cue: [i, i], source: reporter, kind: 'according', cls: 'speech' }, said] : [said];
}

/** "as saying", "as telling reporters": the index of the verb after "as" at k, or -1. */
function sayingAt(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'as') return -1;
  const verb = CUE_VERBS.get(tokens[k + 1]?.lower ?? '');
  return verb && verb.form === 'ing' && verb.cls === 'speech' ? k + 1 : -1;
}
