import { lowerBound } from './sorted';

const byValue = (n: number) => n;

describe('lowerBound', () => {
  test.each<[string, number[], number, number]>([
    ['an empty list', [], 5, 0],
    ['every key after the one asked', [10, 20, 30], 5, 0],
    ['every key before the one asked', [10, 20, 30], 35, 3],
    ['between two keys', [10, 20, 30], 25, 2],
    ['on a key: the index of that key', [10, 20, 30], 20, 1],
    ['on a run of equal keys: the first of them', [10, 20, 20, 20, 30], 20, 1],
    ['just above a run of equal keys: past all of them', [10, 20, 20, 20, 30], 21, 4],
    ['on the last key', [10, 20, 30], 30, 2],
    ['a one-item list, key before', [7], 6, 0],
    ['a one-item list, key equal', [7], 7, 0],
    ['a one-item list, key after', [7], 8, 1],
  ])('%s', (_name, list, key, expected) => {
    expect(lowerBound(list, key, byValue)).toBe(expected);
  });

  test('agrees with a linear scan on every key of a list with repeats', () => {
    const list = [0, 0, 1, 3, 3, 3, 4, 8, 9, 9];
    for (let key = -1; key <= 10; key++) {
      const linear = list.findIndex((n) => n >= key);
      expect(lowerBound(list, key, byValue)).toBe(linear < 0 ? list.length : linear);
    }
  });

  test('reads keys through the accessor, from records and from typed arrays', () => {
    const records = [{ pos: 2 }, { pos: 5 }, { pos: 9 }];
    expect(lowerBound(records, 5, (r) => r.pos)).toBe(1);
    expect(lowerBound(records, 6, (r) => r.pos)).toBe(2);
    expect(lowerBound(Int32Array.of(1, 4, 4, 8), 4, byValue)).toBe(1);
  });
});
