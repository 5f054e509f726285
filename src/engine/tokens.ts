// A light tokenizer for one sentence: words and punctuation with their offsets, every quotation in
// the sentence folded into a single token. Attribution patterns ("Q," X said / X said: "Q") are
// then read off this token list without looking inside the quotes, where cue words and "I" belong
// to the quoted speaker, not to the attribution.

import { keepsPeriod } from './sentences';
import { lowerBound } from './sorted';
import { isMarkCharacter } from './mark-glyphs';
import { COMMA, SLASH, isBlank, isAsciiLower, isAsciiUpper, isDigit, isJoiner, isUpperCase, isWordChar } from './chars';
import { CUE_FILTER, CUE_SLOT_MASK, cueStrength, HASH_MASK, type CueStrength } from './speech-verbs';

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
      // A quotation token keeps its last characters in `lower` (",”", "?\""), so patterns can see
      // how the quote ends without reading the text again.
      out.push({
        start: quote.start,
        end: quote.end,
        text: '',
        lower: text.slice(Math.max(quote.start, quote.end - 3), quote.end),
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
          ((d === COMMA || d === SLASH) && isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(end + 1))))
      ) {
        // A joiner stays inside the word only between word characters ("don't", "U.S", "al-Assad"),
        // a comma or a slash only between digits ("2,300", "9/11", "24/7").
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
    // Keep a period that cannot end a sentence: "Mr.", "U.S.", and "R-Ky.," / "(D-Ore.)".
    if (
      text.charCodeAt(end) === 46 &&
      end < to &&
      (keepsPeriod(word) || text.charCodeAt(end + 1) === 44 || text.charCodeAt(end + 1) === 41)
    ) {
      end++;
      word += '.';
      h = -1;
    }
    const lower = upper ? word.toLowerCase() : word;
    out.push({
      start: i,
      end,
      text: word,
      lower,
      quote: -1,
      cue: h >= 0 && CUE_FILTER[h & CUE_SLOT_MASK] !== 0 ? cueStrength(lower) : 0,
    });
    i = end;
  }
  return out;
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
  return isUpperCase(t.text.charCodeAt(0));
}

/** True for a word token (letters or digits). */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.quote < 0 && isWordChar(t.text.charCodeAt(0));
}
