import { analyze } from '../engine/analyze';
import type { Annotations } from '../engine/types';
import {
  anchorAt,
  applyCorrections,
  changeOfChoice,
  CHOICE_ARTICLE,
  CHOICE_OTHER,
  correctionChoices,
  findAnchor,
  isReaderReport,
  MAX_ITEMS_PER_PAGE,
  MAX_NAME,
  readAllCorrections,
  readCorrection,
  readerCorrectionOf,
  readPageCorrections,
  storageKey,
  trainingRecord,
  withCorrection,
  withoutCorrection,
  type Correction,
  type PageCorrections,
} from './corrections';

const URL_ = 'https://news.example/story';
const TEXT =
  'Bridge vote\n\n' +
  '“We cannot keep patching it,” Mayor Ana Torres said on Tuesday.\n\n' +
  'Her rival Tom Reed said the plan was “too costly for the town.”\n\n' +
  'The council estimates the project will cost $48 million, Torres said.';
const found = () => analyze(TEXT) as Omit<Annotations, 'text'> & { text?: string };

let ids = 0;
function correction(
  target: 'quote' | 'figure',
  start: number,
  end: number,
  change: Correction extends infer C
    ? C extends Correction
      ? Omit<C, 'id' | 'target' | 'anchor' | 'was' | 'at'>
      : never
    : never,
  text = TEXT,
): Correction {
  return { id: `c${++ids}`, target, anchor: anchorAt(text, start, end), was: null, at: ids, ...change } as Correction;
}

describe('matching a correction to an item', () => {
  test('the same words with the most context in common win, wherever they now are', () => {
    const text = 'He said “yes.” Later she said “yes.” Then “no.”';
    const second = text.indexOf('“yes.”', 10);
    const anchor = anchorAt(text, second, second + 6);
    // The page re-rendered with a new first paragraph: every offset moved.
    const moved = 'Breaking news.\n\n' + text;
    const candidates = [...moved.matchAll(/“[^”]+”/g)].map((m) => anchorAt(moved, m.index, m.index + m[0].length));
    expect(findAnchor(anchor, candidates)).toBe(1);
    expect(findAnchor({ ...anchor, text: '“maybe.”' }, candidates)).toBe(-1);
  });

  test('whitespace differences between two readings of the page do not matter', () => {
    const a = anchorAt('x  “a\n b”  y', 3, 9);
    expect(a).toEqual({ text: '“a b”', before: 'x', after: 'y' });
  });
});

describe('applying corrections', () => {
  test('a new speaker for a quote: named, counted, marked as the reader’s, the engine’s objects untouched', () => {
    const a = found();
    const i = a.quotes.findIndex((q) => q.text.includes('patching'));
    expect(a.quotes[i]!.speaker?.name).toBe('Ana Torres');
    const before = JSON.stringify(a);
    const c = correction('quote', a.quotes[i]!.start, a.quotes[i]!.end, {
      action: 'speaker',
      name: '  Sarah   Lee ',
      kind: 'person',
    });
    const { annotations, reader } = applyCorrections(a, TEXT, URL_, [c]);
    expect(JSON.stringify(a)).toBe(before);
    const q = annotations.quotes[i]!;
    expect(q.speaker).toMatchObject({ name: 'Sarah Lee', confidence: 1, evidence: { place: 'none' } });
    expect(readerCorrectionOf(q)).toBe(c);
    expect(readerCorrectionOf(a.quotes[i]!)).toBeUndefined();
    expect(reader.quotes[i]).toBe(c.id);
    expect(reader.unmatched).toEqual([]);
    const lee = annotations.speakers.find((s) => s.name === 'Sarah Lee')!;
    expect(lee.quoteCount).toBe(1);
    expect(q.speaker!.id).toBe(lee.id);
  });

  test('choosing one of the article’s speakers uses that speaker, and its count follows', () => {
    const a = found();
    const i = a.quotes.findIndex((q) => q.text.includes('patching'));
    const reed = a.speakers.find((s) => s.name === 'Tom Reed')!;
    const c = correction('quote', a.quotes[i]!.start, a.quotes[i]!.end, {
      action: 'speaker',
      name: 'tom reed',
      kind: 'person',
    });
    const { annotations } = applyCorrections(a, TEXT, URL_, [c]);
    expect(annotations.quotes[i]!.speaker!.id).toBe(reed.id);
    expect(annotations.speakers.find((s) => s.id === reed.id)!.quoteCount).toBe(reed.quoteCount + 1);
  });

  test('“not a quote” removes it, and the figures’ links to quotes follow the ones left', () => {
    const a = found();
    const i = a.quotes.findIndex((q) => q.text.includes('patching'));
    const c = correction('quote', a.quotes[i]!.start, a.quotes[i]!.end, { action: 'remove' });
    const { annotations, reader } = applyCorrections(a, TEXT, URL_, [c]);
    expect(annotations.quotes).toHaveLength(a.quotes.length - 1);
    expect(annotations.quotes.some((q) => q.text.includes('patching'))).toBe(false);
    expect(reader.quotes).toHaveLength(a.quotes.length - 1);
    expect(reader.quoteAnchors).toHaveLength(a.quotes.length - 1);
    for (const f of annotations.figures) {
      if (f.claim) expect(annotations.quotes[f.claim.quote]).toBeDefined();
    }
  });

  test('a figure’s claimant changed, or made the outlet’s own, or the figure removed', () => {
    const a = found();
    const f = a.figures.findIndex((x) => x.text.includes('48'));
    expect(f).toBeGreaterThanOrEqual(0);
    const fig = a.figures[f]!;
    const toReed = correction('figure', fig.start, fig.end, { action: 'claimant', name: 'Tom Reed' });
    let out = applyCorrections(a, TEXT, URL_, [toReed]).annotations;
    expect(out.speakers.find((s) => s.id === out.figures[f]!.claimedBy)?.name).toBe('Tom Reed');
    expect(out.figures[f]!.claim).toBeUndefined();
    const own = correction('figure', fig.start, fig.end, { action: 'claimant', name: null });
    out = applyCorrections(a, TEXT, URL_, [toReed, own]).annotations;
    expect(out.figures[f]!.claimedBy).toBeNull();
    const gone = correction('figure', fig.start, fig.end, { action: 'remove' });
    out = applyCorrections(a, TEXT, URL_, [gone]).annotations;
    expect(out.figures.some((x) => x.text.includes('48'))).toBe(false);
  });

  test('after a re-render (new text before, same words) the correction still finds its quote', () => {
    const a = found();
    const i = a.quotes.findIndex((q) => q.text.includes('costly'));
    const words = a.quotes[i]!.text;
    const c = correction('quote', a.quotes[i]!.start, a.quotes[i]!.end, { action: 'remove' });
    const rerendered = 'Live: updated 10:42\n\n' + TEXT;
    const b = analyze(rerendered);
    const { annotations, reader } = applyCorrections(b, rerendered, URL_, [c]);
    expect(reader.unmatched).toEqual([]);
    expect(b.quotes.some((q) => q.text === words)).toBe(true);
    expect(annotations.quotes.some((q) => q.text === words)).toBe(false);
  });

  test('a correction whose words are gone is listed as unmatched and changes nothing', () => {
    const a = found();
    const c = correction('quote', 0, 5, { action: 'remove' }, 'Other words entirely');
    const { annotations, reader } = applyCorrections(a, TEXT, URL_, [c]);
    expect(reader.unmatched).toEqual([c.id]);
    expect(annotations.quotes).toHaveLength(a.quotes.length);
  });

  test('no corrections: the same items, each with its anchor', () => {
    const a = found();
    const { annotations, reader } = applyCorrections(a, TEXT, URL_, []);
    expect(annotations.quotes).toEqual(a.quotes);
    expect(annotations.figures).toEqual(a.figures);
    expect(reader.quoteAnchors.map((x) => x.text)).toEqual(a.quotes.map((q) => q.text.replace(/\s+/g, ' ').trim()));
  });
});

describe('a correction form’s choices (the popup’s and the card’s)', () => {
  test('a quote: the article’s speakers, its speaker chosen first; a listed or typed name, nothing else', () => {
    const a = found();
    const q = a.quotes.findIndex((x) => x.text.includes('patching'));
    const choices = correctionChoices(a, 'quote', q);
    expect(choices.current).toBe('Ana Torres');
    expect(choices.initial).toBe('Ana Torres');
    expect(choices.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Ana Torres', 'Tom Reed']));
    expect(changeOfChoice(choices, 'Tom Reed', 'ignored')).toEqual({
      action: 'speaker',
      name: 'Tom Reed',
      kind: 'person',
    });
    expect(changeOfChoice(choices, CHOICE_OTHER, '  Jane   Roe ')).toEqual({
      action: 'speaker',
      name: 'Jane Roe',
      kind: 'person',
    });
    expect(changeOfChoice(choices, CHOICE_OTHER, '   ')).toBeNull();
    // A value the form never offered (a page tampering with the list) is no choice.
    expect(changeOfChoice(choices, 'Mallory', '')).toBeNull();
    expect(changeOfChoice(choices, CHOICE_ARTICLE, '')).toBeNull();
  });

  test('a figure: its claimant, or the article’s own', () => {
    const a = found();
    const f = a.figures.findIndex((x) => x.text.includes('48'));
    const choices = correctionChoices(a, 'figure', f);
    expect(choices.initial).toBe(choices.current ?? CHOICE_ARTICLE);
    expect(changeOfChoice(choices, CHOICE_ARTICLE, '')).toEqual({ action: 'claimant', name: null });
    expect(changeOfChoice(choices, 'Tom Reed', '')).toEqual({ action: 'claimant', name: 'Tom Reed' });
    expect(changeOfChoice(choices, CHOICE_OTHER, 'The ministry')).toEqual({ action: 'claimant', name: 'The ministry' });
    const own = { ...a, figures: a.figures.map((x, i) => (i === f ? { ...x, claimedBy: null } : x)) };
    expect(correctionChoices(own, 'figure', f)).toMatchObject({ current: null, initial: CHOICE_ARTICLE });
  });
});

describe('the page’s list', () => {
  const page = (items: Correction[]): PageCorrections => ({ url: URL_, title: 'T', items });

  test('a second correction of the same item replaces the first; undo removes one by id', () => {
    const a = found();
    const q = a.quotes[0]!;
    const first = correction('quote', q.start, q.end, { action: 'remove' });
    const second = correction('quote', q.start, q.end, { action: 'speaker', name: 'X', kind: 'person' });
    const other = correction('figure', a.figures[0]!.start, a.figures[0]!.end, { action: 'remove' });
    let p = withCorrection(withCorrection(page([first]), other), second);
    expect(p.items.map((c) => c.id)).toEqual([other.id, second.id]);
    p = withoutCorrection(p, other.id);
    expect(p.items.map((c) => c.id)).toEqual([second.id]);
  });
});

describe('reading stored values', () => {
  const good = () => correction('quote', 0, 6, { action: 'speaker', name: 'Ana', kind: 'person' });

  test('hostile or broken values are dropped item by item, never trusted', () => {
    const ok = good();
    const bad: unknown[] = [
      null,
      42,
      'x',
      [],
      { ...ok, id: '' },
      { ...ok, target: 'speaker' },
      { ...ok, action: 'claimant' }, // a claimant on a quote
      { ...ok, name: 'x'.repeat(MAX_NAME + 1) },
      { ...ok, name: '   ' },
      { ...ok, kind: 'alien' },
      { ...ok, kind: 'unknown' },
      { ...ok, anchor: { text: '', before: '', after: '' } },
      { ...ok, anchor: { text: 'a', before: 'x'.repeat(500), after: '' } },
      { ...ok, anchor: null },
      { ...ok, action: 'remove', target: 'figure', id: ok.id }, // duplicate id
    ];
    const page = readPageCorrections({ url: URL_, title: 5, items: [ok, ...bad], text: 7, blocks: 'x' });
    expect(page).toEqual({ url: URL_, title: '', items: [ok] });
    expect(readCorrection({ ...ok, was: { toString: 1 }, at: 'later' })).toMatchObject({ was: null, at: 0 });
    expect(readPageCorrections({ url: URL_, items: bad.slice(0, -1) })).toBeNull();
    expect(readPageCorrections({ url: '', items: [ok] })).toBeNull();
    expect(readPageCorrections('nonsense')).toBeNull();
  });

  test('stored text is kept only with blocks that fit it, and only up to the cap', () => {
    const ok = good();
    const blocks = [{ start: 0, end: 4, kind: 'paragraph' }];
    expect(readPageCorrections({ url: URL_, items: [ok], text: 'abcd', blocks })?.text).toBe('abcd');
    expect(readPageCorrections({ url: URL_, items: [ok], text: 'ab', blocks })?.text).toBeUndefined();
    expect(readPageCorrections({ url: URL_, items: [ok], text: 'a'.repeat(60_001), blocks: [] })?.text).toBeUndefined();
  });

  test('at most MAX_ITEMS_PER_PAGE per page, the newest kept', () => {
    const many = Array.from({ length: MAX_ITEMS_PER_PAGE + 5 }, () => good());
    const page = readPageCorrections({ url: URL_, items: many })!;
    expect(page.items).toHaveLength(MAX_ITEMS_PER_PAGE);
    expect(page.items.at(-1)!.id).toBe(many.at(-1)!.id);
  });

  test('a dump of storage: only our keys, each under its own URL, newest first', () => {
    const older = { url: 'https://a.example/1', title: '', items: [{ ...good(), at: 1 }] };
    const newer = { url: 'https://a.example/2', title: '', items: [{ ...good(), at: 2 }] };
    const pages = readAllCorrections({
      settings: { x: 1 },
      [storageKey(older.url)]: older,
      [storageKey(newer.url)]: newer,
      [storageKey('https://elsewhere.example/')]: older, // filed under another page's key
    });
    expect(pages.map((p) => p.url)).toEqual([newer.url, older.url]);
  });

  test('a report’s reader part is checked against its annotations', () => {
    const a = found();
    const { reader } = applyCorrections(a, TEXT, URL_, []);
    expect(isReaderReport(reader, a.quotes.length, a.figures.length)).toBe(true);
    expect(isReaderReport(reader, a.quotes.length + 1, a.figures.length)).toBe(false);
    expect(isReaderReport({ ...reader, items: [{ id: 1 }] }, a.quotes.length, a.figures.length)).toBe(false);
  });
});

describe('test data', () => {
  test('one JSON line in the engine’s shape: the text and the corrected annotations', () => {
    const a = found();
    const i = a.quotes.findIndex((q) => q.text.includes('patching'));
    const c = correction('quote', a.quotes[i]!.start, a.quotes[i]!.end, {
      action: 'speaker',
      name: 'Sarah Lee',
      kind: 'person',
    });
    const line = trainingRecord({ url: URL_, title: 'T', items: [c], text: TEXT, blocks: [] }, a)!;
    expect(line).not.toContain('\n');
    const record = JSON.parse(line) as Annotations & { id: string; corrected: { quotes: number[] } };
    expect(record.id).toBe(URL_);
    expect(record.text).toBe(TEXT);
    expect(record.quotes[i]!.speaker!.name).toBe('Sarah Lee');
    expect(record.corrected.quotes).toEqual([i]);
    expect(record.speakers.some((s) => s.name === 'Sarah Lee')).toBe(true);
    expect(trainingRecord({ url: URL_, title: 'T', items: [c] }, a)).toBeNull();
  });
});
