// Sentence boundaries tuned for news: "Mr. Orlov", "U.S. officials" and "Jan. 5" do not end a
// sentence, and a quotation stays inside the sentence that carries it, so a quote of three
// sentences followed by "he said" is one unit for attribution. Hand-written rather than
// Intl.Segmenter, which is many times slower and splits after "Mr.".
import { ForwardSearch } from './forward-search';
import { PERIOD, isAsciiLetter, isAsciiLower, isNumeral, isSpace, isUpperCase } from './chars';
import { CLOSING_MARKS, OPENING_MARKS } from './mark-glyphs';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';

/** What may follow a sentence's full stop before the space: closing marks and brackets. */
const AFTER_STOP = CLOSING_MARKS + ')]';
/** Whether a sentence may start with the code unit `c` (`ch`): a capital, a digit, an opening mark
 * or a bracket. Read from the character tables: a regex of \p{Lu} and \p{N} (which it was) cost its
 * compilation inside the engine's first call. */
export function opensSentence(c: number, ch: string): boolean {
  return isUpperCase(c) || isNumeral(c) || c === 40 || c === 91 || (ch !== '' && OPENING_MARKS.includes(ch));
}

/** Words that end with a period without ending the sentence (lower-cased). Those written here
 * with their period also keep it inside their token ("Mr.", "Jan.", "Inc."), so names stay whole;
 * the others ("Calif.", "etc.") may still end a sentence's last word. No "Sun.": news writes the
 * weekday out, and "the Sun." (the star, a paper) ends sentences. */
const ABBREVIATION_LIST = (
  'mr. mrs. ms. messrs dr. prof. sen. sens rep. reps gov. govs gen. lt. col. maj. capt. cmdr. adm. ' +
  'sgt. cpl. pvt del. eng. ir. sec. smt. fr. st. jr. sr. rev. hon. supt. insp. det. atty. amb. pres. vs v etc ' +
  'inc. corp. co. ltd. llc bros no. nos jan. feb. mar. apr. aug. sep. sept. oct. nov. dec. mon tue ' +
  'tues wed thu thur thurs fri sat ft mt ave blvd rd fig approx est dept univ assn ariz calif ' +
  'colo conn fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex ' +
  'va vt wash wis wyo a.m p.m u.s u.k u.n e.u d.c'
).split(' ');
const ABBREVIATIONS = new Set(ABBREVIATION_LIST.map((w) => w.replace(/\.$/, '')));
const DOTTED = new Set(ABBREVIATION_LIST.filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));
const LONGEST_DOTTED = Math.max(...[...DOTTED].map((w) => w.length));
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** True for a word whose following period belongs to it: a listed abbreviation or an initial
 * ("E", "U.S", "a.m"). */
export function keepsPeriod(word: string): boolean {
  // Most words before a period are ordinary words ending a sentence: too long for the table and
  // no initial ("U.S") shape, they are settled before any lower-casing.
  const n = word.length;
  if (n > 1 && word.charCodeAt(1) !== 46 && n > LONGEST_DOTTED) return false;
  return DOTTED.has(word.toLowerCase()) || /^([a-z]\.)*[a-z]$/i.test(word);
}

/** Characters that can end a sentence; found by a native search rather than a loop per character. */
const ENDERS = /[.!?\u2026]/g;

/** The search for sentence ends, for callers that split many ranges of one article in order
 * (pass one to each `splitSentences` call so the search never re-reads a stretch). */
export const sentenceEndSearch = () => new ForwardSearch(ENDERS);

/** Sentence ranges [start, end) inside [from, to), never breaking inside any of `protect`
 * (spans sorted by start, e.g. the quotes of this block). Linear in the length of the range. */
export function splitSentences(
  text: string,
  from: number,
  to: number,
  protect: { start: number; end: number }[] = [],
  search = new ForwardSearch(ENDERS),
): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let p = 0; // first protected span that may still cover the scan position
  let next = from;
  for (let i = search.next(text, next); i !== -1 && i < to; i = search.next(text, next)) {
    next = i + 1;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < to && AFTER_STOP.includes(text[j]!)) j++;
    if (j >= to || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) continue;
    // The next sentence opens with a capital, a digit, a quotation mark or a bracket; a
    // lower-case ASCII letter (the common case after "U.S." or "a.m.") is settled without the regex.
    const n = text.charCodeAt(k);
    if (isAsciiLower(n) || !opensSentence(n, text[k]!)) continue;
    // "… around 3 p.m. “They were …”": after a lower-case dotted abbreviation ("a.m.", "p.m."), a
    // quotation opening on a capital starts a sentence; after a title or an initial it may be a
    // nickname ("Gen. “Mad Dog” Lund", "Robert C. “Bobby” Scott"), and lower-case it runs on.
    if (
      c === PERIOD &&
      isAbbreviation(text, from, i) &&
      !CLAUSE_OPENER.test(text.slice(k, k + 10)) &&
      !(text[i - 2] === '.' && isAsciiLower(text.charCodeAt(i - 1)) && /^[“"][A-Z]/.test(text.slice(k, k + 2))) &&
      !clockTimeEnds(text, i, k)
    )
      continue;
    while (p < protect.length && protect[p]!.end <= j) p++;
    const guard = protect[p];
    if (guard && guard.start < j && guard.end > j) {
      next = j;
      continue;
    }
    out.push([start, j]);
    start = k;
    next = k;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** A capitalised pronoun, determiner or conjunction opens a sentence even after an abbreviation
 * ("… entering the U.S. While Roe …", "… in Fresno, Calif. The …"): none starts a name. */
const CLAUSE_OPENER =
  /^(?:The|He|She|It|They|We|This|These|Those|His|Her|Their|Its|There|While|When|Although|Though|But|However|Meanwhile|Still|Yet)\b/;

/** "… shortly after 3 p.m. At least 14 homes …": a clock time's "a.m."/"p.m." after a number ends
 * the sentence before a capitalised word, unless that word goes on with the time: a weekday or a
 * month ("3 p.m. Monday", "p.m. Jan. 5"), a zone in capitals ("p.m. ET") or named ("p.m. Eastern",
 * "8 p.m. New York time"). Read only after a digit, so "U.S." and initials are not touched. */
function clockTimeEnds(text: string, dot: number, next: number): boolean {
  if (!/\d ?[ap]\.m$/i.test(text.slice(Math.max(0, dot - 6), dot))) return false;
  const m = /^(\p{Lu}[\p{L}'’-]*)\.?((?: [\p{L}.'’-]+){0,3})/u.exec(text.slice(next, next + 60));
  const w = m?.[1] ?? '';
  return !(
    !m ||
    (w.length > 1 && w === w.toUpperCase()) ||
    /^(?:Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Universal)$/.test(w) ||
    (w.length > 2 && [...WEEKDAY_NAMES, ...MONTH_NAMES].some((d) => d.startsWith(w))) ||
    / time\b/i.test(m[2]!)
  );
}

/** True when the period at `dot` closes an abbreviation or an initial ("T." in "Miriam T. Oduya"). */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  while (s > from && s > dot - 12 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  if (dot - s > LONGEST_ABBREVIATION) return false;
  const word = text.slice(s, dot);
  if (word.length === 1 && /[A-Z]/.test(word)) return true;
  // "B.S. Hegde", "M.K. Rao": capital initials run together, as a listed "U.S." is.
  if (dottedInitials(word)) return true;
  // "… would not wash. “It …”", "… fell ill. Doctors …": the abbreviation of a state, a weekday or
  // a title is written with a capital; a lower-case word of three letters or more that spells one
  // is an ordinary word ending the sentence ("vs.", "v.", "no." and "a.m." stay abbreviations).
  if (isAsciiLower(word.charCodeAt(0)) && word.length > 2 && !word.includes('.')) return false;
  // "She finished 23rd. “I …”", "the 21st. The …": letters right after a digit are an ordinal's
  // ending, never "Rd." or "St." (a road, a saint), so the period ends the sentence.
  // "Ir." (an engineer's title: Belgium, the Netherlands, Indonesia) is no "IR." (infrared).
  return !isNumeral(text.charCodeAt(s - 1)) && ABBREVIATIONS.has(word.toLowerCase()) && word !== 'IR';
}

/** "B.S", "J.R.R" (the last period not included): two or three capital letters with periods between. */
function dottedInitials(word: string): boolean {
  const n = word.length;
  if (n !== 3 && n !== 5) return false;
  for (let i = 0; i < n; i += 2) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90 || (i + 1 < n && word.charCodeAt(i + 1) !== PERIOD)) return false;
  }
  return true;
}

function isLetterOrDot(c: number): boolean {
  return isAsciiLetter(c) || c === PERIOD;
}
