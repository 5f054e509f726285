import { tokenize } from './tokens';

function words(text: string, quotes: { start: number; end: number }[] = []): string[] {
  return tokenize(
    text,
    0,
    text.length,
    quotes,
    quotes.map((_, i) => i),
  ).map((t) => (t.quote >= 0 ? `Q${t.quote}` : t.text));
}

describe('tokenize', () => {
  test.each<[string, string, string[]]>([
    ['honorific keeps its period', 'Mr. Orlov said.', ['Mr.', 'Orlov', 'said', '.']],
    ['initials and country', 'U.S. officials, E. Burman', ['U.S.', 'officials', ',', 'E.', 'Burman']],
    ['party tag', 'Moore (D-Wis.) said', ['Moore', '(', 'D-Wis.', ')', 'said']],
    ['a lower-case word ends its sentence before a parenthesis', '(Lund said.)', ['(', 'Lund', 'said', '.', ')']],
    ['apostrophes stay inside words', "Clinton’s team don't", ['Clinton’s', 'team', "don't"]],
    ['accented names', 'José Núñez dijo', ['José', 'Núñez', 'dijo']],
    [
      'digit groups stay whole, a list comma does not',
      'some 2,300 signatures, 4, 5',
      ['some', '2,300', 'signatures', ',', '4', ',', '5'],
    ],
    [
      "a Reddit user's handle is one word, a slash between other words is not",
      'wrote u/quietkettle, and/or mu/ons',
      ['wrote', 'u/quietkettle', ',', 'and', '/', 'or', 'mu', '/', 'ons'],
    ],
  ])('%s', (_n, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('a quotation becomes one token', () => {
    const text = '"We won," he said.';
    expect(words(text, [{ start: 0, end: 9 }])).toEqual(['Q0', 'he', 'said', '.']);
  });

  test('cue strength is looked up once per token', () => {
    const t = tokenize('He Said it', 0, 10, [], []);
    expect(t.map((x) => x.cue)).toEqual([0, 2, 0]);
  });
});
