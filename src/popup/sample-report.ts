// A small, hand-made report in the engine's shape, shaped like the sample article, for the
// popup's unit tests (the real engine is not needed to test how a report is shown).
import type { PageReport } from '../shared/messages';

/** What the engine says of how it found a speaker, for the sample speakers. */
const found = { confidence: 0.95, evidence: { place: 'sentence' as const, cue: null, antecedent: null } };

/** Builds a fresh report each time, so a test can alter it freely. */
export function sampleReport(): PageReport {
  const shoigu = {
    id: 's1',
    name: 'Sergei Shoigu',
    kind: 'person' as const,
    role: 'Russian Defense Minister',
    mention: null,
    ...found,
  };
  const putin = {
    id: 's2',
    name: 'Vladimir Putin',
    kind: 'person' as const,
    role: 'President',
    mention: null,
    ...found,
  };
  const ministry = {
    id: 's3',
    name: 'Russian Defense Ministry',
    kind: 'organization' as const,
    role: null,
    mention: null,
    ...found,
  };
  return {
    state: 'ready',
    title: 'Russia ends operations near Deir ez-Zor',
    url: 'https://example.org/news/deir-ezzor',
    host: 'example.org',
    highlightsVisible: true,
    figureContexts: [
      '…Some 9,000 militants have surrendered themselves…',
      '…flew 17,800 sorties over two years…',
      '…in 2017 alone…',
    ],
    annotations: {
      speakers: [
        { id: 's2', name: 'Vladimir Putin', kind: 'person', role: 'President', aliases: ['Putin'], quoteCount: 1 },
        {
          id: 's1',
          name: 'Sergei Shoigu',
          kind: 'person',
          role: 'Russian Defense Minister',
          aliases: ['Shoigu'],
          quoteCount: 2,
        },
        {
          id: 's3',
          name: 'Russian Defense Ministry',
          kind: 'organization',
          role: null,
          aliases: ['the ministry'],
          quoteCount: 1,
        },
      ],
      quotes: [
        {
          start: 0,
          end: 60,
          text: '“Some 9,000 militants have surrendered themselves,”',
          kind: 'direct',
          partial: false,
          speaker: shoigu,
        },
        {
          start: 70,
          end: 130,
          text: '“I order the withdrawal of the main part of our military,”',
          kind: 'direct',
          partial: false,
          speaker: putin,
        },
        {
          start: 140,
          end: 200,
          text: 'the air force had flown 17,800 sorties',
          kind: 'reported',
          partial: false,
          speaker: ministry,
        },
        {
          start: 210,
          end: 240,
          text: '“a complete rout”',
          kind: 'direct',
          partial: true,
          speaker: {
            ...shoigu,
            mention: { start: 241, end: 243, text: 'he' },
            confidence: 0.81,
            evidence: {
              place: 'paragraph',
              cue: { start: 244, end: 248, text: 'said' },
              antecedent: { start: 0, end: 13, text: 'Sergei Shoigu' },
              sentences: 1,
            },
          },
        },
        // A quote the engine would not attribute: its speaker is unclear.
        {
          start: 250,
          end: 280,
          text: '“We will not stop,”',
          kind: 'direct',
          partial: false,
          speaker: {
            id: 'unclear',
            name: null,
            kind: 'unknown',
            role: null,
            mention: { start: 281, end: 285, text: 'they' },
            confidence: 0.4,
            evidence: { place: 'sentence', cue: null, antecedent: null },
          },
        },
      ],
      figures: [
        {
          start: 5,
          end: 20,
          text: 'Some 9,000 militants',
          kind: 'count',
          value: 9000,
          unit: 'militants',
          approximate: true,
          claimedBy: 's1',
          claim: { via: 'direct-quote', quote: 0, confidence: 0.95 },
        },
        {
          start: 160,
          end: 175,
          text: '17,800 sorties',
          kind: 'count',
          value: 17800,
          unit: 'sorties',
          approximate: false,
          claimedBy: 's3',
          claim: { via: 'reported', quote: 2, confidence: 0.95 },
        },
        {
          start: 300,
          end: 304,
          text: '2017',
          kind: 'year',
          value: 2017,
          unit: null,
          approximate: false,
          claimedBy: null,
        },
      ],
    },
  };
}

/** A report the size of a hostile or enormous page: `quotes` quotes spread over `speakers`
 * speakers (every seventh unattributed), and `figures` figures, half claimed. For the tests and
 * the render bench of the popup at scale. */
export function largeReport(quotes: number, figures: number, speakers = 40): PageReport {
  const people = Array.from({ length: speakers }, (_, i) => ({
    id: `s${i}`,
    name: `Speaker Number ${i}`,
    kind: 'person' as const,
    role: i % 2 ? 'Minister' : null,
    aliases: [],
    quoteCount: 0,
  }));
  const quoteList = Array.from({ length: quotes }, (_, i) => {
    const who = i % 7 === 6 ? null : people[i % speakers]!;
    if (who) who.quoteCount++;
    const speaker = who && { id: who.id, name: who.name, kind: who.kind, role: who.role, mention: null, ...found };
    return {
      start: i * 100,
      end: i * 100 + 60,
      text: `“Quotation number ${i} said out loud,”`,
      kind: i % 3 ? ('direct' as const) : ('reported' as const),
      partial: false,
      speaker,
    };
  });
  const figureList = Array.from({ length: figures }, (_, i) => ({
    start: i * 100 + 70,
    end: i * 100 + 80,
    text: `${i + 1} trucks`,
    kind: 'count' as const,
    value: i + 1,
    unit: 'trucks',
    approximate: false,
    claimedBy: i % 2 ? `s${i % speakers}` : null,
  }));
  return {
    state: 'ready',
    title: 'A very long page',
    url: 'https://example.org/news/long',
    host: 'example.org',
    highlightsVisible: true,
    figureContexts: figureList.map((f) => `…about ${f.text} crossed…`),
    annotations: { speakers: people, quotes: quoteList, figures: figureList },
  };
}
