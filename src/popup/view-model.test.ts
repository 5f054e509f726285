import { describeFigure } from '../shared/figure-format';
import {
  ANY_CLAIMANT,
  NO_CLAIMANT,
  buildSearchIndex,
  buildView,
  figureClaimants,
  foldForSearch,
  groupQuotes,
  listFigures,
  speakerFilter,
  type FigureSort,
} from './view-model';
import { sampleReport } from './sample-report';

const index = (r = sampleReport()) => buildSearchIndex(r, (f) => describeFigure(f).value);
const names = (q: string) => groupQuotes(index(), q).map((g) => g.speaker?.name ?? '(none)');

describe('groupQuotes', () => {
  test('speakers by how much they are quoted, the unattributed last', () => {
    expect(names('')).toEqual(['Sergei Shoigu', 'Vladimir Putin', 'Russian Defense Ministry', '(none)']);
    expect(groupQuotes(index(), '')[0]!.quotes.map((q) => q.index)).toEqual([0, 3]);
  });

  test.each([
    ['putin', ['Vladimir Putin']],
    ['PUTIN  order', ['Vladimir Putin']],
    ['order putin', ['Vladimir Putin']],
    ['defense', ['Sergei Shoigu', 'Russian Defense Ministry']],
    ['the ministry', ['Russian Defense Ministry']],
    ['rout', ['Sergei Shoigu']],
    ['stop', ['(none)']],
    ['nobody said this', []],
  ])('query %j keeps %j', (q, expected) => {
    expect(names(q)).toEqual(expected);
  });

  test('a speaker matched by name keeps all their quotes; a word matches only its quotes', () => {
    expect(groupQuotes(index(), 'shoigu')[0]!.quotes).toHaveLength(2);
    expect(groupQuotes(index(), 'militants')[0]!.quotes.map((q) => q.index)).toEqual([0]);
  });

  test('folds accents and case', () => {
    const r = sampleReport();
    r.annotations!.speakers[1]!.name = 'Sergeï Šoigu';
    expect(groupQuotes(index(r), 'sergei soigu').map((g) => g.speaker?.id)).toEqual(['s1']);
    expect(foldForSearch('Éé  Ü')).toBe('ee u');
  });

  test('a quote whose speaker is missing from the speaker list is still listed under its name', () => {
    const r = sampleReport();
    r.annotations!.speakers = [];
    expect(groupQuotes(index(r), '').map((g) => g.speaker?.name ?? '(none)')).toEqual([
      'Sergei Shoigu',
      'Vladimir Putin',
      'Russian Defense Ministry',
      '(none)',
    ]);
  });
});

describe('listFigures', () => {
  const texts = (q: string, sort: FigureSort = 'position', claimant = ANY_CLAIMANT) =>
    listFigures(index(), q, sort, claimant).map((r) => r.figure.text);

  test.each<[FigureSort, string[]]>([
    ['position', ['Some 9,000 militants', '17,800 sorties', '2017']],
    ['value', ['17,800 sorties', 'Some 9,000 militants', '2017']],
    // Russian Defense Ministry, Sergei Shoigu, then the article's own.
    ['claimant', ['17,800 sorties', 'Some 9,000 militants', '2017']],
  ])('sorted by %s', (sort, expected) => {
    expect(texts('', sort)).toEqual(expected);
  });

  test('sorted by kind: kinds in name order, text order within a kind', () => {
    // A percent first in the text, so kind order and text order differ.
    const r = sampleReport();
    r.annotations!.figures.unshift({
      start: 0,
      end: 3,
      text: '40%',
      kind: 'percent',
      value: 40,
      unit: null,
      approximate: false,
      claimedBy: null,
    });
    r.figureContexts.unshift('40% of the city');
    expect(listFigures(index(r), '', 'position', ANY_CLAIMANT).map((f) => f.figure.text)).toEqual([
      '40%',
      'Some 9,000 militants',
      '17,800 sorties',
      '2017',
    ]);
    expect(listFigures(index(r), '', 'kind', ANY_CLAIMANT).map((f) => f.figure.text)).toEqual([
      'Some 9,000 militants',
      '17,800 sorties',
      '40%',
      '2017',
    ]);
  });

  test('figures without a value sort after all valued ones', () => {
    const r = sampleReport();
    r.annotations!.figures.unshift({
      start: 0,
      end: 6,
      text: 'dozens',
      kind: 'count',
      value: null,
      unit: null,
      approximate: true,
      claimedBy: null,
    });
    r.figureContexts.unshift('dozens of them');
    expect(listFigures(index(r), '', 'value', ANY_CLAIMANT).map((f) => f.figure.text)).toEqual([
      '17,800 sorties',
      'Some 9,000 militants',
      '2017',
      'dozens',
    ]);
  });

  test.each([
    [ANY_CLAIMANT, ['Some 9,000 militants', '17,800 sorties', '2017']],
    [NO_CLAIMANT, ['2017']],
    [speakerFilter('s1'), ['Some 9,000 militants']],
    [speakerFilter('nobody'), []],
  ])('claimant filter %s', (claimant, expected) => {
    expect(texts('', 'position', claimant)).toEqual(expected);
  });

  test('dates and years can be left out', () => {
    expect(listFigures(index(), '', 'position', ANY_CLAIMANT, false).map((r) => r.figure.text)).toEqual([
      'Some 9,000 militants',
      '17,800 sorties',
    ]);
  });

  test('search reaches the context, the displayed value and the claimant', () => {
    expect(texts('two years')).toEqual(['17,800 sorties']);
    expect(texts('≈')).toEqual(['Some 9,000 militants']);
    expect(texts('shoigu')).toEqual(['Some 9,000 militants']);
  });

  test('rows carry the report index, the context and the claimant', () => {
    const [row] = listFigures(index(), '', 'value', ANY_CLAIMANT);
    expect(row).toMatchObject({
      index: 1,
      context: '…flew 17,800 sorties over two years…',
      claimant: { name: 'Russian Defense Ministry' },
    });
  });
});

describe('buildView', () => {
  test('counts the quotes shown and lists claimants by name', () => {
    expect(buildView(index(), 'shoigu', 'position', ANY_CLAIMANT).quoteCount).toBe(2);
    expect(figureClaimants(index()).map((s) => s.name)).toEqual(['Russian Defense Ministry', 'Sergei Shoigu']);
  });

  test('an empty report gives empty lists', () => {
    const view = buildView(
      index({ ...sampleReport(), annotations: null, figureContexts: [] }),
      '',
      'position',
      ANY_CLAIMANT,
    );
    expect(view).toEqual({ groups: [], figures: [], quoteCount: 0 });
  });

  test('a huge quote and a hostile query stay fast and literal', () => {
    const r = sampleReport();
    r.annotations!.quotes[0]!.text = 'a'.repeat(1_000_000) + ' needle (.*)+$';
    const idx = index(r);
    expect(groupQuotes(idx, '(.*)+$')[0]!.quotes.map((q) => q.index)).toEqual([0]);
  });
});

describe('the search text', () => {
  // Building it for 20,000 quotes and figures takes about a second: a popup that is only opened
  // and looked at must not pay for it.
  test('is built on the first search, once, not when the popup opens', () => {
    let described = 0;
    const idx = buildSearchIndex(sampleReport(), (f) => {
      described++;
      return describeFigure(f).value;
    });
    const all = buildView(idx, '', 'position', ANY_CLAIMANT);
    expect(all.quoteCount).toBe(5);
    expect(all.figures).toHaveLength(3);
    expect(buildView(idx, '   ', 'value', NO_CLAIMANT).figures).toHaveLength(1);
    expect(described).toBe(0);
    expect(buildView(idx, '9,000', 'position', ANY_CLAIMANT).figures.map((r) => r.index)).toEqual([0]);
    expect(described).toBe(3);
    buildView(idx, 'sorties', 'position', ANY_CLAIMANT);
    expect(described).toBe(3);
  });
});
