// The engine's first call in a fresh background pays for every table and regex it meets; what
// replaces one of them for start-up's sake must answer exactly as the original did.
import {
  JOINED_NAME,
  LATER_NAME,
  OWNER_NAME,
  PRODUCT_SUBJECT,
  joinedNameStart,
  laterNames,
  opensWithProduct,
  ownerNames,
} from './entities';
import { ANCHOR_WORDS, buildScanner } from './figures';
import {
  CAPITAL_OR_NUMBER_CHAR,
  LETTER_OR_DIGIT,
  NAME_BEFORE_NICKNAME,
  TITLE_THEN_ROLE,
  firstLetterKind,
  nameBeforeNickname,
  titleThenRole,
} from './non-speech';
import { CAPITALISED_WORD_BEFORE, followsCapitalisedWord, givenNameSecond } from './entities';
import { TRANSCRIPT, transcriptName } from './attribution';
import { ASIDE_ON_A_NAME, asideOnAName } from './analyze';
import { endsInLetterOrDigit, isRegexSpace, smallWordAfterFirst } from './chars';
import { INNER_CAPITAL, innerCapitals } from './speaker-confidence';
import { TURN, turnIn } from './unmarked-speech';
import { PRONOUN_BEFORE, WORD_BEFORE, pronounBefore, verbWordBefore } from './speech-verbs';
import { NOT_DESCRIPTOR_START, notDescriptorStart } from './speaker-mentions';
import { CURRENCY_SIGN_CHARS } from './figure-units';
import { OPENING_MARKS, inCharacterClass } from './mark-glyphs';
import { isSmallWordEnding } from './chars';
import { opensSentence } from './sentences';
import { startsSentence } from './analyze';
import { inCapitals } from './sentence-cues';
import { smallPlural } from './reported-speech';
import { titleCased } from './non-speech';

/** What opensSentence read from JOINED_NAME: the index of its name group, or -1. */
function byRegex(before: string): number {
  const m = JOINED_NAME().exec(before);
  return m ? m.index + m[0].indexOf(m[1]!) : -1;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads `count` texts from `generate` with `compare`, which says whether the hand-written reading
 * agreed with the regex it replaces and how many regex matches the text held: the texts they
 * disagreed on (the first five) and the matches seen, so a test can ask for enough of them for a
 * wrong reading to show. */
function compareOnGenerated(
  count: number,
  generate: () => string,
  compare: (s: string) => { same: boolean; matches: number },
): { disagree: string[]; matches: number } {
  const disagree: string[] = [];
  let matches = 0;
  for (let n = 0; n < count && disagree.length < 5; n++) {
    const s = generate();
    const result = compare(s);
    matches += result.matches;
    if (!result.same) disagree.push(JSON.stringify(s));
  }
  return { disagree, matches };
}

/** A text of 1 to 10 pieces, nine in ten drawn from `common`, the rest from `rare`. */
function mixedText(next: () => number, common: string[], rare: string[]): string {
  let s = '';
  const length = 1 + Math.floor(next() * 10);
  for (let k = 0; k < length; k++)
    s += next() < 0.9 ? common[Math.floor(next() * common.length)] : rare[Math.floor(next() * rare.length)];
  return s;
}

/** A text of 1 to `most` pieces drawn from `pieces`. */
function piecesText(next: () => number, pieces: string[], most: number): string {
  let s = '';
  const length = 1 + Math.floor(next() * most);
  for (let k = 0; k < length; k++) s += pieces[Math.floor(next() * pieces.length)];
  return s;
}

describe('joinedNameStart reads JOINED_NAME without the regex', () => {
  test('examples', () => {
    expect(joinedNameStart('Lund and ')).toBe(0);
    expect(joinedNameStart('He met Ann Lund, and ')).toBe(7);
    expect(joinedNameStart('“Ann Lund and ')).toBe(1);
    expect(joinedNameStart('the mayor and ')).toBe(-1);
    expect(joinedNameStart('Ann Lund said')).toBe(-1);
  });

  test('the same answer as the regex on 200,000 generated texts', () => {
    // Pieces the regex reacts to: capitals and lower case in and beyond ASCII, its word
    // characters, spaces, a comma, other non-letters, and the " and " that ends a match.
    const pieces = [
      'A',
      'Lund',
      'Ole',
      'É',
      'Ž',
      'ß',
      'a',
      'b',
      'é',
      'ж',
      'Ж',
      'ǅ',
      ' ',
      ' ',
      '  ',
      ',',
      '.',
      '-',
      "'",
      '’',
      '"',
      '“',
      '1',
      '\n',
      '\u00a0',
      ' and ',
      'and',
      'And',
      'O’Neil',
      'St.',
      'Jean-Luc',
      '\ud835\udc00',
      '\ud800',
    ];
    const names = [
      'Ann',
      'Lund',
      'O’Neil',
      'St.',
      'Jean-Luc',
      'van',
      'Ž',
      'ǅ',
      'X.',
      'de',
      'MacA',
      'a-B',
      "'T",
      '\ud835\udc00x',
    ];
    const next = random(17);
    const generate = () => {
      let s = piecesText(next, pieces, 9);
      // Half the texts end in a run of names one space apart (up to six words: four at most count).
      if (next() < 0.5) {
        const words = 1 + Math.floor(next() * 6);
        for (let k = 0; k < words; k++) s += (k ? ' ' : '') + names[Math.floor(next() * names.length)];
      }
      const r = next();
      if (r < 0.6) s += ' and ';
      else if (r < 0.8) s += ', and ';
      return s;
    };
    const { disagree } = compareOnGenerated(200_000, generate, (s) => {
      const expected = byRegex(s);
      return { same: joinedNameStart(s) === expected, matches: expected >= 0 ? 1 : 0 };
    });
    expect(disagree).toEqual([]);
  });
});

describe("the figure scanner's table", () => {
  /** The table as it was first written: every cell of every state decided in turn (a trie of the
   * words over columns 0 word end, 1-26 a-z, 27 another letter, 28 a digit or sign; states 0 dead,
   * 1 between words; -1 stop, else the next state times 32). */
  function everyCell(words: readonly string[]): number[] {
    const children: number[][] = [[], []];
    const accepting = [false, false];
    for (const w of words) {
      let state = 1;
      for (const ch of w) {
        const col = ch.charCodeAt(0) - 96;
        if (children[state]![col] === undefined) {
          children[state]![col] = children.length;
          children.push([]);
          accepting.push(false);
        }
        state = children[state]![col]!;
      }
      accepting[state] = true;
    }
    const cells: number[] = [];
    for (let state = 0; state < children.length; state++)
      for (let col = 0; col < 32; col++) {
        let next: number;
        if (col === 0) next = accepting[state] ? -1 : 1;
        else if (col === 28) next = -1;
        else if (col < 27 && state !== 0) next = children[state]![col] ?? 0;
        else next = 0;
        cells.push(next === -1 ? -1 : next * 32);
      }
    return cells;
  }

  test.each([
    ['the anchor words', ANCHOR_WORDS],
    ['words that share beginnings', ['ten', 'tens', 'tenth', 'thousand', 'three', 'a', 'zillion']],
  ])('written only where it differs from DEAD, it is the same table: %s', (_name, words) => {
    const { step, accepts } = buildScanner(words);
    expect(Array.from(step)).toEqual(everyCell(words));
    expect(accepts.length * 32).toBe(step.length);
    expect(ANCHOR_WORDS.length).toBeGreaterThan(50);
  });

  test('the anchor words are lower-case ASCII letters only: the table has no column for others', () => {
    expect(ANCHOR_WORDS.filter((w) => !/^[a-z]+$/.test(w))).toEqual([]);
  });
});

describe('opensWithProduct reads PRODUCT_SUBJECT without the regex', () => {
  test('examples', () => {
    expect(opensWithProduct('The Zephyr 9 went on sale in May.')).toBe(true);
    expect(opensWithProduct('It grew. Acme 3000 sells well')).toBe(true);
    expect(opensWithProduct('It grew. Acme X200 sells well')).toBe(false);
    expect(opensWithProduct('He said. “The iPhone 12 Pro is')).toBe(false);
    expect(opensWithProduct('He said.” The iPhone 12 Pro is')).toBe(true);
    expect(opensWithProduct('In 2019, the firm grew')).toBe(false);
    expect(opensWithProduct('the Zephyr 9 went')).toBe(false);
  });

  test('the same answer as the regex on 200,000 generated texts', () => {
    // Pieces the regex reacts to: sentence ends and closing quotes, white space of several kinds,
    // "The", capitalised and small words in and beyond ASCII, hyphens, numerals of other scripts.
    const pieces = [
      '.',
      '!',
      '?',
      ',',
      '"',
      '”',
      '’',
      '“',
      ' ',
      ' ',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '\u2028',
      '\u200b',
      'The',
      'The ',
      'Zephyr',
      'X200',
      'iPhone',
      'Ž',
      'ǅ',
      'é',
      'ж',
      'a',
      'sells',
      '-',
      '9',
      '12',
      '٣',
      '½',
      '²',
      'Ⅻ',
      '\ud835\udc00',
      '\ud800',
    ];
    const next = random(29);
    const generate = () => {
      let s = '';
      const length = 1 + Math.floor(next() * 14);
      // Half the texts are words and numerals one white space apart, most often a match's shape.
      const words = [
        'The',
        'Zephyr',
        'X200',
        'iPhone',
        'Ž',
        'é',
        'sells',
        'a',
        '9',
        '12-B',
        '٣',
        '½',
        'so.’',
        'it?”',
        'go!"',
        'x.',
      ];
      const spaced = next() < 0.5;
      for (let k = 0; k < length; k++)
        s += spaced && k % 2 ? ' ' : (spaced ? words : pieces)[Math.floor(next() * (spaced ? words : pieces).length)];
      return s;
    };
    const { disagree, matches } = compareOnGenerated(200_000, generate, (s) => {
      const matched = PRODUCT_SUBJECT().test(s);
      return { same: opensWithProduct(s) === matched, matches: matched ? 1 : 0 };
    });
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(1000);
  });
});

describe('isRegexSpace', () => {
  test('is what \\s matches, on every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('pronounBefore and verbWordBefore read PRONOUN_BEFORE and WORD_BEFORE without the regexes', () => {
  test('examples', () => {
    expect(pronounBefore('. He  ')).toBe(true);
    expect(pronounBefore('the  ')).toBe(false);
    expect(pronounBefore('Shelly ')).toBe(false);
    expect(verbWordBefore('analysts ')).toBe(true);
    expect(verbWordBefore('He ALREADY ')).toBe(true);
    expect(verbWordBefore('“n’t ')).toBe(true);
    expect(verbWordBefore('don’t ')).toBe(false);
    expect(verbWordBefore('the y ')).toBe(false);
    expect(verbWordBefore('haſ ')).toBe(true);
  });

  test('the same answers as the regexes on 200,000 generated texts', () => {
    // Pieces the regexes react to: their words in either case, the long s and U+0345 (which the
    // i flag folds to letters), letters beyond ASCII, apostrophes, white space and non-letters.
    const pieces = [
      'he',
      'She',
      'THEY',
      'we',
      'I',
      'it',
      'iT',
      'has',
      'haſ',
      'Would',
      'already',
      'n',
      'N',
      "'",
      '’',
      't',
      'T',
      's',
      'S',
      'ly',
      'lY',
      'x',
      'é',
      'ж',
      'İ',
      '\u0345',
      '\u0307',
      '1',
      '-',
      '.',
      '“',
      ' ',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '\u2028',
      '\ud835\udc00',
      '\ud800',
    ];
    const next = random(31);
    const generate = () => {
      const s = piecesText(next, pieces, 6);
      return next() < 0.7 ? s + (next() < 0.5 ? ' ' : ' \u00a0') : s;
    };
    const { disagree, matches } = compareOnGenerated(200_000, generate, (s) => {
      const pronoun = PRONOUN_BEFORE().test(s);
      const word = WORD_BEFORE().test(s);
      return {
        same: pronounBefore(s) === pronoun && verbWordBefore(s) === word,
        matches: (pronoun ? 1 : 0) + (word ? 1 : 0),
      };
    });
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(10_000);
  });
});

describe('laterNames reads LATER_NAME without the regex', () => {
  test('examples', () => {
    expect(laterNames('she told Ann Lund’s aide and O’Neil')).toEqual([
      [9, 'Ann Lund’s'],
      [29, 'O’Neil'],
    ]);
    expect(laterNames('xAnn, A B, Ž-c')).toEqual([[11, 'Ž-c']]);
  });

  test('the same matches as the regex on 200,000 generated texts', () => {
    // Pieces the regex reacts to: capitals and small letters in and beyond ASCII, its joiners,
    // single spaces between names and other separators.
    const pieces = ['Ann', 'Lund', 'A', 'É', 'Ž', 'ǅ', 'a', 'é', 'ж', 'Ж', "'", '’', '-', 's', ' ', ' ', '  ', ','];
    const pieces2 = ['.', '1', '\u00a0', '\n', '"', '\ud835\udc00', '\ud835\udc00x', '\ud800'];
    const next = random(37);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => mixedText(next, pieces, pieces2),
      (s) => {
        const expected = [...s.matchAll(LATER_NAME())].map((m) => [m.index, m[0]]);
        return { same: JSON.stringify(laterNames(s)) === JSON.stringify(expected), matches: expected.length };
      },
    );
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(10_000);
  });
});

describe('ownerNames reads OWNER_NAME without the regex', () => {
  test('examples', () => {
    expect(ownerNames("Lund's plan and Ann Berg’s, not O'Neil or Ann Lunds'")).toEqual([
      [0, '', 'Lund'],
      [16, 'Ann', 'Berg'],
      [42, 'Ann', 'Lunds'],
    ]);
  });

  test('the same matches as the regex on 200,000 generated texts', () => {
    // Pieces the regex reacts to: capitals and small letters in and beyond ASCII, apostrophes and
    // "s" after them, hyphens, single spaces and other separators.
    const pieces = [
      'Ann',
      'Lund',
      'A',
      'É',
      'Ž',
      'ǅ',
      'a',
      'é',
      'ж',
      "'",
      '’',
      "'s",
      '’s',
      's',
      'S',
      '-',
      ' ',
      ' ',
      ',',
    ];
    const pieces2 = ['.', '1', '\u00a0', '\n', '"', '\ud835\udc00', '\ud835\udc00x', '\ud800'];
    const next = random(41);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => mixedText(next, pieces, pieces2),
      (s) => {
        const expected = [...s.matchAll(OWNER_NAME())].map((m) => [m.index, m[1] ?? '', m[2]]);
        return { same: JSON.stringify(ownerNames(s)) === JSON.stringify(expected), matches: expected.length };
      },
    );
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(10_000);
  });
});

describe('asideOnAName asks ASIDE_ON_A_NAME only after a last comma that opens an aside', () => {
  test('the same answer as the regex on 200,000 generated texts', () => {
    // Pieces the regex reacts to: names, the prepositions and months its look-behinds refuse, the
    // words that open an aside, commas, semicolons and dashes, white space.
    const pieces = [
      'Bryan Pagliano',
      'in Ohio',
      'Monday',
      'May',
      'É',
      'x',
      ',',
      ', ',
      ';',
      '—',
      ' ',
      '\n',
      'who',
      'whose',
      'which',
      'the ',
      'an ',
      'a ',
      'whoever',
      'worked',
    ];
    const next = random(43);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => piecesText(next, pieces, 9),
      (s) => {
        const expected = ASIDE_ON_A_NAME().test(s);
        return { same: asideOnAName(s) === expected, matches: expected ? 1 : 0 };
      },
    );
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong gate to show.
    expect(matches).toBeGreaterThan(1000);
  });
});

describe('turnIn asks TURN only of a head that opens with a capital and holds a colon', () => {
  test('the same match as the regex on 100,000 generated heads', () => {
    const pieces = ['TAPPER', 'O’NEIL', 'É', 'ǅ', 'a', 'Q', ' ', ':', ': ', '.', '-', '\ud835\udc00', '\ud800', 'x'];
    const next = random(47);
    const { disagree, matches } = compareOnGenerated(
      100_000,
      () => piecesText(next, pieces, 7),
      (s) => {
        const expected = TURN().exec(s)?.[0];
        return { same: turnIn(s)?.[0] === expected, matches: expected ? 1 : 0 };
      },
    );
    expect(disagree).toEqual([]);
    // Enough of the heads match for a wrong gate to show.
    expect(matches).toBeGreaterThan(1000);
  });
});

describe('innerCapitals reads INNER_CAPITAL without the regex', () => {
  test('the same matches as the regex on 200,000 generated texts', () => {
    // Pieces the regex reacts to: capitals and small letters in and beyond ASCII, its word
    // characters, white space, and the marks its look-behind refuses before the white space.
    const pieces = [
      'Ann',
      'Lund',
      'A',
      'É',
      'ǅ',
      'a',
      'é',
      '’',
      "'",
      '.',
      '-',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '!',
      '?',
      ':',
      '"',
      '“',
      '”',
      '‘',
      '(',
      ',',
      '\ud835\udc00',
      '\ud800',
    ];
    const next = random(53);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => piecesText(next, pieces, 10),
      (s) => {
        const expected = s.match(INNER_CAPITAL()) ?? [];
        return { same: JSON.stringify(innerCapitals(s)) === JSON.stringify(expected), matches: expected.length };
      },
    );
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(10_000);
  });
});

/** Letters, capitals and their neighbours in and beyond ASCII, and characters beyond the BMP (a
 * capital, a small letter, an emoji, a lone half): what the walks below tell apart. */
const LETTERISH = ['A', 'Lund', 'É', 'Ž', 'ǅ', 'Ж', 'a', 'ann', 'é', 'ж', 'ß', 'ª', '1', '½', '٣'];
const BEYOND_BMP = ['\ud835\udc00', '\ud835\udc1a', '\ud83d\ude00', '\ud800', '\udc00'];

describe('titleThenRole reads TITLE_THEN_ROLE without the regex', () => {
  test('examples', () => {
    expect(titleThenRole(' news anchor Ada Lund said')).toBe(' news anchor Ada Lu');
    expect(titleThenRole(' co-host Dr. Ada Lund')).toBe(' co-host Dr. Ad');
    expect(titleThenRole(' the film critic of Ada Lund')).toBeNull(); // four small words
    expect(titleThenRole('news anchor Ada Lund')).toBeNull(); // no space first
    expect(titleThenRole(' a Ada Lund')).toBeNull(); // a word of one letter
    expect(titleThenRole(' news anchor Ada LUND')).toBeNull();
  });

  test('the same match as the regex on 200,000 generated texts', () => {
    // Words of the shapes the regex reads (small, hyphened, capitalised, with periods) and others,
    // mostly one space apart.
    const words = [
      'news',
      'co-host',
      'an',
      'a',
      'é',
      'жж',
      'Ada',
      'Dr.',
      'Éva',
      'Lund',
      'LU',
      'Ж',
      'ǅa',
      'Zx',
      '1',
      '-a',
    ];
    const gaps = [' ', ' ', ' ', ' ', '  ', '\n', '\u00a0', '', ',', '.'];
    const next = random(61);
    const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
    const generate = () => {
      let s = pick(gaps);
      for (let n = 1 + Math.floor(next() * 6); n > 0; n--)
        s += (next() < 0.95 ? pick(words) : pick(BEYOND_BMP)) + (next() < 0.9 ? ' ' : pick(gaps));
      return s;
    };
    const { disagree, matches } = compareOnGenerated(200_000, generate, (s) => {
      const expected = TITLE_THEN_ROLE().exec(s)?.[0] ?? null;
      return { same: titleThenRole(s) === expected, matches: expected === null ? 0 : 1 };
    });
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(2_000);
  });
});

describe('nameBeforeNickname and followsCapitalisedWord read their regexes without them', () => {
  test('examples', () => {
    expect(nameBeforeNickname('Thomas J. ', 0, 10)).toBe(true);
    expect(nameBeforeNickname('said the ', 0, 9)).toBe(false);
    expect(nameBeforeNickname('Thomas J.', 0, 9)).toBe(false); // no space last
    expect(nameBeforeNickname('xx Ann ', 3, 7)).toBe(true);
    expect(nameBeforeNickname('Ann ', 1, 4)).toBe(false); // the capital is before the slice
    expect(followsCapitalisedWord('met O’Neil ', 11)).toBe(true);
    expect(followsCapitalisedWord('met the ', 8)).toBe(false);
    expect(followsCapitalisedWord('met Ann-', 8)).toBe(false);
  });

  test('the same answers as the regexes on 200,000 generated texts', () => {
    const pieces = [...LETTERISH, ' ', ' ', '\u00a0', '\n', '\t', '.', "'", '’', '-', ',', '“', '—', 'Mr.'];
    const next = random(67);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => mixedText(next, pieces, BEYOND_BMP),
      (s) => {
        // Slices of the text as the callers take them: from a start inside it to its end.
        const from = Math.floor(next() * s.length);
        const nickname = NAME_BEFORE_NICKNAME().test(s.slice(from));
        const capitalised = CAPITALISED_WORD_BEFORE().test(s.slice(Math.max(0, s.length - 30)));
        return {
          same:
            nameBeforeNickname(s, from, s.length) === nickname && followsCapitalisedWord(s, s.length) === capitalised,
          matches: (nickname ? 1 : 0) + (capitalised ? 1 : 0),
        };
      },
    );
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(10_000);
  });
});

describe('transcriptName reads TRANSCRIPT without the regex', () => {
  test('examples', () => {
    expect(transcriptName('HOLLIS: We')).toBe('HOLLIS');
    expect(transcriptName('SEN. O’NEIL-LUND: We')).toBe('SEN. O’NEIL-LUND');
    expect(transcriptName('Hollis: We')).toBeNull();
    expect(transcriptName('H: We')).toBeNull(); // one letter
    expect(transcriptName('A' + 'B'.repeat(30) + ':')).toBe('A' + 'B'.repeat(30));
    expect(transcriptName('A' + 'B'.repeat(31) + ':')).toBeNull(); // longer than the regex allows
  });

  test('the same match as the regex on 200,000 generated texts', () => {
    const pieces = ['A', 'LUND', 'É', 'Ž', 'Ж', 'ǅ', 'a', 'é', ' ', '.', "'", '’', '-', ':', ':', ',', 'BBBBBBBBBB'];
    const generate = () => (next() < 0.5 ? 'SEN' : '') + mixedText(next, pieces, BEYOND_BMP);
    const next = random(71);
    const { disagree, matches } = compareOnGenerated(200_000, generate, (s) => {
      const expected = TRANSCRIPT().exec(s)?.[0] ?? null;
      return { same: transcriptName(s) === expected, matches: expected === null ? 0 : 1 };
    });
    expect(disagree).toEqual([]);
    // Enough of the texts match for a wrong reading to show.
    expect(matches).toBeGreaterThan(10_000);
  });
});

describe('firstLetterKind reads LETTER_OR_DIGIT and CAPITAL_OR_NUMBER_CHAR without the regexes', () => {
  test('examples', () => {
    expect(firstLetterKind('“Face')).toBe(firstLetterKind('1st'));
    expect(firstLetterKind('—')).toBe(0);
    expect(firstLetterKind('(the')).not.toBe(firstLetterKind('(The'));
  });

  test('the same answer as the regexes on 200,000 generated words', () => {
    const pieces = [...LETTERISH, '“', '(', '.', '—', "'", '\u0301'];
    const next = random(73);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => mixedText(next, pieces, BEYOND_BMP),
      (w) => {
        const letter = LETTER_OR_DIGIT().exec(w)?.[0];
        const expected = letter === undefined ? 0 : CAPITAL_OR_NUMBER_CHAR().test(letter) ? 1 : 2;
        return { same: firstLetterKind(w) === expected, matches: letter === undefined ? 0 : 1 };
      },
    );
    expect(disagree).toEqual([]);
    expect(matches).toBeGreaterThan(100_000);
  });
});

describe('notDescriptorStart reads NOT_DESCRIPTOR_START without the regex', () => {
  test('examples', () => {
    expect(notDescriptorStart('would')).toBe(true);
    expect(notDescriptorStart('wouldn’t')).toBe(true);
    expect(notDescriptorStart("she'd")).toBe(true);
    expect(notDescriptorStart('they’ll')).toBe(true);
    expect(notDescriptorStart("n't")).toBe(false);
    expect(notDescriptorStart("o'brien")).toBe(false);
    expect(notDescriptorStart('mayor')).toBe(false);
  });

  test('the same answer as the regex on 200,000 generated words', () => {
    // Pieces the regex reacts to: the auxiliaries, letters in and beyond ASCII (one beyond the
    // BMP), both apostrophes, the contraction endings, and non-letters.
    const pieces = ['would', 'not', 'n', 't', 'd', 'l', 'll', 're', 'v', 've', 'm', 'e', 'é', 'ж', '𝐚'];
    const rare = ["'", '’', '-', '1', ' ', '.', 'ǅ', 'D'];
    const next = random(13);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => (next() < 0.5 ? mixedText(next, pieces, rare) : piecesText(next, [...pieces, "'", '’'], 4)),
      (s) => {
        const expected = NOT_DESCRIPTOR_START().test(s);
        return { same: notDescriptorStart(s) === expected, matches: expected ? 1 : 0 };
      },
    );
    expect(disagree).toEqual([]);
    expect(matches).toBeGreaterThan(2000);
  });
});

describe('CURRENCY_SIGN_CHARS, found by one scan of the range', () => {
  test('every \\p{Sc} sign from U+00A0 to U+20CF, in order, and the rial sign', () => {
    let expected = '';
    for (let c = 0xa0; c <= 0x20cf; c++) if (/\p{Sc}/u.test(String.fromCharCode(c))) expected += String.fromCharCode(c);
    expect(CURRENCY_SIGN_CHARS).toBe(expected + '\ufdfc');
    expect(CURRENCY_SIGN_CHARS).toContain('₦');
  });
});

describe('smallWordAfterFirst reads the pronoun-then-verb regex without it', () => {
  const VERB_AFTER = /^\p{L}+\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)/u;

  test('examples', () => {
    expect(smallWordAfterFirst('he said, and')).toBe('said');
    expect(smallWordAfterFirst('she also told them')).toBe('told');
    expect(smallWordAfterFirst('she later, at home')).toBe('later');
    expect(smallWordAfterFirst('he Said')).toBeNull();
    expect(smallWordAfterFirst(' he said')).toBeNull();
  });

  test('the same capture as the regex on 200,000 generated texts', () => {
    const pieces = [
      'he',
      'she',
      'said',
      'also',
      'then',
      'later',
      'als',
      'o',
      'x',
      'é',
      'ж',
      'Ж',
      ' ',
      ' ',
      '  ',
      '\n',
      '\u00a0',
    ];
    const rare = ['S', ',', '.', '1', '-', '𝐚', '𝐀', "'"];
    const next = random(17);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => mixedText(next, pieces, rare),
      (s) => {
        const expected = VERB_AFTER.exec(s)?.[1] ?? null;
        return { same: smallWordAfterFirst(s) === expected, matches: expected === null ? 0 : 1 };
      },
    );
    expect(disagree).toEqual([]);
    expect(matches).toBeGreaterThan(5000);
  });
});

describe('endsInLetterOrDigit reads /[\\p{L}\\p{N}]$/u without it', () => {
  test('the same answer as the regex on 200,000 generated slices', () => {
    const pieces = ['a', 'Z', 'é', 'ж', '1', '½', '²', ' ', '.', ',', '!', '-', '’', '𝐚', '😀', '\ud835', '\udc1a'];
    const next = random(19);
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => piecesText(next, pieces, 6),
      (s) => {
        const from = Math.floor(next() * (s.length + 1));
        const to = from + Math.floor(next() * (s.length - from + 1));
        const expected = /[\p{L}\p{N}]$/u.test(s.slice(from, to));
        return { same: endsInLetterOrDigit(s, from, to) === expected, matches: expected ? 1 : 0 };
      },
    );
    expect(disagree).toEqual([]);
    expect(matches).toBeGreaterThan(5000);
  });
});

describe('first-call word and character regexes read by code point', () => {
  const marks = inCharacterClass(OPENING_MARKS);
  // Pieces the regexes react to: capitals and small letters in and beyond ASCII and the BMP, the
  // letters and marks they name, lone surrogate halves, digits, spaces and other characters.
  const pieces = [
    'A',
    'B',
    'a',
    'b',
    'i',
    's',
    'u',
    'n',
    'g',
    'ing',
    "'",
    '’',
    '.',
    '-',
    'É',
    'é',
    'ж',
    'Ж',
    'ǅ',
    'ʰ',
    'א',
    '𝐀',
    '𝐚',
    '𐐀',
    '𐐨',
    '\ud835',
    '\udc00',
    '1',
    '٣',
    '½',
    ' ',
    '“',
    '‘',
    '"',
    '(',
    '[',
    '$',
    'ß',
  ];
  const next = random(14);

  test('smallPlural, inCapitals, the -ing word and titleCased answer as their regexes on 200,000 generated words', () => {
    const plural = /^\p{Ll}{3,}[^isu'’]s$/u;
    const capitals = /^\p{Lu}{2,}[\p{Lu}.'’-]*$/u;
    const ing = /^\p{Ll}[\p{Ll}-]*ing$/u;
    const wordStart = new RegExp(`^[\\p{L}${marks}]`, 'u');
    const capitalWord = new RegExp(`^[${marks}]?\\p{Lu}`, 'u');
    const byRegex = (sample: string, share = 0.85) => {
      const words = sample.split(/\s+/).filter((w) => wordStart.test(w));
      return words.length >= 3 && words.filter((w) => capitalWord.test(w)).length >= words.length * share;
    };
    const { disagree, matches } = compareOnGenerated(
      200_000,
      () => piecesText(next, pieces, 8),
      (w) => {
        const hyphened = w[0] !== '-' && isSmallWordEnding(w.replaceAll('-', 'a'), 1, 'ing');
        const sample = `${w} ${w.slice(1)} ${w.slice(2)}`;
        return {
          same:
            smallPlural(w) === plural.test(w) &&
            inCapitals(w) === capitals.test(w) &&
            hyphened === ing.test(w) &&
            titleCased(sample) === byRegex(sample),
          matches: Number(plural.test(w)) + Number(capitals.test(w)) + Number(ing.test(w)) + Number(byRegex(sample)),
        };
      },
    );
    expect(disagree).toEqual([]);
    expect(matches).toBeGreaterThan(2000);
  });

  test('opensSentence and startsSentence answer as their regexes on every code unit', () => {
    const opener = new RegExp(`[\\p{Lu}\\p{N}${marks}([]`, 'u');
    const starts = new RegExp(`[\\p{Lu}${marks}]`, 'u');
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      if (opensSentence(c, ch) !== opener.test(ch) || startsSentence(`.${ch}`, 1) !== starts.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(startsSentence('.', 1)).toBe(false);
  });
});

describe('givenNameSecond reads its regex by code point', () => {
  test('examples', () => {
    expect(givenNameSecond('Tae-hyun')).toBe(true);
    expect(givenNameSecond('Thi')).toBe(true);
    expect(givenNameSecond('Lund')).toBe(false);
    expect(givenNameSecond('Smith-Jones')).toBe(false);
    expect(givenNameSecond('T-bone')).toBe(false);
  });

  test('the same answer as the regex on 200,000 generated words', () => {
    const regex = /^\p{Lu}\p{Ll}+-\p{Ll}|^Thi$/u;
    const pieces = [
      'T',
      'a',
      'e',
      'h',
      '-',
      'Thi',
      'i',
      'É',
      'ß',
      'ǅ',
      '\u{1d400}',
      '\u{1d41a}',
      '\ud800',
      '\udc00',
      'Ω',
      'ω',
      ' ',
      '1',
    ];
    const next = random(17);
    const { disagree, matches } = compareOnGenerated(
      200000,
      () => piecesText(next, pieces, 6),
      (w) => ({ same: givenNameSecond(w) === regex.test(w), matches: Number(regex.test(w)) }),
    );
    expect(disagree).toEqual([]);
    expect(matches).toBeGreaterThan(500);
  });
});

describe('the platform currency tables', () => {
  /** Runs `body` on a fresh engine (its tables not yet built) while counting how many `Intl[name]`
   * objects are made, then puts the platform's constructor back. */
  function countingMade(
    name: 'DisplayNames' | 'NumberFormat',
    body: (fresh: typeof import('./analyze').analyze, made: () => number) => void,
  ): void {
    const intl = Intl as unknown as Record<string, new (...args: never[]) => object>;
    const Real = intl[name]!;
    let made = 0;
    intl[name] = class extends Real {
      constructor(...args: never[]) {
        super(...args);
        made++;
      }
    };
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { analyze: fresh } = require('./analyze') as typeof import('./analyze');
        body(fresh, () => made);
      });
    } finally {
      intl[name] = Real;
    }
  }

  it('are built only where a name or noun of theirs can be read', () => {
    countingMade('DisplayNames', (fresh, made) => {
      // a hand-table noun before ordinary words: no platform name can follow it
      const paid = fresh('The charity spent 7 million dollars on new wells, its director said.');
      expect(paid.figures.map((f) => f.unit)).toEqual(['USD']);
      expect(made()).toBe(0);
      // a qualifier before the noun: the platform's full names are read
      const owed = fresh('The charity spent 7 million Canadian dollars on new wells, its director said.');
      expect(owed.figures.map((f) => f.unit)).toEqual(['CAD']);
      expect(made()).toBe(1);
    });
  });

  it('are read for a capital glued to digits only where the text names its currency', () => {
    countingMade('NumberFormat', (fresh, made) => {
      fresh('The B52 flew over the base twice, a spokesman said.');
      expect(made()).toBe(0);
      const paid = fresh('The miner paid R900 million in fines; the rand fell, the minister said.');
      expect(paid.figures.map((f) => f.unit)).toEqual(['ZAR']);
      expect(made()).toBeGreaterThan(0);
    });
  });
});
