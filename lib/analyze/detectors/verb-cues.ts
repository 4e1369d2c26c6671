/**
 * A verb's cue: who it is said by (the subject before it, past asides and adverbs; the speaker
 * after it, inverted; the clause a participle or "and said" continues; an agent after "by") and
 * the frames in which a verb reports at all ("seemed to", "was asked", "sees … as").
 */
import { CUE_VERBS, MOVING, PUBLISHING } from '../lexicon/index.ts';
import { AS_VERBS, SEEN, VIEW_ADVERBS, VIEWED_AS } from '../lexicon/views.ts';
import { isPeopleNoun } from '../lexicon/words.ts';
import { headOf, phraseStartingAt, withoutBracket } from '../phrase.ts';
import { CLAUSE_JOINERS, CLAUSE_OPENERS, isCommonPast, isContractedBe, isDeterminer, isDocumentWord, isSubjectPronoun, MODALS, OBJECT_PRONOUNS } from '../word-classes.ts';
import { isAdverb, isPunct, isWord, type Token } from '../tokens.ts';
import type { CueHit } from './cues.ts';
import { afterAuxiliary, asFollows, causedToSpeak, closesRelativeAside, bareClause, endsClause, followsQuote, inAside, introducesContent, relativeAntecedent, laterStrongVerb, nameNext, nameOnly, OBJECT_OPENERS, ONLY_BEFORE_VERBS, quotedAsideComma, saysAfterQuote, standsForDocument, takesObject, wentToSpeak, withAppositiveName, withPartner } from './verb-context.ts';
import { findsEvidence, findsInState, objectHolds, postsWords, shownAttitude, statementObject } from './objects.ts';
import { AGENT, agentlessPassive, BE, byDoing, describingPassive, isBe, laterAgent, TOLD } from './passives.ts';
import { describesDocument, namesDocument, NOUNISH, plausibleSource, speakerLike, STRONG, SUGGESTING, thingSuggesting, type CueVerb } from './plausible.ts';
import { clauseSpeaker, isTime, reportsClauseBefore } from './sentence-subject.ts';
import { closesDashAside, subjectBeforeAsides } from './asides.ts';
import { BETWEEN, pastPlacePhrase, PHRASE_AUXILIARIES, phraseAfterAuxiliary } from './between.ts';
import { clauseSubject, subjectEndingAt } from './subjects.ts';
import { byForce, FIRST_FRAMES, LATER_FRAMES, type VerbAt } from './verb-frames.ts';
import { GERUND_HOSTS, participleHit, perfectParticipleHit } from './participles.ts';
import { withDescription } from './subject-extents.ts';
import { DEGREE_WORDS, hostOf, rankedAmong } from './infinitives.ts';

/** Verbs of making a document public: "a study published by", "a report released by". */
const MAKING = new Set(['publish', 'release', 'issue', 'commission', 'conduct']);
/** Verbs of answering that, negated, report only silence. */
const SILENT = new Set(['respond', 'comment', 'reply', 'return', 'answer']);
/** Quantifiers that may float after their subject ("they both said") or stand for it ("Both said"). */
const STANDALONE_QUANTIFIERS = new Set(['all', 'both', 'each']);

export function verbHit(
  tokens: Token[],
  i: number,
  a: number,
  b: number,
  verb: CueVerb,
  earlier: CueHit[],
  /** The sentence start: asides may reach back past an earlier cue ("Podesta, who said…, said"). */
  sentenceStart: number,
): CueHit | null {
  const { form, cls } = verb;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const past = form === 'ed' || form === 'en';
  // "alluded to by Peskov", "was described by aides as…": a passive with its agent.
  const by = next?.lower === 'by' ? i + 1 : tokens[i + 2]?.lower === 'by' && /^(to|of|about|on|as)$/.test(next?.lower ?? '') ? i + 2 : -1;
  // "said by telephone" is no passive: only a plausible agent makes one.
  // ("calendars maintained by her aides" is kept, not said: a weak verb's agent reports nothing.)
  // ("a study published by the institute", "The poll, released by the institute, showed…": who made a document or put it out reports no words.)
  // ("attacked by Islamic terrorists": force, not words; "forecast by economists polled by Reuters": the agent as described.)
  // ("A draft of the report, seen by the BBC, says…", "The transcript, published by the Post, shows…": who has seen or published a document says nothing of it.)
  const seenDocument = verb.lemma === 'see' && describesDocument(tokens, i, a);
  if (verb.lemma === 'publish' && past && describesDocument(tokens, i, a)) return null;
  if (past && by > 0 && cls !== 'weak' && !seenDocument && !byDoing(tokens, by) && !(MAKING.has(verb.lemma) && isDocumentWord(prev)) && !PUBLISHING.has(verb.lemma) && !MOVING.has(verb.lemma) && !(verb.lemma === 'attack' && byForce(tokens, i))) {
    // ("backed by Charles and David Koch": the agent with the partner "and" joins to it.)
    const source = withDescription(tokens, withPartner(tokens, phraseStartingAt(tokens, by + 1, b), b), b);
    if (source && plausibleSource(tokens, source, AGENT, true)) return { cue: [i, by - 1 > i ? by - 1 : i], source, kind: 'passive', cls };
  }
  const at: VerbAt = { tokens, i, a, b, verb, sentenceStart };
  const first = FIRST_FRAMES.get(verb.lemma)?.(at);
  if (first !== undefined) return first;
  // ("Having announced that…, Judge Berman…": a perfect participle is read as the -ing form is.)
  if (past && prev?.lower === 'having') return perfectParticipleHit(at, earlier);
  // "I'm told", "is widely condemned": "be", contracted onto a pronoun or past an adverb; after it a base form is no verb ("was articulate").
  const beBefore = isBe(prev) || isContractedBe(prev) || ((isAdverb(prev) || prev?.lower === 'also') && isBe(tokens[i - 2]));
  if (beBefore && form === 'base') return null;
  const beNear = beBefore || isBe(tokens[i - 2]);
  if (past && beNear) {
    // ("Jurors were told the boy had been stabbed": a clause may follow without its "that".)
    const told = isBe(prev) && TOLD.has(verb.lemma) && bareClause(tokens, i + 1, b);
    const passive = agentlessPassive(tokens, i, verb) ?? (told ? { cue: [i - 1, i], source: null, kind: 'verb', cls } : null);
    // ("has been called a charlatan by fellow physicians": the agent may follow what was said of him.)
    const agent = (passive || (beBefore && cls !== 'weak')) && laterAgent(tokens, i + 2, b);
    if (agent) return { cue: passive?.cue ?? [beBefore ? i - 1 : i, i], source: agent, kind: 'passive', cls };
    if (passive || beBefore) return passive;
  }
  // "People briefed on the move said…": a participle after a noun, with the clause's verb still to come.
  // ("What the president said on Tuesday contradicts what he told…": never "said" or "told", which describe no noun.)
  if (form === 'ed' && verb.lemma !== 'say' && verb.lemma !== 'tell' && /^(on|about)$/.test(next?.lower ?? '') && prev?.kind === 'w' && !isSubjectPronoun(prev) && laterStrongVerb(tokens, i + 2, b)) return null;
  // "a state seen as critical", "Scalia, regarded as the court's dominant figure": a view held by
  // no one the text names. (After a name or people the form is their past tense: "what de Blasio
  // described as an attack".)
  if (past && next?.lower === 'as' && VIEWED_AS.has(verb.lemma) && !beNear && !afterAuxiliary(tokens, i) && prev !== undefined && (isPunct(prev, ',') || (prev.kind === 'w' && !prev.cap && !isPeopleNoun(prev.lower) && !isSubjectPronoun(prev) && !isDeterminer(prev)))) {
    return { cue: [i, i + 1], source: null, kind: 'verb', cls };
  }
  if (past && !beNear && describingPassive(tokens, i, verb.lemma) && !afterAuxiliary(tokens, i)) return { cue: [i, i], source: null, kind: 'verb', cls };
  // "the groups known as super PACs": a participle that is never a past tense needs "be" or
  // "have" to be a verb; without them it describes the noun before it.
  if (form === 'en' && !beNear && !afterAuxiliary(tokens, i)) return null;
  // "The Senate reports were long": a noun when a verb follows it.
  // ("FEC reports show that…": so is one before a verb of saying or showing; "The report shows State
  // sent…": a capital after a lower-case word starts a name, no verb.)
  const verbNext = next !== undefined && (!next.cap || tokens[i]!.cap) && (isBe(next) || PHRASE_AUXILIARIES.has(next.lower) || CUE_VERBS.get(next.lower)?.form === 'base');
  if (form === 's' && NOUNISH.has(verb.lemma) && !isSubjectPronoun(prev) && verbNext) return null;
  const later = LATER_FRAMES.get(verb.lemma)?.(at);
  if (later !== undefined) return later;
  if (form === 'ing') {
    const hit = participleHit(at, earlier);
    if (hit !== undefined) return hit;
  }
  // ("The court ruled 6-3 that…": past the tally of a vote.)
  const tally = tokens[i + 1]?.kind === 'n' && /^\d+-\d+$/.test(tokens[i + 1]!.text);
  // ("The inquest heard he had been drinking": a clause with an auxiliary may follow "hear" without "that".)
  if (cls === 'weak' && !introducesContent(tokens, tally ? i + 2 : i + 1) && !(verb.lemma === 'hear' && bareClause(tokens, i + 1, b, true)) && !followsQuote(tokens, i - 1) && !statementObject(tokens, i + 1) && !(verb.lemma === 'post' && postsWords(tokens, i)) && !reportsClauseBefore(tokens, i, sentenceStart, b)) return null;
  // "Sanders sees the calendar as favourable", "referred to Rubio as…": a view only with "as" (or
  // a clause: "the campaign sees that…"; or an adverb: "viewed him favorably").
  // ("sees parallels between…", "see a path to victory": what one sees in how things stand is a view.)
  const seesInThings = verb.lemma === 'see' && objectHolds(tokens, i + 1, 4, (t) => SEEN.has(t.lower), true, b);
  if (AS_VERBS.has(verb.lemma) && !beNear && !seesInThings && !(next?.lower === 'that' && bareClause(tokens, i + 2, b)) && !asFollows(tokens, i + 1, b) && !VIEW_ADVERBS.has(tokens[i + 2]?.lower ?? '') && !VIEW_ADVERBS.has(tokens[i + 3]?.lower ?? '')) return null;
  // "did not (immediately) respond to a request for comment": no answer is no attribution. ("would not
  // comment on the order" declines to speak of something, as "declined to comment on" does.)
  if (SILENT.has(verb.lemma) && /^(not|n't|n’t|never)$/.test((isAdverb(prev) ? tokens[i - 2] : prev)?.lower ?? '') && !/^(on|about)$/.test(next?.lower ?? '')) return null;
  // "it would respond": a prediction, not a report, unless words follow that it reports.
  // ("will push the president's actions", "would push to abolish", "would support later start
  // times": a stance with what it is for.)
  // ("would like to make…": a wish after its modal.)
  const stanceObject = (cls === 'stance' || verb.lemma === 'like') && isWord(tokens[i + 1]);
  // ("“…,” he will say": what the speaker will say after a quotation is still theirs.)
  if (form === 'base' && MODALS.has(prev?.lower ?? '') && !introducesContent(tokens, i + 1) && !takesObject(tokens, i) && !stanceObject && !followsQuote(tokens, i - 2)) return null;
  // "Biden complained…, defended Sanders…, mocked the party…": a list of what one subject did.
  // ("Kasich offered the man a job, then says…": "then" may join it.)
  const previous = earlier.at(-1);
  const listed = isPunct(prev, ',') || (prev?.lower === 'then' && isPunct(tokens[i - 2], ','));
  // ("While the party is divided over it, the letter, emailed to delegates, points to…": not a cue
  // in the clause that opens the sentence, whose comma ends it.)
  const subordinate = previous?.source != null && CLAUSE_OPENERS.has(tokens[previous.source[0] - 1]?.lower ?? '');
  if (listed && previous?.kind === 'verb' && previous.source && !inAside(tokens, previous.source) && !subordinate && (form === 'ed' || form === 's') && isWord(next) && (!STRONG.has(verb.lemma) || prev?.lower === 'then')) {
    return { cue: [i, i], source: previous.source, kind: 'verb', cls };
  }
  // "Smith's spokesman, John Doe, said…": a named subject before an aside wins over inversion.
  // So does one before a quoted aside ("Humphrey, who calls Trump a “sociopath,” said…"), or one set off by dashes ("The report – released Monday – shows…").
  const comma = (isPunct(prev, ',') || closesDashAside(tokens, i - 1, sentenceStart)) && !followsQuote(tokens, i - 2) ? i - 1 : quotedAsideComma(tokens, i, sentenceStart);
  if (comma >= 0) {
    // "Yang Shu, director of the institute, calls Horgos “a mistake”": a name or an object after
    // the aside makes a form that is often a noun the verb.
    const objectAfter = next !== undefined && (next.cap || OBJECT_OPENERS.has(next.lower) || isDeterminer(next));
    const subject = subjectBeforeAsides(tokens, comma, sentenceStart, objectAfter ? { ...verb, form: 'ed' } : verb);
    const head = subject && headOf(tokens, subject[0], withoutBracket(tokens, subject[0], subject[1]));
    // "A woman, who asked not to be named, said police came": a "who" aside marks its phrase a subject.
    const described = subject !== null && isPunct(tokens[subject[1] + 1], ',') && /^(who|whose)$/.test(tokens[subject[1] + 2]?.lower ?? '');
    // The subject opens the sentence or stands between commas; a name ending a clause is its
    // object ("…to fend off Trump and Sanders, said Brad Bannon").
    const standsAlone = subject !== null && (subject[0] === sentenceStart || isPunct(tokens[subject[0] - 1], ',—–(“"') || !isWord(tokens[subject[0] - 1]));
    // ("The survey, conducted by the institute, finds…": so does a record, for what it shows; "The
    // coach, speaking after the game, said…": and people who open the sentence.)
    const speaksAsIs = (cls === 'evidence' && isDocumentWord(head)) || (subject?.[0] === sentenceStart && isPeopleNoun(head?.lower ?? ''));
    if (subject && head && standsAlone && (head.cap || isSubjectPronoun(head) || described || speaksAsIs)) return { cue: [i, i], source: subject, kind: 'verb', cls };
  }
  // After a quotation or a clause, the speaker may follow the verb: "…," said Peskov, a spokesman.
  // After a bare comma only a verb of saying is inverted ("The talks failed, said the minister");
  // "…, mocked the party" has an object, not a speaker.
  const afterQuote = isPunct(prev, '”"’\'“') || (prev?.quote ?? -1) >= 0;
  const invertible = (form === 's' || form === 'ed' || verb.lemma === 'say') && (afterQuote || STRONG.has(verb.lemma));
  if (invertible && prev && (afterQuote || isPunct(prev, ',')) && next && !introducesContent(tokens, i + 1)) {
    const source = withAppositiveName(tokens, withPartner(tokens, phraseStartingAt(tokens, i + 1, b), b), b);
    // "…, said police came": a phrase that ends in a verb is the start of what was said.
    // ("said one unaligned Florida Republican strategist", "says a source involved in the talks": a
    // participle before more of the phrase, or after a determiner's noun and before its preposition,
    // describes.)
    // ("said one Republican involved in the planning": "one" counts as a determiner does.)
    const determined = source !== null && (isDeterminer(tokens[source[0]]) || tokens[source[0]]!.lower === 'one');
    const describes = (k: number) => isWord(tokens[k + 1]) && !isDeterminer(tokens[k + 1]) && !isSubjectPronoun(tokens[k + 1]) && !OBJECT_PRONOUNS.has(tokens[k + 1]!.lower) && tokens[k + 1]!.lower !== 'it' && (k < source![1] || determined);
    const verbLike = source && tokens.slice(source[0] + 1, source[1] + 1).some((t, n) => !t.cap && (t.lower.endsWith('ed') || isCommonPast(t)) && !describes(source![0] + 1 + n));
    // ("…," said the base chief known as Bob", "…," said one owner of a shop that sells…": after a
    // quotation, a participle or a relative clause may describe the speaker.)
    const after = source ? tokens[source[1] + 1] : undefined;
    const describedAfter = afterQuote && after !== undefined && !after.cap && (after.lower === 'that' || (after.kind === 'w' && (/(ed|ing)$/.test(after.lower) || isCommonPast(after)) && isWord(tokens[source![1] + 2]) && !isDeterminer(tokens[source![1] + 2])));
    // ("…, announced plans", "…, declared bankruptcy": after a bare comma only someone who can speak is inverted.)
    if (source && !verbLike && (endsClause(tokens, source[1] + 1, b) || describedAfter) && plausibleSource(tokens, source, afterQuote ? verb : { ...verb, lemma: '' }, true)) {
      return { cue: [i, i], source, kind: 'inverted', cls };
    }
  }
  // "a message that said…", "polls that show…": a relative "that" stands for the noun before it.
  // ("groups that have endorsed him", "a panel that all agreed": past auxiliaries and adverbs.)
  let that = i - 1;
  while (that > a + 1 && BETWEEN.has(tokens[that]!.lower) && tokens[that]!.lower !== 'that') that--;
  const antecedent = tokens[that]?.lower === 'that' && form !== 'ing' ? relativeAntecedent(tokens, that, a) : null;
  // (The source is the relative "that", read as standing for its antecedent, as "which" is.)
  if (antecedent) return plausibleSource(tokens, antecedent, { ...verb, form: 'ed' }, true) ? { cue: [i, i], source: [that, that], kind: 'verb', cls } : null;
  let j = i - 1;
  let infinitive = false;
  // The verb that hosts the cue's verb belongs to the cue: "declined to say", "kept insisting".
  let from = i;
  if (prev?.lower === 'to') {
    // "declined to say", "chose not to respond", "went on to say", "went so far as to say".
    const host = hostOf(tokens, i - 1);
    // "took to Twitter to say", "went on television to defend": the place one went to speak.
    const went = host >= 0 ? -1 : wentToSpeak(tokens, i - 1, a);
    if (went >= 0) {
      // ("even went on CNN to…": past the adverbs and auxiliaries before the going verb.)
      let w = went - 1;
      while (w > a && (BETWEEN.has(tokens[w]!.lower) || isAdverb(tokens[w]))) w--;
      // ("…denounced him, rushing to TV to say": after a comma, the going continues the clause before.)
      const subject = isPunct(tokens[w], ',') && tokens[went]!.lower.endsWith('ing') ? clauseSpeaker(tokens, earlier, a, sentenceStart, w) : subjectEndingAt(tokens, w, a, verb, true);
      return subject && plausibleSource(tokens, subject, { ...verb, form: 'ed' }, true) ? { cue: [i, i], source: subject, kind: 'verb', cls } : null;
    }
    // ("That prompted Rubio to say…", "led some to speculate": the one a cause moved to speak.)
    const moved = host >= 0 ? null : causedToSpeak(tokens, i - 1, a);
    if (moved) return OBJECT_PRONOUNS.has(tokens[moved[0]]!.lower) || plausibleSource(tokens, moved, { ...verb, form: 'ed' }, true) ? { cue: [i, i], source: moved, kind: 'verb', cls } : null;
    // ("became the first members of Congress to endorse", "was among 25 senators to vote against": the subject ranked.)
    const ranked = host >= 0 ? -1 : rankedAmong(tokens, i - 1, a);
    const rankedSubject = ranked >= 0 ? subjectEndingAt(tokens, ranked - 1, a, verb, true) : null;
    if (ranked >= 0) return rankedSubject && plausibleSource(tokens, rankedSubject, { ...verb, form: 'ed' }, true) ? { cue: [i, i], source: rankedSubject, kind: 'verb', cls } : null;
    if (host < 0) return null;
    // "Sanders said, going on to say that…": the host continues the clause before the comma.
    if (isPunct(tokens[host - 1], ',') && tokens[host]!.lower.endsWith('ing')) {
      const source = clauseSpeaker(tokens, earlier, a, sentenceStart, host - 1);
      return source ? { cue: [i, i], source, kind: 'participle', cls } : null;
    }
    // "is continuing to insist": a host in -ing needs its "be" ("seeking to explain a version of…" does not say who).
    const hostBe = tokens[host - 1]?.lower ?? '';
    if (tokens[host]!.lower.endsWith('ing') && !BE.has(hostBe) && !/['’](s|re|m)$/.test(hostBe)) return null;
    j = host - 1;
    // ("are slightly more likely to say", "is not as eager to discuss": a degree before the host.)
    while (j > a && DEGREE_WORDS.has(tokens[j]!.lower)) j--;
    infinitive = true;
    from = host;
  } else if (form === 'ing' && GERUND_HOSTS.has(prev?.lower ?? '')) {
    j = i - 2;
    infinitive = true;
    from = i - 1;
  }
  // ("…,” Will wrote": a modal in capitals before a past form is a name; so is one before an -s form,
  // which no modal takes: "Will believes Christie…".)
  const named = (k: number) => tokens[k]!.cap && MODALS.has(tokens[k]!.lower) && ((form === 'ed' && k > sentenceStart) || form === 's');
  // ("and most recently defended": a word of degree before its adverb.)
  // ("Allies have in the past said", "critics have in particular noted": a short phrase after the auxiliary too.)
  for (let k = j; ; j = k) {
    while (j >= a && (BETWEEN.has(tokens[j]!.lower) || isAdverb(tokens[j]) || (/^(most|more|very)$/.test(tokens[j]!.lower) && isAdverb(tokens[j + 1]))) && !named(j)) j--;
    k = phraseAfterAuxiliary(tokens, j, a);
    if (k < 0) break;
  }
  // "Both said", "All agree": with nothing before it, the quantifier is the subject itself.
  // ("Trump’s rivals, Sens. Cruz and Rubio, have both urged": after an aside's closing mark it floats;
  // "On Social Security, both oppose": after an opening phrase it stands.)
  const closesAside = isPunct(tokens[j], ')—–') || (isPunct(tokens[j], ',') && tokens.slice(a, j).some((t) => isPunct(t, ',')));
  if (j < a || (!isWord(tokens[j]) && !closesAside)) {
    for (let q = j + 1; q < i; q++) {
      if (!STANDALONE_QUANTIFIERS.has(tokens[q]!.lower)) continue;
      j = q;
      break;
    }
  }
  // "Sanders often questions", "the poll also finds": after an adverb or a modal, the word is a verb.
  // So is one that takes an object or a clause: "the lawsuit demands his reinstatement", "a document states that".
  let verbal = infinitive || takesObject(tokens, i) || (NOUNISH.has(verb.lemma) && saysAfterQuote(tokens, j, a, i, b));
  for (let q = j + 1; q < i && !verbal; q++) verbal = isAdverb(tokens[q]) || ONLY_BEFORE_VERBS.has(tokens[q]!.lower);
  // ("but in a later interview said…": a phrase of time or place may stand after the conjunction.)
  j = pastPlacePhrase(tokens, j, a);
  // "He called the actions lawful, and said…": the subject of the clause before.
  // ("…, yet refuses to release", "but did note that…"; "The senator paused, then added…": "then" after a comma.)
  // (Not after a "who" aside: "O’Donnell, who was off-screen, then asked".)
  if (CLAUSE_JOINERS.has(tokens[j]?.lower ?? '') || (isPunct(tokens[j], ',') && tokens[j + 1]?.lower === 'then' && !closesRelativeAside(tokens, j, a))) {
    // (A noun cue's owner inside the clause is not its subject: "He said his attacks…, and said".)
    // ("Sanders, who endorsed Canova and said…": within the same aside, its "who" is shared.)
    const last = earlier.at(-1);
    const sameAside = last !== undefined && last.source !== null && inAside(tokens, last.source) && !tokens.slice(last.cue[1] + 1, j).some((t) => isPunct(t, ',;'));
    // ("As the crowd began to chant, Silverman was joined on stage and joked": nor one in the clause
    // that opens the sentence, before its comma.)
    const opening = (h: CueHit) => h.source !== null && CLAUSE_OPENERS.has(tokens[h.source[0] - 1]?.lower ?? '') && tokens.slice(h.cue[1] + 1, j).some((t) => isPunct(t, ','));
    const previousVerb = sameAside ? last : earlier.findLast((h) => h.kind !== 'nominal' && !(h.source && inAside(tokens, h.source)) && !opening(h));
    // "and called him…" is the verb; "and calls" may be the noun ("threats and calls"), unless an
    // auxiliary makes it a verb ("but did note that…") or a pronoun is its object ("and calls her…").
    const nounForm = NOUNISH.has(verb.lemma) && (form === 'base' || form === 's') && !tokens.slice(j + 1, i).some((t) => ONLY_BEFORE_VERBS.has(t.lower));
    const pronounObject = OBJECT_PRONOUNS.has(next?.lower ?? '');
    if (nounForm && !pronounObject) return null;
    const shared = (earlier.length > 0 ? previousVerb?.source : undefined) ?? clauseSubject(tokens, a, j, nounForm ? { ...verb, form: 'ed' } : verb);
    return shared ? { cue: [i, i], source: shared, kind: 'verb', cls } : null;
  }
  // ("Black voters, in particular, overwhelmingly support": past an aside, the subject is judged with
  // the verb an adverb or a modal makes sure.)
  let subject = subjectEndingAt(tokens, j, a, verbal && isPunct(tokens[j], ',') ? { ...verb, form: 'ed' } : verb, j === i - 1);
  // "Police found a body": an organisation finds evidence only when what it found follows ("Fox found that…").
  // "her records, which showed she was fit": "which" stands for the records. ("Sanders has shown little interest": an attitude.)
  if (subject && cls === 'evidence' && !namesDocument(tokens, subject) && !standsForDocument(tokens, subject) && !findsEvidence(tokens, subject) && !findsInState(tokens, i, b) && !(verb.lemma === 'list' && isWord(next)) && !introducesContent(tokens, i + 1) && !endsClause(tokens, i + 1, b) && !bareClause(tokens, i + 1, b) && !(verb.lemma === 'show' && shownAttitude(tokens, i + 1, b))) subject = null;
  // "The report published Tuesday showed…": a document is published; it does not publish.
  if (subject && verb.lemma === 'publish' && namesDocument(tokens, subject)) subject = null;
  // "a group called Action Now": a name given, not words reported.
  // So is "a club called Democracy Alliance, which…", and "called Clinton on Monday" is a phone
  // call: a report names someone and then says what ("called Trump a liar", "called it weak").
  // ("A spokesman for Clinton called the report absurd" reports: no name follows "called".)
  // ("one called therapeutic cloning", "another called i360": so is one after "one" or "another"; "No one called." is a call.)
  const naming = verb.lemma === 'call' && subject !== null && ((/^an?$/.test(tokens[subject[0]]!.lower) && nameNext(tokens, i + 1)) || (subject[0] === subject[1] && /^(one|another)$/.test(tokens[subject[0]]!.lower)) || nameOnly(tokens, i + 1, b) || ((next === undefined || isPunct(next, '.;!?')) && !isPunct(prev, ',”"’')));
  // After "to", an adverb or a modal, a form that is often a noun ("continued to question") is the verb.
  const judged = verbal ? { ...verb, form: 'ed' as const } : verb;
  // "The remarks suggest Mr. Trump is…", "the missive suggests Republicans have…": with a clause after it, a thing suggests too.
  const suggests = SUGGESTING.has(verb.lemma) && subject !== null && (next?.lower === 'that' || bareClause(tokens, i + 1, b)) && thingSuggesting(tokens, subject);
  // ("A megamerger announced Monday would…", "The deal, announced Friday, would…": a past participle
  // and its day describe a thing, which announces nothing; who announced it is not said.)
  const describesThing = form === 'ed' && from === i && subject !== null && next !== undefined && (isTime(next) || /^(earlier|last|this)$/.test(next.lower)) && !speakerLike(tokens, subject);
  if (describesThing) return { cue: [i, i], source: null, kind: 'verb', cls };
  if (subject && !naming && (suggests || plausibleSource(tokens, subject, judged, j === i - 1 && subject[1] === j))) return { cue: [from, i], source: subject, kind: 'verb', cls };
  // A strong verb right after a quotation keeps its cue even when the speaker is not named.
  if (STRONG.has(verb.lemma) && tokens[i]!.quote < 0 && prev && (prev.quote >= 0 || isPunct(prev, '”"'))) {
    return { cue: [i, i], source: null, kind: 'verb', cls };
  }
  return null;
}
