// Reads one numeric expression from a token stream: digits ("14,000", "1.2", "12,34,567.89",
// "1e10"), scale words and suffixes ("3 million", "1.2bn", "10k"), spelled-out numbers with
// fractions ("five and a half million", "two thirds", "twenty-one"), and mixed forms
// ("6 thousand 2 hundred and 17"). Units and currencies are the caller's business.
import { isDigits, type Tok, type TokenStream } from './tokens';
import { isDigit } from './chars';
import { NUMBER_WORDS, ORDINALS, SCALES, TENS, UNITS, denominator, dict } from './number-words';
import { wordSet } from './speech-verbs';
import { MONTH_NAMES, lowerWords } from './calendar';

/** Months, for dates ("February 3", "3 February 2016", "May 2015"). "May" and "March" must be
 * capitalised because they are also ordinary words. */
export const MONTHS = new Set(
  lowerWords(MONTH_NAMES)
    .flatMap((m) => [m, m.slice(0, 3)])
    .concat('sept'),
);
/** Words for aircraft after a model number ("787 jets"). */
export const AIRCRAFT = wordSet('jet+ jetliner+ plane+ aircraft airliner+ dreamliner+');

/** What was read: the value, where it stopped, and the facts the figure grammar needs. */
export interface NumberRead {
  value: number | null;
  /** Index of the first token after the number. */
  next: number;
  /** Largest scale applied (1e6 for "3 million"); 0 when none. */
  scale: number;
  /** Spelled out (at least partly). */
  words: boolean;
  /** A fraction or an exponent expression ("two thirds", "1.1^23"): kind `other`. */
  other: boolean;
  /** A spelled-out ordinal ("twenty-first"). */
  ordinal: boolean;
  /** The first token was plain digits without separators (years, clock hours, ids). */
  plain: boolean;
}

/** Vulgar fraction characters and their values ("½", and "6 ½" or "6½" after digits). */
export const VULGAR = dict<number>({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅙': 1 / 6 });

/** Suffixes glued to digits that scale them: "10k", "1.2bn", "3mn", "1MM", "2mil". Lower-case
 * "m" is left to the caller (metres, or millions after a currency sign). */
const SUFFIX_SCALES = dict<number>({
  k: 1e3,
  K: 1e3,
  M: 1e6,
  MM: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  bn: 1e9,
  b: 1e9,
  B: 1e9,
  G: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
});

/** The value of a digit run, judging its grouping: "14,000", "1,674.5", Indian "12,34,567.89",
 * European "1.111,11" and "5,00". Null for runs that are no single number ("1.8.3", "1,2,3"). */
export function digitsValue(s: string): number | null {
  let v: number;
  if (isPlainDecimal(s)) v = +s;
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) || /^\d{1,2}(,\d\d)+,\d{3}(\.\d+)?$/.test(s)) v = +s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) v = +s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3},\d\d$/.test(s)) v = +s.replace(',', '.');
  else return null;
  return v;
}

/** Digits with at most one inner point ("2015", "1.5"): what /^\d+(\.\d+)?$/ tests, checked by hand
 * because nearly every figure's digits come through here. */
function isPlainDecimal(s: string): boolean {
  let point = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) continue;
    if (c !== 46 || point || k === 0 || k === s.length - 1) return false;
    point = true;
  }
  return s.length > 0;
}

/** Digits followed by a glued exponent: "1e10", "12.32e+14", "2.5^12", "-4200^-1", "1.3x10^6".
 * Returns the value and the next token index, or null when no exponent follows. */
function exponent(S: TokenStream, k: number, base: number): [number, number] | null {
  const a = S.at(k);
  if (!a || a.gap) return null;
  // "x 10^", "e"/"E" or "^" introduces the exponent; "x 10^" reads on past the 10.
  let i = k;
  if (a.t === 'w' && a.v === 'x' && S.at(k + 1)?.v === '10' && S.at(k + 2)?.v === '^') i = k + 2;
  else if (!(a.t === 'w' && (a.v === 'e' || a.v === 'E')) && a.v !== '^') return null;
  let sign = 1;
  let j = i + 1;
  for (let t = S.at(j); t && !t.gap && (t.v === '+' || t.v === '-'); t = S.at(++j)) if (t.v === '-') sign = -sign;
  const d = S.at(j);
  if (!d || d.gap || d.t !== 'n' || !isDigits(d.v, 1, 3)) return null;
  const exp = sign * +d.v;
  if (a.v === '^') return [Math.pow(base, exp), j + 1];
  return [base * Math.pow(10, exp), j + 1];
}

/** Every word that can continue a spelled-out number, including plural fractions ("thirds"). */
const NUMBERISH = new Set([
  ...NUMBER_WORDS,
  ...Object.keys(ORDINALS).map((w) => w + 's'),
  'halves',
  'quarters',
  'and',
  'a',
  'an',
  'point',
]);

type Last = '' | 'num' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and' | 'frac' | 'a' | 'point';

/** Reads the number that starts at token k, or returns null when none starts there. */
export function readNumber(S: TokenStream, k: number, money = false): NumberRead | null {
  let acc = 0; // committed segments (before a joining "and")
  let accScaled = false;
  let total = 0;
  let cur = 0;
  let last: Last = '';
  let lastScale = 0;
  let scale = 0;
  let words = false;
  let other = false;
  const ordinal = false;
  let plain = false;
  let fracScale = false; // a fraction of a scale ("a third of a million")
  let i = k;
  const start = S.at(k);
  if (!start) return null;
  // "one over 20": a spoken fraction.
  if (start.lv === 'one' && S.at(k + 1)?.lv === 'over') {
    const d = readNumber(S, k + 2);
    if (d && d.value)
      return { value: 1 / d.value, next: d.next, scale: 0, words: true, other: true, ordinal: false, plain: false };
  }
  for (;;) {
    const t: Tok | undefined = S.at(i);
    if (!t) break;
    if (t.t === 'n') {
      if (last !== '' && last !== 'scale' && last !== 'hundred' && last !== 'and') break;
      let v = digitsValue(t.v);
      if (v === null) return null;
      if (last === '') plain = isDigits(t.v, 1, Infinity);
      i++;
      // "1 414 021 100": space-grouped thousands (two or more groups of three).
      if (last === '' && plain && t.v.length <= 3) {
        let j = i;
        let s = t.v;
        while (S.at(j)?.t === 'n' && S.at(j)!.gap && isDigits(S.at(j)!.v, 3, 3)) s += S.at(j++)!.v;
        // One group only where no two numbers are likelier: after a currency ("R1 200"), across a
        // no-break or thin space, glued to its unit ("17 400MW"), or before a lower-case noun where no
        // month or number precedes and no model number is likelier ("12 300 supporters", never
        // "June 12 300 people" or "50 787 jets"): read apart, the first number's value is wrong.
        const n = S.at(j),
          b = S.at(k - 1);
        if (
          n?.t !== 'n' &&
          (j - i >= 2 ||
            (j > i &&
              (money ||
                '\u00a0\u2009\u202f'.includes(S.text[S.at(i)!.s - 1]!) ||
                (n?.t === 'w' &&
                  (!n.gap ||
                    (/^\p{Ll}/u.test(n.v) && !AIRCRAFT.has(n.lv) && b?.t !== 'n' && !MONTHS.has(b?.lv ?? '')))))))
        ) {
          v = +s;
          i = j;
          plain = false;
        }
      }
      // "2 1/4" and "3/4": fractions in digits.
      const f1 = S.at(i);
      if (f1?.v === '/' && !f1.gap && S.at(i + 1)?.t === 'n' && !S.at(i + 1)!.gap) {
        const den = +S.at(i + 1)!.v;
        if (!den || v > den || !isDigits(t.v, 1, 3)) return null; // "24/7", "9/11": the caller treats these as dates or idioms
        v = v / den;
        i += 2;
        other = true;
        plain = false;
      } else if (
        last === '' &&
        f1?.t === 'n' &&
        f1.gap &&
        S.at(i + 1)?.v === '/' &&
        !S.at(i + 1)!.gap &&
        S.at(i + 2)?.t === 'n' &&
        !S.at(i + 2)!.gap
      ) {
        const a = +f1.v,
          b = +S.at(i + 2)!.v;
        if (b && a < b) {
          v += a / b;
          i += 3;
          other = true;
          plain = false;
        }
      } else if (last === '' && f1?.t === 'p' && f1.v in VULGAR && isDigits(t.v, 1, 3)) {
        // "6 ½ minutes", "2½ miles": whole digits and a vulgar fraction are one mixed number.
        v += VULGAR[f1.v]!;
        i++;
        other = true;
        plain = false;
      }
      const ex = exponent(S, i, v);
      if (ex) {
        [v, i] = ex;
        other = true;
        plain = false;
      }
      cur += v;
      last = 'num';
      // Glued scale suffix: "10k", "1.2bn".
      const g = S.at(i);
      // "G" (giga) only after more than one digit: "5G" and "4G" are network generations.
      if (
        g &&
        g.t === 'w' &&
        SUFFIX_SCALES[g.v] &&
        (!g.gap || g.v === 'k' || g.v === 'K' || g.v === 'M' || g.v === 'G') &&
        (g.v !== 'G' || t.v.length > 1)
      ) {
        const after = S.at(i + 1);
        if (g.gap ? !after || (after.t === 'p' && after.v !== '-') : !after || after.gap || after.t === 'p') {
          cur *= SUFFIX_SCALES[g.v]!;
          scale = Math.max(scale, SUFFIX_SCALES[g.v]!);
          i++;
          last = 'scale';
          plain = false;
        }
      }
      continue;
    }
    if (t.t === 'p') {
      // "twenty-one", "fifty - two": a hyphen between tens and a unit.
      if (t.v === '-' || t.v === '\u2010') {
        const n = S.at(i + 1);
        // "twenty-one", "fifty - two", "two-thirds", "one-tenth"
        if (
          n &&
          n.t === 'w' &&
          n.gap === t.gap &&
          ((last === 'tens' && (UNITS[n.lv] !== undefined || ORDINALS[n.lv] || denominator(n.lv))) ||
            ((last === 'unit' || last === 'hundred') && !t.gap && denominator(n.lv) !== null))
        ) {
          i++;
          continue;
        }
        // "$1.5-billion deal", "a 3-million-dollar home": a scale hyphened to digits.
        if (
          (last === 'num' || last === 'unit' || last === 'tens') &&
          !t.gap &&
          n &&
          !n.gap &&
          (SCALES[n.lv] ?? 0) > 999 &&
          !n.lv.endsWith('s')
        ) {
          i++;
          continue;
        }
      }
      break;
    }
    const w = t.lv;
    if (!NUMBERISH.has(w)) break; // most words end the number: one set lookup instead of five
    if (w === 'and') {
      if (last === '' || last === 'and' || last === 'a' || last === 'point' || last === 'frac') break;
      const n = S.at(i + 1);
      if (!n) break;
      const nn = S.at(i + 2);
      const fracNext =
        (n.lv === 'a' || n.lv === 'an' || n.lv === 'one') &&
        nn &&
        denominator(nn.lv) !== null &&
        (nn.lv === 'half' || !ORDINAL_NOUN_NEXT(S, i + 3));
      const numNext = n.t === 'n' || UNITS[n.lv] !== undefined || TENS[n.lv] !== undefined;
      // "one hundred and three" continues the number; "and a half", "and two thirds" add a fraction.
      // After a scale word a fraction belongs to the whole ("one hundred and thirty fifths" = 130/5)
      // unless a scale follows it ("two billion and three quarters million").
      const ahead = numNext && n.t === 'w' ? fractionAhead(S, i + 1) : 0;
      const fracJoin = fracNext || ahead === 2 || (ahead === 1 && last !== 'hundred' && last !== 'scale');
      const join =
        fracJoin ||
        (numNext &&
          (last === 'hundred' ||
            last === 'scale' ||
            (last === 'tens' && UNITS[n.lv] !== undefined && UNITS[n.lv]! < 10)));
      if (!join) break;
      if (fracJoin) {
        acc += total + cur;
        accScaled = accScaled || last === 'scale' || last === 'hundred' || scale > 0;
        total = cur = 0;
      }
      last = 'and';
      i++;
      continue;
    }
    if ((w === 'a' || w === 'an') && (last === 'and' || last === '')) {
      const n = S.at(i + 1);
      if (n && (denominator(n.lv) !== null || (SCALES[n.lv] && !n.lv.endsWith('s')))) {
        cur = 1;
        last = 'a';
        words = true;
        i++;
        continue;
      }
      break;
    }
    if (w === 'point' && (last === 'unit' || last === 'tens' || last === 'hundred' || last === 'num') && words) {
      // "two hundred point zero three", "point seventy-one"
      let j = i + 1;
      let digits = '';
      while (S.at(j)?.t === 'w' && UNITS[S.at(j)!.lv] !== undefined && UNITS[S.at(j)!.lv]! < 10)
        digits += UNITS[S.at(j++)!.lv];
      if (!digits) {
        const r = readNumber(S, i + 1);
        if (!r || r.value === null || !r.words) break;
        digits = String(r.value);
        j = r.next;
      }
      cur += +('0.' + digits);
      i = j;
      last = 'point';
      continue;
    }
    const u = UNITS[w];
    if (u !== undefined) {
      if (!(
        last === '' ||
        last === 'hundred' ||
        last === 'scale' ||
        last === 'and' ||
        (last === 'tens' && u > 0 && u < 10)
      ))
        break;
      cur += u;
      last = 'unit';
      words = true;
      i++;
      continue;
    }
    const tn = TENS[w];
    if (tn !== undefined) {
      // "one hundred thirty fifths", "three twenty-firsts": tens + ordinal is the denominator.
      let j = i + 1;
      if (S.at(j)?.v === '-' && !S.at(j)!.gap) j++;
      const o = S.at(j);
      const ow = o?.lv ?? '';
      const od = o && o.t === 'w' && ow.endsWith('s') ? ORDINALS[ow.slice(0, -1)] : undefined;
      if (
        od !== undefined &&
        od < 10 &&
        (last === 'unit' || last === 'hundred' || last === 'scale' || last === 'num' || last === 'tens')
      ) {
        cur = (total + cur) / (tn + od);
        total = 0;
        last = 'frac';
        other = true;
        words = true;
        i = j + 1;
        continue;
      }
      if (!(last === '' || last === 'hundred' || last === 'scale' || last === 'and')) break;
      // "twenty-first": a compound ordinal.
      const oo = o && o.t === 'w' ? ORDINALS[ow] : undefined;
      if (oo !== undefined && oo < 10 && last === '')
        return { value: tn + oo, next: j + 1, scale: 0, words: true, other: false, ordinal: true, plain: false };
      cur += tn;
      last = 'tens';
      words = true;
      i++;
      continue;
    }
    const sc = SCALES[w];
    if (sc !== undefined) {
      // "hundred thousand dollars": a bare scale opens a number only before a larger one.
      const larger = last === '' && !w.endsWith('s') && (SCALES[S.at(i + 1)?.lv ?? ''] ?? 0) > sc && sc >= 100;
      if ((last === '' && !(larger && !S.at(i + 1)!.lv.endsWith('s'))) || last === 'and') break;
      // "thousands" is vague (the caller's); after a number in words a plural scale is the
      // scale itself ("five hundreds", as some write it), unless "of" makes it vague again.
      // After digits under a thousand it is the scale, "of" or not ("10 millions", as French
      // and Spanish write it; "in 2020 millions of" is a year and vague millions).
      const pluralScale =
        ((last === 'unit' || last === 'tens') && S.at(i + 1)?.lv !== 'of') || (last === 'num' && cur < 1e3);
      if (w.endsWith('s') && sc !== 12 && w !== 'lakhs' && w !== 'crores' && !pluralScale) break;
      if (sc === 100 || sc === 12) {
        if (last === 'hundred' && sc === 100) break;
        cur = (cur || 1) * sc;
        last = 'hundred';
      } else {
        fracScale ||= last === 'frac' && sc > 999;
        if (cur === 0 && total > 0 && sc > lastScale) total *= sc;
        else if (!accScaled && acc && last === 'frac') {
          total += (acc + cur) * sc;
          acc = 0;
        } else total += (cur || 1) * sc;
        cur = 0;
        lastScale = sc;
        last = 'scale';
      }
      scale = Math.max(scale, sc);
      words = words || t.t === 'w';
      i++;
      continue;
    }
    const den = denominator(w);
    if (den !== null && last !== '' && last !== 'and' && last !== 'frac' && last !== 'point') {
      const plural = w.endsWith('s') && w !== 'half';
      const one = last === 'a' || (last === 'unit' && cur === 1 && total === 0);
      // "the five-eighth kicked": a singular ordinal hyphened to a number above one names a thing
      // (a rugby position), neither a fraction nor a count of five.
      if (!plural && !one && last === 'unit' && S.at(i - 1)?.v === '-' && !t.gap) return null;
      if (!plural && !one && !(w === 'half' && last === 'a')) break;
      const hyphened = S.at(i - 1)?.v === '-' && !t.gap; // "one-fifth" is always a fraction
      if (!plural && w !== 'half' && !hyphened && ORDINAL_NOUN_NEXT(S, i + 1)) break; // "a third term" is an ordinal
      cur = (total + cur) / den;
      total = 0;
      last = 'frac';
      other = true;
      words = true;
      i++;
      // "half a million", "half a dozen", "three quarters of a million"
      const of = S.at(i)?.lv === 'of' && (SCALES[S.at(i + 2)?.lv ?? ''] ?? 0) > 999 ? 1 : 0;
      if (S.at(i + of)?.lv === 'a' && S.at(i + of + 1) && SCALES[S.at(i + of + 1)!.lv]) i += 1 + of;
      continue;
    }
    if ((w === 'half' || w === 'quarter') && last === '') {
      const n = S.at(i + 1);
      const skipA = n?.lv === 'a' || n?.lv === 'an';
      const m = S.at(i + (skipA ? 2 : 1));
      if (m && SCALES[m.lv] && !m.lv.endsWith('s')) {
        cur = w === 'half' ? 0.5 : 0.25;
        last = 'frac';
        other = true;
        words = true;
        i += skipA ? 2 : 1;
        continue;
      }
      break;
    }
    break;
  }
  if (last === '' || last === 'a' || last === 'and') return null;
  // "one million and a half": a trailing fraction is a fraction of the last scale.
  if (last === 'frac' && acc && accScaled && lastScale && cur < 1 && total === 0) cur *= lastScale;
  let value = acc + total + cur;
  // A trailing "and" that joined nothing is not part of the number.
  while (i > k && S.at(i - 1)?.lv === 'and') i--;
  // A decimal times a scale is no exact float ("4.1 million" gave 4099999.9999999995): the whole
  // number a reader wrote.
  const whole = +value.toPrecision(15);
  if (!isFinite(value)) value = NaN;
  else if (scale && Number.isInteger(whole)) value = whole;
  // A fraction that scaled into a whole is a number again ("half a dozen" = 6, "half million",
  // "a third of a million" = 333,333).
  if (fracScale) value = Math.round(value);
  if (other && scale && Number.isInteger(value)) other = false;
  return { value: isNaN(value) ? null : value, next: i, scale, words, other, ordinal, plain };
}

/** Is the spelled-out number at k a fraction ("two thirds", "fifty-four hundredths")? 0: no,
 * 1: yes, 2: yes and a scale word follows it ("three quarters million"). */
function fractionAhead(S: TokenStream, k: number): number {
  let t = S.at(k);
  while (t && (UNITS[t.lv] !== undefined || TENS[t.lv] !== undefined || t.v === '-')) t = S.at(++k);
  if (!t || denominator(t.lv) === null || !t.lv.endsWith('s')) return 0;
  return SCALES[S.at(k + 1)?.lv ?? ''] ? 2 : 1;
}

/** Words after "a third" that show it is a fraction, not an ordinal before a noun. */
const NOT_NOUNS = wordSet('of and or to in the a an million billion trillion thousand hundred more less percent');

/** After "a third" / "one fourth": does a noun follow (so the word is an ordinal, "a third term")? */
function ORDINAL_NOUN_NEXT(S: TokenStream, k: number): boolean {
  const n = S.at(k);
  if (n && n.v === '-' && !n.gap) return true; // "a sixth-grader"
  if (!n || n.t !== 'w') return false;
  return !NOT_NOUNS.has(n.lv) && !n.lv.endsWith('ly');
}
