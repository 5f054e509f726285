// What may follow or precede a number: currencies and units of measure. Tables only, each one
// compact string split at load, so that a new unit is one word and the bundle stays small.
import { dict } from './number-words';

/** Unit families; the evaluator uses them to tell ages and temperatures from other measures. */
export type UnitFamily = 'length' | 'weight' | 'volume' | 'area' | 'speed' | 'data' | 'temperature' | 'angle' | 'power' | 'time' | 'age';

/** Splits "k1:v1 k2:v2" into a prototype-free table. */
function pairs(s: string): Record<string, string> {
  const d = dict<string>();
  for (const p of s.split(' ')) { const [k, v] = p.split(':'); d[k!] = v!; }
  return d;
}

/** Currency symbols written before (or, in some styles, after) the amount. */
export const CURRENCY_SYMBOLS = pairs('$:USD £:GBP €:EUR ¥:JPY ₹:INR ₽:RUB ₿:BTC ₩:KRW ₪:ILS 元:CNY ரூ:LKR');

/** Letters glued or set before "$" that say whose dollar it is ("US$", "C$", "hk $"). */
export const DOLLAR_PREFIXES = pairs('us:USD u.s:USD u.s.:USD c:CAD ca:CAD can:CAD hk:HKD a:AUD au:AUD aud:AUD nz:NZD nzd:NZD s:SGD sg:SGD r:BRL');

/** ISO-style codes used next to an amount ("USD 200", "115USD", "6.25 BTC"); an "M" before one
 * means millions in finance ("120 MEUR"). */
export const CURRENCY_CODES = new Set('usd eur gbp jpy cny rmb chf cad aud nzd hkd inr rub btc sek nok dkk brl mxn zar sgd krw ils'.split(' '));

/** A currency code as a lower-case word and its scale: "usd" -> USD, "rmb" -> CNY, and finance's
 * "meur" (millions of euros) -> EUR x 1e6. */
export function currencyCode(lw: string): [string, number] | null {
  const m = lw.length === 4 && lw[0] === 'm' && CURRENCY_CODES.has(lw.slice(1));
  const c = m ? lw.slice(1) : lw;
  return m || CURRENCY_CODES.has(c) ? [c === 'rmb' ? 'CNY' : c.toUpperCase(), m ? 1e6 : 1] : null;
}

/** Currency names after an amount ("14.27 cents", "528 million francs"). "pound" is money only
 * when the amount is scaled or the text says sterling, otherwise it is a weight (figures.ts). */
const CURRENCY_WORDS = pairs('dollar:USD euro:EUR pound:GBP cent:cents pence:pence penny:pence pennies:pence yen:JPY yuan:CNY renminbi:CNY rmb:CNY kuai:CNY mao:CNY franc:CHF rupee:INR ruble:RUB rouble:RUB peso:MXN lira:TRY lire:TRY shekel:ILS dinar:dinars riyal:SAR rand:ZAR krona:SEK kronor:SEK krone:NOK kroner:NOK baht:THB ringgit:MYR bitcoin:BTC btc:BTC');

/** Units of measure, "family;unit=spelling spelling|unit=...", read into spelling -> [unit, family].
 * The short, ambiguous spellings ("m", "t", "in") are only accepted glued to the number. */
const UNIT_DATA =
  'length;mm=mm millimetre millimeter|cm=cm centimetre centimeter|m=m metre meter|km=km kms kilometre kilometer|dm=dm decimetre decimeter|pm=picometre picometer|in=in inch inches|ft=ft foot feet|yd=yd yard|mi=mi mile|ly=light-year' +
  '#weight;mg=mg milligram milligramme|μg=μg µg mcg microgram microgramme|g=g gram gramme|kg=kg kgs kilogram kilogramme kilo|t=t tonne ton|lb=lb lbs pound|oz=oz ounce|ct=carat' +
  '#volume;ml=ml millilitre milliliter|l=l litre liter|gal=gal gallon|bbl=bbl barrel|cup=cup|tbsp=tbsp tablespoon|tsp=tsp teaspoon|pt=pint' +
  '#area;ha=ha hectare|acre=acre|km²=km2|m²=m2#speed;mph=mph|km/h=kph kmh|kn=knot' +
  '#data;bit=bit|B=byte|KB=kb kilobyte|MB=mb megabyte megabit|GB=gb gigabyte gigabit|TB=tb terabyte|Mbps=mbps|Gbps=gbps' +
  '#temperature;°C=celsius celcius centigrade °c|°F=fahrenheit farenheit °f|°=degree deg °#angle;rad=rad radian|degrees=arc-degree' +
  '#power;W=watt|kW=kw kilowatt|MW=mw megawatt|GW=gw gigawatt|kWh=kwh|V=volt' +
  '#time;seconds=sec second|minutes=min minute|hours=hr hrs hour|days=day|weeks=week|months=month|years=yr yrs year|decades=decade|centuries=century|millennia=millennium millennia';

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
    const pl = w.length < 3 || w.endsWith('s') ? '' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
    if (pl) table[pl] ??= table[w];
  }
}

/** The unit spelled by a lower-case word, singular or plural ("mile", "miles", "feet"). */
export function lookupUnit(lw: string): [string, UnitFamily] | null {
  return UNITS[lw] ?? null;
}

/** Currency named by a lower-case word after an amount, singular or plural ("dollars", "pennies"). */
export function lookupCurrencyWord(lw: string): string | null {
  return CURRENCY_WORDS[lw] ?? null;
}

/** Family of a measure's unit as the engine writes it (for evaluators and the popup's grouping). */
export function unitFamily(unit: string): UnitFamily | null {
  if (/ old$/.test(unit)) return 'age';
  for (const w in UNITS) if (UNITS[w]![0] === unit) return UNITS[w]![1];
  return /²$/.test(unit) ? 'area' : /³$/.test(unit) ? 'volume' : /\/h$/.test(unit) ? 'speed' : null;
}
