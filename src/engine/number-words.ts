// Spelled-out numbers: the word tables and the small grammar that reads "twenty-one trillion",
// "five and a half million", "two thirds" or "half a dozen" into a value. Pure tables, no regexes.

/** A lookup table without a prototype, so that a token such as "constructor" finds nothing. */
export function dict<T>(init: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, init);
}

/** Cardinal words below twenty: the atoms every spelled-out number is built from. */
export const UNITS = dict<number>();
/** Tens words; "twenty one" adds a unit to them. */
export const TENS = dict<number>();
/** Ordinal words ("first", "twenty-fifth" is built from "twenty" + "fifth"), also read as fraction
 * denominators when plural ("two thirds") or after "a"/"one" ("a fifth"). */
export const ORDINALS = dict<number>();
/** Scale words multiply what precedes them; lakh and crore are the Indian-English scales. */
export const SCALES = dict<number>({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
  // wire and table abbreviations set apart from the digits ("$7.4 bln", "3 mln shares", "£2 bn",
  // "4.8 tril. won")
  bln: 1e9,
  bil: 1e9,
  tril: 1e12,
  bn: 1e9,
  mln: 1e6,
  dozen: 12,
  dz: 12,
  doz: 12,
});

const units =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
units.forEach((w, i) => {
  UNITS[w] = i;
});
UNITS.naught = UNITS.nought = 0;
tens.forEach((w, i) => {
  TENS[w] = (i + 2) * 10;
});
// The regular ordinal is the cardinal + "th"; these are the exceptions.
const IRREGULAR = dict({
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
});
for (const [w, n] of [
  ...Object.entries(UNITS),
  ...Object.entries(TENS),
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
] as [string, number][]) {
  if (n === 0) continue;
  ORDINALS[IRREGULAR[w] ?? (w.endsWith('ty') ? w.slice(0, -1) + 'ieth' : w + 'th')] = n;
}
for (const k of [...Object.keys(SCALES)]) SCALES[k + 's'] = SCALES[k]!;

/** Is this word part of a spelled-out number (so the scanner stops there)? */
export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}
/** Every word of a spelled-out number: units, tens, scales, ordinals, "half", "quarter". */
export const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  ...Object.keys(ORDINALS),
  'half',
  'quarter',
]);

/** A fraction's denominator word: "thirds" -> 3, "half" -> 2, "quarters" -> 4, "fifth" -> 5. */
export function denominator(w: string): number | null {
  if (w === 'half' || w === 'halves') return 2;
  if (w === 'quarter' || w === 'quarters') return 4;
  const n = ORDINALS[w.endsWith('s') ? w.slice(0, -1) : w];
  return n !== undefined && n > 2 ? n : null;
}
