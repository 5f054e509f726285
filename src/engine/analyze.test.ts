import { analyze } from './analyze';

/** [figure text, name of the speaker who claims it (null: the outlet's own)] for every figure. */
function claims(text: string): [string, string | null][] {
  const { figures, speakers } = analyze(text);
  const byId = new Map(speakers.map((s) => [s.id, s.name]));
  return figures.map((f) => [
    f.text,
    f.claimedBy === null ? null : (byId.get(f.claimedBy) ?? `unknown id ${f.claimedBy}`),
  ]);
}

describe('analyze: who claims each figure', () => {
  test('a figure inside a direct quote is claimed by that quote’s speaker, one outside by no one', () => {
    const text = [
      'Title line',
      'The city has 40 bridges.',
      '“We will repair 12 bridges this year,” Mayor Anna Lopez said.',
      '“Traffic fell by 30 percent,” said Tom Briggs, an engineer.',
    ].join('\n\n');
    expect(claims(text)).toEqual([
      ['40 bridges', null],
      ['12 bridges', 'Anna Lopez'],
      ['30 percent', 'Tom Briggs'],
    ]);
  });

  test('a figure in reported speech is claimed by its speaker', () => {
    const text = ['Title line', 'The army said that 300 soldiers had crossed the river.'].join('\n\n');
    expect(claims(text)).toEqual([['300 soldiers', 'army']]);
  });

  test('claimedBy is the id of a speaker in the same annotations', () => {
    const { figures, speakers, quotes } = analyze('“We will repair 12 bridges,” Mayor Anna Lopez said.');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.claimedBy).toBe(speakers.find((s) => s.name === 'Anna Lopez')!.id);
    expect(figures[0]!.claimedBy).toBe(quotes[0]!.speaker!.id);
  });
});
