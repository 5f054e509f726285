import {
  ABSTAIN_BELOW,
  FEATURE_NAMES,
  FITTED_MODEL,
  confidenceOf,
  featureVector,
  type AttributionFeatures,
} from './speaker-confidence';

const base: AttributionFeatures = {
  place: 'sentence',
  cue: true,
  cueWord: 'say',
  possessive: false,
  mentionKind: 'name',
  entityKind: 'person',
  candidates: 0,
  bareName: false,
  role: false,
  partial: false,
  heading: false,
  after: false,
  wholeBlock: false,
  chained: false,
  cited: 1,
  distance: 3,
  fullName: true,
  roleNoun: false,
};

describe('speaker confidence', () => {
  test('the fitted model matches the features the engine computes, and its threshold is a probability', () => {
    expect(FITTED_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(FITTED_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
    expect(FITTED_MODEL.weights.every(Number.isFinite)).toBe(true);
    expect(ABSTAIN_BELOW).toBeGreaterThan(0.5);
    expect(ABSTAIN_BELOW).toBeLessThan(1);
  });

  test('each feature sets its own input', () => {
    const x = featureVector({ ...base, place: 'lead-in', partial: true, wholeBlock: true });
    const on = FEATURE_NAMES.filter((_, i) => x[i] === 1);
    expect(on).toEqual(
      expect.arrayContaining([
        'bias',
        'place:lead-in',
        'cue',
        'mention:name',
        'entity:person',
        'partial',
        'whole-block',
      ]),
    );
    expect(on).not.toContain('place:sentence');
  });

  test("a named person with a cue in the quote's sentence is trusted; the same name found two paragraphs of context away is not", () => {
    const near = confidenceOf(base);
    const far = confidenceOf({
      ...base,
      place: 'paragraph-before',
      cue: false,
      partial: true,
      distance: 2000,
      cited: 0,
      bareName: true,
    });
    expect(near).toBeGreaterThanOrEqual(ABSTAIN_BELOW);
    expect(far).toBeLessThan(ABSTAIN_BELOW);
    expect(near).toBeLessThanOrEqual(1);
    expect(far).toBeGreaterThanOrEqual(0);
  });
});
