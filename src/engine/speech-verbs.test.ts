import { cueStrength, findCueWord, isParticipleCue, wordSet } from './speech-verbs';

describe('speech-verbs', () => {
  test.each<[string, number]>([
    ['said', 2],
    ['says', 2],
    ['told', 2],
    ['added', 2],
    ['warned', 2],
    ['denies', 2],
    ['testified', 2],
    ['admitted', 2],
    ['wrote', 2],
    ['claims', 1],
    // Every form of "project" is a noun or an adjective as often as a verb.
    ['project', 1],
    ['projects', 1],
    ['projected', 1],
    ['projecting', 1],
    ['statement', 0],
    ['believes', 1],
    ['continued', 1],
    ['table', 0],
    ['saied', 0],
    ['telled', 0],
  ])('cueStrength(%s) = %d', (word, strength) => {
    expect(cueStrength(word)).toBe(strength);
  });

  test.each<[string, boolean]>([
    ['The minister said on Monday.', true],
    ['According to the police, it rained.', true],
    ['Said Smith: yes.', true],
    ['The report claims much.', false],
    ['Harbor Capital forecasts 2.5 percent growth.', true],
    ['Costs rose, the Harbor Institute estimates.', true],
    ['The projected deficit fell.', false],
    ['Nothing of note happened here.', false],
    ['SAIDX and unsaid and saidx', false],
  ])('findCueWord(%s) finds one: %s', (text, expected) => {
    expect(findCueWord(text, 0, text.length) >= 0).toBe(expected);
  });

  test('participle cues', () => {
    expect(isParticipleCue('adding')).toBe(true);
    expect(isParticipleCue('saying')).toBe(true);
    expect(isParticipleCue('added')).toBe(false);
    expect(isParticipleCue('building')).toBe(false);
  });

  // The tables' order is kept: some are joined into regex alternations, where order can matter.
  test('wordSet reads "+" as a word and its plural, in the order written, each word once', () => {
    expect([...wordSet('gun+ story+ the story guns')]).toEqual(['gun', 'guns', 'story', 'stories', 'the']);
  });
});
