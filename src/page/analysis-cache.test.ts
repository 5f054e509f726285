// The bounds on what the content script sends for analysis: the cap, and the cache that keeps
// the same text from being analysed twice.
import { AnalysisCache, capArticle } from './analysis-cache';
import type { Analyzer } from './page-annotator';
import type { Block } from '../engine/types';

const EMPTY = { quotes: [], figures: [], speakers: [] };
const para = (start: number, end: number): Block => ({ start, end, kind: 'paragraph' });

/** An analyzer that records its calls and answers when told. */
function recordingAnalyzer() {
  const calls: string[] = [];
  const pending: ((answer: typeof EMPTY | null) => void)[] = [];
  const analyzer: Analyzer = (text) => {
    calls.push(text);
    return new Promise((resolve) => pending.push(resolve));
  };
  return { calls, analyzer, answer: (i: number, a: typeof EMPTY | null = EMPTY) => pending[i]!(a) };
}

describe('capArticle', () => {
  test('text under the cap goes whole', () => {
    const blocks = [para(0, 10)];
    expect(capArticle('0123456789', blocks, 10)).toEqual({ text: '0123456789', blocks, capped: false });
  });

  test('over the cap: cut at the end of the last whole block, later blocks dropped', () => {
    const text = 'a'.repeat(40) + '\n\n' + 'b'.repeat(40) + '\n\n' + 'c'.repeat(40);
    const blocks = [para(0, 40), para(42, 82), para(84, 124)];
    const capped = capArticle(text, blocks, 100);
    expect(capped).toEqual({ text: text.slice(0, 82), blocks: [para(0, 40), para(42, 82)], capped: true });
  });

  test('one block longer than the cap is cut inside it', () => {
    const text = 'x'.repeat(1000);
    expect(capArticle(text, [para(0, 1000)], 300)).toEqual({
      text: 'x'.repeat(300),
      blocks: [para(0, 300)],
      capped: true,
    });
  });
});

describe('AnalysisCache', () => {
  const blocks = [para(0, 5)];

  test('the same text again is answered from the cache: one analysis', async () => {
    const r = recordingAnalyzer();
    const cache = new AnalysisCache(r.analyzer);
    const first = cache.analyze('hello', blocks);
    r.answer(0);
    await first;
    const again = await cache.analyze('hello', blocks);
    expect(again).toBe(await first);
    expect(r.calls).toEqual(['hello']);
  });

  test('a second run while the first still waits joins it instead of asking again', async () => {
    const r = recordingAnalyzer();
    const cache = new AnalysisCache(r.analyzer);
    const a = cache.analyze('hello', blocks);
    const b = cache.analyze('hello', blocks);
    r.answer(0);
    expect(await b).toBe(await a);
    expect(r.calls).toHaveLength(1);
  });

  test('changed text, or the same text in other blocks, is analysed anew', async () => {
    const r = recordingAnalyzer();
    const cache = new AnalysisCache(r.analyzer);
    void cache.analyze('hello', blocks);
    void cache.analyze('hellp', blocks);
    void cache.analyze('hello', [para(0, 2), para(3, 5)]);
    expect(r.calls).toEqual(['hello', 'hellp', 'hello']);
  });

  test('a failed analysis is not kept: the next read tries again', async () => {
    const r = recordingAnalyzer();
    const cache = new AnalysisCache(r.analyzer);
    const first = cache.analyze('hello', blocks);
    r.answer(0, null);
    expect(await first).toBeNull();
    void cache.analyze('hello', blocks);
    expect(r.calls).toHaveLength(2);
  });

  test('keeps only the last few texts', async () => {
    const r = recordingAnalyzer();
    const cache = new AnalysisCache(r.analyzer, 2);
    for (const t of ['one', 'two', 'three', 'one']) void cache.analyze(t, []);
    expect(r.calls).toEqual(['one', 'two', 'three', 'one']);
  });
});
