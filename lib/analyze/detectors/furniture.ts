/**
 * Page furniture: lines that are not the article's prose. Promo lines, related-story headlines
 * set in capitals, bylines and timestamps, notes on the writer, photo credits and share bars
 * count for nothing.
 */
import type { FurnitureKind } from '../types.ts';

const PROMO =
  /^(click here|read more|read also|also read|see also|related:|related coverage|more:|watch:|listen:|sign up|subscribe|download the|get the .* app|follow us|follow .* on (twitter|facebook|instagram|x)|join our|advertisement|sponsored|recommended|don't miss|continue reading|story continues|related topics\s*$|more on this story\s*$|top stories\s*$|click to (share|email|print)|leave a comment\s*$|comments\s*$|(most (read|popular|viewed)|you (may|might) also like|skip to (main )?content|listen to this (article|story)|media playback is unsupported on your device|supported by|topics|trending( now)?|editor['’]s picks)\s*$|(read|watch|see|listen to) (the|our|this) [^.]{0,40}(here|below)\.?\s*$)/i;
const NEWSLETTER = /\b(newsletter|sign up|subscribe now|app store|google play|get the .*app)\b/i;
const MAYBE_PROMO = /newsletter|sign up|subscribe|app store|google play|\bapp\b/i;
/** "BREAKING: Earthquake hits Turkey", "Opinion: Why the plan will fail": a labelled link to another story. */
const LABELLED_LINK = /^(breaking|exclusive|live|opinion|analysis|video|photos|gallery|podcast|explainer|in pictures)\s*:\s+\S/i;
const BYLINE = /^\(?(By|BY|Written by|Reporting by|Additional reporting by|Editing by|Edited by)\s+\p{Lu}/u;
/** "By July 2013, the show…", "By Monday, the mayor…": a time opening prose ("By June Smith" is a writer). */
const BY_TIME = /^By\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Spring|Summer|Fall|Autumn|Winter)[a-z]*\.?(,|\s+\d|\s+[a-z])/;
const CREDIT = /^(\(?(photo|photograph|image|picture|video|graphic|illustration|credit)s?\b.*[:/|]|(image|media|photo|video) (caption|source),|©|copyright\b|\(?(getty|ap photo|reuters\/|afp via))/i;
/** A sign-up or poll form's lines: "You may opt out at anytime.", "Email *", "This field is for validation purposes…". */
const FORM = /^(email|name|comments?|first name|last name|zip code)\s*\*$|\b(you (also )?agree to (this site's|our|the) (privacy policy|terms)|you (may|can) (opt out|unsubscribe) at any ?time|this field is for validation|grants you access to .* (updates|newsletters?))/i;
/** "Posted in News, Politics": the sections a post is filed under, each a capitalised word or two. */
const POSTED_IN = /^Posted in [A-Z][\w&-]*( [A-Z][\w&-]*)?(, [A-Z][\w&-]*( [A-Z][\w&-]*)?)*$/;
/**
 * A page's notes on the article itself: its age ("This article is more than 2 years old"), its
 * corrections and updates ("Correction: An earlier version of this article…"), its tags and where
 * to write to its author.
 */
const ARTICLE_NOTE = /^(this (article|story|page) is (more than|over) (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (years?|months?|weeks?|days?) old\.?$|(editor['’]s note|correction|clarification|update)s?\s*:.*\b(this (article|story|report|post|piece)|earlier version|has been (updated|corrected))|this (article|story) has been (updated|corrected)|this (article|story|piece) was (amended|updated|corrected) on\b|(tags|filed under)\s*:\s+\S.{0,80}$|contact the (author|writer|reporter) at \S+@)/i;
/** "Updated 3:45 PM EST, Tue December 1, 2026", "Published March 3, 2024", "5 min read": a page's timestamp or reading time. */
const TIMESTAMP = /^((updated|published|posted|last updated|first published)\s*:?\s*(on\s+)?(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d)[^.]{0,60}|\d{1,3}[- ]min(ute)?s? (read|listen))$/i;
/** What follows the names in a credit for reporting. */
const CONTRIBUTED = /(contributed (reporting|research|to this (report|article|story))|reported from)\b/y;
/** "Jane Doe covers city hall. Follow her on Twitter @janedoe.": the writer's note at the foot. */
const AUTHOR_NOTE = /\bfollow (him|her|them|me|us) on (twitter|x|instagram|facebook|threads|bluesky)\b/i;
const SHARE = /^((share|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|reddit)(\s*[|·•,]?\s*(share|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|reddit))*|share (this|the) (article|story|page))\s*$/i;

/** Classifies one trimmed paragraph; null means it is prose. */
export function furnitureKind(line: string): FurnitureKind | null {
  // Furniture is short: a paragraph of prose is read no further.
  if (line.length > 400) return null;
  if (SHARE.test(line)) return 'share';
  if (isPromo(line)) return 'promo';
  if (isByline(line)) return 'byline';
  // (A reporter's "reported from the scene that…" is prose: a credit line says no more than where.)
  if (line.length < 200 && (CREDIT.test(line) || (creditsReporting(line) && !/\bthat\b/.test(line)))) return 'credit';
  if (isCapitalisedHeadline(line)) return 'headline';
  return null;
}

/** A promotion, a sign-up or a form's line. (Each kind is a function of its own, so that the one that runs on every paragraph stays small enough to compile well.) */
function isPromo(line: string): boolean {
  if (PROMO.test(line)) return true;
  if (line.length < 200 && !endsSentence(line) && MAYBE_PROMO.test(line) && NEWSLETTER.test(line)) return true;
  if (line.length < 120 && !endsSentence(line) && LABELLED_LINK.test(line)) return true;
  return line.length < 100 && FORM.test(line);
}

/** A byline, a timestamp, a note on the article or on its writer. */
function isByline(line: string): boolean {
  if (line.length < 120 && ((BYLINE.test(line) && !BY_TIME.test(line)) || TIMESTAMP.test(line))) return true;
  return line.length < 240 && (ARTICLE_NOTE.test(line) || POSTED_IN.test(line) || AUTHOR_NOTE.test(line));
}

/**
 * "Samantha Lachman contributed reporting from Charleston.", "The Associated Press contributed to
 * this report.": names (perhaps after "The", joined by "and"), then the credit. Read word by word
 * from the start, so prose is dismissed at its first lower-case word.
 */
function creditsReporting(line: string): boolean {
  let at = line.startsWith('The ') ? 4 : 0;
  for (let names = 0; names < 7; names++) {
    const c = line.charCodeAt(at);
    if (!(c >= 65 && c <= 90)) {
      CONTRIBUTED.lastIndex = at;
      return names > 0 && CONTRIBUTED.test(line);
    }
    const space = line.indexOf(' ', at);
    if (space < 0) return false;
    at = line.startsWith('and ', space + 1) ? space + 5 : space + 1;
  }
  return false;
}

/** Three lower-case letters among the first 40 characters with no capital between them: prose. */
function lowerCaseEarly(line: string): boolean {
  let run = 0;
  for (let k = 0; k < Math.min(40, line.length); k++) {
    const c = line.charCodeAt(k);
    if (c >= 97 && c <= 122) {
      if (++run === 3) return true;
    } else if (c >= 65 && c <= 90) run = 0;
  }
  return false;
}

/** The line ends as a sentence does: ".", "!", "?", perhaps before a closing quotation mark. */
function endsSentence(line: string): boolean {
  let k = line.length - 1;
  if (line[k] === '"' || line[k] === '”') k--;
  const c = line[k];
  return c === '.' || c === '!' || c === '?';
}

/** A line set in capitals ("RUSSIA HAS DETAINED SUSPECTS…, SECURITY AGENCY SAYS"). */
function isCapitalisedHeadline(line: string): boolean {
  // Prose has lower-case letters early on; a headline has almost none.
  if (line.length > 400 || lowerCaseEarly(line)) return false;
  let upper = 0;
  let letters = 0;
  let words = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (k === 0 || line.charCodeAt(k - 1) === 32) words += c === 32 ? 0 : 1;
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c > 0xbf && (c < 0xd800 || c > 0xdfff)) {
      const ch = line[k]!;
      const lower = ch.toLowerCase();
      if (lower !== ch.toUpperCase()) {
        letters++;
        if (ch !== lower) upper++;
      }
    }
  }
  return letters >= 12 && upper / letters > 0.85 && words >= 3;
}
