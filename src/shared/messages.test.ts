import { isBackgroundRequest, isContentRequest, isPageReport, MAX_ANALYZE_CHARS } from './messages';
import { sampleReport } from '../popup/sample-report';

describe('isContentRequest', () => {
  test.each<[unknown, boolean]>([
    [{ type: 'get-report' }, true],
    [{ type: 'run-now' }, true],
    [{ type: 'toggle-highlights' }, true],
    [{ type: 'focus-item', item: 'quote', index: 3 }, true],
    [{ type: 'focus-item', item: 'figure', index: 0 }, true],
    [{ type: 'focus-item', item: 'speaker', index: 0 }, false],
    [{ type: 'focus-item', item: 'quote', index: -1 }, false],
    [{ type: 'focus-item', item: 'quote', index: 1.5 }, false],
    [{ type: 'focus-item', item: 'quote', index: '2' }, false],
    [{ type: 'focus-item', item: 'quote', index: 1e12 }, false],
    [{ type: 'focus-item', item: 'quote' }, false],
    [{ type: 'focus-item', item: 'quote', index: 2, text: '“We will win,”' }, true],
    [{ type: 'focus-item', item: 'quote', index: 2, text: 42 }, false],
    [{ type: 'delete-everything' }, false],
    [{ type: { toString: () => 'get-report' } }, false],
    ['get-report', false],
    [null, false],
    [undefined, false],
    [[{ type: 'get-report' }], false],
  ])('%j -> %s', (msg, ok) => {
    expect(isContentRequest(msg)).toBe(ok);
  });
});

describe('isBackgroundRequest', () => {
  test.each<[unknown, boolean]>([
    [{ type: 'quote-count', count: 0 }, true],
    [{ type: 'quote-count', count: 12 }, true],
    [{ type: 'quote-count', count: -1 }, false],
    [{ type: 'quote-count', count: NaN }, false],
    [{ type: 'quote-count', count: Infinity }, false],
    [{ type: 'quote-count', count: '12' }, false],
    [{ type: 'quote-count' }, false],
    [{ type: 'get-report' }, false],
    [42, false],
  ])('%j -> %s', (msg, ok) => {
    expect(isBackgroundRequest(msg)).toBe(ok);
  });

  test('an analysis of up to the cap is accepted; one character more is refused before its blocks are read', () => {
    const text = 'a'.repeat(MAX_ANALYZE_CHARS);
    expect(isBackgroundRequest({ type: 'analyze', text, blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] })).toBe(true);
    let blocksRead = false;
    const blocks = new Proxy([], { get(target, key) { blocksRead = true; return Reflect.get(target, key); } });
    expect(isBackgroundRequest({ type: 'analyze', text: `${text}a`, blocks })).toBe(false);
    expect(blocksRead).toBe(false);
  });
});

describe('isPageReport', () => {
  test('accepts a real report and a report without annotations', () => {
    expect(isPageReport(sampleReport())).toBe(true);
    expect(isPageReport({ ...sampleReport(), state: 'no-article', annotations: null, figureContexts: [] })).toBe(true);
    expect(isPageReport({ ...sampleReport(), capped: true })).toBe(true);
    expect(isPageReport({ ...sampleReport(), state: 'no-article', annotations: null, figureContexts: [], skipped: 'not-english' })).toBe(true);
  });

  const broken: [string, (r: Record<string, any>) => void][] = [
    ['an unknown state', (r) => { r.state = 'hacked'; }],
    ['a title that is not text', (r) => { r.title = { toString: () => 'x' }; }],
    ['a missing url', (r) => { delete r.url; }],
    ['contexts that are not text', (r) => { r.figureContexts = [1]; }],
    ['quotes that are not an array', (r) => { r.annotations.quotes = 'many'; }],
    ['a quote whose text is not a string', (r) => { r.annotations.quotes[0].text = 42; }],
    ['a quote of an unknown kind', (r) => { r.annotations.quotes[0].kind = 'shouted'; }],
    ['a quote speaker without a name', (r) => { delete r.annotations.quotes[1].speaker.name; }],
    ['a figure with a text value', (r) => { r.annotations.figures[0].value = '9000'; }],
    ['a figure of an unknown kind', (r) => { r.annotations.figures[0].kind = 'bitcoin'; }],
    ['a speaker without a count', (r) => { delete r.annotations.speakers[0].quoteCount; }],
    ['a null item', (r) => { r.annotations.figures.push(null); }],
    ['a cap flag that is not a boolean', (r) => { r.capped = 'yes'; }],
    ['an unknown reason to skip', (r) => { r.skipped = 'not-interesting'; }],
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
