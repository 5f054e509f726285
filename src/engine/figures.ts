// The figures grammar: every number a critical reader may want to check (counts, money,
// percentages, measures, ordinals), with years and dates recognised so they are not taken for
// counts. One pass over the text finds anchors (a digit, a currency sign, a number word); a short
// bounded parse around each anchor reads the figure. No regex ever scans the whole text.
import type { Block, Figure, FigureKind } from './types';
import { CLASS, TokenStream, isDigits, lexBefore, type Tok } from './figure-lexer';
import { readNumber, type NumberRead } from './figure-number';
import { currencyCode, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, lookupCurrencyWord, lookupUnit } from './figure-units';
import { ORDINALS, SCALES, TENS, UNITS, dict, isNumberWord } from './number-words';
import { wordSet } from './speech-verbs';

/** Hedges before a figure: they make it approximate and stay out of its span ("some 9,000"). */
const HEDGES = new Set(['some', 'about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'approx', 'over', 'under', 'circa', 'estimated', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'close to', 'upwards of', 'as many as', 'as much as', 'as few as', 'as little as', 'no more than', 'no fewer than', 'just over', 'just under', 'well over', 'an estimated', 'some estimated', 'between', 'from', 'only', 'perhaps', 'maybe', 'an additional', 'another']);
/** The hedges by their last word, longest first, each with the words before that last one: most
 * figures are rejected after one look back, and no phrase is built to look a hedge up. */
const HEDGES_BY_LAST_WORD = new Map<string, { hedge: string; before: string[] }[]>();
for (const hedge of [...HEDGES].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
  const words = hedge.split(' ');
  const last = words.pop()!;
  HEDGES_BY_LAST_WORD.set(last, [...(HEDGES_BY_LAST_WORD.get(last) ?? []), { hedge, before: words }]);
}
/** Hedges that mean "not exactly" (the rest above are bounds or range openers). */
const EXACT_HEDGES = new Set(['between', 'from', 'only', 'an additional', 'another']);
/** Vague magnitudes: "tens of thousands", "dozens", "hundreds" have no single value. */
const VAGUE = new Set(['tens', 'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);
/** Words before a scale word that make it vague: "several thousand", "a few hundred". */
const VAGUE_BEFORE = new Set(['several', 'few', 'many']);
/** Months, for dates ("February 3", "3 February 2016", "May 2015"). "May" and "March" must be
 * capitalised because they are also ordinary words. */
const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Words that cannot be part of a counted noun phrase: the phrase ends before them. */
const STOP = new Set(('the a an of in on at to for from by with as and or but nor than that which who whom whose this these those it its their his her our your my we they he she i you me us them him ' +
  'is are was were be been being has have had do does did will would can could should may might must shall not no more less most least per each every all some any other such only just very also ' +
  'even still again ago later earlier before after since during while when where if so then there here about around over under into onto out up down off through between among against within without ' +
  'across toward towards last next previous past times another soon too again percent per cent said says say told according including included were like than until via plus minus nearly almost roughly some own what how why ' +
  'year years old').split(' '));
/** Words ending in "s" that are not plural nouns, so they never head a counted phrase. */
const NOT_PLURAL = new Set('this his its is was has does us yes news series species less unless across thus plus minus always sometimes perhaps towards afterwards besides whereas various numerous famous previous serious dangerous obvious analysis crisis basis status campus virus census bonus focus gas bus chaos'.split(' '));
/** Plural nouns without a final "s" (and collective nouns counted like plurals). */
const IRREGULAR_PLURALS = new Set('people men women children police personnel staff cattle feet teeth mice geese sheep fish aircraft deer troops militia data media criteria phenomena alumni persons'.split(' '));
/** Quantifier words allowed between an ordinal and its noun ("first few hours"). */
const ORDINAL_FILLERS = new Set(['few', 'several', 'full', 'two', 'three']);
/** Words after which four digits and a plural are still a year ("by 2030", "below 2005 levels"). */
const YEAR_BEFORE = new Set('in since by from below above until before after than during through s ’s'.split(' '));
/** Modifier-looking words: they may stand between an ordinal or "one" and its noun. */
const ADJECTIVE = /(al|ic|ive|ous|ful|less|able|ible|ary|ern|est|ish|ior|ent|ant|ing)$|^(black|white|female|male|new|big|major|full|single|young|old|small|large|key|top|great|whole|real|free|main|last|next|open|high|low|long|short)$/;
/** Month names that are also ordinary words, so they count only when capitalised. */
const CAP_MONTHS = new Set(['may', 'march', 'mar']);
/** Lower-case words that may be hyphenated to a number without making it an id ("mid-2015"). */
const HYPHEN_PREFIXES = new Set(['mid', 'pre', 'post', 'late', 'early', 'over', 'under', 'top', 'about', 'circa', 'some', 'nearly', 'around']);

// Small word lists the grammar tests tokens against. They are sets rather than regexes because
// they are consulted for nearly every figure, and a set lookup on a token is far cheaper.
/** Ordinal suffixes glued to digits ("21st"). */
const ORDINAL_SUFFIXES = wordSet('st nd rd th');
/** Clock-time markers; the lexer keeps "a.m." whole, and a trailing point may be left off. */
const AM_PM = wordSet('am pm a.m. p.m.');
const AM_PM_LOOSE = wordSet('am pm a.m. p.m. a.m p.m');
/** Ordinals that read as a fraction after "a" ("a third", "a tenth"). */
const FRACTION_ORDINALS = wordSet('third fourth fifth sixth seventh eighth ninth tenth hundredth thousandth');
/** First words of two-word currency names ("hong kong dollars", "new shekels", "saudi riyals"). */
const CURRENCY_QUALIFIERS = wordSet('hong new south north saudi');
/** Words before "one" that make it a pronoun ("no one", "the one"). */
const PRONOUN_ONE_BEFORE = wordSet('no any every each some the this that');
/** What may follow an age in apposition ("Parry, 21, was"). */
const AFTER_APPOSITION = wordSet(', ― — – )');
const AGE_WORDS = wordSet('age aged ages');
/** Words that turn a unit into an area, a volume or metric tons. */
const UNIT_PREFIXES = wordSet('square sq cubic metric');
/** Adjectives after an inch mark ("6\" long"). */
const DIMENSIONS = wordSet('long tall wide high deep thick');
/** Short unit spellings that are ordinary words or letters when set apart from the number. */
const AMBIGUOUS_UNITS = wordSet('in t l s h pt w v b kn ct pm bit');
/** Capitalised letters that are scale suffixes or names rather than units. */
const NOT_UNITS_AS_WRITTEN = wordSet('M B G T DM Dm L');
/** Units that take "an hour" / "per hour" to become speeds. */
const SPEED_UNITS = wordSet('mi km kn m');
const TEMPERATURE_SCALES = wordSet('c f celsius celcius fahrenheit centigrade farenheit');
/** Verbs before a number of degrees that make it an angle. */
const TURNING = wordSet('turn turned turns rotate rotated tilt tilted angle angles bank banked');
const SIDES = wordSet('left right');
/** Time units that become ages with "old" ("5 years old"). */
const AGE_UNITS = wordSet('years months weeks days');
const INCHES = wordSet('in inch inches');
/** Words before "half" that make it no fraction ("the first half", "in half"). */
const NOT_HALF_BEFORE = wordSet('first second other in and a the');
/** Denominators that make "a/b" a fraction rather than a date ("3/4", "1/16"). */
const FRACTION_DENOMINATORS = wordSet('2 3 4 5 8 10 16 100');
/** Scale letters after a currency amount ("$1.2m", "£300bn"), as lower-case words. */
const MONEY_SUFFIXES = dict<number>({ m: 1e6, k: 1e3, tn: 1e12, bn: 1e9, b: 1e9 });

/** Finds every figure in the text (claimedBy left null: the caller links claimants). */
export function findFigures(text: string, blocks: Block[]): Figure[] {
  const out: Figure[] = [];
  const layout = new BlockIndex(blocks);
  let floor = 0; // no figure may start before the end of the previous one
  for (let i = nextAnchor(text, 0); i >= 0; i = nextAnchor(text, i)) {
    let j = anchorEnd;
    if (i >= floor) {
      const fig = parseFigure(text, i, floor, layout);
      if (fig) {
        if ('skip' in fig) j = Math.max(j, fig.skip);
        else {
          out.push(fig);
          floor = fig.end;
          j = Math.max(j, fig.end);
        }
      }
    }
    i = j;
  }
  return out;
}

/** Words that anchor a figure: every spelled-out number part, and vague magnitudes. Only words of
 * 3 to 11 letters are looked for ("a" and "an" are read from the word after them). */
const ANCHOR_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(ORDINALS), 'half', 'quarter', 'minus', 'negative', ...VAGUE].filter((w) => w.length > 2 && w.length < 12);
// The scanner's extra character class: 3 for a currency sign or a vulgar fraction.
for (const s of Object.keys(CURRENCY_SYMBOLS).join('') + '½¼¾⅓⅔⅛⅙') if (CLASS[s.charCodeAt(0)] === 0) CLASS[s.charCodeAt(0)] = 3;
const VULGAR = dict<number>({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅙': 1 / 6 });

// The scanner is an automaton over the letters of the anchor words. Nearly all of a page is words
// that spell no number, and the scanner has to pass every one of their letters; walking a trie of
// the anchor words as a table costs one lookup per character and no branch until a word that
// spells an anchor ends, where hashing each word and looking it up cost a branchy loop per word.
// Columns say what a character is: it ends a word (space, punctuation, line break), it is an ASCII
// letter in either case (1-26), some other letter (no anchor word has one), or a digit or a sign.
const WORD_END = 0;
const OTHER_LETTER = 27;
const DIGIT_OR_SIGN = 28;
const COLUMN_BITS = 5;
const COLUMN = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const cls = CLASS[c];
  COLUMN[c] = cls === 1 ? (c < 128 ? (c | 32) - 96 : OTHER_LETTER) : cls === 2 || cls === 3 ? DIGIT_OR_SIGN : WORD_END;
}
/** States: inside a word that spells no anchor, between words, then one per trie node. */
const DEAD = 0;
const BETWEEN_WORDS = 1;
/** The table's answer where the scanner must stop: a word that spells an anchor has just ended,
 * or a digit or a sign begins. */
const STOP_HERE = -1;

/** The trie of `words` (lower-case ASCII letters) as a transition table, each next state already
 * multiplied by the column count so that a step is a single lookup, and which states end a word. */
function buildScanner(words: readonly string[]): { step: Int32Array; accepts: Uint8Array } {
  const children: number[][] = [[], []];
  const accepting: boolean[] = [false, false];
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`anchor word "${w}" is not lower-case ASCII letters`);
    let state = BETWEEN_WORDS;
    for (let k = 0; k < w.length; k++) {
      const col = w.charCodeAt(k) - 96;
      let next = children[state]![col];
      if (next === undefined) {
        next = children.length;
        children.push([]);
        accepting.push(false);
        children[state]![col] = next;
      }
      state = next;
    }
    accepting[state] = true;
  }
  const step = new Int32Array(children.length << COLUMN_BITS);
  for (let state = 0; state < children.length; state++) {
    for (let col = 0; col < 1 << COLUMN_BITS; col++) {
      let next: number;
      if (col === WORD_END) next = accepting[state] ? STOP_HERE : BETWEEN_WORDS;
      else if (col === DIGIT_OR_SIGN) next = STOP_HERE;
      else if (col < OTHER_LETTER && state !== DEAD) next = children[state]![col] ?? DEAD;
      else next = DEAD;
      step[(state << COLUMN_BITS) | col] = next === STOP_HERE ? STOP_HERE : next << COLUMN_BITS;
    }
  }
  return { step, accepts: Uint8Array.from(accepting, (a) => (a ? 1 : 0)) };
}
const SCANNER = buildScanner(ANCHOR_WORDS);

type Result = Figure | { skip: number };

/** What the grammar asks of the blocks: does one start here, is this inside a heading. Block
 * starts are kept sorted for a binary search (a big page has thousands of blocks, and building a
 * hash set of them cost more than all the questions asked of it). */
class BlockIndex {
  private readonly starts: Int32Array;
  private readonly headings: readonly Block[];
  constructor(blocks: readonly Block[]) {
    const starts = new Int32Array(blocks.length);
    const headings: Block[] = [];
    let sorted = true;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k]!;
      starts[k] = b.start;
      if (k > 0 && b.start < starts[k - 1]!) sorted = false;
      if (b.kind === 'heading') headings.push(b);
    }
    this.starts = sorted ? starts : starts.sort();
    this.headings = headings;
  }
  startsBlock(p: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo] === p;
  }
  inHeading(p: number): boolean {
    return this.headings.some((b) => p >= b.start && p < b.end);
  }
}
/** The second end of a range is parsed as if it opened no block and no heading. */
const NO_BLOCKS = new BlockIndex([]);

/** End of the anchor `nextAnchor` last found (a digit run or a word). */
let anchorEnd = 0;

/** The scanner's one pass: the position of the next digit, currency sign or number word at or
 * after `i` (-1 at the end). A word starts at `i` or after a character that is no letter.
 * Kept small and separate so the engine optimises this hot loop on its own. */
function nextAnchor(text: string, i: number): number {
  const { step, accepts } = SCANNER;
  const n = text.length;
  const from = i;
  let state = BETWEEN_WORDS << COLUMN_BITS;
  for (; i < n; i++) {
    const next = step[state + COLUMN[text.charCodeAt(i)]!]!;
    if (next !== STOP_HERE) state = next;
    else if (accepts[state >> COLUMN_BITS] === 1) return wordAnchor(text, from, i);
    else return signAnchor(text, i);
  }
  return accepts[state >> COLUMN_BITS] === 1 ? wordAnchor(text, from, n) : -1;
}

/** The anchor word that ends at `e` (it starts no earlier than the scan did). */
function wordAnchor(text: string, from: number, e: number): number {
  let s = e;
  while (s > from && CLASS[text.charCodeAt(s - 1)] === 1) s--;
  anchorEnd = e;
  return s;
}

/** The digit run (with the commas and points between its digits) or the sign at `i`. */
function signAnchor(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  if (CLASS[text.charCodeAt(i)] === 2) {
    for (; j < n; j++) {
      const ch = text.charCodeAt(j);
      if (CLASS[ch] === 2) continue;
      if ((ch === 44 || ch === 46) && j + 1 < n && CLASS[text.charCodeAt(j + 1)] === 2) continue;
      break;
    }
  }
  anchorEnd = j;
  return i;
}


/** True when the word at `s` begins a sentence (so a capital letter says nothing about names). */
function sentenceStart(text: string, s: number, layout: BlockIndex): boolean {
  if (layout.startsBlock(s)) return true;
  let k = s - 1;
  while (k >= 0 && /[\s"“”‘’'([«»]/.test(text[k]!)) { if (text[k] === '\n') return true; k--; }
  return k < 0 || /[.!?:;—–-]/.test(text[k]!);
}

/** A month name ("May" only capitalised). */
function isMonth(x: Tok | null | undefined): boolean {
  return !!x && x.t === 'w' && MONTHS.has(x.lv) && (!CAP_MONTHS.has(x.lv) || isCap(x));
}

/** Capitalised token (a name, a sentence start, a heading word). */
function isCap(t: Tok): boolean {
  const c = t.v.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Reads the figure anchored at `p`. */
function parseFigure(text: string, p: number, floor: number, layout: BlockIndex): Result | null {
  const S = new TokenStream(text, p);
  const first = S.at(0);
  if (!first) return null;
  const prev = lexBefore(text, p);
  const glued = !!prev && prev.e === p;
  let start = p;
  let k = 0;
  let currency: string | null = null;
  let neg = false;
  let extraScale = 1;
  let leadDot = false;

  // --- What sits before the number -------------------------------------------------------
  if (first.t === 'p' && first.v in VULGAR) {
    // handled as a number below
  } else if (first.t === 'p') {
    currency = CURRENCY_SYMBOLS[first.v] ?? null;
    if (!currency) return null;
    if (prev && prev.t === 'w') {
      const pre = DOLLAR_PREFIXES[prev.lv.endsWith('.') ? prev.lv.slice(0, -1) : prev.lv];
      if (first.v === '$' && pre && (glued || (S.at(1)?.gap && prev.v === prev.lv))) { currency = pre; if (prev.s >= floor) start = prev.s; }
    }
    k = 1;
    if (S.at(1)?.t !== 'n') return null;
  } else if (first.t === 'n') {
    if (glued && prev) {
      // Digits glued to letters or id punctuation are names, models, versions, URLs: "Tu-22M3", "SCP-173", "%2020".
      if (prev.t === 'w') {
        if (!currencyCode(prev.lv)) return { skip: skipId(text, p) };
      } else if (/[/=?&_#%@\\]/.test(prev.v) || (/["']/.test(prev.v) && text[prev.s - 1] === '=')) return { skip: skipId(text, p) }; // ids, URLs, markup attributes
      else if (prev.v === '-' || prev.v === '‐' || prev.v === '−') {
        const w = lexBefore(text, prev.s);
        if (w && w.e === prev.s && nested === 0) {
          // "Tu-22", "SCP-173", "222-2222" are ids; "mid-2015", "pre-1990" are not.
          if (w.t !== 'w' || !HYPHEN_PREFIXES.has(w.lv)) return { skip: skipId(text, p) };
        } else if (prev.s >= floor) { neg = true; start = prev.s; }
      } else if (prev.v === '.') {
        if (/\d/.test(text[prev.s - 1] ?? '')) return { skip: skipId(text, p) };
        if (!/\w/.test(text[prev.s - 1] ?? '') && prev.s >= floor) { leadDot = true; start = prev.s; }
      }
    } else if (prev && (prev.v === '-' || prev.v === '−') && !lexBefore(text, prev.s) && prev.s >= floor) {
      neg = true; start = prev.s; // "- 20 degrees" opening a line
    }
    if (prev && prev.t === 'w') {
      const lv = prev.lv.endsWith('.') ? prev.lv.slice(0, -1) : prev.lv;
      const cc = currencyCode(lv) ?? (lv === 'rs' ? ['INR', 1] : (lv === 'dollar' || lv === 'dollars') && lexBefore(text, prev.s)?.t !== 'n' ? ['USD', 1] : null);
      if (cc) {
        [currency, extraScale] = cc;
        if (prev.s >= floor) start = prev.s;
      } else if ((prev.lv === 'minus' || prev.lv === 'negative') && prev.s >= floor) { neg = true; start = prev.s; }
    }
  } else {
    // A number word. Capitalised mid-sentence it is part of a name ("Formula One", "First Amendment").
    if (isCap(first) && !sentenceStart(text, p, layout) && !layout.inHeading(p)) return null;
    // "one-on-one", "high-five": a number word hyphened onto a word is part of an idiom.
    if (prev && prev.e === p && (prev.v === '-' || prev.v === '‐')) return null;
    // "every year or two": a vague span of time with no number for its low end.
    if (prev?.lv === 'or' && (first.lv === 'two' || first.lv === 'three')) {
      const u = lexBefore(text, prev.s);
      const m = u && u.t === 'w' && !u.lv.endsWith('s') ? lookupUnit(u.lv) : null;
      if (u && m && m[1] === 'time' && u.s >= floor) return fig(text, u.s, first.e, 'measure', null, m[0], true);
    }
    if (first.lv === 'minus' || first.lv === 'negative') {
      const t = S.at(1);
      if (!t || (t.t !== 'n' && !isNumberWord(t.lv))) return null;
      neg = true; k = 1;
      if (t.t === 'n') return null; // the digits anchor will take it with its sign
    }
    if (prev && (prev.lv === 'a' || prev.lv === 'an') && prev.s >= floor) {
      const nx = S.at(0)!;
      if (SCALES[nx.lv] || nx.lv === 'half' || nx.lv === 'quarter' || FRACTION_ORDINALS.has(nx.lv)) {
        // "a dozen", "a million", "a quarter": re-read from the article
        const r = parseFrom(text, prev.s, floor, layout, true);
        if (r) return r;
      }
    }
  }
  return finish(text, S, k, start, p, floor, currency, neg, extraScale, prev, layout, false, leadDot);
}

function parseFrom(text: string, s: number, floor: number, layout: BlockIndex, fromA: boolean): Result | null {
  const S = new TokenStream(text, s);
  return finish(text, S, 0, s, s, floor, null, false, 1, lexBefore(text, s), layout, fromA);
}

/** Skips the rest of an identifier-like run of letters, digits and joiners ("22M3", "173C"). */
function skipId(text: string, p: number): number {
  let e = p;
  while (e < text.length && e - p < 200 && isIdChar(text.charCodeAt(e))) e++;
  return Math.max(e, p + 1);
}

/** A character of an identifier-like run: what /[\w.\-/%]/ matches. */
function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 46 || c === 45 || c === 47 || c === 37;
}

/** The hedge right before `s` ("some", "at least", "between"), or ''. */
function hedgeBefore(text: string, s: number, known: Tok | null): string {
  const w1 = known ?? lexBefore(text, s);
  const hedges = w1 && w1.t === 'w' ? HEDGES_BY_LAST_WORD.get(w1.lv) : undefined;
  if (!hedges) return '';
  const w2 = lexBefore(text, w1!.s);
  const w3 = w2 && w2.t === 'w' ? lexBefore(text, w2.s) : null;
  for (const { hedge, before } of hedges) {
    if (before.length === 0) return hedge;
    if (!w2 || w2.t !== 'w' || w2.lv !== before[before.length - 1]) continue;
    if (before.length === 1) return hedge;
    if (w3 && w3.t === 'w' && w3.lv === before[0]) return hedge;
  }
  return '';
}

/** The figure whose number starts at token k0 of S: the number, then what follows it (unit,
 * currency, percent, counted noun, range), then the checks that turn counts into years, ages and
 * names. `start` may lie before the number (a currency code, a sign, "a"). */
function finish(text: string, S: TokenStream, k0: number, start: number, p: number, floor: number, currency: string | null, neg: boolean, extraScale: number, prev: Tok | null, layout: BlockIndex, fromA = false, leadDot = false): Result | null {
  const first = S.at(k0)!;
  let num: NumberRead | null;
  let k: number;
  if (first.t === 'p' && first.v in VULGAR) {
    num = { value: VULGAR[first.v]!, next: k0 + 1, scale: 0, words: false, other: true, ordinal: false, plain: false };
  } else {
    num = readNumber(S, k0);
  }
  const fw = first.lv;
  if (first.t === 'w' && SCALES[fw] && prev && VAGUE_BEFORE.has(prev.lv)) {
    // "several thousand people", "a few hundred"
    return vagueTail(text, S, k0 + 1, prev.s >= floor ? prev.s : start, true);
  }
  if (!num) {
    // Not a number by itself: a vague magnitude, an ordinal, or a bare fraction word.
    if (first.t === 'n') return { skip: first.e };
    if (VAGUE.has(fw)) return vague(text, S, k0, start, prev);
    const ord = ORDINALS[fw];
    if (ord !== undefined) return ordinalPhrase(text, S, k0 + 1, start, ord);
    if (fw === 'half') return halfPhrase(text, S, k0, start, prev);
    return null;
  }
  k = num.next;
  let value = num.value;
  if (leadDot && num.plain) value = +('0.' + first.v);
  if (value !== null) value *= extraScale;
  if (num.ordinal) return ordinalPhrase(text, S, k, start, value ?? 0);
  const last = S.at(k - 1)!;
  let end = last.e;
  let kind: FigureKind = 'count';
  let unit: string | null = null;
  let approximate = false;

  // "percent of 10", "per cent of twenty-two": the spoken order, the percentage word first, when
  // no number stands before it ("5 percent of 10 people" is 5 percent of a count).
  if (prev?.lv === 'of' && !currency && !neg) {
    let pc = lexBefore(text, prev.s);
    if (pc?.lv === 'cent') pc = lexBefore(text, pc.s)?.lv === 'per' ? lexBefore(text, pc.s) : null;
    else if (pc && pc.lv !== 'percent' && pc.lv !== 'percents') pc = null;
    const before = pc && lexBefore(text, pc.s);
    if (pc && pc.s >= floor && !(before && (before.t === 'n' || isNumberWord(before.lv)))) return fig(text, pc.s, end, 'percent', value, '%', false);
  }

  // Listicle item numbers ("1." opening a heading or list item) are not figures.
  if (first.t === 'n' && (S.at(k)?.v === '.' || S.at(k)?.v === ')') && !S.at(k)!.gap && num.plain && S.at(k + 1)?.t === 'w' && layout.startsBlock(first.s)) return { skip: S.at(k)!.e };

  // --- Dates, clock times and years ---------------------------------------------------------
  if (first.t === 'n' && !currency) {
    const d = dateAround(text, S, k0, num, prev, floor);
    if (d) return d;
  }

  // --- What follows the number ------------------------------------------------------------
  let t = S.at(k);
  const hyph = t && !t.gap && (t.v === '-' || t.v === '‐') && S.at(k + 1) && !S.at(k + 1)!.gap && S.at(k + 1)!.t === 'w' ? S.at(k + 1)! : null;
  // Glued letters after digits: a unit ("180ml"), an ordinal suffix ("21st"), a decade ("1990s"), or an id ("3D").
  if (t && !t.gap && t.t === 'w' && last.t === 'n' && !currency) {
    const after = S.at(k + 1);
    if (ORDINAL_SUFFIXES.has(t.lv) && num.plain) {
      return ordinalPhrase(text, S, k + 1, start, value ?? 0, true);
    }
    if (t.lv === 's' && num.plain) {
      const decade = last.v.length === 4;
      return fig(text, start, t.e, decade ? 'year' : 'measure', null, decade ? null : 'years old', !decade);
    }
    const cw = t.lv;
    const cc = currencyCode(cw);
    if (cc) {
      currency = cc[0];
      if (value !== null) value *= cc[1];
      end = t.e; k++;
    } else if (cw === 'pc' && (!after || after.gap || after.t === 'p')) {
      kind = 'percent'; unit = '%'; end = t.e; k++; // British "4pc"
    } else if (AM_PM.has(cw) && num.plain && value !== null && value >= 1 && value <= 12) {
      return dateFig(text, start, t.e);
    } else {
      const u = lookupUnit(t.lv);
      const capOk = t.v !== 'M' && t.v !== 'B' && t.v !== 'G' && t.v !== 'T';
      if (t.v === 'm' && after?.gap && after.t === 'w' && isPlural(after.lv) && value !== null) {
        // "1m people": British shorthand for millions before a counted noun.
        value *= 1e6; end = t.e; k++;
      } else if (u && capOk && (!after || after.gap || after.t === 'p')) {
        kind = 'measure'; unit = u[0]; end = t.e; k++;
        if (t.v === 'C' || t.v === 'F') unit = '°' + t.v;
      } else if ((t.v === 'C' || t.v === 'F') && (!after || after.gap || after.t === 'p')) {
        kind = 'measure'; unit = '°' + t.v; end = t.e; k++;
      } else return { skip: skipId(text, p) };
    }
    t = S.at(k);
  }
  if (kind === 'count' && t) {
    const lv = t.lv;
    const n1 = S.at(k + 1);
    if (t.v === '%' || t.v === '٪') {
      const a = S.at(k + 1);
      if (a && !a.gap && a.t !== 'p') return { skip: skipId(text, p) };
      kind = 'percent'; unit = '%'; end = t.e; k++;
    } else if (lv === 'percent' || lv === 'pct' || lv === 'percentage' || (lv === 'per' && n1?.lv === 'cent')) {
      kind = 'percent'; unit = '%';
      end = lv === 'per' ? n1!.e : t.e; k += lv === 'per' ? 2 : 1;
      const pts = S.at(k);
      if (pts && (pts.lv === 'point' || pts.lv === 'points') && (lv === 'percentage' || lv === 'percent')) { unit = 'percentage points'; end = pts.e; k++; }
    } else if (t.t === 'p' && CURRENCY_SYMBOLS[t.v] && !currency && (!t.gap || !S.at(k + 1) || S.at(k + 1)!.t !== 'n')) {
      currency = CURRENCY_SYMBOLS[t.v]!; end = t.e; k++;
    } else if (!currency && (t.t === 'w' || hyph)) {
      // Currency words, possibly after a qualifier: "dollars", "australian dollars", "swiss francs", "12-cent".
      let q = hyph ? k + 1 : k;
      let cw: string | null = null;
      for (let m = 0; m < 3; m++) {
        const tq = S.at(q + m);
        if (!tq || tq.t !== 'w') break;
        const gl = S.at(q + m + 1);
        if (gl && !gl.gap && gl.t === 'n') break; // "3 USD50 cards": the code belongs to the next amount
        // A code after a qualifier must be written as one ("new TWD"); a millions code starts with "M".
        const cc = currencyCode(tq.lv);
        cw = cc && (cc[1] > 1 ? tq.v[0] === 'M' : m === 0 || tq.v !== tq.lv) ? cc[0] : lookupCurrencyWord(tq.lv);
        if (cc && cw === cc[0] && value !== null) value *= cc[1];
        if (cw) { q += m; break; }
        if ((STOP.has(tq.lv) && tq.lv !== 'us') || hyph || m === 2 || (m === 1 && !CURRENCY_QUALIFIERS.has(S.at(q)!.lv))) break;
      }
      if (cw && cw !== 'GBP') {
        currency = cw; end = S.at(q)!.e; k = q + 1;
      } else if (cw === 'GBP' && (num.scale >= 1e3 || S.at(q + 1)?.lv === 'sterling')) {
        currency = 'GBP'; end = S.at(q)!.e; k = q + 1;
      }
    }
    // Mid-number currency code: "75 USD million".
    if (currency && S.at(k) && SCALES[S.at(k)!.lv] && value !== null && !num.scale) { value *= SCALES[S.at(k)!.lv]!; end = S.at(k)!.e; k++; }
  }
  if (currency) {
    kind = 'money';
    unit = currency;
    // "$1.2m" / "£300m": after a currency sign a glued "m" means millions.
    const g = S.at(k);
    if (g && !g.gap && g.t === 'w' && MONEY_SUFFIXES[g.lv] && value !== null && !num.scale) {
      value *= MONEY_SUFFIXES[g.lv]!; end = g.e; k++;
    }
    // Money words after a prefix sign: "$5 million dollars" keeps to the amount.
    // "thirteen dollars and forty-five cents", "15 dollars 50"
    const a = S.at(k);
    if (a && value !== null && (unit === 'USD' || unit === 'EUR' || unit === 'CNY') && last.t !== 'p') {
      const j = a.lv === 'and' ? k + 1 : k;
      const sub = S.at(j);
      if (sub && (sub.t === 'n' || UNITS[sub.lv] !== undefined || TENS[sub.lv] !== undefined) && lookupCurrencyWord(S.at(k - 1)?.lv ?? '')) {
        const r = readNumber(S, j);
        if (r && r.value !== null && r.value < 100 && Number.isInteger(r.value)) {
          const c = S.at(r.next);
          const cents = c && (c.lv === 'cent' || c.lv === 'cents' || c.lv === 'mao');
          const nextT = S.at(r.next + (cents ? 1 : 0));
          if (cents || !nextT || nextT.t === 'p') {
            value += r.value / (S.at(k - 1)?.lv === 'kuai' ? 10 : 100);
            end = cents ? c!.e : S.at(r.next - 1)!.e; k = r.next + (cents ? 1 : 0);
            const m2 = S.at(k);
            if (m2 && m2.t === 'w' && UNITS[m2.lv] !== undefined && UNITS[m2.lv]! < 10) { value += UNITS[m2.lv]! / 100; end = m2.e; k++; }
          }
        }
      }
    }
    // "$300/night"
    const sl = S.at(k);
    if (sl?.v === '/' && !sl.gap && S.at(k + 1)?.t === 'w' && !S.at(k + 1)!.gap) { end = S.at(k + 1)!.e; k += 2; }
  } else if (kind === 'count') {
    // Units of measure: "26.6 megabytes", "3-inch", "98.6 degrees fahrenheit", "16,000 metric tons".
    const m = measureAfter(S, hyph ? k + 1 : k, !!hyph, num, value);
    if (m) {
      kind = 'measure'; unit = m.unit; end = m.end; k = m.next;
      if (m.value !== undefined) value = m.value;
      if (m.kind) kind = m.kind;
    } else if (hyph && (hyph.lv === 'odd' || hyph.lv === 'plus')) {
      approximate = true; end = hyph.e; k += 2;
    } else if (hyph && hyph.lv !== 'year' && hyph.lv !== 'old') {
      // "15-member panel": the hyphenated word is what is counted.
      if ((num.plain || (num.words && first.lv !== 'one')) && S.at(k + 2)?.v !== '-' && !isNumberWord(hyph.lv)) { unit = hyph.lv; end = hyph.e; k += 2; }
    } else if (t && t.t === 'w' && (t.lv === 'times' || t.lv === 'fold')) {
      kind = 'other'; unit = 'times'; end = t.e; k++;
    }
  } else if (kind === 'measure') {
    const m = measureAfter(S, k, false, num, value, unit);
    if (m && m.unit !== unit) { unit = m.unit; end = m.end; k = m.next; if (m.kind) kind = m.kind; }
  }
  if (kind === 'count' && num.other) kind = 'other';

  // --- Ranges: "5-7", "between 3 and 4 million", "from 10 to 12 percent", "two or three" -----------
  const conn = S.at(k);
  const hedge = hedgeBefore(text, start, start === p ? prev : null);
  approximate = approximate || (hedge !== '' && !EXACT_HEDGES.has(hedge));
  if (conn && !conn.gap && (conn.v === '-' || conn.v === '–') && first.t === 'n' && num.plain && first.v.length === 4 && value !== null && value >= 1000 && value <= 2099 && kind === 'count') {
    const y = S.at(k + 1);
    if (y && !y.gap && y.t === 'n' && (y.v.length === 2 || y.v.length === 4)) {
      const hi = y.v.length === 2 ? Math.floor(value / 100) * 100 + +y.v : +y.v;
      if (hi > value) return fig(text, start, y.e, 'year', value, null, false, hi);
    }
  }
  if (conn && nested === 0 && value !== null && (conn.v === '-' || conn.v === '–' || conn.lv === 'to' || conn.lv === 'or' || (conn.lv === 'and' && hedge === 'between'))) {
    const r = rangeEnd(text, S, k + 1, conn.v === '-' && !conn.gap);
    // "1-222-2222": a chain of dashed numbers is a phone number or an id.
    if (r && (text[r.end] === '-' || text[r.end] === '/') && CLASS[text.charCodeAt(r.end + 1)] === 2 && !conn.gap) return { skip: skipId(text, r.end) };
    if (r && r.kind !== 'date' && r.value !== null) {
      let lo = value;
      if (!num.scale && r.scale && lo < r.scale && (kind === 'count' || kind === r.kind) && !unitSeen(kind, unit)) lo *= r.scale;
      const kindOk = (kind === r.kind && (!unit || !r.unit || unit === r.unit)) || (kind === 'count' && !unit) || (r.kind === 'count' && !r.unit) || (kind === 'year' && r.kind === 'year');
      if (kindOk && r.value > lo) {
        if (kind === 'count' && !unit) { kind = r.kind; unit = r.unit; }
        return fig(text, start, r.end, kind, neg ? -lo : lo, unit, approximate || conn.lv === 'or', r.value);
      }
      // "fell from 10 to 5 percent": the first number shares the second one's unit.
      if (kind === 'count' && !unit && r.unit && (r.kind === 'percent' || r.kind === 'money') && (conn.lv === 'to' || conn.lv === 'and') && !r.scale) {
        kind = r.kind; unit = r.unit;
      }
    }
    // "3-2", "222-2222": number-dash-number that is no range is a score or an id.
    if (conn.v === '-' && !conn.gap && S.at(k + 1)?.t === 'n' && !S.at(k + 1)!.gap && kind === 'count' && !unit) return { skip: S.at(k + 1)!.e };
  }

  // --- Counted noun ----------------------------------------------------------------------------
  if (kind === 'count' && !unit && value !== null) {
    const np = nounPhrase(S, k, value !== 1);
    if (np) { unit = np.head; end = np.end; }
  }
  if (kind === 'count' && first.t === 'w' && !unit && value === 1 && !neg) return null; // "one" as a pronoun
  // "one of the", "no one", "the one": a pronoun, not a count.
  if (kind === 'count' && first.lv === 'one' && value === 1 && (S.at(num.next)?.lv === 'of' || (prev && PRONOUN_ONE_BEFORE.has(prev.lv)))) return null;
  if (kind === 'count' && value === 1 && fromA) return null; // "a hundred"-style only with a number word

  // Years: plain four digits, no counted noun, 1000..2099 ("in 2016", "late 2016", "the 2016 election").
  if (first.t === 'n' && num.plain && kind === 'count' && !num.scale && value !== null && first.v.length === 4 && value >= 1000 && value <= 2099) {
    // "2000 people" is a count, "below 2005 levels" a year.
    if (!unit || !plainPlural(S.at(num.next)) || (prev && YEAR_BEFORE.has(prev.lv) && value >= 1900)) {
      return fig(text, start, first.e, 'year', value, null, approximate);
    }
  }
  // An age in apposition: "Eloise Parry, 21, was taken...".
  if (kind === 'count' && !unit && first.t === 'n' && num.plain && value !== null && value > 0 && value < 120 && prev?.v === ',' && AFTER_APPOSITION.has(S.at(k)?.v ?? '')) {
    const nm = lexBefore(text, prev.s);
    if (nm && nm.t === 'w' && isCap(nm)) { kind = 'measure'; unit = 'years old'; }
  }
  // "No. 1", "the No. 3 official": a rank.
  if (kind === 'count' && first.t === 'n' && num.plain && prev?.v === '.' && !glued(prev, start)) {
    const no = lexBefore(text, prev.s);
    if (no && no.e === prev.s && no.lv === 'no') return fig(text, no.s, first.e, 'ordinal', value, null, false);
  }
  // "aged 21", "until age 5": an age.
  if (kind === 'count' && !unit && first.t === 'n' && num.plain && prev && AGE_WORDS.has(prev.lv) && value !== null && value < 130) { kind = 'measure'; unit = 'years old'; }
  // A bare number before a capitalised word is a model or a name: "737 MAX", "Route 66 Diner".
  const after = S.at(k);
  if (kind === 'count' && !unit && first.t === 'n' && num.plain && after && after.t === 'w' && isCap(after) && !MONTHS.has(after.lv) && !layout.inHeading(start) && !sentenceStart(text, after.s, layout)) return { skip: end };
  // Bare capitalised word + number is a name: "Apollo 11", "Windows 10", "Article 5".
  if (kind === 'count' && first.t === 'n' && num.plain && prev && prev.t === 'w' && prev.e < start && isCap(prev) && !STOP.has(prev.lv) && !currency && !HEDGES.has(prev.lv) && (!unit || (!sentenceStart(text, prev.s, layout) && !layout.inHeading(start)))) {
    return { skip: end };
  }
  return fig(text, start, end, kind, value === null ? null : neg ? -value : value, unit, approximate);
}

function glued(a: Tok, s: number): boolean {
  return a.e === s;
}

function unitSeen(kind: FigureKind, unit: string | null): boolean {
  return kind !== 'count' && kind !== 'percent' && unit !== null && kind !== 'money';
}

function plainPlural(t: Tok | undefined): boolean {
  return !!t && t.t === 'w' && (isPlural(t.lv));
}

function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (isNumberWord(w)) return false;
  return w.length > 2 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('sis') && !w.endsWith('xis') && !NOT_PLURAL.has(w) && !STOP.has(w);
}

interface Measure { unit: string; end: number; next: number; value?: number; kind?: FigureKind }

/** A unit of measure starting at token k (after a hyphen when `hyph`): "km", "square meters",
 * "miles an hour", "degrees fahrenheit", "years old", "5 ft 2 in". */
function measureAfter(S: TokenStream, k: number, hyph: boolean, num: NumberRead, value: number | null, have?: string | null): Measure | null {
  let t = S.at(k);
  if (!t || t.t !== 'w' && t.v !== '°' && t.v !== '"' && t.v !== '[') return null;
  let unit: string | null = have ?? null;
  let i = k;
  let kind: FigureKind | undefined;
  if (!have) {
    let pre = '';
    if (UNIT_PREFIXES.has(t.lv)) { pre = t.lv; t = S.at(++i); if (!t) return null; }
    if (t.v === '[' && S.at(i + 2)?.v === ']') { const u = lookupUnit(S.at(i + 1)!.lv); if (!u) return null; return { unit: u[0], end: S.at(i + 2)!.e, next: i + 3 }; }
    if (t.v === '"' && !pre && !hyph && DIMENSIONS.has(S.at(i + 1)?.lv ?? '')) return { unit: 'in', end: t.e, next: i + 1 };
    const u = lookupUnit(t.lv);
    if (!u) return null;
    // Short ambiguous abbreviations need the number glued to them (handled by the caller) or a clear context.
    if (t.gap && AMBIGUOUS_UNITS.has(t.lv)) return null;
    if (NOT_UNITS_AS_WRITTEN.has(t.v)) return null;
    if (t.lv === 'second' && value !== 1 && !hyph) return null;
    if (u[1] === 'time' && t.lv.endsWith('s') && hyph) return null;
    unit = u[0];
    if (pre === 'square' || pre === 'sq') unit += '²';
    else if (pre === 'cubic') unit += '³';
    else if (pre === 'metric') unit = 't';
    i++;
  }
  let end = S.at(i - 1)!.e;
  const a = S.at(i);
  const b = S.at(i + 1);
  // "miles an hour", "km per hour", "km/h"
  if (a && b && ((a.lv === 'an' || a.lv === 'per' || a.lv === 'a') && b.lv === 'hour' || (a.v === '/' && b.lv === 'h')) && SPEED_UNITS.has(unit!)) {
    unit = unit === 'mi' ? 'mph' : unit + '/h'; end = b.e; i += 2;
  } else if (a && (unit === '°' || unit === '°C' || unit === '°F') && TEMPERATURE_SCALES.has(a.lv)) {
    unit = a.lv.startsWith('c') ? '°C' : '°F'; end = a.e; i++;
  } else if (unit === '°' && (a?.lv === 'angle' || TURNING.has(lexBefore(S.text, S.at(0)!.s)?.lv ?? '') || SIDES.has(lexBefore(S.text, S.at(0)!.s)?.lv ?? ''))) {
    unit = 'degrees'; // an angle, not a temperature
  } else if (a && AGE_UNITS.has(unit!) && (a.lv === 'old' || (a.v === '-' && !a.gap && b?.lv === 'old') || (a.lv === 'of' && b?.lv === 'age'))) {
    unit = unit + ' old'; kind = 'measure';
    end = a.lv === 'old' ? a.e : b!.e; i += a.lv === 'old' ? 1 : 2;
  } else if (a && b && unit === 'ft' && (a.t === 'n' || UNITS[a.lv] !== undefined)) {
    // "5 ft 2 in", "5 feet 2 inches"
    const r = readNumber(S, i);
    const inch = r && S.at(r.next);
    if (r && r.value !== null && inch && INCHES.has(inch.lv) && value !== null) {
      return { unit: 'ft', end: inch.e, next: r.next + 1, value: value + r.value / 12 };
    }
  }
  // Tokenised "28 - year - old"
  if (unit === 'years' && a && a.v === '-' && b?.lv === 'old') { unit = 'years old'; end = b.e; i += 2; }
  return { unit: unit!, end, next: i, kind };
}

/** The second end of a range: a number, optionally with its own scale and unit. */
let nested = 0;

interface RangeEnd { end: number; kind: FigureKind; value: number | null; unit: string | null; scale: number }

function rangeEnd(text: string, S: TokenStream, k: number, tight: boolean): RangeEnd | null {
  const t = S.at(k);
  if (!t) return null;
  if (tight && (t.gap || t.t !== 'n')) return null;
  if (t.t !== 'n' && !(t.t === 'w' && (UNITS[t.lv] !== undefined || TENS[t.lv] !== undefined)) && !(t.t === 'p' && CURRENCY_SYMBOLS[t.v])) return null;
  // Parse the second end on its own (a fresh stream so it sees its own context).
  nested++;
  let r: Result | null;
  try { r = parseFigure(text, t.s, t.s, NO_BLOCKS); } finally { nested--; }
  if (!r || 'skip' in r) return null;
  const S2 = new TokenStream(text, t.s);
  const n = readNumber(S2, S2.at(0)?.t === 'p' ? 1 : 0);
  return { end: r.end, kind: r.kind, value: r.value, unit: r.unit, scale: n?.scale ?? 0 };
}

/** The counted noun after a number: the first plural noun within a few words, with the words
 * between as its modifiers ("14,000 ISIL terrorists", "700 terrorist training camps"). */
function nounPhrase(S: TokenStream, k: number, plural: boolean): { head: string; end: number } | null {
  if (!plural) {
    // "one tweet", "one recent attempt"; "one hell of a way" is an idiom.
    const np = singularPhrase(S, k, 2);
    return np && S.at(np.next)?.lv !== 'of' && !(S.at(np.next)?.lv === 'or' && S.at(np.next + 1)?.lv === 'another') ? np : null;
  }
  let i = k;
  for (let n = 0; n < 4; n++) {
    let t = S.at(i);
    if (!t || t.t !== 'w' || STOP.has(t.lv) || (n > 0 && isCap(t) && !isCap(S.at(i - 1)!) && t.lv !== 'u.s.')) return null;
    let e = t.e;
    // hyphenated modifiers: "bomb-laden", "long-range"
    while (S.at(i + 1)?.v === '-' && !S.at(i + 1)!.gap && S.at(i + 2)?.t === 'w' && !S.at(i + 2)!.gap) { i += 2; t = S.at(i)!; e = t.e; }
    if (isPlural(t.lv)) {
      // "police officers": a plural noun right after the head is the real head.
      const x = S.at(i + 1);
      if (x && x.t === 'w' && isPlural(x.lv) && !isCap(x) && !x.lv.endsWith('ing')) return { head: x.lv, end: x.e };
      return { head: t.lv, end: e };
    }
    i++;
  }
  return null;
}

/** The noun after an ordinal or "one": up to `max` lower-case content words, ending at the first
 * plural ("sixth time", "first general election debate", "first strikes", "one recent attempt"). */
function singularPhrase(S: TokenStream, k: number, max: number): { head: string; end: number; next: number } | null {
  let found: { head: string; end: number; next: number } | null = null;
  for (let n = 0; n < max; n++) {
    const t = S.at(k + n);
    if (!t || t.t !== 'w' || STOP.has(t.lv) || isCap(t) || t.lv.endsWith('ly') || t.lv.endsWith('ed') || (isNumberWord(t.lv) && t.lv !== 'half') || (n > 0 && t.lv.endsWith('ing'))) break;
    found = { head: t.lv, end: t.e, next: k + n + 1 };
    const x = S.at(k + n + 1);
    // Only a modifier lets the phrase go on ("first general election", not "sixth time rebels").
    if (isPlural(t.lv) || !x || (x.t === 'p' && !x.gap) || !ADJECTIVE.test(t.lv)) break;
  }
  return found;
}

/** "tens of thousands of terrorists", "dozens", "hundreds of millions of dollars". */
function vague(text: string, S: TokenStream, k: number, start: number, prev: Tok | null): Result | null {
  let i = k + 1;
  const w = S.at(k)!.lv;
  while (S.at(i)?.lv === 'of' && VAGUE.has(S.at(i + 1)?.lv ?? '')) i += 2;
  if ((w === 'tens' || w === 'scores') && i === k + 1 && S.at(i)?.lv !== 'of') return null;
  if (prev && (prev.lv === 'the' || prev.lv === 'in') && !S.at(i)) return null;
  if (isCap(S.at(k)!) && !(prev === null || /[.!?"“]/.test(prev.v))) return null;
  return vagueTail(text, S, i, start, false);
}

function vagueTail(text: string, S: TokenStream, i: number, start: number, withNumber: boolean): Result {
  let end = S.at(i - 1)!.e;
  let unit: string | null = null;
  let kind: FigureKind = 'count';
  if (S.at(i)?.lv === 'of') {
    const j = i + 1;
    const c = S.at(j);
    const cur = c ? lookupCurrencyWord(c.lv) : null;
    if (cur && c) { kind = 'money'; unit = cur; end = c.e; }
    else {
      const np = nounPhrase(S, j, true);
      if (np) { unit = np.head; end = np.end; }
    }
  } else if (withNumber) {
    const np = nounPhrase(S, i, true);
    if (np) { unit = np.head; end = np.end; }
  }
  return fig(text, start, end, kind, null, unit, true);
}

/** "sixth time", "first strikes", "first few hours", "21st century". */
function ordinalPhrase(text: string, S: TokenStream, k: number, start: number, value: number, digits = false): Result | null {
  const t = S.at(k);
  if (t && (t.v === '-' || t.v === '‐') && !t.gap) return null; // "first-hand", "second-largest"
  const startTok = S.at(k - 1)!;
  const np = singularPhrase(S, ORDINAL_FILLERS.has(S.at(k)?.lv ?? '') ? k + 1 : k, 3);
  if (np) return fig(text, start, np.end, 'ordinal', value, np.head, false);
  const nx = S.at(k);
  if (digits && !(nx && nx.t === 'w' && isCap(nx))) return fig(text, start, startTok.e, 'ordinal', value, null, false); // not "the 13th Amendment"
  return null;
}


/** "half a century", "half of the voters", "half the country". */
function halfPhrase(text: string, S: TokenStream, k: number, start: number, prev: Tok | null): Result | null {
  const a = S.at(k + 1);
  if (!a || (prev && NOT_HALF_BEFORE.has(prev.lv))) return null;
  if (a.lv === 'a' || a.lv === 'an') {
    const u = S.at(k + 2);
    const m = u && lookupUnit(u.lv);
    if (m && m[1] === 'time') return fig(text, start, u.e, 'measure', 0.5, m[0], false);
    return null;
  }
  if (a.lv === 'of' || a.lv === 'the') return fig(text, start, S.at(k)!.e, 'other', 0.5, null, false);
  return null;
}

/** Dates and clock times around a digit anchor: "February 3", "September 30, 2015", "May 2015",
 * "12 April", "4 a.m.", "10:30", "9/11", "2015-04-21", and two-digit years "’91". */
function dateAround(text: string, S: TokenStream, k: number, num: NumberRead, prev: Tok | null, floor: number): Result | null {
  const t = S.at(k)!;
  const v = num.value;
  const nx = S.at(k + 1);
  // Month before: "February 3", "May 2015", "Dec. 12, 1994"
  let m = prev;
  if (m && m.v === '.' ) m = lexBefore(text, m.s);
  if (isDigits(t.v, 1, 4) && isMonth(m) && m!.s >= floor) {
    const day = +t.v <= 31 && t.v.length <= 2;
    const year = t.v.length === 4;
    if (day || year) {
      let end = t.e;
      let j = k + 1;
      if (day && S.at(j) && ORDINAL_SUFFIXES.has(S.at(j)!.lv) && !S.at(j)!.gap) { end = S.at(j)!.e; j++; }
      if (day && (S.at(j)?.v === '-' || S.at(j)?.v === '–') && !S.at(j)!.gap && isDigits(S.at(j + 1)?.v, 1, 2) && !S.at(j + 1)!.gap) { end = S.at(j + 1)!.e; j += 2; }
      if (day && S.at(j)?.v === ',' && isDigits(S.at(j + 1)?.v, 4, 4)) { end = S.at(j + 1)!.e; }
      else if (day && isDigits(S.at(j)?.v, 4, 4) && S.at(j)!.gap) end = S.at(j)!.e;
      return dateFig(text, m!.s, end);
    }
  }
  // Day before month: "12 April", "1 May 2015"
  if (isDigits(t.v, 1, 2) && +t.v <= 31 && isMonth(nx)) {
    let end = nx!.e;
    const y = S.at(k + 2);
    if (y && isDigits(y.v, 4, 4)) end = y.e;
    else if (y?.v === ',' && isDigits(S.at(k + 3)?.v, 4, 4)) end = S.at(k + 3)!.e;
    return dateFig(text, t.s, end);
  }
  // Clock times: "10:30", "4 a.m.", "3:57 PM"
  if (isDigits(t.v, 1, 2) && nx?.v === ':' && !nx.gap && isDigits(S.at(k + 2)?.v, 2, 2) && !S.at(k + 2)!.gap) {
    let end = S.at(k + 2)!.e;
    const ap = S.at(k + 3);
    if (ap && AM_PM.has(ap.lv)) end = ap.e;
    return dateFig(text, t.s, end);
  }
  if (isDigits(t.v, 1, 2) && v !== null && v >= 1 && v <= 12 && nx && nx.gap && AM_PM_LOOSE.has(nx.lv)) {
    return dateFig(text, t.s, nx.e); // the lexer keeps "a.m." whole
  }
  // Slash dates: "9/11", "12/25/2015"; "24/7" is an idiom.
  if (isDigits(t.v, 1, 2) && nx?.v === '/' && !nx.gap && isDigits(S.at(k + 2)?.v, 1, 4) && !S.at(k + 2)!.gap) {
    const a = +t.v, b = +S.at(k + 2)!.v;
    let end = S.at(k + 2)!.e;
    if (S.at(k + 3)?.v === '/' && isDigits(S.at(k + 4)?.v, 2, 4)) end = S.at(k + 4)!.e;
    else if (a < b && FRACTION_DENOMINATORS.has(S.at(k + 2)!.v)) return null; // a fraction: the number reader takes it
    if (a === 24 && b === 7) return { skip: end };
    if (a >= 1 && a <= 31 && b >= 1 && b <= 31) return dateFig(text, t.s, end);
    return { skip: end };
  }
  // ISO dates: "2015-04-21"
  if (isDigits(t.v, 4, 4) && nx?.v === '-' && !nx.gap && isDigits(S.at(k + 2)?.v, 2, 2) && S.at(k + 3)?.v === '-' && isDigits(S.at(k + 4)?.v, 2, 2)) {
    return dateFig(text, t.s, S.at(k + 4)!.e);
  }
  // Two-digit years: "’91", "'90s"
  if (isDigits(t.v, 2, 2) && prev && (prev.v === '’' || prev.v === "'") && prev.e === t.s && prev.s >= floor) {
    const before = text[prev.s - 1];
    if (before === undefined || /[\s(“"]/.test(before)) {
      const s = S.at(k + 1);
      if (s && !s.gap && s.lv === 's') return fig(text, prev.s, s.e, 'year', null, null, false);
      if (!s || s.t !== 'w' || s.gap) return fig(text, prev.s, t.e, 'year', (+t.v > 30 ? 1900 : 2000) + +t.v, null, false);
    }
  }
  // Decades with an apostrophe: "1990's"
  if (isDigits(t.v, 4, 4) && (nx?.v === '’' || nx?.v === "'") && !nx.gap && S.at(k + 2)?.lv === 's' && !S.at(k + 2)!.gap) {
    return fig(text, t.s, S.at(k + 2)!.e, 'year', null, null, false);
  }
  return null;
}

/** A date or clock time: no value, no unit. */
function dateFig(text: string, start: number, end: number): Figure {
  return fig(text, start, end, 'date', null, null, false);
}

/** A figure from its parts; `high` only for ranges. */
function fig(text: string, start: number, end: number, kind: FigureKind, value: number | null, unit: string | null, approximate: boolean, high?: number): Figure {
  const f: Figure = { start, end, text: text.slice(start, end), kind, value, unit, approximate, claimedBy: null };
  if (high !== undefined) f.high = high;
  return f;
}
