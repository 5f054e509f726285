import { forenameGender, isForename } from './forenames';

describe('forenameGender', () => {
  it('gives no gender to a given name another language gives the other one, which stays a name', () => {
    for (const name of ['Nicola', 'Andrea', 'Simone', 'Michele', 'Gabriele']) {
      expect(forenameGender(name)).toBe('');
      expect(isForename(name)).toBe(true);
    }
  });
  it('keeps the gender of a name the languages agree on', () => {
    expect(forenameGender('Maria')).toBe('f');
    expect(forenameGender('Marco')).toBe('m');
    expect(forenameGender('Ada')).toBe('f');
  });
});
