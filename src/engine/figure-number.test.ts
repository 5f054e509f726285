// The number reader on its own: spelled-out, digit and mixed numbers and the value each should give.
import { readNumber, digitsValue } from './figure-number';
import { TokenStream } from './tokens';

function read(text: string): [number | null, string] | null {
  const S = new TokenStream(text, 0);
  const r = readNumber(S, 0);
  if (!r) return null;
  const last = S.at(r.next - 1)!;
  return [r.value, text.slice(0, last.e)];
}

const ROWS: [string, number | null, string][] = [
  ['14,000 fighters', 14000, '14,000'],
  ['1,674.5 million', 1674500000, '1,674.5 million'],
  ['12,34,567.89 rupees', 1234567.89, '12,34,567.89'],
  ['1.111,11', 1111.11, '1.111,11'],
  ['4.800', 4.8, '4.800'],
  ['3 million people', 3000000, '3 million'],
  ['1.2bn', 1200000000, '1.2bn'],
  ['10k views', 10000, '10k'],
  ['2mil', 2000000, '2mil'],
  ['1 414 021 100 people', 1414021100, '1 414 021 100'],
  ['2 1/4 cups', 2.25, '2 1/4'],
  ['3/4', 0.75, '3/4'],
  ['1e10', 1e10, '1e10'],
  ['12.32e+14', 1.232e15, '12.32e+14'],
  ['1.3x10^6', 1300000, '1.3x10^6'],
  ['twenty-one trillion three hundred', 21000000000300, 'twenty-one trillion three hundred'],
  ['fifty - two', 52, 'fifty - two'],
  ['ninety five years', 95, 'ninety five'],
  ['one hundred and three', 103, 'one hundred and three'],
  ['two hundred point zero three', 200.03, 'two hundred point zero three'],
  ['naught point five', 0.5, 'naught point five'],
  ['two thirds', 2 / 3, 'two thirds'],
  ['two-thirds of voters', 2 / 3, 'two-thirds'],
  ['a half', 0.5, 'a half'],
  ['one and a half years', 1.5, 'one and a half'],
  ['five and a half million', 5500000, 'five and a half million'],
  ['one million and a half', 1500000, 'one million and a half'],
  ['one billion and three quarters million', 1000750000, 'one billion and three quarters million'],
  ['half a dozen', 6, 'half a dozen'],
  ['Half million eggs', 500000, 'Half million'],
  ['a quarter million', 250000, 'a quarter million'],
  ['three dozens', 36, 'three dozens'],
  ['13 lakh', 1300000, '13 lakh'],
  ['three lakh crore', 3e12, 'three lakh crore'],
  ['4 thousand 3 hundred and 21', 4321, '4 thousand 3 hundred and 21'],
  ['twenty twenty fifths', 0.8, 'twenty twenty fifths'],
  ['one hundred thirty fifths', 100 / 35, 'one hundred thirty fifths'],
  ['one hundred and thirty fifths', 26, 'one hundred and thirty fifths'],
  ['two and fifty-four hundredths', 2.54, 'two and fifty-four hundredths'],
  ['one over 20', 0.05, 'one over 20'],
  ['three and four', 3, 'three'], // "and" joins only after a scale word or before a fraction
  ['2 and 3 million', 2, '2'],
  ['three quarters of a million people', 750000, 'three quarters of a million'],
  ['a fifth of a billion', 200000000, 'a fifth of a billion'],
  ['two thirds of the vote', 2 / 3, 'two thirds'],
  ['3.5-million-dollar', 3500000, '3.5-million'],
  ['twenty-billion', 20000000000, 'twenty-billion'],
];

describe('readNumber', () => {
  test.each(ROWS)('%s', (text, value, span) => {
    const r = read(text);
    expect(r).not.toBeNull();
    expect(r![0]).toBeCloseTo(value!, 6);
    expect(r![1]).toBe(span);
  });

  // A decimal times a scale gives the number a reader wrote, not its nearest float product.
  test.each([
    ['4.1 million', 4100000],
    ['0.7 million', 700000],
    ['2.3bn', 2300000000],
  ])('%s is exactly %d', (text, value) => {
    expect(read(text)![0]).toBe(value);
  });

  test.each(['a third term', 'the one', 'thousands of people', 'sixth'])('%s is not a number by itself', (text) => {
    expect(read(text)).toBeNull();
  });

  test.each([
    ['1.8.3', null],
    ['1,2,3', null],
    ['5,00', 5],
    ['192.168.1.2', null],
  ] as [string, number | null][])('digit grouping %s', (s, v) => {
    expect(digitsValue(s)).toBe(v);
  });
});
