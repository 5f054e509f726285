import type { Figure, Quote, QuoteSpeaker } from '../engine/types';
import { attributionSpans } from './evidence-highlight';

// An invented sentence: 'The plan costs $4 million, Mayor Ana Ruiz said.'
const mention = { start: 27, end: 41, text: 'Mayor Ana Ruiz' };
const cue = { start: 42, end: 46, text: 'said' };
const speaker: QuoteSpeaker = {
  id: 's1',
  name: 'Ana Ruiz',
  kind: 'person',
  role: 'Mayor',
  mention,
  confidence: 0.9,
  evidence: { place: 'sentence', cue, antecedent: null },
};
const claim: Quote = {
  start: 0,
  end: 25,
  text: 'The plan costs $4 million',
  kind: 'reported',
  partial: false,
  speaker,
};
const figure: Figure = {
  start: 15,
  end: 25,
  text: '$4 million',
  kind: 'money',
  value: 4e6,
  unit: 'USD',
  approximate: false,
  claimedBy: 's1',
  claim: { via: 'reported', quote: 0, confidence: 0.9 },
};

describe('attributionSpans', () => {
  test("a quote's evidence is its speaker's mention and cue, in text order", () => {
    const after = { ...speaker, mention: cue, evidence: { ...speaker.evidence, cue: mention } };
    expect(attributionSpans({ kind: 'quote', quote: claim }, [claim])).toEqual([mention, cue]);
    expect(attributionSpans({ kind: 'quote', quote: { ...claim, speaker: after } }, [])).toEqual([mention, cue]);
  });

  test("a claimed figure's evidence is that of the quote it comes from; the outlet's own has none", () => {
    expect(attributionSpans({ kind: 'figure', figure }, [claim])).toEqual([mention, cue]);
    expect(attributionSpans({ kind: 'figure', figure: { ...figure, claimedBy: null, claim: null } }, [claim])).toEqual(
      [],
    );
  });

  test('nothing is marked for an unclear speaker or one found nowhere', () => {
    const unclear = { ...claim, speaker: { ...speaker, id: 'unclear', name: null } };
    expect(attributionSpans({ kind: 'quote', quote: unclear }, [])).toEqual([]);
    expect(attributionSpans({ kind: 'quote', quote: { ...claim, speaker: null } }, [])).toEqual([]);
    expect(attributionSpans({ kind: 'figure', figure }, [unclear])).toEqual([]);
  });
});
