// The strict PolNeAR speaker rule (eval-polnear.ts): our resolved name must name the person or
// body the gold mention names, not merely sit on the gold mention. Hand-made cases, none from the
// corpus.
import {
  nameOrMentionMatches,
  referentOf,
  relativeAntecedent,
  sameName,
  strictNameVerdict,
} from '../tools/eval-polnear';

describe('strict speaker rule', () => {
  test.each([
    // The name is the capitalised run a reader would call the name, not a word of the role.
    ['the same person', 'Marta Okafor', 'Marta Okafor', 'right'],
    ['surname for the full name', 'Okafor', 'Marta Okafor', 'right'],
    ['honorific and surname', 'Ms. Okafor', 'Marta Okafor', 'right'],
    ['a given name only', 'Marta', 'Marta Okafor', 'right'],
    ['another given name, same surname', 'Marta Okafor', 'Daniel Okafor', 'wrong'],
    ['a place after "of" is not the name', 'Sen. Lena Voss of Ohio', 'Lena Voss', 'right'],
    ['...so naming the place is wrong', 'Sen. Lena Voss of Ohio', 'Ohio', 'wrong'],
    ['appositive role: the name is before it', 'Tom Reyes, a spokesman for Lena Voss', 'Tom Reyes', 'right'],
    ['appositive role: the employer is wrong', 'Tom Reyes, a spokesman for Lena Voss', 'Lena Voss', 'wrong'],
    ['role in front: the name ends it', 'Voss spokesman Tom Reyes', 'Tom Reyes', 'right'],
    ['role in front: the principal is wrong', 'Voss spokesman Tom Reyes', 'Lena Voss', 'wrong'],
    ['possessive role, then the name', "Voss's lawyer, Ann Cole,", 'Ann Cole', 'right'],
    ['a title before "of" keeps the name after it', 'Secretary of State Ann Cole', 'Ann Cole', 'right'],
    ['a description then the name', 'the head of the Water Board, Ann Cole,', 'Ann Cole', 'right'],
    ['"of" inside an organisation name', 'Bureau of Mines director Ann Cole', 'Ann Cole', 'right'],
    ['an acronym', 'the WPA', 'Water Protection Agency', 'right'],
    // Bracketed initials after a run make it one body's name through "to" and after a description.
    ['a run its initials follow', 'the organiser Fund to Save Our Parks (FSOP)', 'Fund to Save Our Parks', 'right'],
    ['...so its first word alone is wrong', 'the organiser Fund to Save Our Parks (FSOP)', 'Fund', 'wrong'],
    ["...not an appositive's initials", 'Ann Cole, the Head of Water Boards (HWB),', 'Ann Cole', 'right'],
    ['the same words in another order', 'the Department of Water', 'Water Department', 'right'],
    ['a surname that is also a title word', 'Dean', 'Howard Dean', 'right'],
    ['a generational suffix', 'Tom Reyes Jr.', 'Tom Reyes', 'right'],
    ['a body is not its principal', 'the Voss campaign', 'Lena Voss', 'wrong'],
    ["a person's office is not the person", "Voss's office", 'Lena Voss', 'wrong'],
    ['a document by its author', 'the Voss ad', 'Lena Voss', 'right'],
    ['the same description', 'a campaign spokesman', 'spokesman', 'right'],
    ['a description kept after a post-modifier', 'a source close to the campaign', 'source', 'right'],
    ['an indefinite group noun kept as written', 'an Ohio Democrat', 'Ohio Democrat', 'right'],
    ['a description resolved to someone else', 'the senator', 'Lena Voss', 'description, not checkable'],
    ['a capitalised first word as a description', 'Officials', 'officials', 'right'],
    ['a pronoun cannot be checked', 'he', 'Tom Reyes', 'pronoun, not checkable'],
    ['a lone surname is not a longer name that opens with it', 'Voss', 'Voss Express', 'wrong'],
    ['a family name written first, after an honorific', 'Mr. Tan', 'Tan Wei', 'right'],
    ['an indefinite description, then the name', "One of the firm's partners, Ann Cole,", 'Ann Cole', 'right'],
    ['a day ending a description is no name', 'a memo released Tuesday', 'memo', 'right'],
    ['a partitive is not the person', 'Voss', 'Many of Voss', 'wrong'],
    ['no name is wrong', 'Tom Reyes', null, 'wrong'],
    ['an unresolved pronoun is wrong', 'Tom Reyes', 'he', 'wrong'],
  ] as const)('%s', (_name, gold, ours, expected) => {
    const kind = /^(?:he|she|they)$/i.test(gold) ? 'pronoun' : /\p{Lu}/u.test(gold) ? 'named' : 'nominal';
    expect(strictNameVerdict(ours, gold, kind)).toBe(expected);
  });

  test('a mention of two people names both', () => {
    expect(referentOf('Lena Voss and Tom Reyes')).toEqual({
      kind: 'named',
      names: [
        ['Lena', 'Voss'],
        ['Tom', 'Reyes'],
      ],
    });
    expect(strictNameVerdict('Tom Reyes', 'Lena Voss and Tom Reyes', 'named')).toBe('right');
  });

  test('a person for a crowd is wrong; for a single description it cannot be checked', () => {
    expect(strictNameVerdict('Lena Voss', 'the crowd', 'nominal', 'person')).toBe('wrong');
    expect(strictNameVerdict('Lena Voss', 'her supporters', 'nominal', 'person')).toBe('wrong');
    expect(strictNameVerdict('Lena Voss', 'the candidate', 'nominal', 'person')).toBe('description, not checkable');
  });

  test('a relative pronoun is judged by the name before it', () => {
    const text = 'The plan drew fire from Sen. Lena Voss, who called it "a mess."';
    const at = text.indexOf('who');
    const gold = { speaker_spans: [[at, at + 3]] as [number, number][], speaker_kind: 'pronoun' as const };
    expect(relativeAntecedent(text, gold)).toBe('Sen. Lena Voss');
    const vague = 'It was read by millions at home who called it "a mess."';
    const w = vague.indexOf('who');
    expect(relativeAntecedent(vague, { ...gold, speaker_spans: [[w, w + 3]] })).toBeNull();
    expect(relativeAntecedent(text, { ...gold, speaker_spans: [[0, 3]] })).toBeNull();
  });

  test('a state after a comma is no appositive name', () => {
    expect(referentOf('a nurse in Dayton, Ohio,')).toMatchObject({ kind: 'described', head: 'nurse' });
  });

  test('a lone first surname names a person with two surnames; a lone given name of three words does not', () => {
    expect(strictNameVerdict('Marta Ruiz Cardenas', 'Ms. Ruiz', 'named')).toBe('right');
    expect(strictNameVerdict('Marta Ruiz Cardenas', 'Ms. Cardenas', 'named')).toBe('right');
    expect(strictNameVerdict('Marta Ruiz Cardenas', 'Ms. Lopez', 'named')).toBe('wrong');
    expect(strictNameVerdict('Harbour Trust Fund', 'Trust', 'named')).toBe('wrong');
    expect(strictNameVerdict('Harry B. Harris Jr.', 'Admiral Harris', 'named')).toBe('right');
  });

  test('name comparison is symmetric', () => {
    for (const [a, b] of [
      [
        ['Ms.', 'Okafor'],
        ['Marta', 'Okafor'],
      ],
      [['WPA'], ['Water', 'Protection', 'Agency']],
      [
        ['Marta', 'Okafor'],
        ['Daniel', 'Okafor'],
      ],
    ])
      expect(sameName(a!, b!)).toBe(sameName(b!, a!));
  });
});

describe('lenient speaker rule: a shared name word', () => {
  const text = 'Lena Voss’s statement said so. Jo Reyes’ aide agreed.';
  const gold = (word: string) => {
    const s = text.indexOf(word);
    return { speaker_spans: [[s, s + word.length]] as [number, number][], speaker_kind: 'named' as const };
  };
  test.each([
    ['a possessive gold names its owner', 'Voss’s', 'Lena Voss', true],
    ['a possessive of a name in s', 'Reyes’', 'Jo Reyes', true],
    ['another name stays wrong', 'Voss’s', 'Jo Reyes', false],
  ])('%s', (_name, goldWord, ours, expected) => {
    expect(nameOrMentionMatches(ours, [], gold(goldWord), text)).toBe(expected);
  });
});
