// Quoted words that are not speech: terms after "so-called" or "dubbed", titles of works and
// shows, nicknames inside names, subheads set in marks, stage directions in transcripts. A reader
// wants none of them listed as quotations, and none of them should carry a speaker.
import { DO_FORMS, FINITE_BE, HAVE_FORMS, PERSONAL_SUBJECTS, wordSet } from './speech-verbs';
import type { Block } from './types';
import type { MarkedSpan } from './quote-marks';
import { OPENING_MARKS } from './mark-glyphs';
import {
  APOSTROPHE,
  HYPHEN,
  PERIOD,
  RIGHT_SINGLE_MARK,
  endsInCapitalisedRun,
  hasSurrogate,
  isLetterOrDigit,
  isLowerCase,
  isNumeral,
  isRegexSpace,
  isSurrogate,
  isUpperCase,
  isLetterPoint,
  isUpperCasePoint,
  lazy,
} from './chars';

/** Whether a word opens with an opening quotation mark (titleCased reads the word behind it). */
const opensWithMark = (w: string) => w !== '' && OPENING_MARKS.includes(w[0]!);

/** Quoted words right after these are a term, a nickname or a title, not speech ("so-called
 * 'reset'", "the film 'X'"). Checked against the word just before the quote. */
const TERM_WORDS = wordSet(
  'so-called dubbed termed labeled labelled branded nicknamed titled entitled headlined captioned word+ phrase+ term+ ' +
    'slogan+ hashtag+ label nickname acronym film movie book song album novel series show documentary play article column ' +
    'op-ed essay headline poem memoir podcast segment episode musical video ad advertisement program programme ' +
    'release released releases publish published publishes starring',
);
/** Two-word lead-ins to a term ("known as", "referred to as"), checked on the last two words. */
const TERM_PAIRS = new Set(['known as', 'to as', 'name of', 'starred in', 'stars in', 'star in']);
/** "called 'X'" names a thing ("a group called 'X'") unless someone does the calling ("he called
 * it 'X'", "what lawmakers called 'X'"): then the quoted word is that speaker's. */
export const CALL_WORDS = wordSet('called calls call');
const CALLERS = wordSet(`${PERSONAL_SUBJECTS} you who`);
/** Small words that stay lower case in a title ("Face the Nation", "State of the Union"). */
const TITLE_SMALL = wordSet('of the a an and or nor but in on at to for with by from as vs is are de la');

/** Space, comma or colon between the words before a quote. */
function isGap(c: number): boolean {
  return c === 32 || c === 44 || c === 58 || c === 10 || c === 9 || c === 0xa0;
}

/** A letter, digit, apostrophe or hyphen. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isLetterOrDigit(c) || c === APOSTROPHE || c === HYPHEN || c === RIGHT_SINGLE_MARK;
}

/** True when the words before the quote make it a term, nickname or title rather than speech. */
export function isTerm(text: string, span: MarkedSpan, blockStart: number, blockEnd: number): boolean {
  if (span.blockquote) return false;
  // "“you left the light on / and the door”": lines of verse, a song's words, no one's speech.
  if (text.slice(span.innerStart, span.innerEnd).includes(' / ')) return true;
  // The words before the quote, nearest first, lower-cased: up to four, as the rules below read.
  const words: string[] = [];
  let i = span.start;
  let first = '';
  while (words.length < 4) {
    while (i > blockStart && isGap(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > blockStart && i > end - 20 && isWordChar(text, i - 1)) i--;
    if (i === end) break;
    const w = text.slice(i, end).toLowerCase();
    if (words.push(w) < 2) first = text.slice(i, end);
  }
  if (titleBeforeRole(text, span, blockEnd)) return true;
  // "the 'Night Desk' star", "'Night Desk' (film)": an unpunctuated title, then a role in a work or
  // its kind; or after a fact box's field ("Biggest hit: 'Paper Boats'"), the field's value (a
  // field has a lower-case word: "Lund: 'Plainly Wrong'" is a headline's speaker).
  if (
    isLetterOrDigit(text.charCodeAt(span.innerEnd - 1)) &&
    (/^\s+(?:stars?|actor|actress|\((?:film|song|album|novel)\))(?!\w)/.test(text.slice(span.end, span.end + 10)) ||
      (span.start - blockStart < 30 && /^[^:]* [a-z][^:]*:\s*$/.test(text.slice(blockStart, span.start)))) &&
    isTitleLike(text, span)
  )
    return true;
  // "CNN's 'Night Desk'", "the Fox News channel's 'Night Desk'": a broadcaster's show.
  if (/^(?:[A-Z]{2,}|News|[Cc]hannel|Network)['’]s$/.test(first) && isTitleLike(text, span)) return true;
  const [w1, w2, w3, w4] = words;
  if (isNickname(text, span, blockStart) && !titleCased(text.slice(blockStart, Math.min(blockEnd, blockStart + 200))))
    return true;
  if (w1 === undefined) return false;
  // "calls the video “devastating”": a complement of "call" after its object, no title.
  // "says the show “has had its day.”": a quote opening on a lower-case finite verb and closing
  // a clause (a period or comma inside) is the noun's predicate, no title of it.
  if (
    (TERM_WORDS.has(w1) &&
      !(CALL_WORDS.has(w3!) || CALL_WORDS.has(w4!)) &&
      !TITLE_VERBS.has(/^(\p{Ll}+) .*[.,]$/u.exec(text.slice(span.innerStart, span.innerEnd))?.[1] ?? '')) ||
    (w2 !== undefined && TERM_PAIRS.has(w2 + ' ' + w1))
  )
    return true;
  // "rates the stock “sell”", "rated “confidential”", "upgraded to “secret”": one word after a
  // verb of rating (and its object) is the grade given, no quotation.
  if (
    /^[a-z]\S*$/.test(text.slice(span.innerStart, span.innerEnd)) &&
    words.some((w) => /^(rat|grad)e[sd]$|graded$/.test(w))
  )
    return true;
  if (!CALL_WORDS.has(w1) || w2 === undefined) return false;
  // "he called 'X'" / "what lawmakers called 'X'" quote the caller; "a group called 'X'" names it.
  if (CALLERS.has(w2) || w3 === 'what' || w4 === 'what') return false;
  const before = text.slice(Math.max(0, i), span.start);
  return !/(^|\s)\p{Lu}[^\s]*\s+call/u.test(before);
}

/** After a quotation: one to three lower-case words, then two capitalised ones (a name). What
 * `titleThenRole` reads; it asks this regex itself only of a text with a surrogate. */
export const TITLE_THEN_ROLE = lazy(
  () => /^\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s+\p{Lu}[\p{Ll}.]+\s+\p{Lu}\p{Ll}/u,
);
/** TITLE_THEN_ROLE's match in `s`, or null, read without the regex: V8 compiled its Unicode classes
 * on first use (1-3 ms) inside the engine's first call. Spaces; one to three lower-case words (a
 * small letter, then small letters and hyphens, two characters at least), each followed by
 * spaces; a capitalised word (a capital, then small letters and periods) and spaces; a capital and
 * a small letter. The regex's classes do not overlap, so it can take each run of spaces, of a
 * word's characters, only whole: no backtracking to mirror. */
export function titleThenRole(s: string): string | null {
  if (hasSurrogate(s)) return TITLE_THEN_ROLE().exec(s)?.[0] ?? null;
  let i = skipRegexSpaces(s, 0);
  if (i === 0) return null;
  let words = 0;
  while (isLowerCase(s.charCodeAt(i))) {
    if (words === 3) return null; // a fourth lower-case word where the capitalised one must stand
    let end = i + 1;
    while (isLowerCase(s.charCodeAt(end)) || s.charCodeAt(end) === HYPHEN) end++;
    const next = skipRegexSpaces(s, end);
    if (end - i < 2 || next === end) return null;
    i = next;
    words++;
  }
  if (words === 0 || !isUpperCase(s.charCodeAt(i))) return null;
  let end = i + 1;
  while (isLowerCase(s.charCodeAt(end)) || s.charCodeAt(end) === PERIOD) end++;
  const name = skipRegexSpaces(s, end);
  if (end === i + 1 || name === end) return null;
  return isUpperCase(s.charCodeAt(name)) && isLowerCase(s.charCodeAt(name + 1)) ? s.slice(0, name + 2) : null;
}
/** Where the run of white space (what \s matches) from `i` ends. */
function skipRegexSpaces(s: string, i: number): number {
  while (isRegexSpace(s.charCodeAt(i))) i++;
  return i;
}
/** Lower-case words a title of a work keeps among its capitalised ones. */
const TITLE_NOUN_SMALL = wordSet('of the a an and in on at to for with by from');
/** Verbs that make a quoted title read as a clause once its marks are gone. */
const TITLE_VERBS = wordSet(`${FINITE_BE} be been ${HAVE_FORMS} ${DO_FORMS} will can`);
/** A short title-cased quotation, then lower-case role nouns and a person's name ("the
 * network's “Night Desk” anchor Ada Lund"): the title of a work the person is known by. */
function titleBeforeRole(text: string, span: MarkedSpan, blockEnd: number): boolean {
  const inner = text.slice(span.innerStart, span.innerEnd);
  if (inner.length > 60 || !isUpperCasePoint(inner.codePointAt(0)) || /[.,!?;:]$/.test(inner)) return false;
  const words = inner.split(/\s+/);
  // No verb inside ("Orange Is the New Black" would read as a clause once its marks are gone).
  if (words.length > 6 || !words.every((w) => TITLE_NOUN_SMALL.has(w) || isUpperCasePoint(w.codePointAt(0))))
    return false;
  if (words.some((w) => TITLE_VERBS.has(w.toLowerCase()))) return false;
  const after = titleThenRole(text.slice(span.end, Math.min(blockEnd, span.end + 80)));
  // The words between are nouns of a role, not small words of a headline ("‘X’ to Call Me …").
  return after !== null && !after.split(/\s+/).some((w) => TITLE_SMALL.has(w));
}

/** A nickname inside a name: Thomas J. "Tommy" Reyes (one or two words between capitalised words). */
export function isNickname(text: string, span: MarkedSpan, blockStart = 0): boolean {
  // White space on both sides first: a cheap test that rules out almost every quote.
  if (!/^\s\s$/.test(text.charAt(span.start - 1) + text.charAt(span.end))) return false;
  return (
    nameBeforeNickname(text, Math.max(blockStart, span.start - 12), span.start) &&
    // What /^\s\p{Lu}/u says of the two characters after the span (half a surrogate pair is no capital).
    isRegexSpace(text.charCodeAt(span.end)) &&
    isUpperCase(text.charCodeAt(span.end + 1)) &&
    !/\s\S+\s/.test(text.slice(span.innerStart, span.innerEnd))
  );
}

/** A capitalised word and a space ending a text: what stands before a nickname's opening mark.
 * What `nameBeforeNickname` reads; it asks this regex itself only of a word with a surrogate. */
export const NAME_BEFORE_NICKNAME = lazy(() => /\p{Lu}[\p{L}.]*\s$/u);
/** NAME_BEFORE_NICKNAME's answer on text[from, to), read backwards without the regex (V8 compiled
 * it on first use at about 1 ms in the engine's first call): white space last, and before it a
 * run of letters and periods with a capital in it. */
export function nameBeforeNickname(text: string, from: number, to: number): boolean {
  if (to <= from || !isRegexSpace(text.charCodeAt(to - 1))) return false;
  return endsInCapitalisedRun(text, from, to - 1, isPeriod) ?? NAME_BEFORE_NICKNAME().test(text.slice(from, to));
}
function isPeriod(c: number): boolean {
  return c === PERIOD;
}

/** Most words capitalised: a headline, where capitals say nothing about names. */
export function titleCased(sample: string, share = 0.85): boolean {
  const words = sample.split(/\s+/).filter((w) => isLetterPoint(w.codePointAt(0)) || opensWithMark(w));
  const capitals = words.filter((w) => isUpperCasePoint(w.codePointAt(opensWithMark(w) ? 1 : 0))).length;
  return words.length >= 3 && capitals >= words.length * share;
}

/** "(CROSSTALK.)", "(Laughter)": a transcript's stage direction, not anyone's words. */
export function isStageDirection(text: string, span: MarkedSpan): boolean {
  const inner = text.slice(span.innerStart, Math.min(span.innerEnd, span.innerStart + 60)).trim();
  return /^\([^()]*\)[.,]?$/.test(inner);
}

/** "Follow Ada Lund on Twitter @adalund": an author's sign-off set in marks, no one's words. */
export function isSignOff(text: string, span: MarkedSpan): boolean {
  const inner = text.slice(span.innerStart, Math.min(span.innerEnd, span.innerStart + 100));
  return /^Follow\b[^.!?]{0,60}\bon (?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b/.test(inner);
}

/** A paragraph that is nothing but a short capitalised phrase in marks ("'No Way Back.'")
 * is a subhead: a title, not a quotation. */
export function isSubhead(text: string, span: MarkedSpan, block: Block): boolean {
  if (span.start - block.start > 1 || block.end - span.end > 1 || span.innerEnd - span.innerStart > 60) return false;
  return isTitleLike(text, span) && /\S\s+\S+\s+\S/.test(text.slice(span.innerStart, span.innerEnd));
}

/** A short run of capitalised words ("Face the Nation", "Morning Joe"): a title or a name, unless
 * a speech cue follows it ("'Absolutely,' he said"). */
export function isTitleLike(text: string, span: MarkedSpan): boolean {
  if (span.innerEnd - span.innerStart > 80) return false;
  const words = text
    .slice(span.innerStart, span.innerEnd)
    .split(/\s+/)
    .filter((w) => firstLetterKind(w) !== NO_LETTER);
  if (words.length === 0 || words.length > 8) return false;
  let capitals = 0;
  for (const w of words) {
    if (/[.!?]$/.test(w) && w !== words[words.length - 1]) return false;
    if (firstLetterKind(w) === CAPITAL_OR_NUMBER) capitals++;
    else if (!TITLE_SMALL.has(w.toLowerCase())) return false;
  }
  return capitals > 0;
}

/** The first letter or digit of a word (what `firstLetterKind` reads), and what makes it count as
 * capitalised; asked only of a word with a surrogate before its first letter. */
export const LETTER_OR_DIGIT = lazy(() => /[\p{L}\p{N}]/u);
export const CAPITAL_OR_NUMBER_CHAR = lazy(() => /\p{Lu}|\p{N}/u);
const NO_LETTER = 0;
const CAPITAL_OR_NUMBER = 1;
const OTHER_LETTER = 2;
/** What the first letter or digit of `w` is, as LETTER_OR_DIGIT finds it and CAPITAL_OR_NUMBER_CHAR
 * says of it (NO_LETTER when there is none), read without the regexes (V8 compiled them on first
 * use at about 0.7 ms in the engine's first call). */
export function firstLetterKind(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isSurrogate(c)) {
      const letter = LETTER_OR_DIGIT().exec(w)?.[0];
      return letter === undefined
        ? NO_LETTER
        : CAPITAL_OR_NUMBER_CHAR().test(letter)
          ? CAPITAL_OR_NUMBER
          : OTHER_LETTER;
    }
    if (isLetterOrDigit(c)) return isUpperCase(c) || isNumeral(c) ? CAPITAL_OR_NUMBER : OTHER_LETTER;
  }
  return NO_LETTER;
}
