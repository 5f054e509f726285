import { splitSentences } from './sentences';

function sentences(text: string, protect: { start: number; end: number }[] = []): string[] {
  return splitSentences(text, 0, text.length, protect).map(([s, e]) => text.slice(s, e));
}

describe('splitSentences', () => {
  test.each<[string, string, string[]]>([
    ['plain', 'One here. Two there.', ['One here.', 'Two there.']],
    ['honorific', 'Mr. Orlov spoke. He left.', ['Mr. Orlov spoke.', 'He left.']],
    ["engineer's honorific", 'Eng. Tarik Nasser spoke. He left.', ['Eng. Tarik Nasser spoke.', 'He left.']],
    ["a Dutch or Indonesian engineer's title", 'Ir. Ada Roe spoke. She left.', ['Ir. Ada Roe spoke.', 'She left.']],
    [
      '"IR" (infrared) ending a sentence',
      'The camera sees in IR. Ada Roe left.',
      ['The camera sees in IR.', 'Ada Roe left.'],
    ],
    ['country abbreviation', 'U.S. officials met. They agreed.', ['U.S. officials met.', 'They agreed.']],
    ['month abbreviation', 'On Jan. 5 it began. It ended.', ['On Jan. 5 it began.', 'It ended.']],
    [
      'an abbreviation ending a sentence before a pronoun or conjunction',
      'The ban covers ships entering the U.S. While Roe objects, the port agrees. It moved to Fresno, Calif. The staff stayed.',
      [
        'The ban covers ships entering the U.S.',
        'While Roe objects, the port agrees.',
        'It moved to Fresno, Calif.',
        'The staff stayed.',
      ],
    ],
    [
      'a quotation opening on a capital after "p.m." starts a sentence; a nickname after an initial does not',
      'Roe waited until 3 p.m. “Nobody came,” she said. Robert C. “Bobby” Roe agreed at 5 p.m. “quietly” too.',
      ['Roe waited until 3 p.m.', '“Nobody came,” she said.', 'Robert C. “Bobby” Roe agreed at 5 p.m. “quietly” too.'],
    ],
    ['a name after an abbreviation still does not break', 'U.S. Senator Ada Roe left.', ['U.S. Senator Ada Roe left.']],
    ['initial', 'Leonard E. Burman said so. Fine.', ['Leonard E. Burman said so.', 'Fine.']],
    ['initials run together', 'It was cut, said K.R. Nair. Fine.', ['It was cut, said K.R. Nair.', 'Fine.']],
    ['three initials', 'She quoted J.R.R. Tolkien. Fine.', ['She quoted J.R.R. Tolkien.', 'Fine.']],
    ['a short word before a stop still ends it', 'It was at No. 10. She left.', ['It was at No. 10.', 'She left.']],
    [
      'an ordinal\'s ending is no "Rd." or "St."',
      'Ana Lund finished 23rd. “I was scared,” Lund said. It was the 21st. Ms. Roe lives on Elm St. Mary visits.',
      [
        'Ana Lund finished 23rd.',
        '“I was scared,” Lund said.',
        'It was the 21st.',
        'Ms. Roe lives on Elm St. Mary visits.',
      ],
    ],
    [
      "a lower-case word that spells a state's abbreviation ends its sentence",
      'The excuse would not wash. “Nobody believes it,” Roe said. He fell ill. Doctors came.',
      ['The excuse would not wash.', '“Nobody believes it,” Roe said.', 'He fell ill.', 'Doctors came.'],
    ],
    [
      '"the Sun." ends its sentence: no weekday abbreviation',
      'It orbits closer than Venus does to the Sun. “It is a fine target,” Roe said.',
      ['It orbits closer than Venus does to the Sun.', '“It is a fine target,” Roe said.'],
    ],
    ['lower case after a period does not break', 'It was 5 p.m. and late.', ['It was 5 p.m. and late.']],
    [
      'a clock time ends its sentence before a capital, unless a weekday, a month or a zone goes on with it',
      'It was 5% contained, Cal Fire said after 3 p.m. At least 14 homes burned. The vote is at 3 p.m. Monday, at 8 p.m. ET or at 9 p.m. Eastern, at 7 a.m. New York time.',
      [
        'It was 5% contained, Cal Fire said after 3 p.m.',
        'At least 14 homes burned.',
        'The vote is at 3 p.m. Monday, at 8 p.m. ET or at 9 p.m. Eastern, at 7 a.m. New York time.',
      ],
    ],
    ['closing mark after the period', '"We won." He smiled.', ['"We won."', 'He smiled.']],
    ['question and exclamation', 'Why? Because! Yes.', ['Why?', 'Because!', 'Yes.']],
  ])('%s', (_n, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('never breaks inside a protected quotation', () => {
    const text = '"First. Second. Third," he said. Next one.';
    expect(sentences(text, [{ start: 0, end: 23 }])).toEqual(['"First. Second. Third," he said.', 'Next one.']);
  });
});
