// The engine's character classes, in one place. Everything here takes a UTF-16 code unit (what
// charCodeAt returns) and answers from a comparison or a table: the engine reads most of an
// article character by character, and a regex call or a one-character string per character costs
// more than the rest of the loop. Out-of-range reads (charCodeAt past the end gives NaN) answer
// false or 0, so callers may look one character beyond a span without a bounds check.

/** Codes of characters the engine tests by name. */
export const APOSTROPHE = 39;
export const RIGHT_SINGLE_MARK = 0x2019;
export const COMMA = 44;
export const HYPHEN = 45;
export const PERIOD = 46;
export const SLASH = 47;
export const AMPERSAND = 38;
export const UNDERSCORE = 95;
export const PERCENT = 37;

/** An ASCII digit, 0-9. Other scripts' digits are left alone rather than half-understood. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII letter, either case. */
export function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** An ASCII capital, A-Z. */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** An ASCII small letter, a-z. */
export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

/** A joiner: a character that stays inside a word when word characters stand on both sides of it
 * ("don't", "Clinton’s", "U.S", "AT&T", "al-Assad"). */
export function isJoiner(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_SINGLE_MARK || c === PERIOD || c === AMPERSAND || c === HYPHEN;
}

/** Space, a control character, or an invisible format character (no-break space, soft hyphen,
 * the zero-width and directional marks, the byte-order mark): what separates a sentence's tokens. */
export function isBlank(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || c === 0xad || c === 0xfeff;
}

/** A UTF-16 surrogate half: a character beyond the BMP, which a /u regex reads as one code point
 * and the predicates here as two code units that are no letter. */
export function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** Whether `s` holds a surrogate half (a character beyond the BMP): the walks that stand in for a
 * regex with Unicode classes answer for the BMP and hand such a text to their regex. */
export function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSurrogate(s.charCodeAt(i))) return true;
  return false;
}

/** Whether text[from, end) ends in a capital followed only by letters and `joiner` characters, as
 * /\p{Lu}[\p{L}<joiners>]*$/u says of that slice, read backwards from its end; null when a surrogate
 * half stands in the run (a letter beyond the BMP may continue it), for the caller to ask its regex. */
export function endsInCapitalisedRun(
  text: string,
  from: number,
  end: number,
  joiner: (c: number) => boolean,
): boolean | null {
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isUpperCase(c)) return true;
    if (!isLetter(c) && !joiner(c)) return isSurrogate(c) ? null : false;
  }
  return false;
}

/** White space between words, no-break and typographic spaces included: what may stand between
 * a quotation mark and a word, or between two sentences. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x3000
  );
}

// ---- Unicode classes, one code unit at a time ----
// Beyond ASCII the Unicode properties decide. They are asked of a regex once per distinct code
// unit and remembered in a table, so a page in any script costs a table lookup per character.
// A code unit, not a code point: a surrogate half is no letter, as the regex says of it alone.

const ASKED = 1;
const LETTER_OR_DIGIT = 2; // \p{L} or \p{N}
const MARK = 4; // \p{M}: combining marks stay inside words
const UPPER_CASE = 8; // \p{Lu}
const LETTER_ONLY = 16; // \p{L}
const LOWER_CASE = 32; // \p{Ll}
const UNICODE = new Uint8Array(65536);

/** A regex made on its first use, not at load, and kept: the regexes made so are asked only of
 * rare text (beyond the BMP, or where a cheap test has passed). V8 still checks a literal's
 * Unicode classes when it parses the script, wrapped or not; the build's lazyUnicodeRegexes step
 * (build.mjs) turns such literals into regexes made on first use, which saves that too. */
export function lazy(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
const LN = lazy(() => /[\p{L}\p{N}]/u);
const M = lazy(() => /\p{M}/u);
const LU = lazy(() => /\p{Lu}/u);
const L = lazy(() => /\p{L}/u);
const LL = lazy(() => /\p{Ll}/u);

/** The flags of the non-ASCII characters nearly every English article holds, known without the
 * regexes: Latin-1 (accented names, µ, ª, º, superscript digits, vulgar fractions) and General
 * Punctuation (curly quotes, dashes, ellipses: no letter, digit or mark among them). Asking the
 * regexes compiles all five, which V8 does on first use at 0.2-0.7 ms each, for a curly quote.
 * 0 for any other code unit. */
function knownFlags(c: number): number {
  if (c >= 0x2000 && c <= 0x206f) return ASKED;
  if (c >= 0xc0 && c <= 0xff) {
    if (c === 0xd7 || c === 0xf7) return ASKED; // × and ÷
    return ASKED | LETTER_OR_DIGIT | LETTER_ONLY | (c <= 0xde ? UPPER_CASE : LOWER_CASE);
  }
  if (c < 0x80 || c > 0xff) return 0;
  if (c === 0xb5) return ASKED | LETTER_OR_DIGIT | LETTER_ONLY | LOWER_CASE; // µ
  if (c === 0xaa || c === 0xba) return ASKED | LETTER_OR_DIGIT | LETTER_ONLY; // ª º
  if (c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe)) return ASKED | LETTER_OR_DIGIT; // ² ³ ¹ ¼ ½ ¾
  return ASKED;
}

function unicodeFlags(c: number): number {
  let f = UNICODE[c]!;
  if (f === 0) f = UNICODE[c] = knownFlags(c);
  if (f === 0) {
    const ch = String.fromCharCode(c);
    f =
      ASKED |
      (LN().test(ch) ? LETTER_OR_DIGIT : 0) |
      (M().test(ch) ? MARK : 0) |
      (LU().test(ch) ? UPPER_CASE : 0) |
      (L().test(ch) ? LETTER_ONLY : 0) |
      (LL().test(ch) ? LOWER_CASE : 0);
    UNICODE[c] = f;
  }
  return f;
}

/** A letter or digit of any script (\p{L} or \p{N}). */
export function isLetterOrDigit(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  return c < 65536 && (unicodeFlags(c) & LETTER_OR_DIGIT) !== 0;
}

/** A character of a word in a sentence: a letter, digit or combining mark of any script. */
export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  return c < 65536 && (unicodeFlags(c) & (LETTER_OR_DIGIT | MARK)) !== 0;
}

/** A letter of any script (\p{L}). */
export function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return c < 65536 && (unicodeFlags(c) & LETTER_ONLY) !== 0;
}

/** A character of a name's word after its first: a letter, ' ’ . or - ("O’Neill", "St.",
 * "Smith-Jones"). */
export function isNameWordChar(c: number): boolean {
  return isLetter(c) || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** A capital letter of any script (\p{Lu}). */
export function isUpperCase(c: number): boolean {
  if (c < 128) return isAsciiUpper(c);
  return c < 65536 && (unicodeFlags(c) & UPPER_CASE) !== 0;
}

/** A small letter of any script (\p{Ll}). */
export function isLowerCase(c: number): boolean {
  if (c < 128) return isAsciiLower(c);
  return c < 65536 && (unicodeFlags(c) & LOWER_CASE) !== 0;
}

/** A number character of any script (\p{N}: digits, numerals, fractions, superscripts). */
export function isNumeral(c: number): boolean {
  if (c < 128) return isDigit(c);
  return c < 65536 && (unicodeFlags(c) & (LETTER_OR_DIGIT | LETTER_ONLY)) === LETTER_OR_DIGIT;
}

// ---- Unicode classes, one code point at a time ----
// What a /u regex reads at a position: a pair of surrogates is one character (asked of the
// regexes, which beyond the BMP are the only table), a lone half is none of these classes.

/** \p{Ll} of the code point `cp` (undefined, past the end, is nothing). */
export function isLowerCasePoint(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  return cp < 65536 ? isLowerCase(cp) : LL().test(String.fromCodePoint(cp));
}

/** \p{L} of the code point `cp`. */
export function isLetterPoint(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  return cp < 65536 ? isLetter(cp) : L().test(String.fromCodePoint(cp));
}

/** \p{Lu} of the code point `cp`. */
export function isUpperCasePoint(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  return cp < 65536 ? isUpperCase(cp) : LU().test(String.fromCodePoint(cp));
}

/** \p{N} of the code point `cp`. */
export function isNumeralPoint(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 65536) return isNumeral(cp);
  const ch = String.fromCodePoint(cp);
  return LN().test(ch) && !L().test(ch);
}

/** Whether `w` is `least` small letters or more and then `suffix` (ASCII), as
 * /^\p{Ll}{least,}suffix$/u says: the regexes on words ("-ed", "-ly", "-ing", "-s") that V8
 * compiled on first use at 0.2-0.5 ms each, inside the engine's first call. */
export function isSmallWordEnding(w: string, least: number, suffix: string): boolean {
  if (!w.endsWith(suffix)) return false;
  const end = w.length - suffix.length;
  let letters = 0;
  for (let i = 0; i < end; letters++) {
    const cp = w.codePointAt(i)!;
    if (!isLowerCasePoint(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return letters >= least;
}

/** What a regex's \s matches: white space and line terminators as ECMAScript defines them. */
export function isRegexSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether text[from, to) ends in a letter or digit of any script, as /[\p{L}\p{N}]$/u says of
 * that slice (a regex V8 compiled on first use, inside the engine's first call); beyond the BMP
 * the regex answers. */
export function endsInLetterOrDigit(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const c = text.charCodeAt(to - 1);
  if (isSurrogate(c)) return /[\p{L}\p{N}]$/u.test(text.slice(from, to));
  return isLetterOrDigit(c);
}

/** What /^\p{L}+\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)/u captures in `s` (the small word after
 * the first word, past an "also", "then" or "later"), or null where it does not match; read without
 * the regex, which V8 compiled on first use inside the engine's first call. A surrogate half met
 * on the way hands `s` to the regex. */
export function smallWordAfterFirst(s: string): string | null {
  let i = 0;
  let c = s.charCodeAt(0);
  const beyond = () => /^\p{L}+\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)/u.exec(s)?.[1] ?? null;
  while (i < s.length && !isSurrogate(c) && isLetter(c)) c = s.charCodeAt(++i);
  if (i < s.length && isSurrogate(c)) return beyond();
  if (i === 0) return null;
  const spaced = (at: number): number => {
    let j = at;
    while (j < s.length && isRegexSpace(s.charCodeAt(j))) j++;
    return j;
  };
  /** The end of the run of small letters from `at` (at itself if none), or -1 at a surrogate half. */
  const smallRun = (at: number): number => {
    let j = at;
    while (j < s.length && !isSurrogate(s.charCodeAt(j)) && isLowerCase(s.charCodeAt(j))) j++;
    return j < s.length && isSurrogate(s.charCodeAt(j)) ? -1 : j;
  };
  const word = spaced(i);
  if (word === i) return null;
  const end = smallRun(word);
  if (end < 0) return beyond();
  const first = s.slice(word, end);
  if (first === 'also' || first === 'then' || first === 'later') {
    const next = spaced(end);
    if (next > end) {
      const nextEnd = smallRun(next);
      if (nextEnd < 0) return beyond();
      if (nextEnd > next) return s.slice(next, nextEnd);
    }
  }
  return end > word ? first : null;
}

// ---- The figure grammar's table ----
// Figures are read by a narrower notion of a letter than sentences: a unit or a currency word is
// written in Latin letters, and the scanner that looks for figures walks every character of a page
// through this table, so it is filled once, eagerly.

/** Classes in `CLASS`. */
export const OTHER = 0;
/** A letter: ASCII, Latin-1 and Latin Extended-A/B (up to U+024F), and µ. */
export const LETTER = 1;
/** An ASCII digit. */
export const DIGIT = 2;
/** A currency sign or a vulgar fraction: set by the figures grammar, which owns those tables. */
export const SIGN = 3;
/** Horizontal space or an invisible joiner: skipped between tokens. */
export const SPACE = 4;
/** A line break: no figure reads across one. */
export const BREAK = 5;

/** The class of every code unit, for the figures grammar and its scanner. */
export const CLASS = new Uint8Array(65536);
for (let c = 0; c < 592; c++)
  CLASS[c] = isAsciiLetter(c) || (c >= 192 && c !== 215 && c !== 247) ? LETTER : isDigit(c) ? DIGIT : OTHER;
CLASS[0xb5] = CLASS[0x3bc] = LETTER;
for (const c of [32, 9, 0xa0, 0x2009, 0x202f, 0x200b, 0x200c, 0x200d, 0xfeff, 0x2007]) CLASS[c] = SPACE;
for (const c of [10, 13, 0x2028, 0x2029]) CLASS[c] = BREAK;

/** Marks each character of `chars` as a SIGN, unless it already has a class. */
export function markSigns(chars: string): void {
  for (const s of chars) if (CLASS[s.charCodeAt(0)] === OTHER) CLASS[s.charCodeAt(0)] = SIGN;
}
