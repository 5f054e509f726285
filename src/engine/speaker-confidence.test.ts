import {
  ABSTAIN_BELOW,
  FEATURE_NAMES,
  FITTED_MODEL,
  confidenceOf,
  featureVector,
  mentionShape,
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
  rivalled: false,
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
  opensSentence: true,
  mentions: 2,
  inClaim: false,
};

describe('speaker confidence', () => {
  test('the fitted model matches the features the engine computes, and its threshold is a probability', () => {
    // A feature added since the last `npm run train` weighs nothing until the refit; a feature the
    // engine no longer computes must not stay in the model.
    const features = FITTED_MODEL.features ?? [];
    expect(features.length).toBeGreaterThan(0);
    for (const name of features) expect(FEATURE_NAMES).toContain(name);
    expect(FITTED_MODEL.weights).toHaveLength(features.length);
    expect(FITTED_MODEL.weights.every(Number.isFinite)).toBe(true);
    expect(ABSTAIN_BELOW).toBeGreaterThan(0.5);
    expect(ABSTAIN_BELOW).toBeLessThan(1);
  });

  test("a model shipped without its feature names reads its weights in the engine's order", () => {
    // The extension's build leaves the names out and writes the weights in FEATURE_NAMES order.
    const weights = FEATURE_NAMES.map((_, i) => ((i % 7) - 3) / 4);
    const named = { features: [...FEATURE_NAMES].reverse(), weights: [...weights].reverse(), threshold: 0.5 };
    const positional = { weights, threshold: 0.5 };
    for (const f of [base, { ...base, cue: false, after: true }, { ...base, mentionKind: 'pronoun' as const }])
      expect(confidenceOf(f, positional)).toBe(confidenceOf(f, named));
    expect(confidenceOf(base, positional)).not.toBe(confidenceOf(base, { ...named, features: [...FEATURE_NAMES] }));
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

  test('a paragraph of a lead-in run after the first is told from the first and from other chained quotes', () => {
    const on = (f: AttributionFeatures) => FEATURE_NAMES.filter((_, i) => featureVector(f)[i] === 1);
    expect(on({ ...base, place: 'lead-in', chained: true })).toEqual(
      expect.arrayContaining(['place:lead-in', 'chained', 'lead-in:run']),
    );
    expect(on({ ...base, place: 'lead-in', chained: false })).not.toContain('lead-in:run');
    expect(on({ ...base, place: 'quote-piece', chained: true })).not.toContain('lead-in:run');
  });

  test('a partial quote sets its interactions with the mention kind, the cue and the sentence subject', () => {
    const on = (f: AttributionFeatures) => FEATURE_NAMES.filter((_, i) => featureVector(f)[i] === 1);
    expect(on({ ...base, partial: true, cue: false, mentionKind: 'nominal' })).toEqual(
      expect.arrayContaining(['partial:nominal', 'partial:no-cue', 'partial:opens-sentence', 'opens-sentence']),
    );
    const full = on({ ...base, opensSentence: false });
    expect(full).not.toContain('opens-sentence');
    expect(full.filter((n) => n.startsWith('partial'))).toEqual([]);
    // Salience grows with the count but stays small.
    const at = FEATURE_NAMES.indexOf('log-mentions');
    expect(featureVector({ ...base, mentions: 1 })[at]).toBeLessThan(featureVector({ ...base, mentions: 8 })[at]!);
  });

  test('a fragment owned by the subject that opens its sentence is trusted more than one whose mention stands elsewhere', () => {
    const fragment = { ...base, partial: true, cue: false, cueWord: null, distance: 40 } as const;
    expect(confidenceOf({ ...fragment, opensSentence: true })).toBeGreaterThan(
      confidenceOf({ ...fragment, opensSentence: false }),
    );
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

  test("the mention's shape: a name between it and the quote, a name read from inside it", () => {
    const shape = (
      text: string,
      quoteText: string,
      mentionText: string,
      kind: 'name' | 'nominal' | 'pronoun',
      name: string,
    ) => {
      const q = text.indexOf(quoteText);
      const m = text.indexOf(mentionText);
      return mentionShape(
        text,
        { start: q, end: q + quoteText.length },
        { start: m, end: m + mentionText.length, text: mentionText, kind },
        name,
      );
    };
    const plain = shape(
      'Lund said on Monday that “the bridge is safe.”',
      '“the bridge is safe.”',
      'Lund',
      'name',
      'Ada Lund',
    );
    expect(plain).toEqual({ nameBetween: false, nameOffMention: false, afterPreposition: false });
    // The object of a preposition is not who speaks: the poll's share of the group does.
    expect(
      shape('Half of the farmers say the levy is “too steep.”', '“too steep.”', 'the farmers', 'nominal', 'farmers')
        .afterPreposition,
    ).toBe(true);
    // "according to" is a cue, and a possessive pronoun after a preposition owns the words.
    expect(
      shape('“It is safe,” according to Lund.', '“It is safe,”', 'Lund', 'name', 'Ada Lund').afterPreposition,
    ).toBe(false);
    expect(
      shape('Critics seized on her claim that it was “safe.”', '“safe.”', 'her', 'pronoun', 'Ada Lund')
        .afterPreposition,
    ).toBe(false);
    // Another name stands between the speaker and the words: they may be the other's.
    const rival = shape(
      'Lund said of Berg’s plan that it was “a costly mistake.”',
      '“a costly mistake.”',
      'Lund',
      'name',
      'Ada Lund',
    );
    expect(rival.nameBetween).toBe(true);
    // A mention after the quote: the gap is the text between the quote's end and the mention, and
    // a quote's own first capital is no rival.
    expect(
      shape('“We will rebuild,” Mayor Lund said.', '“We will rebuild,”', 'Mayor Lund', 'name', 'Ada Lund').nameBetween,
    ).toBe(false);
    // A name mention ending in another word than the resolved name's last: the name came from elsewhere.
    expect(shape('Trump said “we are ready.”', '“we are ready.”', 'Trump', 'name', 'Trump Train').nameOffMention).toBe(
      true,
    );
    // A nominal is never off its name: it has none of its own.
    expect(
      shape('The aide said “we are ready.”', '“we are ready.”', 'The aide', 'nominal', 'Tom Berg').nameOffMention,
    ).toBe(false);
    expect(
      shape('Berg’s aide Lund said “we are ready.”', '“we are ready.”', 'Berg’s aide Lund', 'name', 'Tom Berg')
        .nameOffMention,
    ).toBe(true);
  });

  test('each shape feature sets its own input, and is off when its shape is absent', () => {
    const on = (f: AttributionFeatures) => FEATURE_NAMES.filter((_, i) => featureVector(f)[i] === 1);
    const shapes = ['name-between', 'name-off-mention', 'in-claim', 'after-preposition'];
    expect(on({ ...base, nameBetween: true, nameOffMention: true, inClaim: true, afterPreposition: true })).toEqual(
      expect.arrayContaining(shapes),
    );
    expect(on(base).filter((n) => shapes.includes(n))).toEqual([]);
  });
});
