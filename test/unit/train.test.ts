// The confidence model's fitting, on examples whose answer is known.
import { chooseThreshold, fitLogistic, MIN_RIGHT_WHEN_NAMED, WRONG_COST } from '../tools/train';
import { FEATURE_NAMES } from '../../src/engine/speaker-confidence';

const at = (name: string) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);

function example(on: string[], y: number) {
  const x = FEATURE_NAMES.map((n) => (n === 'bias' || on.includes(n) ? 1 : 0));
  return { x, y };
}

describe('npm run train', () => {
  test('the logistic fit learns which feature marks the right attributions', () => {
    const examples = [
      ...Array.from({ length: 90 }, (_, i) => example(['cue'], i < 85 ? 1 : 0)),
      ...Array.from({ length: 90 }, (_, i) => example(['partial'], i < 20 ? 1 : 0)),
    ];
    const w = fitLogistic(examples);
    expect(w[at('cue')]!).toBeGreaterThan(1);
    expect(w[at('partial')]!).toBeLessThan(-1);
    // Deterministic: the same data gives the same weights.
    expect(fitLogistic(examples)).toEqual(w);
  });

  test('the threshold names nobody below the point where a wrong name costs more than the right ones gain', () => {
    // 0.9: 100 right; 0.6: as many right as one wrong name costs, and 2 wrong (not worth
    // naming); 0.4: all wrong.
    const scored = [
      ...Array.from({ length: 100 }, () => ({ p: 0.9, y: 1 })),
      ...Array.from({ length: WRONG_COST }, () => ({ p: 0.6, y: 1 })),
      ...Array.from({ length: 2 }, () => ({ p: 0.6, y: 0 })),
      ...Array.from({ length: 4 }, () => ({ p: 0.4, y: 0 })),
    ];
    expect(chooseThreshold(scored)).toBe(0.9);
    // With one wrong name among the 0.6s and one right more than it costs, naming them pays.
    expect(
      chooseThreshold([
        ...scored.slice(0, 100),
        ...Array.from({ length: WRONG_COST + 1 }, () => ({ p: 0.6, y: 1 })),
        { p: 0.6, y: 0 },
      ]),
    ).toBe(0.6);
  });

  test('the threshold never lets the share of right names fall below the bar, counting the quotes always named', () => {
    // 100 right at 0.9, then 0.7s that pay by the reader's score (WRONG_COST + 1 right per wrong)
    // but bring the right share below the bar once there are enough of them.
    const high = Array.from({ length: 100 }, () => ({ p: 0.9, y: 1 }));
    const mixed = Array.from({ length: 10 }, () => [
      ...Array.from({ length: WRONG_COST + 1 }, () => ({ p: 0.7, y: 1 })),
      { p: 0.7, y: 0 },
    ]).flat();
    const rightShare = (100 + 10 * (WRONG_COST + 1)) / (100 + 10 * (WRONG_COST + 2));
    expect(rightShare).toBeLessThan(MIN_RIGHT_WHEN_NAMED);
    expect(chooseThreshold([...high, ...mixed])).toBe(0.9);
    // Fewer of them keep the share above the bar: naming them pays.
    expect(chooseThreshold([...high, ...mixed.slice(0, WRONG_COST + 2)])).toBe(0.7);
    // Wrong names among the quotes always named count against the bar too.
    expect(chooseThreshold([...high, ...mixed.slice(0, WRONG_COST + 2)], { right: 0, total: 3 })).toBe(0.9);
  });
});
