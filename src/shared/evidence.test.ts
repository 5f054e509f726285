import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Figure, Quote, QuoteSpeaker, SpeakerEvidence } from '../engine/types';
import { analyze } from '../engine';
import { lookupFromCatalog, setMessageLookup, t } from './i18n';
import { attributionWords, chainLine, evidenceChain, evidenceLine, figureEvidenceLine } from './evidence';

const catalog = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '_locales', 'en', 'messages.json'), 'utf8'));
beforeAll(() => setMessageLookup(lookupFromCatalog(catalog)));

/** A speaker found in this invented text, its mention and cue given by their words. */
const TEXT = 'Mayor Ana Ruiz spoke on Monday. She said, according to the minutes, that the vote was close.';
const at = (words: string, from = 0) => {
  const start = TEXT.indexOf(words, from);
  if (start < 0) throw new Error(words);
  return { start, end: start + words.length, text: words };
};
function speaker(mention: string | null, cue: string | null, evidence: Partial<SpeakerEvidence> = {}): QuoteSpeaker {
  return {
    id: 's1',
    name: 'Ana Ruiz',
    kind: 'person',
    role: 'Mayor',
    mention: mention ? at(mention) : null,
    confidence: 0.9,
    evidence: { place: 'sentence', cue: cue ? at(cue) : null, antecedent: null, ...evidence },
  };
}

describe('evidenceLine', () => {
  test('the mention and the cue in text order, then where: "She said, same sentence"', () => {
    expect(evidenceLine(speaker('She', 'said'))).toBe('She said, same sentence');
    expect(evidenceLine(speaker('She', 'said'), TEXT)).toBe('She said, same sentence');
  });

  test("with the article text the words between are the page's own; without it they are left out visibly", () => {
    const s = speaker('the minutes', 'according');
    expect(attributionWords(s, TEXT)).toBe('according to the minutes');
    expect(attributionWords(s)).toBe('according … the minutes');
    // Words across a sentence end, or a long stretch, are never copied whole.
    expect(attributionWords(speaker('Mayor Ana Ruiz', 'said'), TEXT)).toBe('Mayor Ana Ruiz … said');
    expect(attributionWords(speaker('She', 'close'), TEXT)).toBe('She … close');
  });

  test('another sentence of the paragraph says how far, back or on', () => {
    const place = (sentences: number) => evidenceLine(speaker('She', 'said', { place: 'paragraph', sentences }));
    expect(place(2)).toBe('She said, 2 sentences back');
    expect(place(1)).toBe('She said, the sentence before');
    expect(place(-1)).toBe('She said, the sentence after');
    expect(place(-3)).toBe('She said, 3 sentences on');
    expect(evidenceLine(speaker('She', 'said', { place: 'paragraph' }))).toBe('She said, same paragraph');
  });

  test('a place with no words of its own is said alone: "the paragraph before", a transcript turn', () => {
    expect(evidenceLine(speaker(null, null, { place: 'paragraph-before' }))).toBe('the paragraph before');
    expect(evidenceLine(speaker('She', null, { place: 'transcript' }))).toBe('She, transcript turn');
    expect(evidenceLine(speaker(null, null, { place: 'none' }))).toBe('no speaker found');
  });

  test('the writer, the first person outside quotes, is said to be the writer', () => {
    expect(evidenceLine(speaker('She', 'said', { writer: true }))).toBe(
      "She said, same sentence · first person outside quotation marks: the article's writer",
    );
  });
});

describe('evidenceChain', () => {
  test('a pronoun leads to the name that introduces the speaker; a full name has no chain', () => {
    const s = speaker('She', 'said', { antecedent: at('Ana Ruiz') });
    const chain = evidenceChain(s)!;
    expect(chain.antecedent).toEqual(at('Ana Ruiz'));
    expect(chainLine(chain)).toBe('She → Ana Ruiz');
    expect(evidenceChain(speaker('Mayor Ana Ruiz', 'said'))).toBeNull();
    expect(evidenceChain(speaker('Ana Ruiz', 'said', { antecedent: at('Ana Ruiz') }))).toBeNull();
  });
});

describe('figureEvidenceLine', () => {
  const quote: Quote = {
    start: 0,
    end: 10,
    text: 'x',
    kind: 'reported',
    partial: false,
    speaker: speaker('She', 'said'),
  };
  const figure = (claimedBy: string | null, claim: Figure['claim']): Figure => ({
    start: 0,
    end: 2,
    text: '12',
    kind: 'count',
    value: 12,
    unit: null,
    approximate: false,
    claimedBy,
    claim,
  });

  test("a claimed figure says how it came to its claimant and how the claimant's quote was attributed", () => {
    expect(figureEvidenceLine(figure('s1', { via: 'reported', quote: 0, confidence: 0.9 }), [quote])).toBe(
      'in a reported claim · She said, same sentence',
    );
    expect(figureEvidenceLine(figure('s1', { via: 'carried-on', quote: 0, confidence: 0.9 }), [quote])).toBe(
      'carries on the claim before · She said, same sentence',
    );
    expect(figureEvidenceLine(figure('s1', { via: 'whole-sentence', quote: 0, confidence: 0.9 }), [quote])).toBe(
      'in a sentence attributed as a whole · She said, same sentence',
    );
  });

  test("the outlet's own figure, or one whose source quote is unclear, claims no evidence", () => {
    expect(figureEvidenceLine(figure(null, null), [quote])).toBe("the outlet's own figure");
    const unclear = { ...quote, speaker: { ...quote.speaker!, name: null } };
    expect(figureEvidenceLine(figure('s1', { via: 'reported', quote: 0, confidence: 0.4 }), [unclear])).toBe(
      "the outlet's own figure",
    );
  });
});

describe('a document named again, as the card and the popup show it', () => {
  const text =
    'Car sales slump\n\nA report from Kotak Institutional Equities found that car sales fell 8% in March. The report also found that margins shrank by 2 percentage points.\n';
  const { quotes, figures } = analyze(text);

  test("the issuer is named, the document's own words are the evidence, and the chain leads back", () => {
    const sp = quotes.at(-1)!.speaker!;
    expect([sp.name, t(`speakerKind_${sp.kind}`)]).toEqual(['Kotak Institutional Equities', 'Organisation']);
    expect(evidenceLine(sp, text)).toBe('The report also found, same sentence');
    expect(chainLine(evidenceChain(sp)!)).toBe('The report → Kotak Institutional Equities');
    // Its figure is the issuer's, the claim's evidence the same words.
    expect(figureEvidenceLine(figures.at(-1)!, quotes, text)).toMatch(/The report also found, same sentence$/);
  });

  test('with no issuer the card says "Document" and names the document', () => {
    const plain = 'Rents\n\nA 2018 survey found that 8% of renters moved. The survey also found that rents rose 3%.\n';
    const sp = analyze(plain).quotes.at(-1)!.speaker!;
    expect([sp.name, t(`speakerKind_${sp.kind}`), evidenceChain(sp)]).toEqual(['2018 survey', 'Document', null]);
  });
});
