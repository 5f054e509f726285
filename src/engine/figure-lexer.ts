// A tiny lazy tokenizer for the few words around a number. The figures grammar never tokenizes
// the whole text: the scanner finds an anchor (a digit, a currency sign, a number word) and this
// lexer reads a bounded number of tokens forward or backward from it, stopping at line breaks.

import { BREAK, CLASS, COMMA, DIGIT, LETTER, PERIOD, SPACE, isAsciiUpper, isDigit } from './chars';

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
  if (c === DIGIT) while (inDigits(text, e, 1)) e++;
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
