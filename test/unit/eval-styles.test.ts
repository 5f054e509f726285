import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotations, Figure, Quote } from '../../src/engine/types';
import type { PageGold } from '../tools/eval-pages';
import {
  STYLES_DIR,
  evalStyles,
  readStyleArticles,
  scoreStyleArticle,
  styleOf,
  type StyleArticle,
} from '../tools/eval-styles';

const text = [
  '“Go home,” said Ann Lee, who owns 12 boats.',
  '“Stay,” said Tom Hill. “Now,” someone shouted.',
  '“Wait,” Bo Cho said in March. “Missed entirely,” Ann Lee said.',
  'Prices rose 3% and 40 cars were sold. “Extra,” a man said of the Model 7.',
].join('\n\n');

const at = (s: string) => text.indexOf(s);

function quote(s: string, name: string | null): Quote {
  return {
    start: at(s),
    end: at(s) + s.length,
    text: s,
    kind: 'direct',
    partial: false,
    speaker: {
      id: name ?? 'unclear',
      name,
      kind: name ? 'person' : 'unknown',
      role: null,
      mention: name ? { start: 0, end: name.length, text: name } : null,
      confidence: 0.9,
      evidence: { place: 'sentence', cue: null, antecedent: null },
    },
  };
}

function figure(s: string, claimedBy: string | null): Figure {
  return {
    start: at(s),
    end: at(s) + s.length,
    text: s,
    kind: 'count',
    value: null,
    unit: null,
    approximate: false,
    claimedBy,
  };
}

const gold: PageGold = {
  page: 'tiny.txt',
  quotes: [
    { quote: 'Go home,', speaker: 'Ann Lee' },
    { quote: 'Stay,', speaker: 'Tom Hill' },
    { quote: 'Now,', speaker: null },
    { quote: 'Wait,', speaker: 'Bo Cho' },
    { quote: 'Missed entirely,', speaker: 'Ann Lee' },
  ],
  figures: [
    { text: '12 boats', claimed_by: 'Ann Lee' },
    { text: '3%', claimed_by: null },
    { text: '40 cars', claimed_by: null },
  ],
};

// Right; wrong name; rightly unclear; a month as the name; the fifth gold quote not found; one
// quote the gold does not have. Figures: claimant right, claimant wrong, one missed, one extra.
const annotations: Annotations = {
  quotes: [
    quote('“Go home,”', 'Ann Lee'),
    quote('“Stay,”', 'Ann Lee'),
    quote('“Now,”', null),
    quote('“Wait,”', 'March'),
    quote('“Extra,”', null),
  ],
  figures: [figure('12 boats', 'ann'), figure('3%', 'ann'), figure('Model 7', null)],
  speakers: [{ id: 'ann', name: 'Ann Lee', kind: 'person', role: null, aliases: [], quoteCount: 2 }],
};

const article: StyleArticle = { name: '99-tiny-case', text, gold };

describe('the news-styles scorer', () => {
  test('counts quotes, speakers, names, non-referring names and figures on a hand-made case', () => {
    const misses: unknown[] = [];
    expect(scoreStyleArticle(article, annotations, misses)).toEqual({
      goldQuotes: 5,
      foundQuotes: 4,
      predictedQuotes: 5,
      truePredictedQuotes: 4,
      speakerRight: 2,
      named: 3,
      namedRight: 1,
      allNamed: 3,
      nonReferring: 1,
      goldFigures: 3,
      foundFigures: 2,
      exactFigures: 2,
      claimantRight: 1,
      predictedFigures: 3,
      truePredictedFigures: 2,
    });
    const types = (misses as { type: string }[]).map((m) => m.type).sort();
    expect(types).toEqual([
      'claimant-wrong',
      'figure-false-positive',
      'figure-missed',
      'non-referring-name',
      'quote-false-positive',
      'quote-missed',
      'speaker-wrong',
      'speaker-wrong',
    ]);
    expect(misses).toContainEqual(
      expect.objectContaining({ type: 'non-referring-name', cause: 'month', name: 'March' }),
    );
  });

  test('turns the counts into rates, by style and in total', () => {
    const report = evalStyles(() => annotations, [article])!;
    expect(report.metrics).toEqual({
      styleQuoteRecall: 0.8,
      styleQuotePrecision: 0.8,
      styleSpeakerAccuracy: 0.5,
      styleNamedShare: 0.75,
      styleRightWhenNamed: 1 / 3,
      styleFigureRecall: 2 / 3,
      styleFigurePrecision: 2 / 3,
      styleClaimantAccuracy: 0.5,
    });
    expect(report.summary.some((l) => l.startsWith('tiny (1)'))).toBe(true);
    expect(report.summary.at(-1)).toBe(
      'named speakers that cannot be a referring expression: 1 of 3 (direct and reported)',
    );
  });

  test('an engine that throws scores zero, it does not stop the run', () => {
    const report = evalStyles(() => {
      throw new Error('boom');
    }, [article])!;
    expect(report.metrics['styleQuoteRecall']).toBe(0);
    expect(report.misses).toContainEqual(expect.objectContaining({ type: 'error' }));
  });

  test('a style is the first word after the number', () => {
    expect(styleOf('07-business-earnings')).toBe('business');
    expect(styleOf('uk-court')).toBe('uk');
  });
});

describe('the news-styles fixtures', () => {
  const articles = readStyleArticles();

  test('hold about forty articles, each with its text written out', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    for (const a of articles) expect(fs.existsSync(path.join(STYLES_DIR, 'annotated', `${a.name}.txt`))).toBe(true);
  });

  // The gold is written from annotated/ by build-gold.mjs; an edit of one without the other shows here.
  test.each(articles.map((a) => [a.name, a] as const))('%s: every gold quote and figure is in its text', (_n, a) => {
    const flat = a.text.replace(/\s+/g, ' ');
    for (const q of a.gold.quotes)
      expect({ quote: q.quote, found: flat.includes(q.quote) }).toEqual({ quote: q.quote, found: true });
    for (const f of a.gold.figures)
      expect({ figure: f.text, found: flat.includes(f.text) }).toEqual({ figure: f.text, found: true });
    expect(/<<|>>|\{\{|“\[|‘\[|"\[/.test(a.text)).toBe(false);
  });
});
