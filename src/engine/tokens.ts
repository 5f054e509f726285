// The engine's tokenizer: one scanner over the character classes of chars.ts, read in two views.
//
// The sentence view (`tokenize`, `Token`) turns one sentence into words and punctuation with their
// offsets, every quotation in it folded into a single token. Attribution patterns ("Q," X said /
// X said: "Q") are read off this list without looking inside the quotes, where cue words and "I"
// belong to the quoted speaker, not to the attribution.
//
// The figure view (`lexAt`, `lexBefore`, `TokenStream`, `Tok`) reads the few tokens around a
// number. The figures grammar never tokenizes the whole text: its scanner finds an anchor (a digit,
// a currency sign, a number word) and this view reads a bounded number of tokens forward or
// backward from it, lazily, stopping at line breaks.
//
// Both views read the same classes (chars.ts) and the same space; where their rules differ, the
// difference is what each grammar needs, and one token shape for both would change what one of
// them reads:
// - digits: in a sentence they are word characters ("F-16", "3-year", "2,300" and "9/11" are one
//   word each), since the patterns look for names and verbs and a number is one word among others;
//   a figure token splits digits from letters ("5km" is "5" then "km"), since the grammar reads the
//   number and its unit apart, and keeps a comma or point between digits in the run.
// - letters: a sentence's words are in any script (so are names); a figure's words are Latin
//   letters (CLASS), the script its units, currencies and scales are written in.
// - joiners: a sentence word keeps ' ’ . & - between word characters ("don't", "al-Assad", "U.S")
//   and keeps "Mr." or "U.S." whole with their period; a figure word keeps only the point of a dotted
//   abbreviation between single letters ("a.m.", "U.S.").
// - what a token carries: a sentence token its folded quotation and its speech-cue strength
//   (hashed while the word is read); a figure token whether space stands before it, which the
//   grammar needs for digits grouped by spaces ("1 000 000") and for what is written tight
//   ("10:30", "1e10").

import { keepsPeriod } from './sentences';
import { lowerBound } from './sorted';
import { isMarkCharacter } from './mark-glyphs';
import {
  BREAK,
  CLASS,
  COMMA,
  DIGIT,
  LETTER,
  PERIOD,
  SLASH,
  SPACE,
  isAsciiLower,
  isAsciiUpper,
  isBlank,
  isDigit,
  isJoiner,
  isUpperCase,
  isWordChar,
} from './chars';
import { CUE_FILTER, CUE_SLOT_MASK, cueStrength, HASH_MASK, type CueStrength } from './speech-verbs';

// ---- The sentence view ----

/** One token: a word, a punctuation mark, or a whole quotation (`quote` >= 0). */
export interface Token {
  start: number;
  end: number;
  /** The word or mark as written; '' for a quotation token. */
  text: string;
  /** Lower-cased text, for table look-ups; for a quotation, its last three characters. */
  lower: string;
  /** Index of the quotation this token stands for, or -1. */
  quote: number;
  /** Speech-cue strength of the word (see speech-verbs), looked up once here. */
  cue: CueStrength;
}

/** Tokens of [from, to); `quotes` are the outermost quotations inside that range, sorted, and
 * `skip` (sorted) are spans left out.
 * A hand-written scanner: this runs over most of an article, so it avoids regex, hashes each word
 * while reading it (so the cue table is consulted only for the rare word whose hash is a cue's),
 * and allocates only the tokens themselves. */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: { start: number; end: number }[],
  quoteIds: number[],
  skip: { start: number; end: number }[] = [],
): Token[] {
  const out: Token[] = [];
  let q = 0;
  let sk = 0;
  let i = from;
  while (i < to) {
    // Spans to leave out entirely (a nickname inside a name).
    while (sk < skip.length && skip[sk]!.end <= i) sk++;
    if (sk < skip.length && skip[sk]!.start <= i) {
      i = skip[sk]!.end;
      continue;
    }
    while (q < quotes.length && quotes[q]!.end <= i) q++;
    const quote = quotes[q];
    if (quote && quote.start <= i) {
      // A quotation token keeps its last four characters in `lower` (",”", "?\"", ",' \""), so
      // patterns can see how the quote ends without reading the text again.
      out.push({
        start: quote.start,
        end: quote.end,
        text: '',
        lower: text.slice(Math.max(quote.start, quote.end - 4), quote.end),
        quote: quoteIds[q]!,
        cue: 0,
      });
      i = Math.max(i + 1, quote.end);
      continue;
    }
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // A mark that is not a folded quotation (a nickname's, an unpaired one) is no token: the
      // words around it still read as one name ("Thomas J. "Tommy" Reyes").
      if (!isMarkCharacter(c)) {
        const ch = text[i]!;
        out.push({ start: i, end: i + 1, text: ch, lower: ch, quote: -1, cue: 0 });
      }
      i++;
      continue;
    }
    let end = i;
    let upper = false;
    // Hash of the lower-cased word while it is all ASCII letters; -1 once it is not.
    let h = 0;
    for (;;) {
      const d = text.charCodeAt(end);
      if (isAsciiLower(d)) {
        if (h >= 0) h = (h * 31 + d) & HASH_MASK;
        end++;
      } else if (isAsciiUpper(d)) {
        upper = true;
        if (h >= 0) h = (h * 31 + d + 32) & HASH_MASK;
        end++;
      } else if (
        end > i &&
        end + 1 < to &&
        ((isJoiner(d) && isWordChar(text.charCodeAt(end + 1))) ||
          ((d === COMMA || d === SLASH) && isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(end + 1))) ||
          (d === SLASH && end === i + 1 && text.charCodeAt(i) === 117 && isWordChar(text.charCodeAt(end + 1))))
      ) {
        // A joiner stays inside the word only between word characters ("don't", "U.S", "al-Assad"),
        // a comma or a slash only between digits ("2,300", "9/11", "24/7"); the slash of a Reddit
        // user's name too ("u/quietkettle" is one word, a handle, not the name "u").
        h = -1;
        end++;
        continue;
      } else if (isWordChar(d)) {
        if (d > 127) upper = true;
        h = -1;
        end++;
      } else break;
      if (end >= to) break;
    }
    let word = text.slice(i, end);
    // Keep a period that cannot end a sentence: "Mr.", "U.S.", and "R-Ky.," / "(D-Ore.)". Before a
    // closing parenthesis only after a capitalised word: '("…," he said.)' ends a sentence.
    if (
      text.charCodeAt(end) === 46 &&
      end < to &&
      (keepsPeriod(word) || text.charCodeAt(end + 1) === 44 || (text.charCodeAt(end + 1) === 41 && upper))
    ) {
      end++;
      word += '.';
      h = -1;
    }
    let lower = upper ? word.toLowerCase() : word;
    // "WHO", "US", "IT" in capitals amid lower-case words are acronyms, not pronouns: they keep
    // their capitals in `lower`, so no pronoun table takes them (a headline in capitals keeps its "WHO").
    if (
      upper &&
      (lower === 'who' || lower === 'us' || lower === 'it') &&
      word === word.toUpperCase() &&
      mixedCaseNear(text, i, end)
    )
      lower = word;
    out.push({
      start: i,
      end,
      text: word,
      lower,
      quote: -1,
      // "says more than any words could": a comparison after the verb, no speech ("said more than 40" is).
      // A retort's "shot back that …" (or "fired") reports speech as "replied that" does; "shot"
      // alone is a cue only beside a quote ("spending shot back up" is none).
      cue:
        h >= 0 && CUE_FILTER[h & CUE_SLOT_MASK] !== 0 && !/^ (more|less) than any /.test(text.slice(end, end + 16))
          ? cueStrength(lower) && (/^ back that /.test(text.slice(end, end + 11)) ? 2 : cueStrength(lower))
          : 0,
    });
    i = end;
  }
  return out;
}

/** True when a lower-case letter stands among the few characters on either side of [start, end). */
function mixedCaseNear(text: string, start: number, end: number): boolean {
  return /\p{Ll}/u.test(text.slice(Math.max(0, start - 12), start) + text.slice(end, end + 12));
}

/** Index of the first token that ends after `offset` (the one holding it), or tokens.length. */
export function indexAt(tokens: Token[], offset: number): number {
  // Offsets are whole numbers: ending after `offset` is ending at `offset + 1` or later.
  return lowerBound(tokens, offset + 1, tokenEnd);
}

function tokenEnd(t: Token): number {
  return t.end;
}

/** True for a token that starts with a capital letter. */
export function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined || t.quote >= 0) return false;
  const x = t.text;
  // "al-Khatib", "el-Sayed": an Arabic article before a capital opens a name too.
  return (
    isUpperCase(x.charCodeAt(0)) || (x[1] === 'l' && x[2] === '-' && /[ae]/.test(x[0]!) && isUpperCase(x.charCodeAt(3)))
  );
}

/** True for a word token (letters or digits). */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.quote < 0 && isWordChar(t.text.charCodeAt(0));
}

// ---- The figure view ----

/** One token: a digit run ('n'), a word ('w') or a single other character ('p'). `gap` is true
 * when whitespace separates it from the token before it. `v` is the text, `lv` in lower case. */
export interface Tok {
  s: number;
  e: number;
  t: 'n' | 'w' | 'p';
  v: string;
  lv: string;
  gap: boolean;
}

/** A digit, or a comma or point between digits: digit runs keep their separators in one greedy
 * token; grouping is judged later, so "1,2,3,..." or a megabyte of digits is one linear pass. */
function inDigits(text: string, k: number, step: number): boolean {
  const c = text.charCodeAt(k);
  return CLASS[c] === DIGIT || ((c === COMMA || c === PERIOD) && CLASS[text.charCodeAt(k + step)] === DIGIT);
}

/** Where the digit run that starts at `i` (a digit) ends, its inner commas and points included:
 * the figure view's number token, and where the figures scanner resumes after a number. One flat
 * loop rather than steps of `inDigits`: on a long run of digits that call cost a third more. */
export function digitRunEnd(text: string, i: number): number {
  const n = text.length;
  let e = i + 1;
  for (; e < n; e++) {
    const c = text.charCodeAt(e);
    if (CLASS[c] === DIGIT) continue;
    if ((c === COMMA || c === PERIOD) && e + 1 < n && CLASS[text.charCodeAt(e + 1)] === DIGIT) continue;
    break;
  }
  return e;
}

/** A letter, or the point of a dotted abbreviation ("U.S.", "a.m."): a point between single letters. */
function inWord(text: string, k: number, step: number): boolean {
  const c = text.charCodeAt(k);
  return (
    CLASS[c] === LETTER ||
    (c === PERIOD &&
      CLASS[text.charCodeAt(k + step)] === LETTER &&
      CLASS[text.charCodeAt(k + 2 * step)] !== LETTER &&
      CLASS[text.charCodeAt(k - step)] === LETTER &&
      CLASS[text.charCodeAt(k - 2 * step)] !== LETTER)
  );
}

function tok(text: string, s: number, e: number, t: Tok['t'], gap: boolean): Tok {
  const v = text.slice(s, e);
  return { s, e, t, v, lv: t === 'w' && hasUpper(text, s, e) ? v.toLowerCase() : v, gap };
}

/** Whether toLowerCase could change text[s, e): most words are lower case already, and the call
 * is costly on text that is not Latin-1 (curly quotes make a whole page so). */
function hasUpper(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiUpper(c) || c >= 128) return true;
  }
  return false;
}

/** True when `v` is `min` to `max` ASCII digits and nothing else: what /^\d{min,max}$/ tests,
 * without a regex call for every token looked at. */
export function isDigits(v: string | undefined, min: number, max: number): boolean {
  if (v === undefined || v.length < min || v.length > max) return false;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (!isDigit(c)) return false;
  }
  return true;
}

/** Reads the token starting at or after `i` (skipping horizontal space); null at a line break or the end. */
export function lexAt(text: string, i: number): Tok | null {
  const start = i;
  while (CLASS[text.charCodeAt(i)] === SPACE) i++;
  const c = CLASS[text.charCodeAt(i)];
  if (i >= text.length || c === BREAK) return null;
  let e = i + 1;
  if (c === DIGIT) e = digitRunEnd(text, i);
  else if (c === LETTER) {
    while (CLASS[text.charCodeAt(e)] === LETTER) e++;
    // Dotted abbreviations stay one token: "U.S.", "a.m.".
    if (e === i + 1) {
      while (inWord(text, e, 1)) e += 2;
      if (e > i + 1 && text.charCodeAt(e) === PERIOD) e++;
    }
  }
  return tok(text, i, e, c === DIGIT ? 'n' : c === LETTER ? 'w' : 'p', i > start);
}

/** The token that ends at or before `i` (skipping space backwards); null at a line break or the start. */
export function lexBefore(text: string, i: number): Tok | null {
  let e = i;
  while (e > 0 && CLASS[text.charCodeAt(e - 1)] === SPACE) e--;
  const c = CLASS[text.charCodeAt(e - 1)];
  if (e <= 0 || c === BREAK) return null;
  let s = e - 1;
  if (c === LETTER) while (s > 0 && (CLASS[text.charCodeAt(s - 1)] === LETTER || inWord(text, s - 1, 1))) s--;
  else if (c === DIGIT) while (s > 0 && inDigits(text, s - 1, -1)) s--;
  return tok(text, s, e, c === DIGIT ? 'n' : c === LETTER ? 'w' : 'p', false);
}

/** Forward tokens from a position, lexed on demand and capped so no figure looks further than
 * a short phrase ahead (this cap is what keeps the grammar linear on hostile input). */
export class TokenStream {
  private toks: Tok[] = [];
  constructor(
    readonly text: string,
    private pos: number,
  ) {}
  /** The k-th token from the start, or undefined past a line break, the end, or the cap. */
  at(k: number): Tok | undefined {
    while (this.toks.length <= k && this.toks.length < 40) {
      const t = lexAt(this.text, this.pos);
      if (!t) break;
      this.toks.push(t);
      this.pos = t.e;
    }
    return this.toks[k];
  }
}
