import { analyze } from '../engine/analyze';
import {
  anchorAt,
  applyCorrections,
  MAX_STORED_TEXT,
  readerCorrectionOf,
  type PageCorrections,
} from '../shared/corrections';
import type { CorrectionsStore } from '../shared/corrections-store';
import { ReaderCorrections } from './reader-corrections';

const TEXT = '“We cannot keep patching it,” Mayor Ana Torres said.\n\nThe bridge will cost $48 million, she said.';
const KEY = 'https://news.example/bridge';
const engine = async (text: string) => analyze(text);

/** A store holding one page (read only, as the content script uses it). */
function storeWith(page: PageCorrections | null, fail = false): CorrectionsStore {
  return {
    load: async () => {
      if (fail) throw new Error('storage gone');
      return page;
    },
    loadAll: async () => (page ? [page] : []),
    save: async () => undefined,
    clear: async () => undefined,
    clearAll: async () => undefined,
    subscribe: () => () => undefined,
  };
}

const quote = analyze(TEXT).quotes[0]!;
const renamed: PageCorrections = {
  url: KEY,
  title: 'Bridge',
  items: [
    {
      id: 'a',
      target: 'quote',
      anchor: anchorAt(TEXT, quote.start, quote.end),
      action: 'speaker',
      name: 'Sarah Lee',
      kind: 'person',
      was: 'Ana Torres',
      at: 1,
    },
  ],
};

describe("the content script's corrections", () => {
  test('the answer painted is the corrected one, with its reader report and article', async () => {
    const reader = new ReaderCorrections(storeWith(renamed), () => KEY);
    const found = (await reader.wrap(engine)(TEXT, []))!;
    expect(found.quotes[0]!.speaker!.name).toBe('Sarah Lee');
    expect(readerCorrectionOf(found.quotes[0]!)?.id).toBe('a');
    expect(reader.readerOf(found)).toMatchObject({ key: KEY, unmatched: [] });
    expect(reader.readerOf(found)!.quotes[0]).toBe('a');
    expect(reader.articleOf(found)).toEqual({ key: KEY, text: TEXT, blocks: [] });
  });

  test('a page without corrections: each item has its anchor when a card or the popup asks', async () => {
    for (const page of [null, { ...renamed, items: [] }]) {
      const reader = new ReaderCorrections(storeWith(page), () => KEY);
      const found = (await reader.wrap(engine)(TEXT, []))!;
      const report = reader.readerOf(found)!;
      // The same anchors as working them out before the paint gives.
      const eager = applyCorrections(analyze(TEXT), TEXT, KEY, []).reader;
      expect(report.quoteAnchors).toEqual(eager.quoteAnchors);
      expect(report.figureAnchors).toEqual(eager.figureAnchors);
      expect(report.quoteAnchors).toHaveLength(found.quotes.length);
      expect(report.quoteAnchors[0]).toEqual(anchorAt(TEXT, quote.start, quote.end));
    }
  });

  test('storage that fails, a key that cannot be found, or no store: the engine’s answer stands', async () => {
    for (const reader of [
      new ReaderCorrections(storeWith(renamed, true), () => KEY),
      new ReaderCorrections(storeWith(renamed), () => {
        throw new TypeError('not iterable');
      }),
      new ReaderCorrections(null, () => KEY),
    ]) {
      const found = (await reader.wrap(engine)(TEXT, []))!;
      expect(found.quotes[0]!.speaker!.name).toBe('Ana Torres');
    }
  });

  test('corrections asked for ahead (prefetch) are used by the next analysis only, once, and a change drops them', async () => {
    let stored: PageCorrections | null = renamed;
    let loads = 0;
    let changed: (url: string) => void = () => undefined;
    const store: CorrectionsStore = {
      ...storeWith(null),
      load: async () => {
        loads++;
        return stored;
      },
      subscribe: (fn) => {
        changed = fn;
        return () => undefined;
      },
    };
    const reader = new ReaderCorrections(store, () => KEY);
    reader.watch(() => undefined);
    reader.prefetch();
    stored = null; // what the prefetch read stands for the next analysis: storage is not asked again
    const first = (await reader.wrap(engine)(TEXT, []))!;
    expect(loads).toBe(1);
    expect(first.quotes[0]!.speaker!.name).toBe('Sarah Lee');
    // Taken once: the next analysis asks storage.
    const second = (await reader.wrap(engine)(TEXT, []))!;
    expect(loads).toBe(2);
    expect(second.quotes[0]!.speaker!.name).toBe('Ana Torres');
    // A change stored after the prefetch: the analysis reads the new corrections.
    stored = renamed;
    reader.prefetch();
    stored = null;
    changed(KEY);
    const third = (await reader.wrap(engine)(TEXT, []))!;
    expect(loads).toBe(4);
    expect(third.quotes[0]!.speaker!.name).toBe('Ana Torres');
  });

  test('a change stored while the first analysis ran is seen afterwards; an unchanged store is not a change', async () => {
    let stored: PageCorrections | null = null;
    const store: CorrectionsStore = { ...storeWith(null), load: async () => stored };
    const reader = new ReaderCorrections(store, () => KEY);
    expect(await reader.changedSinceRead()).toBe(false); // nothing read yet
    reader.prefetch();
    stored = renamed; // stored after the prefetch, before anyone listened
    const found = (await reader.wrap(engine)(TEXT, []))!;
    expect(found.quotes[0]!.speaker!.name).toBe('Ana Torres');
    expect(await reader.changedSinceRead()).toBe(true);
    const again = (await reader.wrap(engine)(TEXT, []))!;
    expect(again.quotes[0]!.speaker!.name).toBe('Sarah Lee');
    expect(await reader.changedSinceRead()).toBe(false);
    expect(await new ReaderCorrections(storeWith(renamed, true), () => KEY).changedSinceRead()).toBe(false);
  });

  test('an article longer than what is kept is not offered for storing', async () => {
    const long = TEXT + '\n\n' + 'More words. '.repeat(MAX_STORED_TEXT / 10);
    const reader = new ReaderCorrections(storeWith(null), () => KEY);
    const found = (await reader.wrap(engine)(long, []))!;
    expect(reader.articleOf(found)).toBeNull();
    expect(reader.readerOf(found)?.items).toEqual([]);
  });
});
