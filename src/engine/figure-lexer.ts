// A tiny lazy tokenizer for the few words around a number. The figures grammar never tokenizes
// the whole text: the scanner finds an anchor (a digit, a currency sign, a number word) and this
// lexer reads a bounded number of tokens forward or backward from it, stopping at line breaks.

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

/** Horizontal whitespace and invisible characters that may sit between the words of a figure. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2007;
}
/** ASCII letters plus the Latin-1/Extended-A range, enough to tell where a word ends. */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
/** ASCII digits only: other scripts' digits are left alone rather than half-understood. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The word in lower case; most words already are, and checking is cheaper than converting. */
function lower(text: string, s: number, e: number, v: string): string {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 0xc0) return v.toLowerCase();
  }
  return v;
}

/** Reads the token starting at or after `i` (skipping horizontal space); null at a line break or the end. */
export function lexAt(text: string, i: number): Tok | null {
  const start = i;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return null;
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return null;
  let e = i + 1;
  let t: Tok['t'] = 'p';
  const n = text.length;
  if (isDigit(c)) {
    // Digits with internal separators in one greedy run; grouping is judged later, so
    // "1,2,3,..." or a megabyte of digits is one linear pass.
    t = 'n';
    while (e < n && (isDigit(text.charCodeAt(e)) || ((text.charCodeAt(e) === 44 || text.charCodeAt(e) === 46) && e + 1 < n && isDigit(text.charCodeAt(e + 1))))) e++;
  } else if (isLetter(c) || c === 0xb5 || c === 0x3bc) {
    t = 'w';
    while (e < n && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 0x3bc)) e++;
    // Dotted abbreviations stay one token: "U.S.", "a.m.".
    if (e === i + 1 && isAscii(c)) {
      while (e + 1 < n && text.charCodeAt(e) === 46 && isAscii(text.charCodeAt(e + 1)) && !isLetter(text.charCodeAt(e + 2))) e += 2;
      if (e > i + 1 && text.charCodeAt(e) === 46) e++;
    }
  }
  const v = text.slice(i, e);
  return { s: i, e, t, v, lv: t === 'w' ? lower(text, i, e, v) : v, gap: i > start };
}

/** The token that ends at or before `i` (skipping space backwards); null at a line break or the start. */
export function lexBefore(text: string, i: number): Tok | null {
  let e = i;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= 0) return null;
  const c = text.charCodeAt(e - 1);
  if (c === 10 || c === 13) return null;
  let s = e - 1;
  let t: Tok['t'] = 'p';
  if (isLetter(c)) {
    while (s > 0 && (isLetter(text.charCodeAt(s - 1)) || (text.charCodeAt(s - 1) === 46 && s > 1 && isLetter(text.charCodeAt(s - 2)) && (s < 3 || !isLetter(text.charCodeAt(s - 3)))))) s--;
    t = 'w';
  } else if (isDigit(c)) {
    while (s > 0 && (isDigit(text.charCodeAt(s - 1)) || ((text.charCodeAt(s - 1) === 44 || text.charCodeAt(s - 1) === 46) && s > 1 && isDigit(text.charCodeAt(s - 2))))) s--;
    t = 'n';
  }
  const v = text.slice(s, e);
  return { s, e, t, v, lv: t === 'w' ? lower(text, s, e, v) : v, gap: false };
}

/** Forward tokens from a position, lexed on demand and capped so no figure looks further than
 * a short phrase ahead (this cap is what keeps the grammar linear on hostile input). */
export class TokenStream {
  private toks: Tok[] = [];
  private pos: number;
  constructor(readonly text: string, start: number, private cap = 40) {
    this.pos = start;
  }
  /** The k-th token from the start, or undefined past a line break, the end, or the cap. */
  at(k: number): Tok | undefined {
    while (this.toks.length <= k && this.toks.length < this.cap) {
      const t = lexAt(this.text, this.pos);
      if (!t) break;
      this.toks.push(t);
      this.pos = t.e;
    }
    return this.toks[k];
  }
}
