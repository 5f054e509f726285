import { isBackgroundRequest, isContentRequest, MAX_ANALYZE_CHARS } from './messages';

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
    [{ type: 'focus-introduction', index: 2, text: '“We will win,”' }, true],
    [{ type: 'focus-introduction', index: 0 }, true],
    [{ type: 'focus-introduction', index: -1 }, false],
    [{ type: 'focus-introduction', index: 2, text: 42 }, false],
    [{ type: 'focus-introduction' }, false],
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
    [{ type: 'warm-up' }, true],
    [{ type: 'get-report' }, false],
    [42, false],
  ])('%j -> %s', (msg, ok) => {
    expect(isBackgroundRequest(msg)).toBe(ok);
  });

  test('an analysis of up to the cap is accepted; one character more is refused before its blocks are read', () => {
    const text = 'a'.repeat(MAX_ANALYZE_CHARS);
    expect(
      isBackgroundRequest({ type: 'analyze', text, blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] }),
    ).toBe(true);
    let blocksRead = false;
    const blocks = new Proxy([], {
      get(target, key) {
        blocksRead = true;
        return Reflect.get(target, key);
      },
    });
    expect(isBackgroundRequest({ type: 'analyze', text: `${text}a`, blocks })).toBe(false);
    expect(blocksRead).toBe(false);
  });
});
