import {
  BREAK,
  CLASS,
  DIGIT,
  LETTER,
  OTHER,
  SPACE,
  isAsciiAlnum,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  isBlank,
  isSpace,
  isDigit,
  isJoiner,
  isLetter,
  isLetterOrDigit,
  isLowerCase,
  isNumeral,
  isNumeralPoint,
  isLowerCasePoint,
  isSmallWordEnding,
  isUpperCasePoint,
  isSurrogate,
  isUpperCase,
  isWordChar,
} from './chars';

const code = (ch: string) => ch.charCodeAt(0);
/** Every code unit, as the regexes the predicates stand for would see it alone. */
const ALL_CODE_UNITS = Array.from({ length: 65536 }, (_, c) => c);

describe('ASCII predicates', () => {
  test.each<[string, (c: number) => boolean, string, string]>([
    ['isDigit', isDigit, '0123456789', '/:aZ \u0660\uff10'],
    ['isAsciiLetter', isAsciiLetter, 'azAZmQ', '@[`{09 é_'],
    ['isAsciiUpper', isAsciiUpper, 'AZM', 'az@[É0'],
    ['isAsciiLower', isAsciiLower, 'azm', 'AZ`{é0'],
    ['isAsciiAlnum', isAsciiAlnum, 'aZ09', ' _-.é'],
    ['isJoiner', isJoiner, "'’.&-", ',/ "‘–'],
  ])('%s', (_name, test, yes, no) => {
    for (const ch of yes) expect([ch, test(code(ch))]).toEqual([ch, true]);
    for (const ch of no) expect([ch, test(code(ch))]).toEqual([ch, false]);
  });

  test('a read past the end of the text (NaN) is nothing', () => {
    const past = ''.charCodeAt(0);
    for (const test of [isDigit, isAsciiLetter, isAsciiUpper, isAsciiLower, isAsciiAlnum, isJoiner, isBlank]) {
      expect(test(past)).toBe(false);
    }
    for (const test of [isLetter, isLetterOrDigit, isWordChar, isUpperCase]) expect(test(past)).toBe(false);
    expect(CLASS[past]).toBeUndefined();
  });
});

describe('Unicode predicates answer as their regex does, for every code unit', () => {
  test.each<[string, (c: number) => boolean, RegExp]>([
    ['isLetterOrDigit', isLetterOrDigit, /[\p{L}\p{N}]/u],
    ['isWordChar', isWordChar, /[\p{L}\p{N}\p{M}]/u],
    ['isUpperCase', isUpperCase, /\p{Lu}/u],
    ['isLetter', isLetter, /\p{L}/u],
    ['isLowerCase', isLowerCase, /\p{Ll}/u],
    ['isNumeral', isNumeral, /\p{N}/u],
  ])('%s', (_name, test, regex) => {
    const disagree = ALL_CODE_UNITS.filter((c) => test(c) !== regex.test(String.fromCharCode(c)));
    expect(disagree.map((c) => c.toString(16))).toEqual([]);
  });

  test('examples', () => {
    expect(isWordChar(code('é'))).toBe(true);
    expect(isWordChar(0x0301)).toBe(true); // a combining acute accent stays inside a word
    expect(isLetterOrDigit(0x0301)).toBe(false);
    expect(isWordChar(code('ж'))).toBe(true);
    expect(isWordChar(code('٣'))).toBe(true);
    expect(isWordChar(0xa0)).toBe(false);
    expect(isWordChar(code('’'))).toBe(false);
    expect(isUpperCase(code('Ж'))).toBe(true);
    expect(isUpperCase(code('ж'))).toBe(false);
    expect(isUpperCase(code('1'))).toBe(false);
    // A surrogate half is no letter on its own, even when the pair is one.
    expect(isLetterOrDigit('𝐀'.charCodeAt(0))).toBe(false);
    expect(isSurrogate('𝐀'.charCodeAt(0))).toBe(true);
    expect(isSurrogate('𝐀'.charCodeAt(1))).toBe(true);
    expect(isSurrogate(code('’'))).toBe(false);
    expect(isSurrogate(0xe000)).toBe(false);
  });
});

describe('isBlank', () => {
  test('spaces, controls and invisible format characters; not visible punctuation', () => {
    for (const c of [32, 9, 10, 13, 0, 0xa0, 0xad, 0x2009, 0x200b, 0x200e, 0xfeff]) expect(isBlank(c)).toBe(true);
    for (const ch of 'a0.,—‘"') expect(isBlank(code(ch))).toBe(false);
  });
});

describe('isSpace', () => {
  test('spaces between words, typographic ones included; not invisible joiners or other marks', () => {
    for (const c of [32, 9, 10, 13, 0xa0, 0x2002, 0x2009, 0x200b, 0x202f, 0x3000]) expect(isSpace(c)).toBe(true);
    for (const c of [0, 0xad, 0x200c, 0x200d, 0xfeff, code('a'), code('.'), code('“')]) expect(isSpace(c)).toBe(false);
  });
});

describe('CLASS, the figures table', () => {
  test.each<[string, number]>([
    ['a', LETTER],
    ['Z', LETTER],
    ['é', LETTER],
    ['Ł', LETTER],
    ['µ', LETTER],
    ['μ', LETTER],
    ['ж', OTHER], // figures are read in Latin letters
    ['×', OTHER],
    ['÷', OTHER],
    ['7', DIGIT],
    ['٣', OTHER],
    [' ', SPACE],
    ['\u00a0', SPACE],
    ['\u202f', SPACE],
    ['\u200b', SPACE],
    ['\n', BREAK],
    ['\u2029', BREAK],
    [',', OTHER],
  ])('%j', (ch, cls) => {
    expect(CLASS[code(ch)]).toBe(cls);
  });
});

describe('code-point predicates and isSmallWordEnding answer as their regexes do', () => {
  test.each<[string, (cp: number) => boolean, RegExp]>([
    ['isLowerCasePoint', isLowerCasePoint, /^\p{Ll}/u],
    ['isUpperCasePoint', isUpperCasePoint, /^\p{Lu}/u],
    ['isNumeralPoint', isNumeralPoint, /^\p{N}/u],
  ])('%s, on every BMP code point and every third beyond', (_name, test, regex) => {
    const disagree: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 3) {
      const ch = String.fromCodePoint(cp);
      if (test(ch.codePointAt(0)!) !== regex.test(ch)) disagree.push(cp.toString(16));
    }
    expect(disagree).toEqual([]);
    expect(test(''.codePointAt(0) as unknown as number)).toBe(false);
  });

  test('isSmallWordEnding, on 100,000 generated words', () => {
    const pieces = [
      'a',
      'ed',
      'ly',
      's',
      'ing',
      'é',
      'ß',
      'ж',
      'A',
      'Ж',
      '-',
      "'",
      '1',
      '\ud835\udc1a',
      '\ud835\udc00',
      '\ud800',
    ];
    const cases: [number, string][] = [
      [3, 'ed'],
      [3, 's'],
      [3, 'ly'],
      [1, 'ly'],
      [2, 'ing'],
      [3, 'ing'],
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const disagree: string[] = [];
    let matches = 0;
    for (let n = 0; n < 100_000; n++) {
      let w = '';
      for (let k = 1 + Math.floor(next() * 7); k > 0; k--)
        w += pieces[Math.floor(next() * (next() < 0.8 ? 5 : pieces.length))];
      for (const [least, suffix] of cases) {
        const expected = new RegExp(`^\\p{Ll}{${least},}${suffix}$`, 'u').test(w);
        if (expected) matches++;
        if (isSmallWordEnding(w, least, suffix) !== expected) disagree.push(`${JSON.stringify(w)} ${least} ${suffix}`);
      }
    }
    expect(disagree.slice(0, 5)).toEqual([]);
    expect(matches).toBeGreaterThan(20_000);
    expect(isSmallWordEnding('voted', 3, 'ed')).toBe(true);
    expect(isSmallWordEnding('Voted', 3, 'ed')).toBe(false);
    expect(isSmallWordEnding('led', 3, 'ed')).toBe(false);
  });
});
