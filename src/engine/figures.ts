// The figures grammar: every number a critical reader may want to check (counts, money,
// percentages, measures, ordinals), with years and dates recognised so they are not taken for
// counts. One pass over the text finds anchors (a digit, a currency sign, a number word); a short
// bounded parse around each anchor reads the figure. No regex ever scans the whole text.
import type { Block, Figure, FigureKind } from './types';
import { lowerBound } from './sorted';
import { TokenStream, digitRunEnd, isDigits, lexBefore, type Tok } from './tokens';
import {
  CLASS,
  DIGIT,
  HYPHEN,
  LETTER,
  PERCENT,
  PERIOD,
  SIGN,
  SLASH,
  UNDERSCORE,
  isAsciiAlnum,
  isAsciiLower,
  isAsciiUpper,
  isDigit,
  isLetter,
  markSigns,
} from './chars';
import { AIRCRAFT, MONTHS, VULGAR, readNumber, type NumberRead } from './figure-number';
import {
  currencyCode,
  currencyNamed,
  currencySign,
  CURRENCY_SIGN_CHARS,
  CURRENCY_SYMBOLS,
  SIGN_PREFIXES,
  letterCurrency,
  homeOf,
  letterSign,
  lookupUnit,
} from './figure-units';
import { WEEKDAY_NAMES } from './calendar';
import { NUMBER_WORDS, ORDINALS, SCALES, TENS, UNITS, dict, isNumberWord } from './number-words';
import { DO_FORMS, FINITE_BE, HAVE_FORMS, MODALS, PERSONAL_SUBJECTS, wordSet } from './speech-verbs';

/** Hedges before a figure: they make it approximate and stay out of its span ("some 9,000"). */
const HEDGES = new Set(
  'some|about|around|roughly|nearly|almost|approximately|approx|over|under|circa|estimated|more than|less than|fewer than|at least|at most|up to|close to|upwards of|as many as|as much as|as few as|as little as|no more than|no fewer than|just over|just under|well over|an estimated|some estimated|between|from|only|perhaps|maybe|an additional|another'.split(
    '|',
  ),
);
/** The hedges by their last word, longest first, each with the words before that last one: most
 * figures are rejected after one look back, and no phrase is built to look a hedge up. */
const HEDGES_BY_LAST_WORD = new Map<string, { hedge: string; before: string[] }[]>();
for (const hedge of [...HEDGES].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
  const words = hedge.split(' ');
  const last = words.pop()!;
  HEDGES_BY_LAST_WORD.set(last, [...(HEDGES_BY_LAST_WORD.get(last) ?? []), { hedge, before: words }]);
}
/** Hedges that mean "not exactly" (the rest above are bounds or range openers). */
const EXACT_HEDGES = new Set('between|from|only|an additional|another'.split('|'));
/** Vague magnitudes: "tens of thousands", "dozens", "hundreds" have no single value. */
const VAGUE = wordSet('tens dozens scores hundreds thousands millions billions trillions');
/** Words before a scale word that make it vague: "several thousand", "a few hundred". */
const VAGUE_BEFORE = wordSet('several few many');
/** Words that cannot be part of a counted noun phrase: the phrase ends before them. */
const STOP = wordSet(
  'the a an of in on at to for from by with as and or but nor than that which who whom whose this these those it+ their his her our your my we they he she i you me us them him ' +
    `${FINITE_BE} be been being ${HAVE_FORMS} ${DO_FORMS} ${MODALS} shall not no more less most least per each every all some any other such only just very also ` +
    'even still again ago later earlier before after since during while when where if so then there here about around over under into onto out up down off through between among against within without ' +
    'across toward+ last next previous past times another soon too percent cent said says say told according including included like until via plus minus nearly almost roughly own what how why ' +
    'year+ old',
);
/** Words ending in "s" that are not plural nouns, so they never head a counted phrase. */
const NOT_PLURAL = wordSet(
  'this his its is was has does us yes news series species less unless across thus plus minus always sometimes perhaps towards afterwards besides whereas various numerous famous previous serious dangerous obvious analysis crisis basis status campus virus census bonus focus gas bus chaos',
);
/** Plural nouns without a final "s" (and collective nouns counted like plurals). */
export const IRREGULAR_PLURALS = wordSet(
  'people men women children police personnel staff cattle feet teeth mice geese sheep fish aircraft deer troops militia data media criteria phenomena alumni persons',
);
/** Words between "the" or a possessive and a bare tens ("the mid-70s", "the low 50s", "her
 * early 40s"). */
const TENS_PLACE = wordSet('early mid late');
const TENS_LEVEL = wordSet('low high upper lower');
/** Quantifier words allowed between an ordinal and its noun ("first few hours", "a 10th straight
 * month": "straight" counts a run, it is no noun). */
const ORDINAL_FILLERS = wordSet('few several full straight');
/** Number words after an ordinal ("the first three months", "the last two contests"): the count
 * is the figure, so the ordinal gives way to it. */
const NUMBER_WORDS_AFTER_ORDINAL = wordSet('two three four five six seven eight nine ten twelve dozen');
/** Words after which four digits and a plural are still a year ("by 2030", "below 1990 levels"). */
const YEAR_BEFORE = wordSet('in since by from below above until before after than during through s ’s');
/** Plurals that a year names rather than counts ("2012 campaigns", "the 2008 and 2012 cycles",
 * "2014 levels", "big-money 2016 players"): events, seasons and records of a year. */
const YEAR_NAMED_NOUNS = wordSet(
  'campaigns cycles conventions elections races levels numbers figures records comments voters players graduates budgets contests primaries caucuses debates results standards estimates',
);
/** Era marks after a year ("150 BC") and before it ("AD 60"), as written (capitals). */
const ERA_AFTER = wordSet('BC BCE B.C. B.C AD A.D. CE');
const ERA_BEFORE = wordSet('AD A.D.');
/** Determiners before four digits and a plural that make the digits a year ("the 2016 campaigns"). */
const YEAR_DETERMINERS = wordSet('the his her its their our my your this that these those whose');
/** Modifier-looking words: they may stand between an ordinal or "one" and its noun. */
const ADJECTIVE =
  /(al|ic|ive|ous|ful|less|able|ible|ary|ern|est|ish|ior|ent|ant|ing)$|^(black|white|female|male|new|big|major|full|single|young|old|small|large|key|top|great|whole|free|main|last|next|open|high|low|long|short)$/;
/** Weekdays as written, for "Thursday (14)". */
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** Month names that are also ordinary words, so they count only when capitalised. */
const CAP_MONTHS = wordSet('may march mar');
/** Lower-case words that may be hyphenated to a number without making it an id ("mid-2015"). */
const HYPHEN_PREFIXES = wordSet('mid pre post late early over under top about circa some nearly around');

// Small word lists the grammar tests tokens against. They are sets rather than regexes because
// they are consulted for nearly every figure, and a set lookup on a token is far cheaper.
/** Ordinal suffixes glued to digits ("21st"). */
const ORDINAL_SUFFIXES = wordSet('st nd rd th');
/** Clock-time markers; the lexer keeps "a.m." whole, and a trailing point may be left off. */
const AM_PM = wordSet('am pm a.m. p.m.');
const AM_PM_LOOSE = wordSet('am pm a.m. p.m. a.m p.m');
/** Time-zone abbreviations after a 24-hour clock time, as written (capitals). */
const TIME_ZONES = wordSet('GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT');
/** Ordinals that read as a fraction after "a" ("a third", "a tenth", "a fiftieth", "a millionth"):
 * every ordinal from "third" on ("a first" and "a second" are no fractions). */
function isFractionOrdinal(w: string): boolean {
  return (ORDINALS[w] ?? 0) >= 3;
}
/** Words before "one" that make it a count rather than a determiner: "only one", "at least one",
 * "more than one", "exactly one" ("one way", "one analyst said" are an article's "a"). */
const ONE_COUNTED_AFTER = wordSet('only just exactly least most than');
/** Nouns after "first", "second" or "third" that make a title or an idiom ("first lady", "first
 * responders", "second nature", "third party", "first name", a bill's "second reading"), not a
 * rank a reader would count. */
const ORDINAL_IDIOMS = wordSet(
  'lady+ gentleman gentlemen dude spouse responder+ aid hand glance sight nature thought+ fiddle party+ way world light name+ reading+ ' +
    'thing+ impression glimpse taste look chance blush priority opinion+ wind',
);
/** Words right before a bare ordinal that make it an adverb of time ("he first met her", "Obama
 * first took office", "which first came to"): a subject, a relative or an auxiliary. */
const ADVERB_FIRST_AFTER = wordSet(
  `${PERSONAL_SUBJECTS} you who which what ${HAVE_FORMS} having would will could should might may must ${DO_FORMS} not never also`,
);
/** Words before an ordinal that make what follows it a noun ("the first hearing", "her first outing"). */
const ORDINAL_DETERMINERS = wordSet('the a an his her its their our my your this that these those whose each every');
/** Lower-case nouns before a number that make it a label, not a quantity ("version 10", "flight
 * 370", "type 2 diabetes", "section 230", "phase 3 trials", "the number 14 bus", "stage 4", "tram
 * line 4", "platform 9"). */
const LABEL_NOUNS = wordSet(
  'version+ model part verse+ flight+ line+ platform+ route bus page+ chapter section article episode season room gate exit junction+ channel interstate highway precinct district ward type level phase category item figure table step game round week grade number stage',
);
/** Verbs of telephoning: a bare number after one is a number to ring, not a count ("called 911",
 * "dial 111", "text 1737"). */
const PHONE_VERBS = wordSet(
  'call+ called calling dial+ dialed dialled dialing dialling rang ring+ phone phoned text texted texting',
);
/** Words for a number to ring before it (PHONE_VERBS' "called" also names: "called 2016 a …"). */
const CALLING = /^(call|text|hotline|helpline|tel)$/;
/** Plurals that do not modify a noun after them, so a plural word next is a verb ("people says"). */
const KIND_LESS = wordSet('people children persons');
/** Verbs that take "over" as a particle ("handed over 3 files"): no hedge. */
const OVER_PARTICLE = wordSet('hand+ handed handing turn+ turned turning');
/** Words before "twice" that make it an idiom ("think twice"). */
const NOT_TWICE_AFTER = wordSet('think+ thought thinking');
/** Multipliers in one word: "twice", "threefold", "tenfold". */
const MULTIPLIERS = dict<number>({
  twice: 2,
  thrice: 3,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  sixfold: 6,
  sevenfold: 7,
  eightfold: 8,
  ninefold: 9,
  tenfold: 10,
  hundredfold: 100,
  thousandfold: 1000,
});
/** Determiners before a bare number word that make it a pronoun when no noun follows ("the two"). */
const ANAPHORIC_BEFORE = wordSet('the these those');
/** Pronouns after "the two of" ("the two of them"). */
const OF_WHOM = wordSet('them us you');
/** Verbs and adverbs that follow "the two" standing for people ("the two have", "the two met"). */
const AFTER_THE_TWO = wordSet(
  `${HAVE_FORMS} ${FINITE_BE} ${DO_FORMS} will would could can should might may both also each together then never still became spoke met lived seemed agreed said say+ write wrote sharply`,
);
/** What may follow an age in apposition ("Parry, 21, was"; "said Carla Cruz, 24."). */
const AFTER_APPOSITION = wordSet(', ― — – ) .');
const AGE_WORDS = wordSet('age aged ages');
/** Times after "one" that may be an indefinite "some" ("one day", "one morning"). */
const SOME_TIME = wordSet('day night morning evening afternoon');
/** Words after "one day" that make it an offset ("one day later"). */
const OFFSET_AFTER = wordSet('before after later earlier ago');
/** Words before "one day" that make it "some day": modals and verbs of hoping. */
const SOME_DAY_BEFORE = wordSet(
  'will would could might may can hope+ hoped hoping and but that then until maybe perhaps',
);
/** Subject pronouns after "one day" make it "some day" opening a clause ("then one day she left"). */
const SOME_DAY_SUBJECTS = wordSet(`${PERSONAL_SUBJECTS} you`);
/** Verbs before a bare number that make it an age: "turned 40"; "died at 90". */
const TURNED = wordSet('turned turns turning');
const DIED = wordSet('died dies');
/** Words that turn a unit into an area, a volume or metric tons. */
const UNIT_PREFIXES = wordSet('square sq cubic metric');
/** Adjectives after an inch mark ("6\" long"). */
const DIMENSIONS = wordSet('long tall wide high deep thick');
/** Short unit spellings that are ordinary words or letters when set apart from the number. */
const AMBIGUOUS_UNITS = wordSet('in t l s h pt w v b kn ct pm bit bp');
/** Capitalised letters that are scale suffixes or names rather than units. */
const NOT_UNITS_AS_WRITTEN = wordSet('M B G T DM Dm L');
/** Units that take "an hour" / "per hour" to become speeds. */
const SPEED_UNITS = wordSet('mi km kn m');
/** The scales' names, with the two misspellings readers meet most ("celcius", "farenheit"). */
const TEMPERATURE_SCALES = wordSet('c f celsius fahrenheit centigrade celcius farenheit');
/** Verbs before a number of degrees that make it an angle. */
const TURNING = wordSet('turn turned turns rotate rotated tilt tilted angle+ bank banked');
const SIDES = wordSet('left right');
/** Spans of time no age is counted in ("century-old", "decade-old"). */
const LONG_SPANS = wordSet('decade century millennium');
/** Time units that become ages with "old" ("5 years old"). */
const AGE_UNITS = wordSet('years months weeks days');
const INCHES = wordSet('in inch inches');
/** Words before "half" that make it no fraction ("the first half", "in half"). */
const NOT_HALF_BEFORE = wordSet('first second other in and a the');
/** Determiners after "half" that say what it is half of ("half their income", "half those polled"). */
const HALF_OF_WHAT = wordSet('their its his her our your my these those this that all');
/** Denominators that make "a/b" a fraction rather than a date ("3/4", "1/16"). */
const FRACTION_DENOMINATORS = wordSet('2 3 4 5 8 10 16 100');
/** Endings of nationality adjectives ("Finnish", "Bosnian", "Maltese", "Iraqi", "Czech"). */
const NATIONALITY_ENDING = /(?:ish|an|ese|i|ic|ch)$/;
/** A currency code, whose amount may go on to its hundredths ("twelve euros fifty"). */
const HAS_CENTS = /^[A-Z]{3}$/;
/** Scale letters after a currency amount ("$1.2m", "£300bn"), as lower-case words. */
const MONEY_SUFFIXES = dict<number>({ m: 1e6, k: 1e3, tn: 1e12, bn: 1e9, b: 1e9 });

/** Finds every figure in the text (claimedBy left null: the caller links claimants). */
export function findFigures(text: string, blocks: Block[]): Figure[] {
  const out: Figure[] = [];
  const layout = new BlockIndex(blocks);
  let floor = 0; // no figure may start before the end of the previous one
  const anchor = { end: 0 };
  for (let i = nextAnchor(text, 0, anchor); i >= 0; i = nextAnchor(text, i, anchor)) {
    let j = anchor.end;
    if (i >= floor) {
      const fig = parseFigure(text, i, floor, layout, false);
      if (fig) {
        if ('skip' in fig) j = Math.max(j, fig.skip);
        else {
          // "59 of the 75 witnesses", "2,300 of Acme's 2,900 services", "3 of 10 voters": a bare
          // count out of a counted whole counts the same things.
          const a = out[out.length - 1];
          const gap = a ? text.slice(a.end, fig.start) : '';
          if (a && !a.unit && a.kind === fig.kind && /^ of (\S+ )?$/.test(gap)) a.unit = fig.unit;
          // "4.2 ± 0.3 Earth masses": a value and its error are one figure, the value's, with the
          // unit written after the error.
          if (a && /^ ?± ?$/.test(gap)) {
            a.unit ??= fig.unit;
            a.text = text.slice(a.start, (a.end = fig.end));
          } else out.push(fig);
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
export const ANCHOR_WORDS = [
  ...NUMBER_WORDS,
  'minus',
  'negative',
  ...VAGUE,
  ...Object.keys(MULTIPLIERS),
  'handful',
].filter((w) => w.length > 2 && w.length < 12);
// The scanner's extra character class: a currency sign or a vulgar fraction.
markSigns(Object.keys(CURRENCY_SYMBOLS).join('') + CURRENCY_SIGN_CHARS + '½¼¾⅓⅔⅛⅙');

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
const COLUMN = new Uint8Array(65536); // WORD_END (0) everywhere to start with
// Only letters, digits and signs need another column: found with the typed array's native search,
// since a loop over all 65,536 code units ran in the interpreter at every engine load (1-6 ms).
for (const cls of [LETTER, DIGIT, SIGN])
  for (let c = CLASS.indexOf(cls); c >= 0; c = CLASS.indexOf(cls, c + 1))
    COLUMN[c] = cls === LETTER ? (c < 128 ? (c | 32) - 96 : OTHER_LETTER) : DIGIT_OR_SIGN;
/** States: inside a word that spells no anchor, between words, then one per trie node. */
const DEAD = 0;
const BETWEEN_WORDS = 1;
/** The table's answer where the scanner must stop: a word that spells an anchor has just ended,
 * or a digit or a sign begins. */
const STOP_HERE = -1;

/** The trie of `words` (lower-case ASCII letters: start-up.test.ts checks ANCHOR_WORDS are) as a
 * transition table, each next state already multiplied by the column count so that a step is a
 * single lookup, and which states end a word. */
export function buildScanner(words: readonly string[]): { step: Int32Array; accepts: Uint8Array } {
  const children: number[][] = [[], []];
  const accepting: boolean[] = [false, false];
  for (const w of words) {
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
  // Every cell starts as DEAD (0): only a word's end, a digit or sign and the trie's own letters
  // are written, three or four cells a state instead of all 32 (the full loop ran in the
  // interpreter at every engine load). DEAD has no children, so its letters stay DEAD.
  const step = new Int32Array(children.length << COLUMN_BITS).fill(DEAD << COLUMN_BITS);
  for (let state = 0; state < children.length; state++) {
    const row = state << COLUMN_BITS;
    step[row | WORD_END] = accepting[state] ? STOP_HERE : BETWEEN_WORDS << COLUMN_BITS;
    step[row | DIGIT_OR_SIGN] = STOP_HERE;
    children[state]!.forEach((next, col) => (step[row | col] = next << COLUMN_BITS));
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
    const k = lowerBound(this.starts, p, itself);
    return k < this.starts.length && this.starts[k] === p;
  }
  inHeading(p: number): boolean {
    return this.headings.some((b) => p >= b.start && p < b.end);
  }
}
function itself(n: number): number {
  return n;
}
/** The second end of a range is parsed as if it opened no block and no heading. */
const NO_BLOCKS = new BlockIndex([]);

/** The scanner's one pass: the position of the next digit, currency sign or number word at or
 * after `i` (-1 at the end), with the anchor's end written to `found`. A word starts at `i` or
 * after a character that is no letter. Kept small and separate so the engine optimises this hot
 * loop on its own. */
function nextAnchor(text: string, i: number, found: { end: number }): number {
  const { step, accepts } = SCANNER;
  const n = text.length;
  const from = i;
  let state = BETWEEN_WORDS << COLUMN_BITS;
  for (; i < n; i++) {
    const next = step[state + COLUMN[text.charCodeAt(i)]!]!;
    if (next !== STOP_HERE) state = next;
    else if (accepts[state >> COLUMN_BITS] === 1) return wordAnchor(text, from, i, found);
    else return signAnchor(text, i, found);
  }
  return accepts[state >> COLUMN_BITS] === 1 ? wordAnchor(text, from, n, found) : -1;
}

/** The anchor word that ends at `e` (it starts no earlier than the scan did). */
function wordAnchor(text: string, from: number, e: number, found: { end: number }): number {
  let s = e;
  while (s > from && CLASS[text.charCodeAt(s - 1)] === LETTER) s--;
  found.end = e;
  return s;
}

/** The digit run (with the commas and points between its digits) or the sign at `i`. */
function signAnchor(text: string, i: number, found: { end: number }): number {
  found.end = CLASS[text.charCodeAt(i)] === DIGIT ? digitRunEnd(text, i) : i + 1;
  return i;
}

/** True when the word at `s` begins a sentence (so a capital letter says nothing about names). */
function sentenceStart(text: string, s: number, layout: BlockIndex): boolean {
  if (layout.startsBlock(s)) return true;
  let k = s - 1;
  while (k >= 0 && /[\s"“”‘’'([«»]/.test(text[k]!)) {
    if (text[k] === '\n') return true;
    k--;
  }
  return k < 0 || /[.!?:;—–-]/.test(text[k]!);
}

/** A month name ("May" only capitalised). */
function isMonth(x: Tok | null | undefined): boolean {
  return !!x && x.t === 'w' && MONTHS.has(x.lv) && (!CAP_MONTHS.has(x.lv) || isCap(x));
}

/** Capitalised token (a name, a sentence start, a heading word). */
function isCap(t: Tok): boolean {
  return isAsciiUpper(t.v.charCodeAt(0));
}

/** Where a figure is being read: the text, its tokens from `p` on, the blocks, the token before. */
interface Reading {
  text: string;
  S: TokenStream;
  layout: BlockIndex;
  /** No figure may start before this (the end of the one before). */
  floor: number;
  /** The anchor: where the tokens of S start. */
  p: number;
  /** The token before the anchor (null at a line start). */
  prev: Tok | null;
  /** Reading the second end of a range: it has no range of its own and takes a hyphen before it. */
  nested: boolean;
}

/** What stands before the number, as parseFigure read it. */
interface Lead {
  /** The number's first token in S. */
  k0: number;
  /** Where the figure starts: the number, or a currency code, sign or "a" before it. */
  start: number;
  currency: string | null;
  neg: boolean;
  /** A scale the currency code carries ("MEUR" is millions of euros). */
  extraScale: number;
  /** Read from an "a" before a scale or fraction word ("a dozen", "a third"). */
  fromA: boolean;
  /** A point before the digits (".5"). */
  leadDot: boolean;
}

/** Reads the figure anchored at `p`: what stands before the number (by the anchor's kind: a
 * sign, digits, a number word), then the number and what follows it (finish). */
function parseFigure(text: string, p: number, floor: number, layout: BlockIndex, nested: boolean): Result | null {
  const S = new TokenStream(text, p);
  const first = S.at(0);
  if (!first) return null;
  const r: Reading = { text, S, layout, floor, p, prev: lexBefore(text, p), nested };
  const lead: Lead = { k0: 0, start: p, currency: null, neg: false, extraScale: 1, fromA: false, leadDot: false };
  const early =
    first.t === 'p'
      ? first.v in VULGAR
        ? undefined
        : leadBeforeSign(r, lead, first)
      : first.t === 'n'
        ? leadBeforeDigits(r, lead)
        : leadBeforeWord(r, lead, first);
  return early !== undefined ? early : finish(r, lead);
}

/** A currency sign opens the figure: "$5", "€15", "US$ 150", "C$ 20". */
function leadBeforeSign(r: Reading, lead: Lead, first: Tok): Step {
  const { S, prev } = r;
  let currency = first.v === '$' ? textDollar(S.text) : currencySign(first.v);
  if (prev && prev.t === 'w') {
    const pre = SIGN_PREFIXES[(prev.lv.endsWith('.') ? prev.lv.slice(0, -1) : prev.lv) + first.v];
    if (pre && (prev.e === r.p || (S.at(1)?.gap && prev.v === prev.lv))) {
      currency = pre;
      if (prev.s >= r.floor) lead.start = prev.s;
    }
  }
  // Australian and older styles set the letters after the sign, glued: "$A4.8 billion", "$US50".
  const a = S.at(1);
  const post =
    a?.t === 'w' && !a.gap && a.v === a.v.toUpperCase() && S.at(2)?.gap === false && SIGN_PREFIXES[a.lv + first.v];
  if (post) currency = post;
  if (!currency) return null;
  lead.currency = currency;
  lead.k0 = post ? 2 : 1;
  return S.at(lead.k0)?.t !== 'n' ? null : undefined;
}

/** What stands before digits: letters or id punctuation glued to them (a name, a model, a URL),
 * a sign, a leading point (".5"), a currency code ("USD 200", "Rs 500"), "minus". */
function leadBeforeDigits(r: Reading, lead: Lead): Step {
  const { text, prev, floor, p, S } = r;
  // Digits opening with a zero and grouped ("020 7946 0018") or long ("07700900123"), or three
  // digit groups or more that are no thousands ("1800 000 111", "13 11 14"), are a phone number or
  // a code, as are digit groups after a calling word ("helpline 116 123"), and a number after a
  // section sign ("§ 1983"): never a quantity.
  let k = 1;
  while (S.at(k)?.t === 'n' && S.at(k)!.gap) k++;
  if (
    (/^0\d*[1-9]/.test(S.at(0)!.v) && (k > 1 || S.at(0)!.v.length > 4)) ||
    prev?.v === '§' ||
    (k > 2 && !/^\d{1,3}(\s\d{3})+$/.test(text.slice(p, S.at(k - 1)!.e))) ||
    (k > 1 && CALLING.test(prev?.lv ?? ''))
  )
    return { skip: S.at(k - 1)!.e };
  // A DOI ("10.1038/…": "10.", a registrant of four digits or more, a slash) is an id, and so is
  // a phone number: digits after a "+" that run on in spaces, hyphens or brackets ("+44 (0)1632
  // 960 412", "+1 (555) 123-4567").
  const id = (prev?.v === '+' ? /^\d[\d ()-]{8,}\d/ : /^10\.\d{4,}\/\S*/).exec(text.slice(p, p + 99));
  if (id) return { skip: p + id[0].length };
  if (prev && prev.e === p) {
    // Digits glued to letters or id punctuation are names, models, versions, URLs: "Tu-22M3", "SCP-173", "%2020".
    if (prev.t === 'w') {
      // A capital word before the letter makes it a road's or a model's name ("Route R84").
      // A hyphen joins a model's parts ("R2-D2"), or a scale ("R2.5-billion").
      const w = lexBefore(text, prev.s);
      const n = r.S.at(1)?.v === '-' ? r.S.at(2) : r.S.at(1);
      const scaled = !!n && !!(SCALES[n.lv] || (n === r.S.at(1) && n.lv in MONEY_SUFFIXES));
      const cur =
        /^[A-Z]$/.test(prev.v) &&
        (r.S.at(1)?.v !== '-' || scaled) &&
        !(w?.t === 'w' && isCap(w) && !STOP.has(w.lv)) &&
        // No noun after the amount ("N617 per litre", not "N95 masks", "K9 unit"): no model's name.
        letterCurrency(
          prev.v,
          text,
          scaled || moneyShaped(r) || !(n?.t === 'w' && !STOP.has(n.lv)),
          // An amount shaped as money and then "worth" ("R2,400 worth of meat": the value of goods)
          // is money like a scaled one; grouping alone is not ("K1,450"), nor "worth" after a
          // model's number ("an A380 worth $400 million").
          scaled || (n?.lv === 'worth' && moneyShaped(r)),
        );
      if (cur) {
        lead.currency = cur;
        if (prev.s >= floor) lead.start = prev.s;
      } else if (
        // A rarer code glued to digits is money only when they are shaped as money ("COP28" is
        // a summit, "COP2,500,000" pesos); the common ones ("USD50") are money as they stand, as
        // are the rupee's and the taka's letters as South Asian papers glue them ("Rs500", "Tk900").
        !(currencyCode(prev.lv, prev.v) && (moneyShaped(r) || currencyCode(prev.lv))) &&
        !symbolBefore(r, prev) &&
        !/^(Rs|Tk)$/.test(prev.v)
      )
        return { skip: skipId(text, p) };
    } else if (p > 0 && isLetter(text.charCodeAt(p - 1))) {
      return { skip: skipId(text, p) }; // a letter the tokenizer keeps apart ("GÃ1⁄4len", mis-decoded text)
    } else if (prev.v === ':' && p > 1 && isDigit(text.charCodeAt(p - 2))) {
      // "Isaiah 45:1", "3:1-5": after a chapter number, a verse; clock times are read from the hour.
      return { skip: skipId(text, p) };
    } else if (/[/=?&_#%@\\]/.test(prev.v) || (/["']/.test(prev.v) && text[prev.s - 1] === '='))
      return { skip: skipId(text, p) }; // ids, URLs, markup attributes
    else if (prev.v === '-' || prev.v === '‐' || prev.v === '−') {
      const w = lexBefore(text, prev.s);
      if (w && w.e === prev.s && !r.nested) {
        // "Tu-22", "SCP-173", "222-2222" are ids; "mid-2015", "pre-1990" are not.
        if (w.t !== 'w' || !HYPHEN_PREFIXES.has(w.lv)) return { skip: skipId(text, p) };
      } else if (prev.s >= floor) {
        lead.neg = true;
        lead.start = prev.s;
      }
    } else if (prev.v === '.') {
      const before = text.charCodeAt(prev.s - 1);
      // "1.8.3", and a capital's point: "BA.2", "XBB.1.5" (variants, ids; "Rs.200", "No.1" are lower case)
      if (isDigit(before) || isAsciiUpper(before)) return { skip: skipId(text, p) };
      if (!isAsciiAlnum(before) && before !== UNDERSCORE && prev.s >= floor) {
        lead.leadDot = true;
        lead.start = prev.s;
      }
    }
  } else if (prev && (prev.v === '-' || prev.v === '−') && !lexBefore(text, prev.s) && prev.s >= floor) {
    lead.neg = true;
    lead.start = prev.s; // "- 20 degrees" opening a line
  }
  // A symbol's abbreviation point ("Rs. 200", "Rs.200") stands between it and the amount.
  const dot = prev?.v === '.' ? lexBefore(text, prev.s) : null;
  const w = dot?.t === 'w' && dot.e === prev!.s ? dot : prev;
  if (w && w.t === 'w') {
    const lv = w.lv.endsWith('.') ? w.lv.slice(0, -1) : w.lv;
    // The platform writes "₹" and "৳"; English-language papers write "Rs" and "Tk" ("Tk 150 crore").
    const cc =
      currencyCode(lv, w.v.endsWith('.') ? w.v.slice(0, -1) : w.v) ??
      (lv === 'rs'
        ? [homeOf(text, 'INR'), 1]
        : lv === 'tk'
          ? ['BDT', 1]
          : (lv === 'dollar' || lv === 'dollars') && lexBefore(text, w.s)?.t !== 'n'
            ? ['USD', 1]
            : symbolBefore(r, w));
    if (cc) {
      [lead.currency, lead.extraScale] = cc;
      if (w.s >= floor) lead.start = w.s;
    } else if ((w.lv === 'minus' || w.lv === 'negative') && w === prev && w.s >= floor && !plusOrMinus(text, w)) {
      lead.neg = true;
      lead.start = w.s;
    }
  }
  return undefined;
}

/** Signs that digits are an amount of money: thousands grouped by a comma or point in them
 * ("4,000", "10.000"; not a decimal: "KM 42.5" is a kilometre post), a scale word or suffix after
 * them ("2 million", "5bn"), or a group of three ("10 000"). */
function moneyShaped(r: Reading): boolean {
  const d = r.S.at(0)!,
    n = r.S.at(1);
  return /,|\.\d{3}$/.test(d.v) || !!(n && (SCALES[n.lv] || n.lv in MONEY_SUFFIXES || (n.gap && isDigits(n.v, 3, 3))));
}

/** A currency's symbol of letters before the amount ("RM4,000", "Ksh 10,000", "Ft 300 million"):
 * two letters are also states, roads, articles and units ("SR 520", "VT 100", "Le 5"), so they
 * count only before an amount shaped as money; three or more also glued ("KSh500") or with a
 * capital inside ("USh 500"). The platform's table is read only for such a word. */
function symbolBefore(r: Reading, w: Tok): [string, number] | null {
  const v = w.v;
  // A word of ASCII only is read by the pattern's ASCII form: the Unicode classes cost V8 more to
  // compile (on first use, inside the engine's first call) than any other regex left there.
  if (
    !(/[^\x00-\x7f]/.test(v) ? /^([A-Z]\p{L}{1,3}|\p{Ll}{2})$/u : /^([A-Z][A-Za-z]{1,3}|[a-z]{2})$/).test(v) ||
    STOP.has(w.lv) ||
    isMonth(w)
  )
    return null;
  const sure = moneyShaped(r) || (v.length > 2 && (w.e === r.p || /\p{Lu}/u.test(v.slice(1))));
  const c = sure && letterSign(v);
  return c ? [c, 1] : null;
}

/** "plus or minus 3 points": a margin either way, so the "minus" gives no sign. */
function plusOrMinus(text: string, minus: Tok): boolean {
  const or = lexBefore(text, minus.s);
  return or?.lv === 'or' && lexBefore(text, or.s)?.lv === 'plus';
}

/** A number word: not in a name ("Formula One") or an idiom ("one-on-one"); a multiplier
 * ("twice"); "year or two"; "minus five"; "a dozen", "a third" (re-read from the "a"). */
function leadBeforeWord(r: Reading, lead: Lead, first: Tok): Step {
  const { text, S, prev, floor, p, layout } = r;
  // Capitalised mid-sentence it is part of a name ("Formula One", "First Amendment").
  if (isCap(first) && !sentenceStart(text, p, layout) && !layout.inHeading(p)) return null;
  const times = MULTIPLIERS[first.lv];
  if (times !== undefined)
    return NOT_TWICE_AFTER.has(prev?.lv ?? '') ? null : fig(text, p, first.e, 'other', times, 'times', false);
  // "one-on-one", "high-five": a number word hyphened onto a word is part of an idiom; so is one
  // hyphened to itself ("fifty-fifty").
  if (prev && prev.e === p && (prev.v === '-' || prev.v === '‐')) return null;
  if (S.at(1)?.v === '-' && !S.at(1)!.gap && S.at(2)?.lv === first.lv) return null;
  // "every year or two": a vague span of time with no number for its low end.
  if (prev?.lv === 'or' && (first.lv === 'two' || first.lv === 'three')) {
    const u = lexBefore(text, prev.s);
    const m = u && u.t === 'w' && !u.lv.endsWith('s') ? lookupUnit(u.lv) : null;
    if (u && m && m[1] === 'time' && u.s >= floor) return fig(text, u.s, first.e, 'measure', null, m[0], true);
  }
  if (first.lv === 'minus' || first.lv === 'negative') {
    const t = S.at(1);
    if (!t || (t.t !== 'n' && !isNumberWord(t.lv))) return null;
    if (t.t === 'n') return null; // the digits anchor will take it with its sign
    if (plusOrMinus(text, first)) return null; // the number word's own anchor reads it unsigned
    lead.neg = true;
    lead.k0 = 1;
  }
  const fromA = prev !== null && (prev.lv === 'a' || prev.lv === 'an') && prev.s >= floor;
  // "half past five", "a quarter past nine", "ten past six": a clock time, not a fraction or a
  // count ("past" before an hour word is no "past winners").
  const h = S.at(2);
  if (S.at(1)?.lv === 'past' && h && UNITS[h.lv]! <= 12) return dateFig(text, fromA ? prev!.s : p, h.e);
  if (first.lv === 'half') {
    const dozen = halfDozen(text, S, fromA ? prev!.s : p);
    if (dozen) return dozen;
    // "a year and a half", "an hour and a half": one and a half of the unit before; "time and a
    // half" (a pay rate) or any other "and a half" is no half standing alone.
    const and = fromA ? lexBefore(text, prev!.s) : null;
    // Read as a range's high end ("between a third and a half"), the "and" is the range's own.
    if (and?.lv === 'and' && !r.nested) return andAHalf(text, and, first.e, floor);
    // "a half-finished quartet", "half-hearted": "half" glued by a hyphen to a word that is no
    // unit makes an adjective, not a figure ("a half-hour" is one).
    const dash = S.at(1);
    const word = S.at(2);
    if (dash && !dash.gap && (dash.v === '-' || dash.v === '‐') && word && !word.gap && word.t === 'w') {
      if (!lookupUnit(word.lv) && !isNumberWord(word.lv) && !SCALES[word.lv]) return null;
    }
  }
  if (fromA && first.lv === 'handful' && S.at(1)?.lv === 'of') {
    // "a handful of voters": a vague count, like "dozens of".
    return vagueTail(text, S, 1, prev!.s, false);
  }
  if (fromA && isFractionOrdinal(first.lv) && S.at(1)?.v === ',' && S.at(2) && isCap(S.at(2)!)) {
    // "and a third, Tom Hale, said": the next of several people, not a fraction.
    return null;
  }
  if (prev && (prev.lv === 'a' || prev.lv === 'an') && prev.s >= floor) {
    if (SCALES[first.lv] || first.lv === 'half' || first.lv === 'quarter' || isFractionOrdinal(first.lv)) {
      // "a dozen", "a million", "a quarter": re-read from the article
      const fromA: Reading = {
        text,
        S: new TokenStream(text, prev.s),
        layout,
        floor,
        p: prev.s,
        prev: lexBefore(text, prev.s),
        nested: r.nested,
      };
      const found = finish(fromA, {
        k0: 0,
        start: prev.s,
        currency: null,
        neg: false,
        extraScale: 1,
        fromA: true,
        leadDot: false,
      });
      if (found) return found;
    }
  }
  return undefined;
}

/** "2" or "3" glued after a length unit and ending the word ("m2", "km2", "cm3"), or the sign
 * itself ("km²", "m³"): '²', '³' or ''. */
function powerAfter(S: TokenStream, k: number, family: string): string {
  const p = S.at(k);
  if (family !== 'length' || !p || p.gap) return '';
  if (p.v === '²' || p.v === '³') return p.v;
  if (p.t !== 'n' || (p.v !== '2' && p.v !== '3')) return '';
  const next = S.at(k + 1);
  if (next && !next.gap && next.t !== 'p') return '';
  return p.v === '2' ? '²' : '³';
}

/** A verb of turning right before the number or one word before it ("rotate it 90 degrees"). */
function turnedBefore(text: string, s: number): boolean {
  const w1 = lexBefore(text, s);
  if (!w1) return false;
  if (TURNING.has(w1.lv)) return true;
  const w2 = w1.t === 'w' ? lexBefore(text, w1.s) : null;
  return !!w2 && TURNING.has(w2.lv);
}

/** Skips the rest of an identifier-like run of letters, digits and joiners ("22M3", "173C"). */
function skipId(text: string, p: number): number {
  let e = p;
  while (e < text.length && e - p < 200 && isIdChar(text.charCodeAt(e))) e++;
  return Math.max(e, p + 1);
}

/** A character of an identifier-like run: what /[\w.\-/%]/ matches. */
function isIdChar(c: number): boolean {
  return isAsciiAlnum(c) || c === UNDERSCORE || c === PERIOD || c === HYPHEN || c === SLASH || c === PERCENT;
}

/** The hedge right before `s` ("some", "at least", "between"), or ''. */
function hedgeBefore(text: string, s: number, known: Tok | null): string {
  const w1 = known ?? lexBefore(text, s);
  const hedges = w1 && w1.t === 'w' ? HEDGES_BY_LAST_WORD.get(w1.lv) : undefined;
  if (!hedges) return '';
  const w2 = lexBefore(text, w1!.s);
  if (w1!.lv === 'over' && OVER_PARTICLE.has(w2?.lv ?? '')) return '';
  const w3 = w2 && w2.t === 'w' ? lexBefore(text, w2.s) : null;
  for (const { hedge, before } of hedges) {
    if (before.length === 0) return hedge;
    if (!w2 || w2.t !== 'w' || w2.lv !== before[before.length - 1]) continue;
    if (before.length === 1) return hedge;
    if (w3 && w3.t === 'w' && w3.lv === before[0]) return hedge;
  }
  return '';
}

/** A figure under construction: the number as read, and what the steps after it have found. */
interface Draft {
  /** The number's first and last tokens, and what the number reader made of them. */
  first: Tok;
  last: Tok;
  num: NumberRead;
  /** The next token to read in S. */
  k: number;
  /** A word hyphened to the number ("15-member", "3-inch"), seen before any glued letters. */
  hyph: Tok | null;
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  approximate: boolean;
  currency: string | null;
  neg: boolean;
  /** The currency is a word after the amount ("dollars"), not a sign or code. */
  byName: boolean;
  /** The hedge before the figure ("about", "between"), once the range step has looked. */
  hedge: string;
}

/** A step's answer: a figure or a skip (done), null (no figure here), undefined (go on). */
type Step = Result | null | undefined;

/** The steps after the number, in order; each reads one thing and may end the figure. */
const STEPS: ((r: Reading, lead: Lead, d: Draft) => Step)[] = [
  spokenPercent,
  ratio,
  listicleItem,
  dateOrTime,
  gluedLetters,
  quantityWord,
  moneyOrMeasure,
  range,
  kindNotAmount,
  someDay,
  countedNoun,
  versionNumber,
  yearAgeRankOrName,
];

/** Nouns a calibre names a kind of ("a 9mm handgun", "5.56mm rounds"). */
const FIREARM_NOUNS = wordSet(
  'handgun+ pistol+ revolver+ rifle+ gun+ carbine+ round+ ammunition ammo bullet+ cartridge+ shell+ casing+ semiautomatic semi-automatic',
);
/** Debt named by its term ("the 10-year yield", "two-year notes", "30-year bonds"). */
const BOND_NOUNS = wordSet('yield+ note+ bond+ treasury+ gilt+ bund+ bills');
const TERM_UNITS = wordSet('years months weeks');

/** A measure that names a kind of thing rather than an amount of it: a calibre before a firearm
 * ("a 9mm handgun") and a term hyphened before a debt ("the 10-year yield", "10-year Treasury
 * notes"). A term before anything else stays a span ("a 10-year sentence"). */
function kindNotAmount(r: Reading, _lead: Lead, d: Draft): Step {
  if (d.kind !== 'measure' || d.unit === null) return undefined;
  const next = r.S.at(d.k);
  if (!next || !next.gap || next.t !== 'w') return undefined;
  if (d.unit === 'mm' && FIREARM_NOUNS.has(next.lv)) return { skip: d.end };
  if (d.hyph && TERM_UNITS.has(d.unit) && d.end === d.hyph.e && BOND_NOUNS.has(next.lv)) return { skip: d.end };
  return undefined;
}

/** "One day he will win", "he hopes one day to": "one" before a time of day or "day" as an
 * indefinite time, not a span; a bound or a preposition before it keeps the span ("within one
 * day", "only one day"). */
function someDay(r: Reading, _lead: Lead, d: Draft): Step {
  const prev = r.prev;
  // "maybe one day", "perhaps one day": these hedges are adverbs of the clause, not bounds on "one".
  const hedged = d.hedge !== '' && !SOME_DAY_BEFORE.has(d.hedge);
  if (d.kind !== 'measure' || d.first.lv !== 'one' || hedged || !SOME_TIME.has(r.S.at(d.num.next)?.lv ?? ''))
    return undefined;
  const after = r.S.at(d.num.next + 1)?.lv ?? '';
  // "one day before the convention", "one day later": an offset, so a span.
  if (OFFSET_AFTER.has(after)) return undefined;
  if (
    !prev ||
    sentenceStart(r.text, d.start, r.layout) ||
    (prev.t === 'w' && SOME_DAY_BEFORE.has(prev.lv)) ||
    SOME_DAY_SUBJECTS.has(after) ||
    // "dreams of one day owning a farm": a gerund after it makes it the time of that act.
    (prev.lv === 'of' && after.length > 4 && after.endsWith('ing'))
  )
    return null;
  return undefined;
}

/** The figure whose number starts at token `lead.k0`: the number, then what follows it (unit,
 * currency, percent, counted noun, range), then the checks that turn counts into years, ages and
 * names. `lead.start` may lie before the number (a currency code, a sign, "a"). */
function finish(r: Reading, lead: Lead): Result | null {
  const { S, prev } = r;
  const first = S.at(lead.k0)!;
  const num: NumberRead | null =
    first.t === 'p' && first.v in VULGAR
      ? {
          value: VULGAR[first.v]!,
          next: lead.k0 + 1,
          scale: 0,
          words: false,
          other: true,
          ordinal: false,
          plain: false,
        }
      : readNumber(S, lead.k0, !!lead.currency);
  const fw = first.lv;
  if (first.t === 'w' && SCALES[fw] && prev && VAGUE_BEFORE.has(prev.lv)) {
    // "several thousand people", "a few hundred"
    return vagueTail(r.text, S, lead.k0 + 1, prev.s >= r.floor ? prev.s : lead.start, true);
  }
  if (!num) {
    // Not a number by itself: a vague magnitude, an ordinal, or a bare fraction word.
    if (first.t === 'n') return { skip: first.e };
    if (VAGUE.has(fw)) return vague(r.text, S, lead.k0, lead.start, prev);
    const ord = ORDINALS[fw];
    if (ord !== undefined) return ordinalPhrase(r.text, S, lead.k0 + 1, lead.start, ord);
    if (fw === 'half') return halfPhrase(r.text, S, lead.k0, lead.start, prev);
    return null;
  }
  let value = num.value;
  if (lead.leadDot && num.plain) value = +('0.' + first.v);
  if (value !== null) value *= lead.extraScale;
  if (num.ordinal) return ordinalPhrase(r.text, S, num.next, lead.start, value ?? 0);
  const last = S.at(num.next - 1)!;
  const d: Draft = {
    first,
    last,
    num,
    k: num.next,
    hyph: hyphenedWord(S, num.next),
    start: lead.start,
    end: last.e,
    kind: 'count',
    value,
    unit: null,
    approximate: false,
    currency: lead.currency,
    neg: lead.neg,
    byName: false,
    hedge: '',
  };
  for (const step of STEPS) {
    const out = step(r, lead, d);
    if (out !== undefined) return out;
  }
  return fig(
    r.text,
    d.start,
    d.end,
    d.kind,
    d.value === null ? null : d.neg ? -d.value : d.value,
    d.unit,
    d.approximate,
  );
}

/** The word hyphened to the token at k ("15-member", "3-inch"), or null. */
function hyphenedWord(S: TokenStream, k: number): Tok | null {
  const t = S.at(k);
  const w = S.at(k + 1);
  return t && !t.gap && (t.v === '-' || t.v === '‐') && w && !w.gap && w.t === 'w' ? w : null;
}

/** "percent of 40", "per cent of thirty-six": the spoken order, the percentage word first, when
 * no number stands before it ("5 percent of 10 people" is 5 percent of a count). */
function spokenPercent(r: Reading, _lead: Lead, d: Draft): Step {
  const { text, prev } = r;
  if (prev?.lv !== 'of' || d.currency || d.neg) return undefined;
  let pc = lexBefore(text, prev.s);
  if (pc?.lv === 'cent') pc = lexBefore(text, pc.s)?.lv === 'per' ? lexBefore(text, pc.s) : null;
  else if (pc && pc.lv !== 'percent' && pc.lv !== 'percents') pc = null;
  const before = pc && lexBefore(text, pc.s);
  if (pc && pc.s >= r.floor && !(before && (before.t === 'n' || isNumberWord(before.lv))))
    return fig(text, pc.s, d.end, 'percent', d.value, '%', false);
  return undefined;
}

/** "one in five adults", "four out of five", "2 over 5": a ratio, read as the fraction it is. */
function ratio(r: Reading, _lead: Lead, d: Draft): Step {
  if (d.currency || d.neg || d.value === null || d.num.scale) return undefined;
  // "No. 1 in 12 countries": a rank, then where; no ratio.
  const prev = d.start === r.p ? r.prev : null;
  if (prev?.v === '.' && lexBefore(r.text, prev.s)?.lv === 'no') return undefined;
  const hedge = hedgeBefore(r.text, d.start, d.start === r.p ? r.prev : null);
  const vague = hedge !== '' && !EXACT_HEDGES.has(hedge);
  const hyphened = hyphenedRatio(r.S, d);
  if (hyphened) return fig(r.text, d.start, hyphened.end, 'other', d.value / hyphened.of, null, vague);
  // "nine times out of ten", "three times in four": how often, one figure and not two counts.
  const t = r.S.at(d.k);
  const times = t?.lv === 'times';
  // "one person in five": the noun between the numbers is what is counted, and none follows.
  const noun =
    d.value === 1 && t?.t === 'w' && !STOP.has(t.lv) && !isNumberWord(t.lv) && r.S.at(d.k + 1)?.lv === 'in' ? t : null;
  const ra = ratioAfter(r.S, times || noun ? d.k + 1 : d.k, d.value);
  if (!ra || ((times || noun) && ra.over)) return undefined;
  // Opening a sentence it is the subject and a verb follows ("One child in ten goes"); elsewhere a
  // noun after the second number may be counted ("one seat in 20 districts").
  const a = r.S.at(ra.next);
  if (noun && a?.t === 'w' && !STOP.has(a.lv) && !sentenceStart(r.text, d.start, r.layout)) return undefined;
  const np = ra.over || times || noun ? null : nounPhrase(r.S, ra.next, true, d.value === 1);
  return fig(
    r.text,
    d.start,
    np ? np.end : r.S.at(ra.next - 1)!.e,
    'other',
    d.value / ra.of,
    np ? np.head : noun ? noun.lv : null,
    vague,
  );
}

/** "a one-in-100-year flood", "a 1-in-5 chance": a ratio hyphened into one modifier (its "in" is
 * no inch). The second number, larger and whole, and where it ends; null for anything else. */
function hyphenedRatio(S: TokenStream, d: Draft): { of: number; end: number } | null {
  if (d.hyph?.lv !== 'in' || d.value === null || !Number.isInteger(d.value)) return null;
  const dash = S.at(d.k + 2);
  const second = S.at(d.k + 3);
  if (dash?.v !== '-' || dash.gap || !second || second.gap || (second.t !== 'n' && !isNumberWord(second.lv)))
    return null;
  const n = readNumber(S, d.k + 3);
  if (!n || n.value === null || !Number.isInteger(n.value) || n.value <= d.value || n.other || n.ordinal) return null;
  return { of: n.value, end: S.at(n.next - 1)!.e };
}

/** Listicle item numbers ("1." opening a heading or list item) are not figures. */
function listicleItem(r: Reading, _lead: Lead, d: Draft): Step {
  const { S } = r;
  const mark = S.at(d.k);
  if (
    d.first.t === 'n' &&
    (mark?.v === '.' || mark?.v === ')') &&
    !mark.gap &&
    d.num.plain &&
    S.at(d.k + 1)?.t === 'w' &&
    r.layout.startsBlock(d.first.s)
  )
    return { skip: mark.e };
  // A number standing alone on its line ("8" over a list item's title, "1." and "of 23" in a
  // slideshow's counter) numbers the page, it counts nothing.
  // "60." over "The number of countries that ..." is a figure set out as a callout, and stays.
  const lineEnd = (mark?.v === '.' || mark?.v === ')') && !mark.gap ? mark.e : d.first.e;
  if (d.first.t === 'n' && d.num.plain && lineAlone(r.text, d.first.s, lineEnd) && !calloutAfter(r.text, lineEnd))
    return { skip: d.first.e };
  return undefined;
}

/** Whether the next line opens by saying what a number set out alone stands for ("The number of
 * countries that ...", "The share of voters ..."). */
function calloutAfter(text: string, e: number): boolean {
  const m = /^\s*\n\s*the (number|share|percentage|amount|total|cost|age) /i.exec(text.slice(e, e + 40));
  return m !== null;
}

/** Whether [s, e) is all there is on its line (blank space aside), in a text of more lines (a
 * number that is the whole text is what was asked about). */
function lineAlone(text: string, s: number, e: number): boolean {
  let a = s - 1;
  for (; a >= 0 && text[a] !== '\n'; a--) if (!/[\s\d.)+'’]/.test(text[a]!)) return false;
  let b = e;
  for (; b < text.length && text[b] !== '\n'; b++) if (!/[\s\d.)+'’]/.test(text[b]!)) return false;
  // "400+" in a fact box is more than 400, no mark.
  if (text[b - 1] === '+') return false;
  while (a >= 0 && /\s/.test(text[a]!)) a--;
  while (b < text.length && /\s/.test(text[b]!)) b++;
  return a >= 0 || b < text.length;
}

/** Dates, clock times and years written with digits. */
function dateOrTime(r: Reading, lead: Lead, d: Draft): Step {
  // A clock time in words or digits: "three in the morning", "ten o'clock", "12 noon".
  if (d.currency) return undefined;
  const v = d.value;
  const m =
    v &&
    v <= 12 &&
    /^ (?:o.clock|in the (?:morning|\w*noon|evening)|noon|midnight)\b/.exec(r.text.slice(d.end, d.end + 24));
  if (m) return dateFig(r.text, d.start, d.end + m[0].length);
  if (d.first.t !== 'n') return undefined;
  return dateAround(r.text, r.S, lead.k0, d.num, r.prev, r.floor) ?? undefined;
}

/** Letters glued to the digits: a currency code ("115USD"), a unit ("180ml"), an ordinal suffix
 * ("21st"), a decade ("1990s"), a clock time ("4pm"), or an id ("3D"). */
function gluedLetters(r: Reading, _lead: Lead, d: Draft): Step {
  const { text, S } = r;
  const t = S.at(d.k);
  if (!t || t.gap || t.t !== 'w' || d.last.t !== 'n' || d.currency) return undefined;
  const after = S.at(d.k + 1);
  const alone = !after || after.gap || after.t === 'p';
  if (ORDINAL_SUFFIXES.has(t.lv) && d.num.plain) return ordinalPhrase(text, S, d.k + 1, d.start, d.value ?? 0, true);
  if (t.lv === 's' && d.num.plain) {
    const decade = d.last.v.length === 4;
    // "the 1990s", "in her 40s"; other digits with a plural "s" are models ("747s").
    if (!decade && !(d.last.v.length === 2 && d.last.v.endsWith('0'))) return { skip: skipId(text, r.p) };
    if (!decade) {
      const read = tensBefore(text, d.start);
      if (read === 'decade') return fig(text, d.start, t.e, 'year', null, null, false);
      if (read === 'level') return fig(text, d.start, t.e, 'other', null, null, true);
    }
    return fig(text, d.start, t.e, decade ? 'year' : 'measure', null, decade ? null : 'years old', !decade);
  }
  const cc = currencyCode(t.lv, t.v);
  if (cc) {
    d.currency = cc[0];
    if (d.value !== null) d.value *= cc[1];
  } else if (t.lv === 'x' && alone && d.value !== null && d.kind === 'count' && (t.v === 'x' || d.value < 100)) {
    // ("777X", "7950X": a capital X after a model's digits names the model)
    d.kind = 'other';
    d.unit = 'times'; // a multiplier in digits: "2x", "a 10x increase"
  } else if (t.v === 'p' && alone && d.value !== null && d.value < 1e3 && d.value % 120) {
    // British pence glued to the amount ("up 2p a litre", "closed at 512p"), not a video's lines
    // ("720p", "1080p": multiples of 120).
    d.kind = 'money';
    d.unit = 'pence';
  } else if (t.lv === 'pc' && alone) {
    d.kind = 'percent';
    d.unit = '%'; // British "4pc"
  } else if (AM_PM.has(t.lv) && d.num.plain && d.value !== null && d.value >= 1 && d.value <= 12) {
    return dateFig(text, d.start, t.e);
  } else if (t.v === 'm' && after?.gap && after.t === 'w' && isPlural(after.lv) && d.value !== null) {
    d.value *= 1e6; // "1m people": British shorthand for millions before a counted noun
  } else {
    // "1m 31.4s": a lap time's minutes before seconds, not metres.
    const u = lookupUnit(t.v === 'm' && after?.t === 'n' && S.at(d.k + 2)?.v === 's' ? 'min' : t.lv);
    const capOk = t.v !== 'M' && t.v !== 'B' && t.v !== 'G' && t.v !== 'T';
    const power = u && capOk ? powerAfter(S, d.k + 1, u[1]) : '';
    if (power) {
      // "5000m2", "40cm3": a length to a power, an area or a volume
      d.kind = 'measure';
      d.unit = u![0] + power;
      d.end = after!.e;
      d.k += 2;
      return undefined;
    }
    if (u && capOk && alone) {
      d.kind = 'measure';
      d.unit = t.v === 'C' || t.v === 'F' ? '°' + t.v : u[0];
      // "112km/h", "90km/hr", "30m/s": a length glued to "/h" (or metres to "/s") is a speed.
      const h = S.at(d.k + 2);
      const per = after?.v === '/' && !after.gap && h && !h.gap ? h.lv : '';
      if (SPEED_UNITS.has(u[0]) && (per === 'h' || per === 'hr' || per === 's')) {
        d.unit = u[0] === 'mi' ? 'mph' : u[0] + '/' + per[0];
        d.end = h!.e;
        d.k += 3;
        return undefined;
      }
    } else if ((t.v === 'C' || t.v === 'F') && alone) {
      d.kind = 'measure';
      d.unit = '°' + t.v;
    } else return { skip: skipId(text, r.p) };
  }
  d.end = t.e;
  d.k++;
  return undefined;
}

/** How to read a bare tens with its "s" ("70s"): 'age' after a possessive ("in her 40s", "his
 * mid-20s"); 'decade' after an apostrophe ("the ’90s") or a decade and "and" ("the 1960s and
 * 70s"); 'level' after "the" ("the low 50s" in the polls, "the 30s" of a decade or a heat wave). */
function tensBefore(text: string, s: number): 'age' | 'decade' | 'level' {
  let t = lexBefore(text, s);
  if (t && t.e === s && /^[‘’'`]$/.test(t.v)) return 'decade';
  if (t && (t.v === '-' || t.v === '‐') && t.e === s) t = lexBefore(text, t.s);
  if (t && (TENS_PLACE.has(t.lv) || TENS_LEVEL.has(t.lv))) t = lexBefore(text, t.s);
  if (!t) return 'age';
  // "the 30s" is a decade, a poll's level or a temperature: a level, vague, and never an age.
  if (t.lv === 'the') return 'level';
  if (t.lv === 'and' || t.lv === 'or' || t.lv === 'to') {
    const d = lexBefore(text, t.s);
    const g = d && lexBefore(text, d.s);
    if (d && d.lv === 's' && g && g.t === 'n' && g.v.length === 4 && g.e === d.s) return 'decade';
  }
  return 'age';
}

/** A word or sign after a count that makes it a percentage ("%", "percent", "per cent",
 * "percentage points") or money (a trailing sign, a currency code or name). */
function quantityWord(r: Reading, _lead: Lead, d: Draft): Step {
  const { text, S } = r;
  const t = S.at(d.k);
  if (d.kind !== 'count' || !t) return undefined;
  const lv = t.lv;
  const n1 = S.at(d.k + 1);
  if (t.v === '%' || t.v === '٪') {
    if (n1 && !n1.gap && n1.t !== 'p') return { skip: skipId(text, r.p) };
    d.kind = 'percent';
    d.unit = '%';
    d.end = t.e;
    d.k++;
  } else if (lv === 'percent' || lv === 'pct' || lv === 'percentage' || (lv === 'per' && n1?.lv === 'cent')) {
    d.kind = 'percent';
    d.unit = '%';
    d.end = lv === 'per' ? n1!.e : t.e;
    d.k += lv === 'per' ? 2 : 1;
    const pts = S.at(d.k);
    if (pts && (pts.lv === 'point' || pts.lv === 'points') && (lv === 'percentage' || lv === 'percent')) {
      d.unit = 'percentage points';
      d.end = pts.e;
      d.k++;
    }
  } else if (
    t.t === 'p' &&
    !d.currency &&
    // "10 $ 30 $": a sign between two amounts is the first one's when the second has its own after it.
    (!t.gap || !n1 || n1.t !== 'n' || S.at(d.k + 2)?.v === t.v) &&
    currencySign(t.v)
  ) {
    d.currency = currencySign(t.v);
    d.end = t.e;
    d.k++;
  } else if (t.t === 'p' && n1 && !n1.gap && CURRENCY_SYMBOLS[t.v + n1.v] && !d.currency) {
    // A sign of two characters ("ரூ", the Sri Lankan rupee) lexes as two.
    d.currency = CURRENCY_SYMBOLS[t.v + n1.v]!;
    d.end = n1.e;
    d.k += 2;
  } else if (
    lv === 'grand' &&
    !d.currency &&
    t.gap &&
    d.value !== null &&
    !d.num.scale &&
    (!n1 || n1.t === 'p' || STOP.has(n1.lv))
  ) {
    // "spend 100 grand to", "fifty grand.": thousands of dollars ("two grand pianos" goes on to its noun).
    d.kind = 'money';
    d.currency = 'USD';
    d.value *= 1000;
    d.end = t.e;
    d.k++;
  } else if (!d.currency && (t.t === 'w' || d.hyph)) {
    const named = currencyAfter(S, d.hyph ? d.k + 1 : d.k, !!d.hyph, d.num.scale, d.start);
    // "its 2033 dollar bonds", "the 2030 euro notes": a year, a currency noun and a debt noun name a
    // bond by its maturity and currency, no amount ("2033 dollars on bonds" stays money).
    if (named && !(/^(19|20)\d\d$/.test(d.first.v) && BOND_NOUNS.has(S.at(named.next)?.lv ?? ''))) {
      d.currency = named.code;
      d.end = named.end;
      d.k = named.next;
      d.byName = named.byName;
      if (d.value !== null) d.value *= named.scale;
    }
  }
  // "95% CI", "a 95 percent confidence interval": the level an interval is drawn at names it
  // ("100 percent confidence in" is a figure).
  if (d.kind === 'percent' && /^ (CI|confidence (int|lev))/.test(text.slice(d.end, d.end + 18))) return { skip: d.end };
  // A scale after the currency code: "75 USD million".
  const sc = S.at(d.k);
  if (d.currency && sc && SCALES[sc.lv] && d.value !== null && !d.num.scale) {
    d.value *= SCALES[sc.lv]!;
    d.end = sc.e;
    d.k++;
  }
  return undefined;
}

/** What completes money ("$1.2m", "eleven dollars and sixty-two cents", "$300/night") or a
 * measure ("26.6 megabytes", "3-inch", "98.6 degrees fahrenheit"); a count may become a
 * multiplier ("six times") or count the hyphened word ("15-member panel"). */
function moneyOrMeasure(r: Reading, _lead: Lead, d: Draft): Step {
  const { S } = r;
  if (d.currency) {
    d.kind = 'money';
    d.unit = d.currency;
    moneyTail(S, d);
  } else if (d.kind === 'count') {
    const t = S.at(d.k);
    // "two Mi-8 helicopters": a unit's letters glued to a hyphen and digits are a model's name.
    const model = !d.hyph && t !== undefined && modelRun(S, d.k, false) > d.k;
    const m = model ? null : measureAfter(S, d.hyph ? d.k + 1 : d.k, !!d.hyph, d.num, d.value);
    if (m) {
      d.kind = m.kind ?? 'measure';
      d.unit = m.unit;
      d.end = m.end;
      d.k = m.next;
      if (m.value !== undefined) d.value = m.value;
    } else if (d.hyph && (d.hyph.lv === 'odd' || d.hyph.lv === 'plus')) {
      d.approximate = true;
      d.end = d.hyph.e;
      d.k += 2;
    } else if (d.hyph?.lv === 'fold') {
      // "10-fold", "two-fold": a multiplier, as "tenfold" is.
      d.kind = 'other';
      d.unit = 'times';
      d.end = d.hyph.e;
      d.k += 2;
    } else if (d.hyph && d.hyph.lv !== 'year' && d.hyph.lv !== 'old') {
      // "15-member panel": the hyphenated word is what is counted.
      if (
        (d.num.plain || (d.num.words && d.first.lv !== 'one')) &&
        S.at(d.k + 2)?.v !== '-' &&
        !isNumberWord(d.hyph.lv)
      ) {
        d.unit = d.hyph.lv;
        d.end = d.hyph.e;
        d.k += 2;
      }
    } else if (t && t.t === 'w' && (t.lv === 'times' || t.lv === 'fold')) {
      d.kind = 'other';
      d.unit = 'times';
      d.end = t.e;
      d.k++;
    } else if (d.start === r.p && r.prev?.lv === 'of' && lexBefore(r.text, r.prev.s)?.lv === 'factor') {
      // "by a factor of three": a multiplier.
      d.kind = 'other';
      d.unit = 'times';
    }
  } else if (d.kind === 'measure') {
    const m = measureAfter(S, d.k, false, d.num, d.value, d.unit);
    if (m && m.unit !== d.unit) {
      d.unit = m.unit;
      d.end = m.end;
      d.k = m.next;
      if (m.kind) d.kind = m.kind;
    }
  }
  if (d.kind === 'count' && d.num.other) d.kind = 'other';
  return undefined;
}

/** After an amount of money: a glued scale letter ("$1.2m", "£300bn"), cents after a currency
 * word ("eleven dollars and sixty-two cents", "15 dollars 50"), a rate ("$300/night"). */
function moneyTail(S: TokenStream, d: Draft): void {
  const g = S.at(d.k);
  if (g && !g.gap && g.t === 'w' && MONEY_SUFFIXES[g.lv] && d.value !== null && !d.num.scale) {
    d.value *= MONEY_SUFFIXES[g.lv]!;
    d.end = g.e;
    d.k++;
  }
  const a = S.at(d.k);
  if (a && d.value !== null && d.unit !== null && HAS_CENTS.test(d.unit) && d.unit !== 'JPY' && d.last.t !== 'p') {
    const j = a.lv === 'and' ? d.k + 1 : d.k;
    const sub = S.at(j);
    const spelled = sub !== undefined && (UNITS[sub.lv] !== undefined || TENS[sub.lv] !== undefined);
    // After a sign only "and" with a number in words is read as cents ("C$ 100 and fifty").
    if (sub && (sub.t === 'n' || spelled) && (d.byName || (j > d.k && spelled))) {
      const r = readNumber(S, j);
      if (r && r.value !== null && r.value < 100 && Number.isInteger(r.value)) {
        const c = S.at(r.next);
        const cents = c && (c.lv === 'cent' || c.lv === 'cents');
        const nextT = S.at(r.next + (cents ? 1 : 0));
        // "one dollar and two and three points": another "and" also ends the cents.
        if (cents || !nextT || nextT.t === 'p' || (j > d.k && d.byName && nextT.lv === 'and')) {
          d.value += r.value / 100;
          d.end = cents ? c!.e : S.at(r.next - 1)!.e;
          d.k = r.next + (cents ? 1 : 0);
        }
      }
    }
  }
  const sl = S.at(d.k);
  if (sl?.v === '/' && !sl.gap && S.at(d.k + 1)?.t === 'w' && !S.at(d.k + 1)!.gap) {
    d.end = S.at(d.k + 1)!.e;
    d.k += 2;
  }
}

/** Ranges: "5-7", "between 3 and 4 million", "from 10 to 12 percent", "two or three", "2014-15";
 * and the hedge before the figure, which makes it approximate. */
function range(r: Reading, _lead: Lead, d: Draft): Step {
  const { text, S } = r;
  const conn = S.at(d.k);
  d.hedge = hedgeBefore(text, d.start, d.start === r.p ? r.prev : null);
  d.approximate = d.approximate || (d.hedge !== '' && !EXACT_HEDGES.has(d.hedge));
  const value = d.value;
  if (!conn || value === null) return undefined;
  const score = scoreLine(r, d, conn);
  if (score) return score;
  const year = d.first.t === 'n' && d.num.plain && d.first.v.length === 4 && value >= 1000 && value <= 2099;
  if (!conn.gap && (conn.v === '-' || conn.v === '–') && year && d.kind === 'count') {
    const y = S.at(d.k + 1);
    if (y && !y.gap && y.t === 'n' && (y.v.length === 2 || y.v.length === 4)) {
      const hi = y.v.length === 2 ? Math.floor(value / 100) * 100 + +y.v : +y.v;
      if (hi > value) return fig(text, d.start, y.e, 'year', value, null, false, hi);
    }
  }
  if (
    r.nested ||
    !(
      conn.v === '-' ||
      conn.v === '–' ||
      conn.lv === 'to' ||
      conn.lv === 'or' ||
      // "and" joins a range's ends after "between", and two days of one month ("17 and 18
      // December": the month after the second day, so the first is a day too, no count).
      (conn.lv === 'and' && (d.hedge === 'between' || isMonth(S.at(d.k + 2))))
    )
  )
    return undefined;
  const re = rangeEnd(text, S, d.k + 1, conn.v === '-' && !conn.gap);
  // "between 4 and 9 p.m.", "from 10 to 14 June": a bare day or hour before a date or a time in
  // digits is its first end.
  if (re?.kind === 'date' && d.kind === 'count' && !d.unit && d.num.plain && value <= 31 && S.at(d.k + 1)?.t === 'n')
    return dateFig(text, d.start, re.end);
  // "rose from $4 to $6", "cut staff from three to one": after a word of change in the clause
  // ("went", "were raised", "the increase"), "from A to B" is the old value and the new, two
  // figures; a span of years stays one ("grew from 2009 to 2014"). Only a rise could be read as a
  // range, so the words are those of rising.
  // "rose by 12,000 to 231,000", "fell by 2p to 98p": after a verb of change, "by A to B" is the
  // change and the level reached, two figures, when B dwarfs A; a range's ends are close ("is to
  // rise by 2 to 3 percent").
  const back = text.slice(Math.max(0, d.start - 60), d.start);
  const change =
    !year &&
    (/\b(?:r[io]s|gr[eo]w|went|go(?:es|ne|ing)?\b|\w*creas|climb|jump|rais|boost|doubl)[\w -]* from $/i.test(back) ||
      (/\b(?:r[io]s|gr[eo]w|f[ae]ll|\w*creas|climb|jump|drop|sl[iu])\w* by $/i.test(back) &&
        (re?.value ?? 0) >= 10 * value));
  // "1-222-2222": a chain of dashed numbers is a phone number or an id.
  if (re && (text[re.end] === '-' || text[re.end] === '/') && CLASS[text.charCodeAt(re.end + 1)] === DIGIT && !conn.gap)
    return { skip: skipId(text, re.end) };
  if (re && re.kind !== 'date' && re.value !== null) {
    let lo = value;
    if (
      !d.num.scale &&
      re.scale &&
      lo < re.scale &&
      (d.kind === 'count' || d.kind === re.kind || (d.kind === 'money' && re.kind === 'count' && !re.unit)) && // "$1-2 billion"
      !unitSeen(d.kind, d.unit)
    )
      lo *= re.scale;
    const kindOk =
      (d.kind === re.kind && (!d.unit || !re.unit || d.unit === re.unit)) ||
      (d.kind === 'count' && !d.unit) ||
      // "fell 1.2% to 5,874.3": a percentage and then a bare number are a change and the level it
      // reached, not a range (a range of percentages carries the sign at the end or at both).
      (re.kind === 'count' && !re.unit && d.kind !== 'percent') ||
      (d.kind === 'year' && re.kind === 'year');
    // A change's old value shares the new one's scale ("rose from 1.2 to 1.5 billion").
    if (kindOk && re.value > lo && change) d.value = lo;
    else if (kindOk && re.value > lo) {
      if (d.kind === 'count' && !d.unit) {
        d.kind = re.kind;
        d.unit = re.unit;
        // "aged 65 to 69", "ages 18-29": a range of ages, as "aged 65" is an age.
        if (!d.unit && ageBefore(text, r.prev, d.hedge)) {
          d.kind = 'measure';
          d.unit = 'years old';
        }
      }
      return fig(text, d.start, re.end, d.kind, d.neg ? -lo : lo, d.unit, d.approximate || conn.lv === 'or', re.value);
    }
    // "fell from 10 to 5 percent": the first number shares the second one's unit (a year does not:
    // "from $10 a ton in 2008 to $30").
    if (
      d.kind === 'count' &&
      !d.unit &&
      !year &&
      re.unit &&
      (re.kind === 'percent' || re.kind === 'money') &&
      (conn.lv === 'to' || conn.lv === 'and') &&
      !re.scale
    ) {
      d.kind = re.kind;
      d.unit = re.unit;
    }
  }
  // "222-2222": number-dash-number that is no range and no score is an id.
  const n = S.at(d.k + 1);
  if (conn.v === '-' && !conn.gap && n?.t === 'n' && !n.gap && d.kind === 'count' && !d.unit) return { skip: n.e };
  return undefined;
}

/** Words before a pair of dashed numbers that make it a score or a tally ("won 27-24", "beat
 * them 3-1", "led 24-20", "voted 5-4") even when the first number is the smaller ("lost 20-24"). */
const SCORE_BEFORE = wordSet('won lost beat led trailed voted failed passed approved rejected defeated');
/** Nouns after a pair of dashed numbers that make it a score or a tally ("a 27-24 win", "a 5-4 vote"). */
const SCORE_AFTER = wordSet('win victory defeat loss lead vote ruling');

/** "won 27-24", "Hawks 27-24 Rovers", "6-4, 7-5", "a 5-4 ruling": two whole numbers of up to three
 * digits joined by a dash, the first no smaller than the second (so no range) or a score word
 * around them, are a score or a tally a reader counts, read as one figure. "24-7" is an idiom, and a
 * chain of dashed numbers ("1-222-2222", "4-3-3") an id or a formation. No single value stands
 * for a score, so it has none and a card shows it as written. */
function scoreLine(r: Reading, d: Draft, conn: Tok): Result | null {
  const { S, prev } = r;
  const { first } = d;
  const b = S.at(d.k + 1);
  const after = S.at(d.k + 2);
  // "Chapter 3-2": a label's number. A glued bracket may hold a record ("The Hawks (21-19) play");
  // other glued marks make an id.
  if (
    r.nested ||
    conn.gap ||
    (conn.v !== '-' && conn.v !== '–') ||
    d.unit ||
    d.currency ||
    d.start !== first.s ||
    !d.num.plain ||
    !isDigits(first.v, 1, 3) ||
    !b ||
    b.gap ||
    !isDigits(b.v, 1, 3) ||
    (after && !after.gap && (after.v === '-' || after.v === '–' || after.v === '/')) ||
    (prev && ((prev.e === first.s && prev.v !== '(') || LABEL_NOUNS.has(prev.lv)))
  )
    return null;
  const lo = +first.v;
  const hi = +b.v;
  // A vote earlier in the clause makes it a tally too ("by a vote of 3-6", "voted on it, 2-7").
  const score =
    lo < hi
      ? (SCORE_BEFORE.has(prev?.lv ?? '') ||
          SCORE_AFTER.has(after?.lv ?? '') ||
          /\bvot(?:e[ds]?|ing)\b[^.;]*$/i.test(r.text.slice(Math.max(0, first.s - 40), first.s))) &&
        after?.v !== '%' &&
        !/^per/.test(after?.lv ?? '')
      : lo !== 24 || hi !== 7;
  return score ? fig(r.text, first.s, b.e, 'other', null, 'score', false) : null;
}

/** The counted noun ("12,000 rebel fighters"), and "one" that counts nothing: a pronoun ("one
 * of the", "no one"), an article's "a" ("one way"), or "a hundred"-style read from a bare "a". */
function countedNoun(r: Reading, lead: Lead, d: Draft): Step {
  if (d.kind !== 'count') return undefined;
  const { S, prev } = r;
  if (!d.unit && d.value !== null) {
    // After a preposition ("a petition with 3,400 signatures calls on", "a yield of 172 bushels
    // looks"), an "-s" word after the plural is the verb of the noun the phrase hangs on, as after
    // "one in five adults"; a name's plural ("eight Special Olympics athletes") still modifies.
    const w = S.at(d.k);
    const np = nounPhrase(
      S,
      d.k,
      d.value !== 1,
      !!w && !isCap(w) && /^(with|after|by|of|for|from|in|on|at)$/.test(prev?.lv ?? ''),
    );
    if (np) {
      d.unit = np.head;
      d.end = np.end;
    }
  }
  // "The two have met", "between the two of them", "equate the two.": a number word after "the",
  // "these" or "those" with no noun names people or things already counted, no new figure.
  if (!d.unit && d.first.t === 'w' && !d.num.scale && !d.neg && prev && ANAPHORIC_BEFORE.has(prev.lv)) {
    const nx = S.at(d.k);
    const ofUs = nx?.lv === 'of' && OF_WHOM.has(S.at(d.k + 1)?.lv ?? '');
    // An opening quote or bracket may still lead to the noun ("the three “reforms” he named").
    const opens = nx?.t === 'p' && /^[-$“‘"'([]$/.test(nx.v);
    if (!nx || (nx.t === 'p' && !opens) || ofUs || AFTER_THE_TWO.has(nx.lv)) return null;
  }
  if (d.value !== 1) return undefined;
  if (d.first.t === 'w' && !d.unit && !d.neg) return null; // "one" as a pronoun
  const one = d.first.lv === 'one';
  // "the only one strong enough": "only" after "the" makes "one" a pronoun, not a count.
  if (one && prev?.lv === 'only' && lexBefore(r.text, prev.s)?.lv === 'the') return null;
  if (lead.fromA) return null; // "a hundred"-style only with a number word
  // "one way", "one analyst said", "One moment": "one" before a noun is mostly the article "a";
  // it is a count when a limiter says so ("only one candidate", "at least one person").
  if (one && !d.neg && !(prev && ONE_COUNTED_AFTER.has(prev.lv))) return null;
  return undefined;
}

/** Words before "to" or "from" that make a decimal after it a version ("the update to 15.2",
 * "upgraded from 14.1"). */
const UPDATE_WORDS = wordSet('update updated upgrade upgraded patch firmware release');

/** A decimal that numbers a version, not a quantity: after a product's name ("PulseOS 15.2",
 * "macOS 14.1"), a label ("version 15.2", "release 2.1") or an update ("the update to 15.2"). A
 * decimal with a unit or a currency ("raised 15.2 percent") is a quantity and stays. */
function versionNumber(r: Reading, _lead: Lead, d: Draft): Step {
  const { prev, text } = r;
  if (d.kind !== 'count' || d.unit || d.currency || d.num.scale || !prev || prev.e === d.start) return undefined;
  const w = prev.lv === 'to' || prev.lv === 'from' ? lexBefore(text, prev.s) : prev;
  const named =
    w &&
    (LABEL_NOUNS.has(w.lv) ||
      UPDATE_WORDS.has(w.lv) ||
      (w === prev && (isCamel(w) || (isCap(w) && !STOP.has(w.lv) && !sentenceStart(text, w.s, r.layout)))));
  // "game two", "season four of": a number word right after a noun of a contest's or a show's
  // sequence, counting nothing, names which one (a version's number word is left a number).
  return named &&
    (d.first.v.includes('.') || (d.first.t === 'w' && /^(?:game|round|stage|season|episode|week)$/.test(prev.lv)))
    ? { skip: d.end }
    : undefined;
}

/** Plain digits that are no count: a year ("in 2016"), an age ("Parry, 21,", "aged 21"), a rank
 * ("No. 1"), a model, label or name ("737 MAX", "version 10", "Apollo 11"). */
function yearAgeRankOrName(r: Reading, _lead: Lead, d: Draft): Step {
  const { text, S, prev, layout } = r;
  const { first, num, value } = d;
  // "Flat 4B", "seat 1B", "the 12B bus": a capital B glued to digits, with no currency and nothing
  // counted, is an id's letter like the A of "1A", not billions ("7B users", "$4B" are).
  if (d.kind === 'count' && !d.unit && d.last.v === 'B') return { skip: d.end };
  if (d.kind !== 'count' || first.t !== 'n') return undefined;
  // A calling word right before a bare number ("Text 1520", "helpline 116 123"; "called 2016 a
  // turning point" stays a year), or "report" or one up to seven words before an "on" in the
  // clause ("Report swarms on 1520"), makes it a number to ring, not a year or a count.
  if (!d.unit)
    for (let i = 8, w = prev; w?.t === 'w' && i--; w = prev!.lv === 'on' ? lexBefore(text, w.s) : null)
      if (CALLING.test(w.lv) || (w.lv === 'report' && i < 6)) return { skip: d.end };
  if (!num.plain) return undefined;
  // "7-Eleven": digits hyphened to a capitalised number word are a name.
  if (d.hyph && isCap(d.hyph) && isNumberWord(d.hyph.lv)) return { skip: d.hyph.e };
  // "its 10-K filing", "an 8-K", "3-D glasses": digits hyphened to one capital letter are a
  // form's or a format's name.
  // So do digits hyphened to "upper" or "lower" ("a 6-upper quake", "shindo 5-lower"): a level of
  // a scale (Japan's seismic intensity), no count.
  if (d.hyph && ((d.hyph.v.length === 1 && isCap(d.hyph)) || /^(upp|low)er$/.test(d.hyph.lv)))
    return { skip: d.hyph.e };
  // "the 1400 block of Cannon Street": a US police report's address, no quantity and no year.
  if (S.at(num.next)?.lv === 'block' && S.at(num.next + 1)?.lv === 'of') return { skip: d.end };
  // "1200 Fair Way", "22 Elm Ave": a street address (a year stays one: "in 1999 Abbey Road ...").
  const street = streetEnd(S, num.next);
  if (street && !(YEAR_BEFORE.has(prev?.lv ?? '') && first.v.length === 4)) return { skip: street };
  // Years: plain four digits, no counted noun, 1000..2099 ("in 2016", "late 2016", "the 2016 election").
  // "Form 1040": a capitalised word before digits no year could be is a name.
  const early = value !== null && value < 1500 && prev !== null && prev.t === 'w' && isCap(prev) && !STOP.has(prev.lv);
  if (!num.scale && value !== null && first.v.length === 4 && value >= 1000 && value <= 2099 && !early) {
    // "2000 people" is a count, "below 1990 levels" a year.
    // "the 2016 candidates", "his 2013 amendments", "2016 Democrats" opening a headline: a year
    // naming which ones; a count of 1,900 or more is written with a comma after a determiner.
    const modern = value >= 1900;
    const named =
      modern &&
      (YEAR_NAMED_NOUNS.has(S.at(num.next)?.lv ?? '') ||
        (prev
          ? YEAR_BEFORE.has(prev.lv) || YEAR_DETERMINERS.has(prev.lv)
          : isCap(S.at(num.next) ?? first) && S.at(num.next) !== undefined));
    if (!d.unit || !plainPlural(S.at(num.next)) || named) {
      return fig(text, d.start, first.e, 'year', value, null, d.approximate);
    }
  }
  // "150 BC", "AD 60": a year of the ancient calendar (before Christ counted below zero).
  const era = S.at(d.k);
  if (value !== null && !num.scale && era && era.t === 'w' && ERA_AFTER.has(era.v))
    return fig(text, d.start, era.e, 'year', -value, null, d.approximate);
  if (value !== null && !num.scale && prev && prev.t === 'w' && ERA_BEFORE.has(prev.v) && prev.s >= r.floor)
    return fig(text, prev.s, first.e, 'year', value, null, d.approximate);
  // An age in apposition: "Ann Lee, 34, was hired ...", or ending a line ("Ann Lee, 34" over a
  // victim's paragraph), or in brackets as British papers give it ("Ann Lee (34), from Leeds"),
  // within a line ("Comments (37)" on a line of its own counts replies).
  const next = S.at(d.k);
  if (
    !d.unit &&
    value !== null &&
    value > 0 &&
    value < 120 &&
    (prev?.v === ',' || (prev?.v === '(' && !/^\)\s*\n/.test(text.slice(first.e, first.e + 3)))) &&
    (!next || AFTER_APPOSITION.has(next.v) || text.slice(first.e, next.s).includes('\n'))
  ) {
    // After a name ("Ann Lee, 34,"), or a description set off by two commas ("the singer, 29,",
    // not a table's "Seats won by the party, 31") but not one after a possessive or demonstrative
    // (HALF_OF_WHAT's words): "her father, 84," is the source's kin, whose age the source tells.
    const nm = lexBefore(text, prev.s);
    if (nm && nm.t === 'w' && (isCap(nm) || (next?.v === ',' && !HALF_OF_WHAT.has(lexBefore(text, nm.s)?.lv ?? '')))) {
      d.kind = 'measure';
      d.unit = 'years old';
      return undefined;
    }
  }
  // "No. 1", "the No. 3 official", "world No 1", "the No 8": a rank or a place's number, no count.
  const no = prev?.v === '.' ? lexBefore(text, prev.s) : prev;
  if (no && (no === prev ? no.v === 'No' : no.e === prev!.s && no.lv === 'no'))
    return /^w(?:ear|or[en])/.test(lexBefore(text, no.s)?.lv ?? '')
      ? { skip: first.e }
      : fig(text, no.s, first.e, 'ordinal', value, null, false);
  // "aged 21", "until age 5": an age.
  // "she turned 40", "he died at 90": an age too.
  const ageVerb =
    prev !== null && (TURNED.has(prev.lv) || (prev.lv === 'at' && DIED.has(lexBefore(text, prev.s)?.lv ?? '')));
  if (!d.unit && prev && (ageBefore(text, prev, d.hedge) || ageVerb) && value !== null && value < 130) {
    d.kind = 'measure';
    d.unit = 'years old';
    return undefined;
  }
  // A bare number before a capitalised word is a model or a name: "737 MAX", "Route 66 Diner".
  const after = S.at(d.k);
  if (
    !d.unit &&
    after &&
    after.t === 'w' &&
    isCap(after) &&
    !MONTHS.has(after.lv) &&
    !layout.inHeading(d.start) &&
    !sentenceStart(text, after.s, layout)
  )
    return { skip: d.end };
  // "the 47 bus", "the 12 route": between "the" and a label noun, the number names which one.
  if (!d.unit && prev?.lv === 'the' && LABEL_NOUNS.has(after?.lv ?? '')) return { skip: d.end };
  // A label noun before the number makes it an id: "version 10", "flight 370", "type 2 diabetes",
  // capitalised too where a headline's counted noun would keep it ("Stage 6 load-shedding returns");
  // so does a word in camel case ("iPhone 15", "eBay 2") and a number right after another ("50 787
  // jets", "three 737 Max planes": the first counts, the second names the model).
  if (
    prev &&
    prev.e < d.start &&
    (labelled(text, prev, /^(and|or)$/.test(after?.lv ?? ''), d.unit) ||
      (prev.t === 'w'
        ? isCamel(prev) || (d.unit !== null && !d.hyph && (UNITS[prev.lv] ?? TENS[prev.lv]) !== undefined)
        : prev.t === 'n' && d.unit !== null && !isDigits(prev.v, 4, 4)))
  )
    return { skip: d.end };
  // A verb of telephoning right before the number, or up to three words before an "on" there
  // ("call us on 101", "ring Kellford Police on 101"), makes it a number to ring.
  if (!d.unit)
    for (let i = 4, w = prev; w && i--; w = prev!.lv === 'on' ? lexBefore(text, w.s) : null)
      if (PHONE_VERBS.has(w.lv)) return { skip: d.end };
  // An emergency number (911, 999, 112) is one to ring unless it counts a noun other than "calls":
  // "a 911 call", "the 999 line", "911 calls", but "112 standardized tests".
  if (/^(911|999|112)$/.test(first.v) && (!d.unit || d.unit === 'calls')) return { skip: d.end };
  // Boeing's model numbers before a word for aircraft ("787 jets", "the 737 planes") or alone
  // after an article ("the 747 landed").
  if (
    first.v.length === 3 &&
    first.v[0] === '7' &&
    first.v[2] === '7' &&
    (d.unit !== null ? AIRCRAFT.has(S.at(num.next)?.lv ?? '') : prev?.lv === 'the' || prev?.lv === 'a')
  )
    return { skip: d.end };
  // "a top 10 list", "the top 5": a rank, unless it counts something ("the top 10 earners").
  if (!d.unit && prev?.lv === 'top') return { skip: d.end };
  // Bare capitalised word + number is a name: "Apollo 11", "Windows 10", "Article 5".
  if (
    prev &&
    prev.t === 'w' &&
    prev.e < d.start &&
    isCap(prev) &&
    !STOP.has(prev.lv) &&
    !d.currency &&
    !HEDGES.has(prev.lv) &&
    (!d.unit || !(layout.inHeading(d.start) || (sentenceStart(text, prev.s, layout) && openerWord(prev))))
  ) {
    return { skip: d.end };
  }
  return undefined;
}

/** An age word before the number ("aged 21"), before its one-word hedge ("aged about 40", "aged
 * between 74 and 91": a range of ages, one figure) or before an age it is joined to by "and" ("aged
 * 74 and 91": a second age, its own figure). */
function ageBefore(text: string, w: Tok | null, hedge: string): boolean {
  if (w && (hedge || (w.lv === 'and' && (w = lexBefore(text, w.s))?.t === 'n'))) w = lexBefore(text, w!.s);
  return AGE_WORDS.has(w?.lv ?? '');
}

/** Nouns that end a street's name ("Fair Way", "Elm Ave", "Cedar Flat Rd"). */
const STREET_NOUNS = wordSet(
  'street st avenue ave road rd boulevard blvd lane ln drive dr way court ct parkway pkwy highway hwy terrace',
);

/** Where a street's name from token k ends: one to three capitalised words and a street noun
 * ("St" or "Dr" before a name is a saint's or a doctor's), none a closed-class word as titles
 * capitalise them ("3 Words On Highway Signs"); 0 when there is none. */
function streetEnd(S: TokenStream, k: number): number {
  for (let j = k; j < k + 4; j++) {
    const t = S.at(j);
    if (!t || t.t !== 'w' || !isCap(t) || STOP.has(t.lv)) return 0;
    const n = S.at(S.at(j + 1)?.v === '.' ? j + 2 : j + 1);
    if (j > k && STREET_NOUNS.has(t.lv) && !(t.v.length === 2 && n?.t === 'w' && isCap(n))) return t.e;
  }
  return 0;
}

/** A sentence's first word that may stand before a count: a closed-class word (an adverb in
 * "-ly", a participle in "-ing", a number word, a month, a time or clause opener); a noun there
 * names the number ("Windows 11 runs on ...", "Chapter 11 filings rose"). */
function openerWord(w: Tok): boolean {
  return /(?:ly|ing)$/.test(w.lv) || isNumberWord(w.lv) || isMonth(w) || OPENERS.has(w.lv);
}
const OPENERS = wordSet('now yet once today yesterday despite amid unlike upon beyond both exactly');

/** "number" as a verb ("users number 400 million", "to number 40"): after a plural subject or a
 * word of the verb's group, where the noun ("the number 9 bus", "jersey number 10") has a
 * determiner or a singular noun. */
function numberVerb(text: string, w: Tok): boolean {
  const b = w.lv === 'number' && lexBefore(text, w.s);
  return !!b && b.t === 'w' && !ORDINAL_DETERMINERS.has(b.lv) && (STOP.has(b.lv) || isPlural(b.lv));
}

/** Does the token before a number make it a label's: a label noun ("line 4"), a colon after one
 * opening a line ("Phase: 2"; singular, as "Pages: 352" counts, unless a list follows), or "and"
 * or "or" after such a number with nothing counted ("lines 2 and 4", "Lines: 2 and 4"). `unit`
 * is the counted noun, or any string once a list is taken (one level, so a chain stays linear). */
function labelled(text: string, p: Tok | null, list: boolean, unit?: string | null): boolean {
  const w = p && lexBefore(text, p.s);
  return (
    !!p &&
    (!unit && w?.t === 'n' && /^(and|or)$/.test(p.lv)
      ? labelled(text, lexBefore(text, w.s), true, '-')
      : p.v === ':'
        ? !!w && LABEL_NOUNS.has(w.lv) && (list || !LABEL_NOUNS.has(w.lv.slice(0, -1))) && !lexBefore(text, w.s)
        : // A school year ("Year 10 students") is a label too, "Year" capitalised mid-sentence (not
          // a title-case headline's "Last Year 10 Jobs Went").
          (LABEL_NOUNS.has(p.lv) || (p.v === 'Year' && !(w && isCap(w)))) && !numberVerb(text, p))
  );
}

/** A word in camel case, a product name ("iPhone", "eBay", "macOS"). */
function isCamel(t: Tok): boolean {
  return isAsciiLower(t.v.charCodeAt(0)) && t.v !== t.lv;
}

/** "in five", "out of five", "over 5" after a number: the ratio's second number, when it is
 * larger and no unit follows it ("one in 10 years" is a span of time, "3 in 2016" a year). */
function ratioAfter(S: TokenStream, k: number, value: number): { of: number; next: number; over: boolean } | null {
  const a = S.at(k);
  if (!a || a.t !== 'w') return null;
  let j = a.lv === 'in' ? k + 1 : a.lv === 'out' && S.at(k + 1)?.lv === 'of' ? k + 2 : a.lv === 'over' ? k + 1 : -1;
  if (j < 0) return null;
  if (a.lv !== 'over' && S.at(j)?.lv === 'every') j++; // "one in every four"
  const b = S.at(j);
  // "one in a million" reads its second number as "a million".
  const am = b?.lv === 'a' && SCALES[S.at(j + 1)?.lv ?? ''] !== undefined;
  if (!b || (b.t !== 'n' && !isNumberWord(b.lv) && !am) || isDigits(b.v, 4, 4)) return null; // "3 in 2016" is a year
  const r = readNumber(S, j);
  if (
    !r ||
    r.value === null ||
    r.value <= value ||
    !Number.isInteger(r.value) ||
    !Number.isInteger(value) ||
    r.other ||
    r.ordinal
  )
    return null;
  const after = S.at(r.next);
  if (after && after.t === 'w' && lookupUnit(after.lv)) return null;
  // "2 over 5" is a fraction only standing alone; "one in five" and "four out of five" may count a noun.
  // A word that cannot be counted ("2 over 5 at best", "one over three is") leaves it standing alone.
  if (a.lv === 'over' && after && after.t !== 'p' && !(after.t === 'w' && STOP.has(after.lv))) return null;
  return { of: r.value, next: r.next, over: a.lv === 'over' };
}

function unitSeen(kind: FigureKind, unit: string | null): boolean {
  return kind !== 'count' && kind !== 'percent' && unit !== null && kind !== 'money';
}

function plainPlural(t: Tok | undefined): boolean {
  return !!t && t.t === 'w' && isPlural(t.lv);
}

function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (isNumberWord(w)) return false;
  return (
    w.length > 2 &&
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !w.endsWith('us') &&
    !w.endsWith('sis') &&
    !w.endsWith('xis') &&
    !NOT_PLURAL.has(w) &&
    !STOP.has(w)
  );
}

/** A currency written after an amount, from token q: a code ("300 PLN", "5 MEUR"), a name
 * ("Swiss francs", "South African rand", "kuna"), or a name after one qualifier the platform does
 * not know ("Confederate dollars", "new shekels"). A lone noun that is also an English word
 * ("pounds", "marks") is money only after an amount scaled by at least a thousand (`scale`), or
 * before "sterling". `hyph`: the word is hyphened to the number ("12-cent"), so no qualifier. */
function currencyAfter(
  S: TokenStream,
  q: number,
  hyph: boolean,
  scale: number,
  amountStart = -1,
): { code: string; end: number; next: number; scale: number; byName: boolean } | null {
  const words: string[] = [];
  for (let m = 0; m < 4; m++) {
    const t = S.at(q + m);
    if (!t || t.t !== 'w') break;
    words.push(t.lv);
  }
  for (let skip = 0; skip <= (hyph ? 0 : 1) && skip < words.length; skip++) {
    const t = S.at(q + skip)!;
    const glued = S.at(q + skip + 1);
    if (glued && !glued.gap && glued.t === 'n') return null; // "3 USD50 cards": the code belongs to the next amount
    // A code after a qualifier must be written as one ("new TWD"); a millions code starts with "M".
    const cc = currencyCode(t.lv, t.v);
    if (cc && (cc[1] > 1 ? t.v[0] === 'M' : skip === 0 || t.v !== t.lv))
      return { code: cc[0], end: t.e, next: q + skip + 1, scale: cc[1], byName: false };
    const named = currencyNamed(words.slice(skip));
    // A lone currency noun written with a capital before another is a name ("8 Rand Paul" in a
    // ranked list); before a word in lower case it is money ("500 Euros for", "a 20 Dollar bill").
    const nx = S.at(q + 1);
    const name =
      named !== null &&
      named.words === 1 &&
      skip === 0 &&
      isCap(t) &&
      t.v !== t.v.toUpperCase() &&
      nx?.t === 'w' &&
      isCap(nx);
    // "2 Finnish marks", "60 convertible marks": a nationality (or "convertible") makes a noun
    // that is also an English word money.
    const qualifier = S.at(q);
    // A scaled amount makes a homograph money ("3 million won"), but "the 1 million mark" is a milestone.
    const national =
      skip === 1 &&
      qualifier !== undefined &&
      ((isCap(qualifier) && NATIONALITY_ENDING.test(qualifier.lv)) || qualifier.lv === 'convertible');
    if (
      named &&
      !name &&
      (!named.homograph ||
        national ||
        (scale >= 1e3 && t.lv !== 'mark' && !(named.code === 'GBP' && poundsWeigh(S, q + skip + 1))) ||
        (skip === 0 && amountStart >= 0 && paidAmount(S, amountStart, q + 1)) ||
        (named.code === 'GBP' && S.at(q + skip + 1)?.lv === 'sterling') ||
        // "700,000 won until 2027" in a text that counts in won ("3 million won"): the noun before
        // a pause, a preposition or "a"/"per"; the verb takes an object ("the top 3 won the cup").
        (t.lv === 'won' &&
          /illion won/.test(S.text) &&
          /^(|\W.*|a|per|until|for|in|to|now)$/.test(S.at(q + 1)?.v ?? '')))
    ) {
      const last = S.at(q + skip + named.words - 1)!;
      // After a qualifier the platform does not name, a shared noun is no particular currency;
      // alone, it is the money of the country the text names ("pesos" in a Chilean story).
      const code = !named.shared ? named.code : skip > 0 ? last.lv : homeOf(S.text, named.code);
      return { code, end: last.e, next: q + skip + named.words, scale: 1, byName: true };
    }
    if (named || (STOP.has(t.lv) && t.lv !== 'us')) return null;
  }
  return null;
}

/** Words of paying and costing that make the amount after them money ("paid 500 pounds", "a
 * fine of 40 marks"): a homograph currency noun alone ("pounds", "marks", "real") after such a
 * word is a currency, not a weight or a score. */
const PAYING_WORDS = wordSet(
  'pay paid pays paying payment+ fine fined fines cost+ costing price priced fee+ charge charged ' +
    'salary wage+ grant+ compensation award awarded bonus bonuses spend spent spending raised donated donation ' +
    'earn+ earned earning owe owed owes rent bill loan+ budget reward',
);

/** Whether the amount starting at `start` follows a paying word, directly or through "of" ("payments
 * of 500 pounds"), and is not a quantity of something (`next`, the token after the noun, is not
 * "of": "paid 500 pounds of beef" is weight). */
function paidAmount(S: TokenStream, start: number, next: number): boolean {
  if (S.at(next)?.lv === 'of') return false;
  let w = lexBefore(S.text, start);
  if (w?.lv === 'of') w = lexBefore(S.text, w.s);
  return w !== null && w.t === 'w' && PAYING_WORDS.has(w.lv);
}

/** The text last read by `textDollar`, and what it found: one scan per article. */
let dollarText = '';
let dollarAnswer = false;
let dollarOf = '';

/** The dollar a bare "$" stands for: the text's own, when it names exactly one dollar, by a
 * prefixed sign ("A$2 billion", "NZ$40"), and that is not the US's ("US$"); else USD. An
 * Australian outlet writes most amounts "$310 million". A sign's capitals are its key in
 * SIGN_PREFIXES; "R$" (reais) is no dollar. A "$" in brackets ("A$9 million ($6 million)") is a
 * wire's conversion to US dollars, so "$" stays USD. The dollar named in words is no evidence: a US
 * outlet writes "30 Canadian dollars, about $22". Also notes in `dollarAnswer` whether the text
 * writes money with "$" and never with "£": its pounds are weight. */
function textDollar(text: string): string {
  if (text !== dollarText) {
    dollarText = text;
    dollarAnswer = text.includes('$') && !text.includes('£');
    const keys = new Set(text.match(/(?<![\w.])([A-QS-Z.]+|\()\$\d/g)?.map((w) => w.replace(/[^A-Z]/g, '')));
    dollarOf = (keys.size === 1 && SIGN_PREFIXES[[...keys][0]!.toLowerCase() + '$']) || 'USD';
  }
  return dollarOf;
}

/** "29.4 million pounds" of a catch in an article that counts money in dollars only: weight,
 * unless a converted amount in dollars follows in brackets ("2 million pounds ($2.5 million)")
 * or "sterling" does. `k` is the token after "pounds". */
function poundsWeigh(S: TokenStream, k: number): boolean {
  const a = S.at(k);
  if (a?.lv === 'sterling' || (a?.v === '(' && /^(?:US)?\$/.test(S.text.slice(a.e, a.e + 3)))) return false;
  textDollar(S.text);
  return dollarAnswer;
}

interface Measure {
  unit: string;
  end: number;
  next: number;
  value?: number;
  kind?: FigureKind;
}

/** A unit of measure starting at token k (after a hyphen when `hyph`): "km", "square meters",
 * "miles an hour", "degrees fahrenheit", "years old", "5 ft 2 in". */
function measureAfter(
  S: TokenStream,
  k: number,
  hyph: boolean,
  num: NumberRead,
  value: number | null,
  have?: string | null,
): Measure | null {
  let t = S.at(k);
  if (!t || (t.t !== 'w' && t.v !== '°' && t.v !== '"' && t.v !== '[')) return null;
  let unit: string | null = have ?? null;
  let i = k;
  let kind: FigureKind | undefined;
  if (!have) {
    let pre = '';
    if (UNIT_PREFIXES.has(t.lv)) {
      pre = t.lv;
      t = S.at(++i);
      // "a 1.2 million-square-foot warehouse": in a compound adjective a hyphen joins the prefix to its unit.
      if (t?.v === '-' && !t.gap) t = S.at(++i);
      if (!t) return null;
    }
    if (t.v === '[' && S.at(i + 2)?.v === ']') {
      const u = lookupUnit(S.at(i + 1)!.lv);
      if (!u) return null;
      return { unit: u[0], end: S.at(i + 2)!.e, next: i + 3 };
    }
    if (t.v === '"' && !pre && !hyph && DIMENSIONS.has(S.at(i + 1)?.lv ?? ''))
      return { unit: 'in', end: t.e, next: i + 1 };
    // "4 light years", "4 light-years", "a 25 basis point cut": the unit of two words.
    const h = S.at(i + 1)?.v === '-' ? 2 : 1;
    const two =
      /^(light|basis)$/.test(t.lv) && /^(year|point)s?$/.test(S.at(i + h)?.lv ?? '') && t.lv + '-' + S.at(i + h)!.lv;
    if (two) t = S.at((i += h))!;
    const u = lookupUnit(two || t.lv);
    if (!u) return null;
    // Short ambiguous abbreviations need the number glued to them (handled by the caller) or a clear context.
    if (t.gap && AMBIGUOUS_UNITS.has(t.lv)) return null;
    if (NOT_UNITS_AS_WRITTEN.has(t.v)) return null;
    if (t.lv === 'second' && value !== 1 && !hyph) return null;
    if (u[1] === 'time' && t.lv.endsWith('s') && hyph) return null;
    // "four century-old schooners", "two decade-old cars": a span longer than any age hyphened
    // to "old" after a spaced number is an adjective of the noun the number counts, not a length
    // of time ("25 year-old son" stays an age).
    if (LONG_SPANS.has(t.lv) && t.gap && !hyph && value !== 1 && oldHyphened(S, i + 1)) return null;
    unit = u[0];
    const power = pre ? '' : powerAfter(S, i + 1, u[1]);
    if (power) {
      unit += power;
      i++;
    }
    if (pre === 'square' || pre === 'sq') unit += '²';
    else if (pre === 'cubic') unit += '³';
    else if (pre === 'metric') unit = 't';
    i++;
  }
  let end = S.at(i - 1)!.e;
  const a = S.at(i);
  const b = S.at(i + 1);
  // "miles an hour", "km per hour", "km/h"
  if (
    a &&
    b &&
    (((a.lv === 'an' || a.lv === 'per' || a.lv === 'a') && (b.lv === 'hour' || b.lv === 'second')) ||
      (a.v === '/' && (b.lv === 'h' || b.lv === 's'))) &&
    SPEED_UNITS.has(unit!)
  ) {
    // "58 kilometers per second", "58 km/s": a speed too (else "second" was read as a rank).
    unit = unit === 'mi' && b.lv[0] === 'h' ? 'mph' : unit + '/' + b.lv[0];
    end = b.e;
    i += 2;
  } else if (a?.v === '-' && !a.gap && b && !b.gap && lookupUnit(b.lv)) {
    // Units joined by a hyphen are one unit: "acre-feet", "kilowatt-hours", "foot-pounds".
    unit += '-' + lookupUnit(b.lv)![0];
    end = b.e;
    i += 2;
  } else if (a && (unit === '°' || unit === '°C' || unit === '°F') && TEMPERATURE_SCALES.has(a.lv)) {
    unit = a.lv.startsWith('c') ? '°C' : '°F';
    end = a.e;
    i++;
  } else if (
    unit === '°' &&
    (a?.lv === 'angle' || turnedBefore(S.text, S.at(0)!.s) || SIDES.has(lexBefore(S.text, S.at(0)!.s)?.lv ?? ''))
  ) {
    unit = 'degrees'; // an angle, not a temperature
  } else if (
    a &&
    AGE_UNITS.has(unit!) &&
    // "6-year-olds": the plural noun of an age is that age too.
    (a.lv === 'old' ||
      (a.v === '-' && !a.gap && (b?.lv === 'old' || b?.lv === 'olds')) ||
      (a.lv === 'of' && b?.lv === 'age'))
  ) {
    unit = unit + ' old';
    kind = 'measure';
    end = a.lv === 'old' ? a.e : b!.e;
    i += a.lv === 'old' ? 1 : 2;
  } else if (a && b && unit === 'ft' && (a.t === 'n' || UNITS[a.lv] !== undefined)) {
    // "5 ft 2 in", "5 feet 2 inches"
    const r = readNumber(S, i);
    const inch = r && S.at(r.next);
    if (r && r.value !== null && inch && INCHES.has(inch.lv) && value !== null) {
      return { unit: 'ft', end: inch.e, next: r.next + 1, value: value + r.value / 12 };
    }
  } else if (a && b && unit === 'lb' && (a.t === 'n' || UNITS[a.lv] !== undefined)) {
    // "7 pounds 3 ounces"
    const r = readNumber(S, i);
    const oz = r && S.at(r.next);
    if (r && r.value !== null && oz && (oz.lv === 'ounce' || oz.lv === 'ounces' || oz.lv === 'oz') && value !== null) {
      return { unit: 'lb', end: oz.e, next: r.next + 1, value: value + r.value / 16 };
    }
  }
  // "5 degrees below zero", "10 degrees Fahrenheit below zero"
  if ((unit === '°' || unit === '°C' || unit === '°F') && value !== null) {
    const below = S.at(i);
    const zero = S.at(i + 1);
    if (below?.lv === 'below' && zero?.lv === 'zero') return { unit, end: zero.e, next: i + 2, value: -value, kind };
  }
  return { unit: unit!, end, next: i, kind };
}

/** "-old" glued after the token before `k`: the hyphen and "old" at k, k + 1. */
function oldHyphened(S: TokenStream, k: number): boolean {
  const a = S.at(k);
  const b = S.at(k + 1);
  return !!a && !a.gap && a.v === '-' && !!b && !b.gap && b.lv === 'old';
}

/** The second end of a range: a number, optionally with its own scale and unit. */
interface RangeEnd {
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  scale: number;
}

function rangeEnd(text: string, S: TokenStream, k: number, tight: boolean): RangeEnd | null {
  const t = S.at(k);
  if (!t) return null;
  if (tight && (t.gap || t.t !== 'n')) return null;
  // "between a quarter and a third": read from the word after "a", which reads back to it.
  const a = t.lv === 'a' ? S.at(k + 1) : null;
  if (
    !a &&
    t.t !== 'n' &&
    !(t.t === 'w' && (UNITS[t.lv] !== undefined || TENS[t.lv] !== undefined)) &&
    !(t.t === 'p' && currencySign(t.v))
  )
    return null;
  // Parse the second end on its own (a fresh stream so it sees its own context).
  const r = parseFigure(text, (a ?? t).s, t.s, NO_BLOCKS, true);
  if (!r || 'skip' in r) return null;
  const S2 = new TokenStream(text, t.s);
  const n = readNumber(S2, S2.at(0)?.t === 'p' ? 1 : 0);
  return { end: r.end, kind: r.kind, value: r.value, unit: r.unit, scale: n?.scale ?? 0 };
}

/** The counted noun after a number: the first plural noun within a few words, with the words
 * between as its modifiers ("12,000 rebel fighters", "300 army supply depots"). */
function nounPhrase(S: TokenStream, k: number, plural: boolean, single = false): { head: string; end: number } | null {
  if (!plural) {
    // "one tweet", "one recent attempt"; "one hell of a way" is an idiom.
    const np = singularPhrase(S, k, 2);
    return np && S.at(np.next)?.lv !== 'of' && !(S.at(np.next)?.lv === 'or' && S.at(np.next + 1)?.lv === 'another')
      ? np
      : null;
  }
  let i = k;
  let afterModel = false;
  for (let n = 0; n < 4; n++) {
    // A model designation between the number and its noun counts the noun: "30 Boeing 787 jets",
    // "12 T-72 tanks", "two A350-900 aircraft" (a glued run of letters, digits and hyphens with a
    // digit in it, opening with a capital or following a capitalised maker).
    const modelEnd = modelRun(S, i, n > 0 && isCap(S.at(i - 1)!));
    if (modelEnd > i) {
      i = modelEnd;
      afterModel = true;
      continue;
    }
    let t = S.at(i);
    if (
      !t ||
      t.t !== 'w' ||
      STOP.has(t.lv) ||
      (n > 0 && isCap(t) && !isCap(S.at(i - 1)!) && !afterModel && t.lv !== 'u.s.') ||
      // a second number opens a figure of its own ("Route 9 hurt six people"), unless hyphened
      // into a modifier ("3 two-bedroom flats")
      ((UNITS[t.lv] ?? TENS[t.lv]) !== undefined && S.at(i + 1)?.v !== '-')
    )
      return null;
    afterModel = false;
    let e = t.e;
    // hyphenated modifiers: "bomb-laden", "long-range"
    while (S.at(i + 1)?.v === '-' && !S.at(i + 1)!.gap && S.at(i + 2)?.t === 'w' && !S.at(i + 2)!.gap) {
      i += 2;
      t = S.at(i)!;
      e = t.e;
    }
    if (isPlural(t.lv)) {
      // "police officers": a plural noun right after the head is the real head; after a plural that
      // names no kind ("children", "people") it is a verb ("one in five children lives ..."), and so
      // after any "-s" plural when the subject is `single` ("one in five adults smokes").
      const x = S.at(i + 1);
      if (
        x &&
        x.t === 'w' &&
        isPlural(x.lv) &&
        !isCap(x) &&
        !x.lv.endsWith('ing') &&
        !KIND_LESS.has(t.lv) &&
        !(single && t.lv.endsWith('s'))
      )
        return { head: x.lv, end: x.e };
      return { head: t.lv, end: e };
    }
    i++;
  }
  return null;
}

/** Where a model designation starting at token `i` ends ("787", "T-72", "A350-900", "Su-25"): a
 * run of tokens glued together holding a digit, opening with a capital letter, or with digits
 * when `afterMaker` (a capitalised word stands before it). `i` when there is none. */
function modelRun(S: TokenStream, i: number, afterMaker: boolean): number {
  const first = S.at(i);
  if (!first || first.t === 'p') return i;
  if (!(first.t === 'n' ? afterMaker && first.gap : isCap(first))) return i;
  // "3 USD50 cards": a currency code glued to digits is an amount, not a model.
  if (first.t === 'w' && currencyCode(first.lv, first.v)) return i;
  let j = i;
  let digit = false;
  for (let t = first; t && (j === i || !t.gap) && (t.t !== 'p' || t.v === '-'); t = S.at(++j)!) {
    if (t.t === 'n') digit = true;
    if (j - i > 6) return i;
  }
  // A trailing hyphen belongs to what follows ("T-72-based"), so the run stops before it.
  if (S.at(j - 1)?.v === '-') return i;
  return digit ? j : i;
}

/** The noun after an ordinal or "one": up to `max` lower-case content words, ending at the first
 * plural ("sixth time", "first general election debate", "first strikes", "one recent attempt"). */
function singularPhrase(S: TokenStream, k: number, max: number): { head: string; end: number; next: number } | null {
  let found: { head: string; end: number; next: number } | null = null;
  for (let n = 0, j = k; n < max; n++, j++) {
    const t = S.at(j);
    if (
      !t ||
      t.t !== 'w' ||
      STOP.has(t.lv) ||
      isCap(t) ||
      t.lv.endsWith('ly') ||
      t.lv.endsWith('ed') ||
      (isNumberWord(t.lv) && t.lv !== 'half') ||
      (n > 0 && t.lv.endsWith('ing'))
    )
      break;
    // "first once-a-month pill", "one long-term plan": a hyphened compound modifies the noun after it.
    const h = j;
    while (hyphenedWord(S, j + 1)) j += 2;
    found = { head: S.at(j)!.lv, end: S.at(j)!.e, next: j + 1 };
    const x = S.at(j + 1);
    // Only a modifier lets the phrase go on ("first general election", not "sixth time rebels").
    if (isPlural(found.head) || !x || (x.t === 'p' && !x.gap) || (h === j && !ADJECTIVE.test(t.lv))) break;
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
    const cur = currencyAfter(S, j, false, 1e6);
    if (cur) {
      kind = 'money';
      unit = cur.code;
      end = cur.end;
    } else {
      const np = nounPhrase(S, j, true);
      if (np) {
        unit = np.head;
        end = np.end;
      }
    }
  } else if (withNumber) {
    const np = nounPhrase(S, i, true);
    if (np) {
      unit = np.head;
      end = np.end;
    }
  }
  return fig(text, start, end, kind, null, unit, true);
}

/** "sixth time", "first strikes", "first few hours", "21st century". */
function ordinalPhrase(
  text: string,
  S: TokenStream,
  k: number,
  start: number,
  value: number,
  digits = false,
): Result | null {
  const t = S.at(k);
  if (t && (t.v === '-' || t.v === '‐') && !t.gap) return null; // "first-hand", "second-largest"
  const startTok = S.at(k - 1)!;
  // "the first three months": the count after the ordinal is the figure, read from its own anchor.
  if (!digits && S.at(k) && NUMBER_WORDS_AFTER_ORDINAL.has(S.at(k)!.lv)) return null;
  const np = singularPhrase(S, ORDINAL_FILLERS.has(S.at(k)?.lv ?? '') ? k + 1 : k, 3);
  if (np && value <= 3 && !digits && ORDINAL_IDIOMS.has(S.at(k)!.lv)) return null;
  const before = lexBefore(text, start);
  // "they were second best", "came off second best": with no determiner, the idiom for losing;
  // "the second best team" keeps its rank.
  if (value === 2 && !digits && S.at(k)?.lv === 'best' && !ORDINAL_DETERMINERS.has(before?.lv ?? '')) return null;
  if (np && !digits && value === 1) {
    // "Ackman first bought", "she had first become", "which first came": no determiner, and a
    // subject, relative, auxiliary or name before it: "first" is an adverb, the word after a verb.
    if (before && before.t === 'w' && (ADVERB_FIRST_AFTER.has(before.lv) || (isCap(before) && !STOP.has(before.lv))))
      return null;
    // "in the first place": an idiom, not a rank ("finished in first place" keeps it).
    if (S.at(k)!.lv === 'place' && before?.lv === 'the' && lexBefore(text, before.s)?.lv === 'in') return null;
  }
  // "first saying goodbye", "first asking for": "first" with no determiner before a participle is
  // an adverb of time; "the first meeting", "her first hearing" keep their noun.
  if (
    np &&
    value === 1 &&
    !digits &&
    S.at(k)!.lv.endsWith('ing') &&
    !ORDINAL_DETERMINERS.has(lexBefore(text, start)?.lv ?? '')
  )
    return null;
  if (np) return fig(text, start, np.end, 'ordinal', value, np.head, false);
  const nx = S.at(k);
  if (digits && !(nx && nx.t === 'w' && isCap(nx))) return fig(text, start, startTok.e, 'ordinal', value, null, false); // not "the 13th Amendment"
  // "Hawks are third in the table", "Rovers stay ninth.", "she came second": a place in a
  // standing after a verb of being or finishing, with nothing it could qualify after it.
  if (
    !digits &&
    before?.t === 'w' &&
    RANK_VERBS.has(before.lv) &&
    (value > 1 || before.lv === 'finished') &&
    (!nx || (nx.t === 'p' && nx.v !== '-') || RANK_AFTER.has(nx.lv))
  )
    return fig(text, start, startTok.e, 'ordinal', value, null, false);
  return null;
}

/** Verbs a bare ordinal follows as a place in a standing ("are third", "finished second"). */
const RANK_VERBS = wordSet('is are was were stay+ remain sit+ came finish finishes finished placed ranked ranks');
/** Words after such an ordinal that leave it standing alone ("third in the table", "second overall"). */
const RANK_AFTER = wordSet('in on overall behind with and');

/** "a half-dozen aides", "half a dozen", "a half dozen": six, as approximate as "a dozen". `start`
 * is where the phrase starts (the "a" when there is one); the token at 0 of S is "half". */
function halfDozen(text: string, S: TokenStream, start: number): Result | null {
  let k = 1;
  const h = S.at(k);
  if (h && !h.gap && (h.v === '-' || h.v === '‐')) k++;
  else if (h && (h.lv === 'a' || h.lv === 'an')) k++;
  const dz = S.at(k);
  if (!dz || dz.lv !== 'dozen') return null;
  const np = nounPhrase(S, k + 1, true);
  const of = !np && S.at(k + 1)?.lv === 'of' ? nounPhrase(S, k + 2, true) : null;
  return fig(text, start, (np ?? of)?.end ?? dz.e, 'count', 6, (np ?? of)?.head ?? null, true);
}

/** "a month and a half" read back from its "and" (`and`), ending at `end`: 1.5 of the unit when
 * a singular unit stands before the "and" (from its "a" or "an" when there is one: "the past
 * decade and a half" starts at the unit), else no figure ("time and a half" is a pay rate). */
function andAHalf(text: string, and: Tok, end: number, floor: number): Result {
  const u = lexBefore(text, and.s);
  const m = u && u.t === 'w' && u.lv.length > 2 && !u.lv.endsWith('s') ? lookupUnit(u.lv) : null;
  if (!u || !m || u.s < floor) return { skip: end };
  const a = lexBefore(text, u.s);
  const start = a && (a.lv === 'a' || a.lv === 'an') && a.s >= floor ? a.s : u.s;
  return fig(text, start, end, 'measure', 1.5, m[0], false);
}

/** "half a century", "half of the voters", "half the country". */
function halfPhrase(text: string, S: TokenStream, k: number, start: number, prev: Tok | null): Result | null {
  const a = S.at(k + 1);
  // "too clever by half" is an idiom of degree ("cut by half" stays a share).
  if (
    prev &&
    (NOT_HALF_BEFORE.has(prev.lv) ||
      (prev.lv === 'by' && lexBefore(text, lexBefore(text, prev.s)?.s ?? 0)?.lv === 'too'))
  )
    return null;
  // "They lost half.", "about half said yes": "half" standing for a share of what went before,
  // when it ends a clause or a bound stands before it; a noun after it without one makes a
  // compound ("half brother", "half time"), a hyphen a measure ("half-hour").
  const hedge = hedgeBefore(text, start, prev);
  const bound = hedge !== '' && !EXACT_HEDGES.has(hedge);
  if (!a || (a.t === 'p' && a.v !== '-' && a.v !== '‐') || (bound && a.t === 'w' && a.lv !== 'a' && a.lv !== 'an'))
    return fig(text, start, S.at(k)!.e, 'other', 0.5, null, bound);
  if (a.lv === 'a' || a.lv === 'an') {
    const u = S.at(k + 2);
    // "half an hour", "half a mile", "half a percent": a unit spelled out in full.
    const m = u && u.gap && !AMBIGUOUS_UNITS.has(u.lv) && u.lv.length > 2 ? lookupUnit(u.lv) : null;
    if (m && u && u.lv !== 'degree') return fig(text, start, u.e, 'measure', 0.5, m[0], false);
    if (u && (u.lv === 'percent' || u.lv === 'percentage')) {
      const pts = S.at(k + 3);
      const points = pts !== undefined && (pts.lv === 'point' || pts.lv === 'points');
      return fig(text, start, points ? pts.e : u.e, 'percent', 0.5, points ? 'percentage points' : '%', false);
    }
    return null;
  }
  if (a.lv === 'of' || a.lv === 'the' || HALF_OF_WHAT.has(a.lv)) {
    const hedge = hedgeBefore(text, start, prev);
    return fig(text, start, S.at(k)!.e, 'other', 0.5, null, hedge !== '' && !EXACT_HEDGES.has(hedge));
  }
  return null;
}

/** Dates and clock times around a digit anchor: "February 3", "September 30, 2015", "May 2015",
 * "12 April", "4 a.m.", "10:30", "9/11", "2015-04-21", and two-digit years "’91". */
function dateAround(
  text: string,
  S: TokenStream,
  k: number,
  num: NumberRead,
  prev: Tok | null,
  floor: number,
): Result | null {
  const t = S.at(k)!;
  const v = num.value;
  const nx = S.at(k + 1);
  // Month before: "February 3", "May 2015", "Dec. 12, 1994"
  let m = prev;
  if (m && m.v === '.') m = lexBefore(text, m.s);
  if (isDigits(t.v, 1, 4) && isMonth(m) && m!.s >= floor) {
    const day = +t.v <= 31 && t.v.length <= 2;
    const year = t.v.length === 4;
    if (day || year) {
      let end = t.e;
      let j = k + 1;
      if (day && S.at(j) && ORDINAL_SUFFIXES.has(S.at(j)!.lv) && !S.at(j)!.gap) {
        end = S.at(j)!.e;
        j++;
      }
      const to = S.at(j);
      const d2 = S.at(j + 1);
      if (
        day &&
        to &&
        isDigits(d2?.v, 1, 2) &&
        // "Oct. 8-13", and a later bare day after "from Oct. 8 to" or "Oct. 8 through" ("rose on
        // Oct. 8 to 13" stays a count)
        (to.v === '-' || to.v === '–'
          ? !to.gap && !d2!.gap
          : +d2!.v > +t.v && (to.lv === 'through' || (to.lv === 'to' && lexBefore(text, m!.s)?.lv === 'from')))
      ) {
        end = d2!.e;
        j += 2;
      }
      if (day && S.at(j)?.v === ',' && isDigits(S.at(j + 1)?.v, 4, 4)) {
        end = S.at(j + 1)!.e;
      } else if (day && isDigits(S.at(j)?.v, 4, 4) && S.at(j)!.gap) end = S.at(j)!.e;
      return dateFig(text, m!.s, end);
    }
  }
  // "Thursday (14)": a weekday and its day of the month in brackets, as Brazilian papers date news.
  const wd = prev?.v === '(' && nx?.v === ')' && isDigits(t.v, 1, 2) && +t.v <= 31 && lexBefore(text, prev.s);
  if (wd && WEEKDAYS.has(wd.v)) return dateFig(text, wd.s >= floor ? wd.s : t.s, nx!.e);
  // Day before month: "12 April", "1 May 2015"
  if (isDigits(t.v, 1, 2) && +t.v <= 31 && isMonth(nx)) {
    let end = nx!.e;
    const y = S.at(k + 2);
    if (y && isDigits(y.v, 4, 4)) end = y.e;
    else if (y?.v === ',' && isDigits(S.at(k + 3)?.v, 4, 4)) end = S.at(k + 3)!.e;
    return dateFig(text, t.s, end);
  }
  // Clock times: "10:30", "4 a.m.", "3:57 PM"
  const mm = S.at(k + 2);
  if (isDigits(t.v, 1, 2) && nx?.v === ':' && !nx.gap && /^\d\d(\.\d+)?$/.test(mm?.v ?? '') && !mm!.gap) {
    let end = mm!.e;
    const ap = S.at(k + 3);
    // "2:21:46", "1:32:18.604", and a lap's "1:32.418" (seconds with a fraction): a race's time,
    // no time of day, and no count of the minutes before the colon.
    if ((ap?.v === ':' && !ap.gap) || mm!.v[2]) return { skip: end };
    if (ap && AM_PM.has(ap.lv)) end = ap.e;
    return dateFig(text, t.s, end);
  }
  // British clock times with a point: "4.15pm", "11.30 am" (hours 1-12, minutes under 60).
  if (nx && AM_PM_LOOSE.has(nx.lv) && /^(?:[1-9]|1[0-2])\.[0-5]\d$/.test(t.v)) return dateFig(text, t.s, nx.e);
  if (isDigits(t.v, 1, 2) && v !== null && v >= 1 && v <= 12 && nx && nx.gap && AM_PM_LOOSE.has(nx.lv)) {
    return dateFig(text, t.s, nx.e); // the lexer keeps "a.m." whole
  }
  // A 24-hour clock time before a time zone: "1451 GMT", "0930 UTC" (hours under 24, minutes
  // under 60); without the zone four digits stay a year or a count.
  if (isDigits(t.v, 4, 4) && nx && nx.gap && TIME_ZONES.has(nx.v) && +t.v.slice(0, 2) < 24 && +t.v.slice(2) < 60) {
    return dateFig(text, t.s, nx.e);
  }
  // Slash dates: "9/11", "12/25/2015"; "24/7" is an idiom.
  if (isDigits(t.v, 1, 2) && nx?.v === '/' && !nx.gap && isDigits(S.at(k + 2)?.v, 1, 4) && !S.at(k + 2)!.gap) {
    const a = +t.v,
      b = +S.at(k + 2)!.v;
    let end = S.at(k + 2)!.e;
    if (S.at(k + 3)?.v === '/' && isDigits(S.at(k + 4)?.v, 2, 4)) end = S.at(k + 4)!.e;
    else if (a < b && FRACTION_DENOMINATORS.has(S.at(k + 2)!.v)) return null; // a fraction: the number reader takes it
    if (a === 24 && b === 7) return { skip: end };
    if (a >= 1 && a <= 31 && b >= 1 && b <= 31) return dateFig(text, t.s, end);
    return { skip: end };
  }
  // ISO dates: "2015-04-21"
  if (
    isDigits(t.v, 4, 4) &&
    nx?.v === '-' &&
    !nx.gap &&
    isDigits(S.at(k + 2)?.v, 2, 2) &&
    S.at(k + 3)?.v === '-' &&
    isDigits(S.at(k + 4)?.v, 2, 2)
  ) {
    return dateFig(text, t.s, S.at(k + 4)!.e);
  }
  // Two-digit years: "’91", "'90s"
  if (isDigits(t.v, 2, 2) && prev && (prev.v === '’' || prev.v === "'") && prev.e === t.s && prev.s >= floor) {
    const before = text[prev.s - 1];
    if (before === undefined || /[\s(“"]/.test(before)) {
      const s = S.at(k + 1);
      if (s && !s.gap && s.lv === 's') return fig(text, prev.s, s.e, 'year', null, null, false);
      if (!s || s.t !== 'w' || s.gap)
        return fig(text, prev.s, t.e, 'year', (+t.v > 30 ? 1900 : 2000) + +t.v, null, false);
    }
  }
  // Decades with an apostrophe: "1990's"
  if (
    isDigits(t.v, 4, 4) &&
    (nx?.v === '’' || nx?.v === "'") &&
    !nx.gap &&
    S.at(k + 2)?.lv === 's' &&
    !S.at(k + 2)!.gap
  ) {
    return fig(text, t.s, S.at(k + 2)!.e, 'year', null, null, false);
  }
  return null;
}

/** A date or clock time: no value, no unit. */
function dateFig(text: string, start: number, end: number): Figure {
  return fig(text, start, end, 'date', null, null, false);
}

/** A figure from its parts; `high` only for ranges. */
function fig(
  text: string,
  start: number,
  end: number,
  kind: FigureKind,
  value: number | null,
  unit: string | null,
  approximate: boolean,
  high?: number,
): Figure {
  const f: Figure = { start, end, text: text.slice(start, end), kind, value, unit, approximate, claimedBy: null };
  if (high !== undefined) f.high = high;
  return f;
}
