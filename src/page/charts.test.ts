// Charts inside an article are not its text: their axis ticks, legends and data tables must not
// become figures, while the story around them (and a story wrapped in a "graphic" container)
// still reads in full.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { findArticle } from './article';
import { isChartOrGraphic } from './charts';
import { findFigures } from '../engine/figures';

function load(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('charts are not article text', () => {
  const doc = load(fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/pages/chart-in-article.html'), 'utf8'));
  const article = findArticle(doc)!;

  test('the article reads in full and the chart labels are left out', () => {
    expect(article).not.toBeNull();
    const text = article.index.text;
    expect(text).toContain('Average rents in the harbour district rose to $1,450 a month');
    expect(text).toContain('two-thirds spent more than half their income on housing.');
    for (const label of ['$900', 'Average monthly rent', 'Old town', 'Source: housing office', '600 m'])
      expect(text).not.toContain(label);
  });

  test('figures come from the prose only: no tick label "$900", "600" or "0"', () => {
    const figures = findFigures(article.index.text, article.index.blocks).map((f) => f.text);
    expect(figures).toEqual([
      '$1,450',
      '12 percent',
      '3,200 households',
      '40 new flats',
      '500 renters',
      'two-thirds',
      'half',
    ]);
  });
});

describe('isChartOrGraphic', () => {
  const el = (html: string) => load(`<!doctype html><html><body>${html}</body></html>`).body.firstElementChild!;
  test.each([
    ['a bar chart', '<div class="bar-chart"></div>', true],
    ['a chart by id', '<div id="chart-3"></div>', true],
    ['Highcharts axis labels', '<div class="highcharts-axis-labels"></div>', true],
    ['a Datawrapper embed', '<div class="datawrapper-embed"></div>', true],
    ['an infographic', '<figure class="infographic"></figure>', true],
    ['a data-viz block', '<section class="data-viz"></section>', true],
    ['an axis tick', '<span class="tick">600</span>', true],
    ['an element drawn as one image', '<div role="img" aria-label="x"><span>600</span></div>', true],
    ['a paragraph', '<p class="paragraph">text</p>', false],
    ['a word that only contains "chart"', '<div class="chartbeat-tracker"></div>', false],
    ['a stock ticker', '<div class="ticker">x</div>', false],
    [
      'a "graphic" story holding the prose',
      `<div class="graphic-story chart"><p>${'The council voted on Tuesday night to approve the new bridge. '.repeat(4)}</p></div>`,
      false,
    ],
  ])('%s -> %s', (_name, html, expected) => {
    expect(isChartOrGraphic(el(html))).toBe(expected);
  });
});
