import type { Quote, QuoteSpeaker, Speaker, SpeakerKind } from '../engine/types';
import type { PageReport } from '../shared/messages';
import { sampleReport } from './sample-report';
import { countWords, SHARE_BARS, summarizeSourcing } from './sourcing';

describe('summarizeSourcing', () => {
  test('counts sources by kind, the unclear quotes as one, and shares the quoted words among them', () => {
    const s = summarizeSourcing(sampleReport());
    expect(s).toMatchObject({ people: 2, organizations: 1, documents: 0, anonymous: 1, quotedWords: 31 });
    expect(s.shares.map((b) => [b.name, b.words])).toEqual([
      ['Vladimir Putin', 11],
      ['Sergei Shoigu', 9],
      ['Russian Defense Ministry', 7],
      [null, 4], // the unclear quotes, last
    ]);
    expect(s.shares.reduce((n, b) => n + b.share, 0)).toBeCloseTo(1);
  });

  test("figures: claimed by a source against the outlet's own; dates and years only when listed", () => {
    expect(summarizeSourcing(sampleReport())).toMatchObject({ figuresClaimed: 2, figuresOwn: 1 });
    expect(summarizeSourcing(sampleReport(), false)).toMatchObject({ figuresClaimed: 2, figuresOwn: 0 });
  });

  test('a fragment quoted inside a reported claim is not counted twice', () => {
    const r = sampleReport();
    const claim = r.annotations!.quotes[2]!; // 140..200, 7 words
    r.annotations!.quotes.splice(3, 0, {
      ...claim,
      start: 150,
      end: 170,
      text: '“had flown”',
      kind: 'direct',
      partial: true,
    });
    const s = summarizeSourcing(r);
    expect(s.quotedWords).toBe(31);
    expect(s.shares.find((b) => b.name === 'Russian Defense Ministry')!.words).toBe(7);
  });

  test('groups, documents and sources of no known kind are counted apart from people and organisations', () => {
    const kinds: SpeakerKind[] = ['person', 'group', 'document', 'unknown', 'organization'];
    const speakers: Speaker[] = kinds.map((kind, i) => ({
      id: `k${i}`,
      name: `Source ${i}`,
      kind,
      role: null,
      aliases: [],
      quoteCount: 1,
    }));
    const quotes: Quote[] = speakers.map((sp, i) => ({
      start: i * 10,
      end: i * 10 + 5,
      text: 'one two',
      kind: 'reported',
      partial: false,
      speaker: { ...sp, mention: null, confidence: 0.9, evidence: { place: 'sentence', cue: null, antecedent: null } },
    }));
    const report: PageReport = { ...sampleReport(), annotations: { speakers, quotes, figures: [] } };
    expect(summarizeSourcing(report)).toMatchObject({ people: 1, organizations: 1, documents: 1, anonymous: 2 });
  });

  test(`past ${SHARE_BARS} speakers the least quoted share one bar`, () => {
    const speakers: Speaker[] = Array.from({ length: 9 }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      kind: 'person',
      role: null,
      aliases: [],
      quoteCount: 1,
    }));
    const quotes: Quote[] = speakers.map((sp, i) => {
      const speaker: QuoteSpeaker = {
        ...sp,
        mention: null,
        confidence: 0.9,
        evidence: { place: 'sentence', cue: null, antecedent: null },
      };
      // Person i is quoted i + 1 words.
      return {
        start: i * 100,
        end: i * 100 + 50,
        text: 'word '.repeat(i + 1),
        kind: 'direct',
        partial: false,
        speaker,
      };
    });
    const s = summarizeSourcing({ ...sampleReport(), annotations: { speakers, quotes, figures: [] } });
    expect(s.shares).toHaveLength(SHARE_BARS);
    expect(s.shares.slice(0, SHARE_BARS - 1).map((b) => b.name)).toEqual([
      'Person 8',
      'Person 7',
      'Person 6',
      'Person 5',
      'Person 4',
    ]);
    expect(s.shares.at(-1)).toMatchObject({ key: '*', name: null, speakers: 4, words: 1 + 2 + 3 + 4 });
    expect(s.quotedWords).toBe(45);
  });

  test('a page without annotations has nothing to count', () => {
    expect(summarizeSourcing({ ...sampleReport(), annotations: null })).toMatchObject({
      people: 0,
      quotedWords: 0,
      shares: [],
      figuresClaimed: 0,
    });
  });
});

describe('countWords', () => {
  test('numbers and contractions are one word each; marks and dashes are none', () => {
    expect(countWords('“Some 9,000 militants — they’re gone,”')).toBe(5);
    expect(countWords('')).toBe(0);
  });
});
