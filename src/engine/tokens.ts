// A light tokenizer for one sentence: words and punctuation with their offsets, every quotation in
// the sentence folded into a single token. Attribution patterns ("Q," X said / X said: "Q") are
// then read off this token list without looking inside the quotes, where cue words and "I" belong
// to the quoted speaker, not to the attribution.

/** One token: a word, a punctuation mark, or a whole quotation (`quote` >= 0). */
export interface Token {
  start: number;
  end: number;
  /** The word or mark as written; '' for a quotation token. */
  text: string;
  /** Lower-cased text, for table look-ups. */
  lower: string;
  /** Index of the quotation this token stands for, or -1. */
  quote: number;
}

/** Words that keep their trailing period ("Mr.", "Sen.", "U.S.") so names stay whole. */
const DOTTED = /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|maj|capt|adm|sgt|st|jr|sr|rev|prof|pres|atty|amb|gov|no|inc|corp|co|ltd|jan|feb|mar|apr|aug|sept?|oct|nov|dec|[a-z]|([a-z]\.)+[a-z])$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.&-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/uy;

/** Tokens of [from, to); `quotes` are the outermost quotations inside that range, sorted. */
export function tokenize(text: string, from: number, to: number, quotes: { start: number; end: number }[], quoteIds: number[]): Token[] {
  const out: Token[] = [];
  let q = 0;
  let i = from;
  while (i < to) {
    while (q < quotes.length && quotes[q]!.end <= i) q++;
    const quote = quotes[q];
    if (quote && quote.start <= i) {
      out.push({ start: quote.start, end: quote.end, text: '', lower: '', quote: quoteIds[q]! });
      i = Math.max(i + 1, quote.end);
      continue;
    }
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || c === 0xad || c === 0xfeff) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let end = Math.min(to, i + m[0].length);
      let word = text.slice(i, end);
      // Keep a period that cannot end a sentence: "Mr.", "U.S.", and "R-Ky.," / "(D-Wis.)".
      if (text[end] === '.' && (DOTTED.test(word) || /^[,)]/.test(text[end + 1] ?? ''))) { end++; word += '.'; }
      out.push({ start: i, end, text: word, lower: word.toLowerCase(), quote: -1 });
      i = end;
    } else {
      const ch = text[i]!;
      out.push({ start: i, end: i + 1, text: ch, lower: ch, quote: -1 });
      i++;
    }
  }
  return out;
}

/** True for a token that starts with a capital letter. */
export function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && t.quote < 0 && /^\p{Lu}/u.test(t.text);
}

/** True for a word token (letters or digits). */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.quote < 0 && /^[\p{L}\p{N}]/u.test(t.text);
}
