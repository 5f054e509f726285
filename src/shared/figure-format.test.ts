import type { Figure } from '../engine/types';
import { describeFigure, isCalendarFigure } from './figure-format';

const figure = (over: Partial<Figure>): Figure => ({
  start: 0,
  end: 6,
  text: '14,000',
  kind: 'count',
  value: 14000,
  unit: null,
  approximate: false,
  claimedBy: null,
  ...over,
});

describe('describeFigure', () => {
  afterEach(() => jest.restoreAllMocks());

  test('the content script loads it on every page: no number format is built until a figure is described, then one serves them all', () => {
    const made = jest.spyOn(Intl, 'NumberFormat');
    jest.isolateModules(() => {
      const fresh = (require('./figure-format') as typeof import('./figure-format')).describeFigure;
      expect(made).not.toHaveBeenCalled();
      expect(fresh(figure({})).value).toBe('14,000');
      expect(fresh(figure({ kind: 'money', value: 1.2e9, unit: 'USD', approximate: true })).value).toBe(
        '≈ 1,200,000,000 USD',
      );
      expect(made).toHaveBeenCalledTimes(1);
    });
  });

  test('ranges, percents and calendar figures read as a person writes them', () => {
    expect(describeFigure(figure({ text: '200-300', value: 200, high: 300 })).value).toBe('200–300');
    expect(describeFigure(figure({ kind: 'percent', text: '3.25%', value: 3.25 }))).toEqual({
      value: '3.25%',
      kind: 'Percentage',
      unit: null,
    });
    expect(describeFigure(figure({ kind: 'year', text: '2017', value: 2017 })).value).toBe('2017');
  });
});

describe('isCalendarFigure', () => {
  test('dates, years and ordinals wait for the dates option; counts and money do not', () => {
    // "her third album", "the first time": an ordinal counts nothing a reader would check.
    expect(isCalendarFigure(figure({ kind: 'ordinal', text: 'third album', value: 3 }))).toBe(true);
    expect(isCalendarFigure(figure({ kind: 'date', text: 'March 3', value: null }))).toBe(true);
    expect(isCalendarFigure(figure({ kind: 'count', text: 'three albums', value: 3 }))).toBe(false);
    expect(isCalendarFigure(figure({ kind: 'money', text: '$3', value: 3 }))).toBe(false);
    // An ordinal, when shown, still reads as its number.
    expect(describeFigure(figure({ kind: 'ordinal', text: 'third album', value: 3 }))).toEqual({
      value: '3',
      kind: 'Ordinal',
      unit: null,
    });
  });
});
