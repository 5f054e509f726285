import type { Annotations, Figure, Quote } from '../../src/engine/types';
import {
  evalPages,
  figureMatch,
  pairInOrder,
  quoteKey,
  quoteMatches,
  readGoldPages,
  speakerMatches,
} from '../tools/eval-pages';
import { sharedPathOrFail } from '../tools/shared-data';

describe('quote matching', () => {
  test.each([
    ['marks and edge punctuation are ignored', 'Leave it,', '“Leave it,”', true],
    ['no-break spaces and runs of whitespace', 'a  b\u00a0c', '“a b c”', true],
    ['soft hyphens are ignored', 'Netan\u00adyahu won', '"Netanyahu won"', true],
    ['curly and straight apostrophes', 'don’t go', '"don\'t go"', true],
    ['prediction containing the gold fragment', 'appalled', 'he was “appalled” that', true],
    ['prediction covering most of the gold', 'one two three four five six', 'one two three four', true],
    ['prediction covering too little of the gold', 'one two three four five six seven eight', 'one two', false],
    [
      'run-on prediction sharing most words',
      'We are concerned about the pills',
      'We are concerned about the pills,” said the chief',
      true,
    ],
    ['different quotes', 'They never stood a chance', 'DNP is a deadly toxin', false],
    ['empty prediction', 'x', '“”', false],
  ])('%s', (_name, gold, predicted, expected) => {
    expect(quoteMatches(gold, predicted)).toBe(expected);
  });

  test('quoteKey trims marks and punctuation at both ends only', () => {
    expect(quoteKey('“[Eloise] never knew,”')).toBe('eloise] never knew');
  });
});

describe('speaker matching', () => {
  test.each([
    ['same name', 'Sergei Shoigu', 'Sergei Shoigu', 'person', true],
    ['surname only', 'Sergei Shoigu', 'Shoigu', 'person', true],
    ['case-insensitive', 'Fiona Parry', 'fiona PARRY', 'person', true],
    ['other person', 'Fiona Parry', 'Eloise Parrish', 'person', false],
    ['first name only is not enough', 'Fiona Parry', 'Fiona', 'person', false],
    ['organisation with article', 'Food Standards Agency', 'the Food Standards Agency', 'organization', true],
    ['organisation with a qualifier', 'Food Standards Agency', 'UK Food Standards Agency', 'organization', true],
    ['organisation by last word only', 'Food Standards Agency', 'Agency', 'organization', false],
    ['anonymous descriptor', 'unidentified poster', 'an unidentified poster', 'unknown', true],
    ['gold null wants null', null, null, 'unknown', true],
    ['gold null but a name given', null, 'Hicks', 'unknown', false],
    ['gold name but none given', 'Hicks', null, 'person', false],
  ])('%s', (_name, gold, predicted, kind, expected) => {
    expect(speakerMatches(gold, predicted, kind)).toBe(expected);
  });
});

describe('figure matching', () => {
  test.each([
    ['same text', '14,000 ISIL terrorists', '14,000 ISIL terrorists', 'exact'],
    ['whitespace and case', '$4.8  Billion', '$4.8 billion', 'exact'],
    ['number without its noun', '14,000 ISIL terrorists', '14,000', 'partial'],
    ['run-on with a hedge', 'two tablets', 'about two tablets', 'partial'],
    ['same noun, other number', '725 training camps', '700 training camps', null],
    ['unrelated', '2017', '2016', null],
  ])('%s', (_name, gold, predicted, expected) => {
    expect(figureMatch(gold, predicted)).toBe(expected);
  });
});

describe('pairInOrder', () => {
  const eq = (a: string, b: string) => a === b;
  test.each([
    ['repeated strings pair by position', ['2017', 'x', '2017'], ['2017', 'x', '2017'], [0, 1, 2]],
    ['a missed gold item does not shift the rest', ['a', 'b', 'c'], ['a', 'c'], [0, null, 1]],
    ['an out-of-order prediction is still found', ['a', 'b'], ['b', 'a'], [1, 0]],
    ['each prediction is used once', ['a', 'a'], ['a'], [0, null]],
  ])('%s', (_name, gold, predicted, expected) => {
    expect(pairInOrder(gold, predicted, eq)).toEqual(expected);
  });
});

describe('evalPages on the dev gold', () => {
  sharedPathOrFail('pages', 'dev');
  const pages = readGoldPages();
  test('the gold pages are read', () => {
    expect(pages?.length).toBeGreaterThan(0);
  });
  if (!pages) return;

  /** A perfect pipeline built from the gold itself: every quote with its speaker, every figure
   * with its claimant. The evaluator must score it 100% on everything. */
  function echoGold(html: string): Annotations {
    const page = pages!.find((p) => p.html === html)!;
    const ids = new Map<string, string>();
    const id = (name: string) => {
      if (!ids.has(name)) ids.set(name, `s${ids.size}`);
      return ids.get(name)!;
    };
    const quotes: Quote[] = page.gold.quotes.map((q, i) => ({
      start: i * 10,
      end: i * 10 + 5,
      text: `“${q.quote}”`,
      kind: 'direct',
      partial: false,
      speaker: q.speaker
        ? {
            id: id(q.speaker),
            name: q.speaker,
            kind: 'person',
            role: null,
            mention: null,
            confidence: 1,
            evidence: { place: 'sentence', cue: null, antecedent: null },
          }
        : null,
    }));
    const figures: Figure[] = page.gold.figures.map((f, i) => ({
      start: i * 10,
      end: i * 10 + 5,
      text: f.text,
      kind: 'count',
      value: null,
      unit: null,
      approximate: false,
      claimedBy: f.claimed_by ? id(f.claimed_by) : null,
    }));
    const speakers = [...ids].map(([name, sid]) => ({
      id: sid,
      name,
      kind: 'person' as const,
      role: null,
      aliases: [],
      quoteCount: 0,
    }));
    return { quotes, figures, speakers };
  }

  test('a pipeline that returns the gold scores 100%', () => {
    const report = evalPages(echoGold)!;
    expect(report.name).toBe('pages-dev');
    for (const value of Object.values(report.metrics)) expect(value).toBe(1);
    expect(report.misses).toEqual([]);
    expect(report.summary).toHaveLength(pages.length + 1);
  });

  test('a pipeline that finds nothing scores 0 and lists every gold item as a miss', () => {
    const report = evalPages(() => null)!;
    expect(report.metrics.pageQuoteRecall).toBe(0);
    expect(report.metrics.pageFigureRecall).toBe(0);
    const goldItems = pages.reduce((n, p) => n + p.gold.quotes.length + p.gold.figures.length, 0);
    const missed = (report.misses as { type: string }[]).filter(
      (m) => m.type === 'quote-missed' || m.type === 'figure-missed',
    );
    expect(missed).toHaveLength(goldItems);
  });

  test('predictions listed as non-quotes and non-figures are false positives with the reason', () => {
    const withNoise = (html: string): Annotations => {
      const a = echoGold(html);
      const page = pages.find((p) => p.html === html)!;
      for (const n of page.gold.non_quotes ?? [])
        a.quotes.push({ start: 0, end: 1, text: `“${n.text}”`, kind: 'direct', partial: false, speaker: null });
      for (const n of page.gold.non_figures ?? [])
        a.figures.push({
          start: 0,
          end: 1,
          text: n.text,
          kind: 'count',
          value: null,
          unit: null,
          approximate: false,
          claimedBy: null,
        });
      return a;
    };
    const report = evalPages(withNoise)!;
    const fp = (report.misses as { type: string; nonQuote?: string; nonFigure?: string }[]).filter((m) =>
      m.type.endsWith('false-positive'),
    );
    const listed = pages.reduce((n, p) => n + (p.gold.non_quotes?.length ?? 0) + (p.gold.non_figures?.length ?? 0), 0);
    expect(fp.length).toBeGreaterThanOrEqual(listed);
    expect(fp.filter((m) => m.nonQuote || m.nonFigure).length).toBeGreaterThan(0);
    expect(report.metrics.pageQuotePrecision).toBeLessThan(1);
    expect(report.metrics.pageFigurePrecision).toBeLessThan(1);
    expect(report.metrics.pageQuoteRecall).toBe(1);
  });
});
