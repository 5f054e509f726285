// The report the content script sends and the popup reads, validated on the popup's own sample
// report (here, outside both layers, since the shared module may not import the popup).
import { isPageReport } from '../../src/shared/messages';
import { sampleReport } from '../../src/popup/sample-report';

describe('isPageReport', () => {
  test('accepts a real report and a report without annotations', () => {
    expect(isPageReport(sampleReport())).toBe(true);
    expect(isPageReport({ ...sampleReport(), state: 'no-article', annotations: null, figureContexts: [] })).toBe(true);
    expect(isPageReport({ ...sampleReport(), capped: true })).toBe(true);
    expect(isPageReport({ ...sampleReport(), withDates: true })).toBe(true);
    expect(isPageReport({ ...sampleReport(), withDates: 'yes' })).toBe(false);
    expect(
      isPageReport({
        ...sampleReport(),
        state: 'no-article',
        annotations: null,
        figureContexts: [],
        skipped: 'not-english',
      }),
    ).toBe(true);
  });

  const broken: [string, (r: Record<string, any>) => void][] = [
    [
      'an unknown state',
      (r) => {
        r.state = 'hacked';
      },
    ],
    [
      'a title that is not text',
      (r) => {
        r.title = { toString: () => 'x' };
      },
    ],
    [
      'a missing url',
      (r) => {
        delete r.url;
      },
    ],
    [
      'contexts that are not text',
      (r) => {
        r.figureContexts = [1];
      },
    ],
    [
      'quotes that are not an array',
      (r) => {
        r.annotations.quotes = 'many';
      },
    ],
    [
      'a quote whose text is not a string',
      (r) => {
        r.annotations.quotes[0].text = 42;
      },
    ],
    [
      'a quote of an unknown kind',
      (r) => {
        r.annotations.quotes[0].kind = 'shouted';
      },
    ],
    [
      'a quote speaker without a name',
      (r) => {
        delete r.annotations.quotes[1].speaker.name;
      },
    ],
    [
      'a figure with a text value',
      (r) => {
        r.annotations.figures[0].value = '9000';
      },
    ],
    [
      'a figure of an unknown kind',
      (r) => {
        r.annotations.figures[0].kind = 'bitcoin';
      },
    ],
    [
      'a speaker without a count',
      (r) => {
        delete r.annotations.speakers[0].quoteCount;
      },
    ],
    [
      'a null item',
      (r) => {
        r.annotations.figures.push(null);
      },
    ],
  ];
  test.each(broken)('rejects %s', (_, breakIt) => {
    const report = sampleReport() as unknown as Record<string, any>;
    breakIt(report);
    expect(isPageReport(report)).toBe(false);
  });

  test.each<[unknown]>([[null], [undefined], ['report'], [[]]])('rejects %j', (v) => {
    expect(isPageReport(v)).toBe(false);
  });
});
