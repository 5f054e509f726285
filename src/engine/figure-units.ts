// What may follow or precede a number: currencies and units of measure. Tables only, each one
// compact string split at load, so that a new unit is one word and the bundle stays small.
import { dict } from './number-words';
import { plural, wordSet } from './speech-verbs';
import formerCurrencies from './former-currencies.json';
import currencyNouns from './currency-nouns.json';

/** ISO codes of former currencies that the platform names (see former-currencies.json). */
const FORMER_CODES: readonly string[] = formerCurrencies.codes;

/** Every word that can end a currency's name in the platform's tables ("francs", "dinar"):
 * asking the platform for all its names costs more than the rest of a first analysis, so it is
 * done only once a number is followed by one of these (see currency-nouns.json). */
const CURRENCY_NOUNS = new Set<string>(currencyNouns.nouns);
/** A word the platform's tables may end a currency name with: one of those nouns, or its plural in
 * "-s" (the list keeps only singulars where both are there: the plurals cost the zip 150 bytes, and
 * this is only the gate before the tables themselves answer). */
const mayEndCurrency = (w: string) => CURRENCY_NOUNS.has(w) || (w.endsWith('s') && CURRENCY_NOUNS.has(w.slice(0, -1)));

/** Unit families; the evaluator uses them to tell ages and temperatures from other measures. */
export type UnitFamily =
  | 'length'
  | 'weight'
  | 'volume'
  | 'area'
  | 'speed'
  | 'data'
  | 'temperature'
  | 'angle'
  | 'power'
  | 'frequency'
  | 'time'
  | 'age'
  | 'rate';

/** Splits "k1:v1 k2:v2" into a prototype-free table. */
function pairs(s: string): Record<string, string> {
  const d = dict<string>();
  for (const p of s.split(' ')) {
    const [k, v] = p.split(':');
    d[k!] = v!;
  }
  return d;
}

/** Currency symbols written before (or, in some styles, after) the amount. */
export const CURRENCY_SYMBOLS = pairs('$:USD £:GBP €:EUR ¥:JPY ₹:INR ₽:RUB ₿:BTC ₩:KRW ₪:ILS 元:CNY ரூ:LKR ¢:cents');

/** Every currency sign the platform's Unicode knows (\p{Sc}: "₡", "₾", "₭", "₦" …), for the
 * figure scanner to stop at; which currency a sign stands for is asked of the platform only when
 * one stands by a number (see `currencySign`). */
export const CURRENCY_SIGN_CHARS: string = (() => {
  // One scan of the range by the regex, not 8,240 calls of it: those ran at every load.
  const range = new Uint16Array(0x20cf - 0xa0 + 1);
  for (let i = 0; i < range.length; i++) range[i] = 0xa0 + i;
  return (String.fromCharCode.apply(null, range as unknown as number[]).match(/\p{Sc}/gu) ?? []).join('') + '\ufdfc';
})();

let platformSigns: Map<string, string> | null = null;

/** The currency a sign stands for: the hand table's reading of the common signs ("$" is USD,
 * "¥" JPY), else the one currency the platform writes with that sign (Intl.NumberFormat's narrow
 * symbol; where several share it, the one whose own symbol it is). Null for a sign no currency
 * owns alone ("¤", "¢"). */
export function currencySign(ch: string): string | null {
  const known = CURRENCY_SYMBOLS[ch];
  if (known !== undefined) return known;
  if (ch.length !== 1 || !CURRENCY_SIGN_CHARS.includes(ch)) return null;
  return (platformSigns ??= readPlatformSigns()).get(ch) ?? null;
}

/** Sign -> code from the platform's currency formats, read once, the first time a sign outside
 * the hand table stands by a number; one-letter signs ("R" for ZAR) too, for `letterCurrency`. */
function readPlatformSigns(): Map<string, string> {
  const owners = new Map<string, string[]>();
  for (const code of currentCodes()) {
    const sym = symbolOf(code, 'narrowSymbol');
    if (sym?.length === 1) {
      const list = owners.get(sym);
      if (list) list.push(code);
      else owners.set(sym, [code]);
    }
  }
  const signs = new Map<string, string>();
  for (const [sym, codes] of owners) {
    const owner = codes.length === 1 ? codes[0] : codes.find((c) => symbolOf(c, 'symbol') === sym);
    if (owner) signs.set(sym, owner);
  }
  return signs;
}

/** How the platform writes a currency's symbol in an English locale. */
function symbolOf(code: string, display: 'narrowSymbol' | 'symbol', locale = 'en'): string | null {
  try {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: code,
      currencyDisplay: display,
    }).formatToParts(1);
    return parts.find((x) => x.type === 'currency')?.value ?? null;
  } catch {
    return null;
  }
}

let letterSigns: Map<string, string> | null = null;
/** Letter symbols the platform gives one currency but news also writes for another. */
const SHARED_IN_NEWS = new Set(['SR', 'Bs']);

/** The currency a symbol of letters before an amount stands for ("RM4,000", "Ksh 500", "Ft 300
 * million"): the platform's narrow symbol in its country's English ("en-MY" writes MYR "RM"),
 * read on first need (~300 formats, some 20 ms). Three letters or more in any case after a capital
 * ("KSh", "Ksh", "KSH"); two only as the platform writes them ("Ft" forint, "ft" feet). A symbol
 * several currencies share ("Rs") stands for itself. */
export function letterSign(v: string): string | null {
  const key = (w: string) => (w.length > 2 ? w.toLowerCase() : w);
  if (!letterSigns) {
    letterSigns = new Map();
    const bareSigns = new Map<string, string>();
    for (const c of currentCodes()) {
      const sym = symbolOf(c, 'narrowSymbol', 'en-' + c.slice(0, 2));
      const k = sym !== c && sym && /^(\p{Lu}\p{L}{1,3}|\p{Ll}{2})$/u.test(sym) && key(sym);
      // A symbol that several currencies share, or that news also writes for another one ("SR"
      // for the Saudi riyal, "Bs" for the bolívar), stands for itself: no code is better than a
      // wrong one.
      if (k) letterSigns.set(k, letterSigns.has(k) || SHARED_IN_NEWS.has(sym) ? sym : c);
      // The platform prefixes the country's initial ("KSh", "TSh", "USh"); a paper at home drops
      // it ("Sh2.4 billion"), and the bare sign, shared by several currencies, stands for itself.
      const bare =
        sym && sym[0] === c[0] && /^\p{Lu}\p{L}\p{Ll}{1,2}$/u.test(sym) && sym[1]!.toUpperCase() + sym.slice(2);
      if (bare) bareSigns.set(bare, bareSigns.has(bare) ? bare : c);
    }
    for (const [bare, sign] of bareSigns) if (!letterSigns.has(key(bare))) letterSigns.set(key(bare), sign);
  }
  return letterSigns.get(key(v)) ?? null;
}

/** The text `letterCurrency` last read, and per initial the currency that text names (with
 * whether it is the platform's own sign's): the text is scanned once per letter, not per figure. */
let namedIn = '';
let named = dict<[string | undefined, boolean]>();

/** The currency a capital glued before digits stands for ("R900 million", "N617 per litre"),
 * given `sure`, other signs that the amount is money (a scale word, thousands grouping, no noun
 * after it). The text says which currency of that initial it means: a sign of the platform's
 * written in it ("₦", "₱": not the common few, which no letter stands for) whose currency's English
 * noun has that initial, else its lower-case currency nouns of that initial. One currency named
 * (a "naira" story's "N", needing `sure`; a "rand" story's "R", the platform's own one-letter
 * sign, even without); a noun several share ("pesos", "kwacha"): money in the letter; several
 * currencies: none. Without its currency named a letter is no code of ours: money in the letter
 * when `scaled`, else none. Null for models and names ("R2-D2", "N95", "F-16"). */
export function letterCurrency(ch: string, text: string, sure: boolean, scaled = false): string | null {
  if (namedIn !== text) [namedIn, named] = [text, dict()];
  if (!(ch in named)) {
    const codes = new Set<string>();
    // The common few ("€", "euros": "gate E7") are written with their sign, never a letter.
    const common = Object.values(CURRENCY_SYMBOLS);
    for (const s of new Set(text.match(RegExp(`[${CURRENCY_SIGN_CHARS}]`, 'g')))) {
      const c = currencySign(s);
      if (
        c &&
        !common.includes(c) &&
        new Intl.DisplayNames('en', { type: 'currency' }).of(c)!.split(' ').pop()![0] === ch
      )
        codes.add(c);
    }
    if (!codes.size)
      for (const [w] of text.matchAll(RegExp('\\b' + ch.toLowerCase() + '[a-z]+', 'g'))) {
        const c = currencyNamed([w]);
        if (c && !c.homograph && !common.includes(c.code)) codes.add(c.shared ? ch : c.code);
      }
    const [only] = codes;
    // The platform's signs (162 currency formats, some 20 ms on a first call) only for a letter
    // whose currency the text names: "G7" and "F16" need none.
    named[ch] =
      codes.size === 1
        ? [only, only === (platformSigns ??= readPlatformSigns()).get(ch)]
        : [codes.size ? '' : undefined, false];
  }
  const [c, said] = named[ch]!;
  // No currency of that initial named: a scaled amount ("R450m", "R2.5-billion") is money, the
  // letter standing for itself, as several currencies' sign ("K": kwacha, kina) or news's own ("P").
  if (c === undefined) return scaled ? ch : null;
  return /^[A-Z]/.test(c) && (sure || said) ? c : null;
}

/** Letters glued or set before a sign that say whose money it is ("US$", "C$", "hk $", and the
 * Ghanaian cedi's "GH¢"/"GH₵", where "¢" alone is cents), keyed with the sign. */
export const SIGN_PREFIXES = pairs(
  'us$:USD u.s$:USD c$:CAD ca$:CAD can$:CAD hk$:HKD a$:AUD au$:AUD aud$:AUD nz$:NZD nzd$:NZD s$:SGD sg$:SGD r$:BRL gh¢:GHS gh₵:GHS',
);

/** Codes that may be written in lower case next to an amount ("usd 200", "115usd", "6.25 btc"),
 * and the two that are no ISO code ("rmb", "btc"); an "M" before one means millions in finance
 * ("120 MEUR"). Every other code the platform knows counts only as written, in capitals. */
const LOWER_CASE_CODES = wordSet(
  'usd eur gbp jpy cny rmb chf cad aud nzd hkd inr rub btc sek nok dkk brl mxn zar sgd krw ils',
);
/** Codes that are also English words or names, so that "TOP 10" or "ALL 3" in a capitalised
 * headline stay numbers; after an amount ("300 TOP") they are still not taken. */
const CODES_THAT_ARE_WORDS = wordSet('all top try cup mop pen sos mad gel bob bam cad ron');

/** A currency code next to an amount, as a lower-case word `lw` and as written `v`, and its scale:
 * "usd" -> USD, "rmb" -> CNY, "PLN" -> PLN, and finance's "MEUR" (millions of euros) -> EUR x 1e6. */
export function currencyCode(lw: string, v = lw): [string, number] | null {
  const m = lw.length === 4 && lw[0] === 'm' && LOWER_CASE_CODES.has(lw.slice(1));
  const c = m ? lw.slice(1) : lw;
  if (m || LOWER_CASE_CODES.has(c)) return [c === 'rmb' ? 'CNY' : c.toUpperCase(), m ? 1e6 : 1];
  if (lw.length !== 3 || v === lw || v !== lw.toUpperCase() || CODES_THAT_ARE_WORDS.has(lw)) return null;
  return currentCodes().has(v) ? [v, 1] : null;
}

/** Currencies that one noun or sign writes ("Rs" and "rupees" every rupee, "pesos" every peso),
 * by the default's code, the default first. */
const HOMES: Record<string, string> = { INR: 'INR PKR LKR NPR', MXN: 'MXN CLP ARS COP' };

/** The currency a noun or sign several countries' money shares stands for: the one whose country
 * the text names most (the last word of its region's English name, which its people's also holds:
 * "Chile", "Chilean"; "Lanka", "Sri Lankan"), the default `code` on a tie or when it names none
 * (India's "Rs", Mexico's "pesos"); any other code as it is. */
export function homeOf(text: string, code: string): string {
  // Counted once per text and code: a text of many "pesos" would otherwise be read whole again at
  // each one (quadratic in its length).
  if (homesIn !== text) [homesIn, homes] = [text, {}];
  if (!homes[code]) {
    let most = 0;
    homes[code] = code;
    for (const c of HOMES[code]?.split(' ') ?? []) {
      const name = new Intl.DisplayNames('en', { type: 'region' }).of(c.slice(0, 2))!;
      const n = text.split(name.split(' ').pop()!).length;
      if (n > most) [most, homes[code]] = [n, c];
    }
  }
  return homes[code];
}

let homesIn = '';
let homes: Record<string, string> = {};

let codes: Set<string> | null = null;

/** Every code the platform knows as a current currency (cheap: no names asked). */
function currentCodes(): Set<string> {
  return (codes ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []));
}

/** Currency nouns the hand table gives a default to, where the platform's names share them among
 * several currencies ("dollar", "pound", "franc"), spellings it lacks ("rouble", "renminbi",
 * "bitcoin") and irregular plurals ("kronor", "lei"). "pound" is money only when the amount is
 * scaled or the text says sterling, otherwise it is a weight (see HOMOGRAPHS). */
const CURRENCY_WORDS = pairs(
  'dollar:USD euro:EUR pound:GBP cent:cents pence:pence penny:pence pennies:pence yen:JPY yuan:CNY renminbi:CNY rmb:CNY franc:CHF rupee:INR ruble:RUB rouble:RUB peso:MXN lira:TRY lire:ITL shekel:ILS riyal:SAR rand:ZAR krona:SEK kronor:SEK kronur:ISK krone:NOK kroner:NOK bitcoin:BTC btc:BTC deutschmark:DEM lei:RON quid:GBP buck:USD reichsmark:reichsmarks ostmark:ostmarks',
);
/** A currency's hundredths, named in words ("50 kopecks", "20 centavos", "500 paise"): the
 * platform names no minor unit, so these are kept by hand; like "cents" and "pence" their amount is
 * the count of coins, and the unit is the minor unit's plural. */
const MINOR_UNITS = pairs(
  'kopek:kopecks kopeck:kopecks kopeks:kopecks kopecks:kopecks kopeyka:kopecks kopeyki:kopecks centavo:centavos centime:centimes paisa:paise paise:paise grosz:groszy groszy:groszy pfennig:pfennigs satang:satang agora:agorot agorot:agorot halala:halalas piastre:piastres piaster:piastres kobo:kobo stotinka:stotinki stotinki:stotinki tiyin:tiyin tiyn:tiyin tyiyn:tiyin jiao:jiao kuai:CNY fils:fils lipa:lipa luma:luma tetri:tetri sen:sen groschen:groschen haler:halers centimo:centimos kurus:kurus bani:bani santims:santims centesimo:centesimi centesimi:centesimi eurocent:cents farthing:farthings ducat:ducats guineas:guineas',
);
for (const w in MINOR_UNITS) CURRENCY_WORDS[w] ??= MINOR_UNITS[w]!;
/** Hand-table nouns that several currencies share: after a qualifier the platform does not name
 * ("Confederate dollars", "French francs") they stand for themselves, not for the default. */
const SHARED_NOUNS = wordSet('dollar+ pound+ franc+ rupee+ peso+ lira lire riyal+ krona kronor krone kroner');
/** Plurals of currency nouns that English does not make with "s", as news writes them. */
const IRREGULAR_PLURALS: Record<string, string[]> = {
  krona: ['kronor', 'kronur'],
  krone: ['kroner'],
  leu: ['lei'],
  lev: ['leva'],
  real: ['reais'],
  // Peru's sol: news writes the Spanish plural ("62 million soles"); "sols" are Martian days.
  sol: ['soles'],
  koruna: ['koruny'],
  lira: ['lire', 'liri'],
  loti: ['maloti'],
};
/** Full names the platform lacks: what a former currency went by in English ("German Mark" is
 * the platform's name for DEM). */
const EXTRA_NAMES: [string, string][] = [
  ['deutsche mark', 'DEM'],
  ['d mark', 'DEM'],
  ['uae dirham', 'AED'],
  ['korean won', 'KRW'],
];
/** Currency nouns that are ordinary English words, peoples or places after a number ("40 marks"
 * out of 50, "5 real problems", "25 pounds" of weight, "300 Guarani"): alone they are money only
 * when the amount is scaled ("3 million won"); a nationality before them makes them money
 * ("Brazilian reais"). */
const HOMOGRAPHS = wordSet(
  'pound mark real won sol colon dram austral kip dong inti afghani guarani cordoba zaire quetzal balboa leone crown',
);

interface CurrencyTables {
  /** Full names in lower case, words joined by one space, singular and plural ("swiss francs"). */
  names: Map<string, string>;
  /** A name's last word (singular and plural) -> its code, or '' when the noun names several
   * currencies and the hand table gives none a default ("dinars", "won"). */
  nouns: Map<string, string>;
}
let tables: CurrencyTables | null = null;

/** The platform's names (Intl.DisplayNames) of its currencies (Intl.supportedValuesOf), read on
 * first use. */
function currencyTables(): CurrencyTables {
  if (tables) return tables;
  const names = new Map<string, string>();
  const nounCodes = new Map<string, Set<string>>();
  const currentNouns = new Set<string>();
  let display: Intl.DisplayNames | null = null;
  try {
    display = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });
  } catch {
    /* no display names: codes and the hand table only */
  }
  /** `former`: a currency no longer issued names itself in full ("Spanish pesetas", "Irish pounds")
   * and by a noun of its own ("pesetas", "drachmas"), but never takes a noun from a current one
   * ("marks", "escudos" stay the current currencies'). */
  const add = (code: string, name: string, former = false) => {
    // "Zimbabwean Dollar (2009–2024)", "Belgian Franc (financial)": the variant note is no part of the name.
    const words = fold(name.replace(/\s*\(.*\)$/, ''))
      .split(/[^a-z]+/)
      .filter(Boolean);
    // One-word names are metals and accounting units ("Gold", "Sucre"; "Euro" is in the hand table).
    if (
      words.length < 2 ||
      words.some(
        (w) =>
          w === 'unit' ||
          w === 'units' ||
          w === 'currency' ||
          w === 'code' ||
          w === 'rights' ||
          w === 'funds' ||
          w === 'index',
      )
    )
      return;
    const full = words.join(' ');
    if (names.has(full)) return; // a later issue of a currency already named ("Sierra Leonean Leone (1964—2022)")
    const noun = words[words.length - 1]!;
    const pre = words.slice(0, -1);
    const q = pre[pre.length - 1]!;
    // Also by the country's name ("Kenya shillings", "Zimbabwe dollars", "Taiwan dollars"), and a
    // crown by its English name ("Czech crowns").
    const pres = [pre.join(' '), ...(pre[0] === 'new' ? [pre.slice(1).join(' ')] : [])];
    if (q.endsWith('an'))
      pres.push([...pre.slice(0, -1), q.slice(0, -1)].join(' '), [...pre.slice(0, -1), q.slice(0, -2)].join(' '));
    const crown = /^kr?o[rn]/.test(noun) ? ['crown'] : [];
    for (const p of pres)
      for (const form of [...forms(noun), ...crown.flatMap(forms)])
        if (p && !names.has(p + ' ' + form)) names.set(p + ' ' + form, code);
    if (former && currentNouns.has(noun)) return;
    // A crown is also a noun of its own, which the crowns share ("2 billion crowns").
    for (const n of [noun, ...crown]) {
      let set = nounCodes.get(n);
      if (!set) nounCodes.set(n, (set = new Set()));
      set.add(code);
    }
  };
  if (display) {
    for (const code of currentCodes()) {
      const n = display.of(code);
      if (n) add(code, n);
    }
    for (const noun of nounCodes.keys()) currentNouns.add(noun);
    // Former currencies: the platform names them when asked by code (the codes are kept in
    // former-currencies.json, found by asking Node's ICU for every three-letter code); a browser
    // that does not know one gives no name and the code is skipped (Firefox ESR 153 names all
    // of them, Chromium 156 none: there "French francs" stays the shared noun "francs").
    // A plain name before a variant's ("Belgian Franc" is BEF, not "Belgian Franc (convertible)").
    const former = FORMER_CODES.map((code) => [code, display!.of(code)] as const);
    for (const variants of [false, true])
      for (const [code, n] of former) if (n && n.endsWith(')') === variants) add(code, n, true);
  }
  for (const [name, code] of EXTRA_NAMES) {
    const words = name.split(' ');
    const noun = words.pop()!;
    for (const form of forms(noun)) names.set([...words, form].join(' '), code);
  }
  const nouns = new Map<string, string>();
  for (const [noun, set] of nounCodes) {
    const code = set.size === 1 ? [...set][0]! : (CURRENCY_WORDS[noun] ?? '');
    for (const form of forms(noun)) nouns.set(form, code);
  }
  tables = { names, nouns };
  return tables;
}

/** The words that end the platform's currency names and nouns, sorted, without a plural in "-s"
 * whose singular is there too (`mayEndCurrency` reads it back): what currency-nouns.json keeps
 * (written by test/tools/currency-nouns.ts; a unit test checks it against the platform). */
export function platformCurrencyNouns(): string[] {
  const { names, nouns } = currencyTables();
  const ends = new Set(nouns.keys());
  for (const name of names.keys()) ends.add(name.slice(name.lastIndexOf(' ') + 1));
  return [...ends].filter((w) => !(w.endsWith('s') && ends.has(w.slice(0, -1)))).sort();
}

/** Lower case without accents ("Króna" -> "krona", "Córdoba" -> "cordoba", "Paʻanga" -> "paanga");
 * a stroked l, which does not decompose, as its plain letter ("złoty" -> "zloty"). */
function fold(w: string): string {
  const lw = w.toLowerCase();
  return /[^\x00-\x7f]/.test(lw)
    ? lw
        .normalize('NFD')
        .replace(/[\u0300-\u036f\u02bb\u02bc]/g, '')
        .replace(/ł/g, 'l')
    : lw;
}

/** A currency noun as it may be written after an amount: singular and plurals. */
function forms(noun: string): string[] {
  // A foreign noun in "-y" takes a plain "s" as often as "-ies" ("zlotys", "zloties").
  const ys = /[^aeiou]y$/.test(noun) ? [noun + 's'] : [];
  return [noun, noun.endsWith('s') ? noun : plural(noun), ...ys, ...(IRREGULAR_PLURALS[noun] ?? [])];
}

/** A currency named by the words after an amount: `words` are their lower-case spellings, in
 * order. Returns the code (or the noun as written, for one shared by several currencies), how many
 * words the name took, and whether it is a lone noun that is also an English word (HOMOGRAPHS),
 * which the caller accepts only after a scaled amount, and whether the noun is one several
 * currencies share. Longest name first: "south african rand",
 * "hong kong dollars", "deutsche marks", then a lone noun ("francs", "baht", "kuna"). */
export function currencyNamed(
  words: readonly string[],
): { code: string; words: number; homograph: boolean; shared: boolean } | null {
  if (words[0] === undefined) return null;
  const first = fold(words[0]);
  const hand = CURRENCY_WORDS[first];
  // "10 euro cents": the minor unit, as "eurocents".
  if (first === 'euro' && /^cents?$/.test(words[1] ?? ''))
    return { code: 'cents', words: 2, homograph: false, shared: false };
  const folded = words.slice(0, 4).map(fold);
  // The platform's tables only where they can answer (V8's first Intl.DisplayNames costs some 20 ms,
  // on the engine's first call): a name of two words or more ends in one of their nouns after the
  // first word, and a lone noun is theirs only where the hand table has none ("5 million dollars in").
  const t =
    (hand === undefined && mayEndCurrency(first)) || folded.some((w, i) => i > 0 && mayEndCurrency(w))
      ? currencyTables()
      : null;
  for (let n = t ? folded.length : 0; n >= 2; n--) {
    const code = t!.names.get(folded.slice(0, n).join(' '));
    if (code) return { code, words: n, homograph: false, shared: false };
  }
  const code = hand ?? t?.nouns.get(first);
  if (code === undefined) return null;
  const homograph = HOMOGRAPHS.has(singular(first));
  // A noun several currencies share stands for itself ("500 dinars", "3 million won"), and so does
  // a lone English word ("5 million marks" may be German, Finnish or Bosnian).
  const shared = code === '' || SHARED_NOUNS.has(first) || (homograph && hand === undefined);
  return { code: shared && hand === undefined ? first : code, words: 1, homograph, shared };
}

/** A currency noun's singular, as far as HOMOGRAPHS needs it ("pounds" -> "pound", "reais" -> "real"). */
function singular(w: string): string {
  return w === 'reais' ? 'real' : w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Units of measure, "family;unit=spelling spelling|unit=...", read into spelling -> [unit, family].
 * The short, ambiguous spellings ("m", "t", "in") are only accepted glued to the number. */
const UNIT_DATA =
  'length;mm=mm millimetre millimeter|cm=cm centimetre centimeter|m=m metre meter|km=km kms kilometre kilometer|dm=dm decimetre decimeter|pm=picometre picometer|in=in inch inches|ft=ft foot feet|yd=yd yard|mi=mi mile|ly=light-year' +
  '#weight;mg=mg milligram milligramme|μg=μg µg mcg microgram microgramme|g=g gram gramme|kg=kg kgs kilogram kilogramme kilo|t=t tonne ton|lb=lb lbs pound|oz=oz ounce|ct=carat' +
  '#volume;ml=ml millilitre milliliter|l=l litre liter|gal=gal gallon|bbl=bbl barrel|cup=cup|tbsp=tbsp tablespoon|tsp=tsp teaspoon|pt=pint' +
  '#area;ha=ha hectare|acre=acre|km²=km2|m²=m2#speed;mph=mph|km/h=kph kmh|kn=knot' +
  '#data;bit=bit|B=byte|KB=kb kilobyte|MB=mb megabyte megabit|GB=gb gigabyte gigabit|TB=tb terabyte|Mbps=mbps|Gbps=gbps' +
  '#temperature;°C=celsius centigrade celcius °c|°F=fahrenheit farenheit °f|K=kelvin|°=degree deg °#angle;rad=rad radian|degrees=arc-degree|turns=turn' +
  '#power;W=watt|kW=kw kilowatt|MW=mw megawatt|GW=gw gigawatt|kWh=kwh|V=volt|mAh=mah' +
  '#frequency;Hz=hz|MHz=mhz|GHz=ghz' +
  '#time;seconds=sec second|minutes=min minute|hours=hr hrs hour|days=day|weeks=week|months=month|years=yr yrs year|decades=decade|centuries=century|millennia=millennium millennia' +
  '#rate;basis points=basis-point bp bps';

const UNITS = dict<[string, UnitFamily]>();
for (const fam of UNIT_DATA.split('#')) {
  const [family, list] = fam.split(';') as [UnitFamily, string];
  for (const group of list.split('|')) {
    const [unit, words] = group.split('=') as [string, string];
    for (const w of words.split(' ')) UNITS[w] = [unit, family];
  }
}
// Plurals are listed up front ("miles", "centuries", "francs") so that a lookup is one access.
for (const table of [UNITS, CURRENCY_WORDS] as Record<string, unknown>[]) {
  for (const w in table) {
    const pl = w.length < 3 || w.endsWith('s') ? '' : plural(w);
    if (pl) table[pl] ??= table[w];
  }
}

/** The unit spelled by a lower-case word, singular or plural ("mile", "miles", "feet"). */
export function lookupUnit(lw: string): [string, UnitFamily] | null {
  return UNITS[lw] ?? null;
}

/** Family of a measure's unit as the engine writes it (for evaluators and the popup's grouping). */
export function unitFamily(unit: string): UnitFamily | null {
  if (/ old$/.test(unit)) return 'age';
  for (const w in UNITS) if (UNITS[w]![0] === unit) return UNITS[w]![1];
  return /²$/.test(unit) ? 'area' : /³$/.test(unit) ? 'volume' : /\/[hs]$/.test(unit) ? 'speed' : null;
}
