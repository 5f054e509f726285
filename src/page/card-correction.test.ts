/** @jest-environment jsdom */
// Correcting from the hover card: the card's form over an in-memory storage.local, written through
// the content script's ReaderCorrections as in the extension, and read back the way a repaint reads
// it (the wrapped analyzer applies the stored corrections).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../engine/analyze';
import type { Annotations } from '../engine/types';
import { lookupFromCatalog, setMessageLookup } from '../shared/i18n';
import { createCorrectionsStore, type LocalArea } from '../shared/corrections-store';
import type { StorageChangeListener } from '../shared/settings-store';
import { HoverCard } from './hover-card';
import { cardCorrection } from './card-correction';
import { ReaderCorrections } from './reader-corrections';

const catalog = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '_locales', 'en', 'messages.json'), 'utf8'));
setMessageLookup(lookupFromCatalog(catalog));
const msg = (key: string) => catalog[key].message as string;

const URL_ = 'https://news.example/bridge';
const TEXT =
  'Bridge vote\n\n' +
  '“We cannot keep patching it,” Mayor Ana Torres said on Tuesday.\n\n' +
  'Her rival Tom Reed said the plan was “too costly for the town.”\n\n' +
  'The council estimates the project will cost $48 million, Torres said.';
const PATCHING = 'We cannot keep patching it';

/** storage.local in memory with its change events (jsdom has no structuredClone: JSON copies). */
function memoryStore() {
  const data: Record<string, unknown> = {};
  const listeners: StorageChangeListener[] = [];
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
  const changed = (keys: string[]) =>
    listeners.forEach((fn) => fn(Object.fromEntries(keys.map((k) => [k, { newValue: data[k] }])), 'local'));
  const area: LocalArea = {
    get: async (key) => (key === null ? copy(data) : key in data ? { [key]: copy(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, copy(items));
      changed(Object.keys(items));
    },
    remove: async (keys) => {
      const list = Array.isArray(keys) ? keys : [keys];
      for (const k of list) delete data[k];
      changed(list);
    },
  };
  const store = createCorrectionsStore(area, {
    addListener: (fn) => listeners.push(fn),
    removeListener: (fn) => listeners.splice(listeners.indexOf(fn), 1),
  });
  return { store, reader: new ReaderCorrections(store, () => URL_) };
}

type Found = Omit<Annotations, 'text'>;
/** The page read again: the engine's answer with the stored corrections applied, as painted. */
const read = (reader: ReaderCorrections) =>
  reader.wrap(async (text) => analyze(text) as Found)(TEXT, []) as Promise<Found>;

const anchor = { top: 10, bottom: 30, left: 10, right: 100, width: 90, height: 20, x: 10, y: 10 } as DOMRect;
const root = () => document.querySelector('quote-lens-card')!.shadowRoot!;
const $ = <T extends Element = HTMLElement>(sel: string) => root().querySelector<T>(sel);
const button = (label: string) => [...root().querySelectorAll('button')].find((b) => b.textContent === label);
const form = () => $('.fix')!;
/** Lets the store's promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** Shows the card of the quote (or figure) holding `words`, with its corrections. */
async function showCard(reader: ReaderCorrections, target: 'quote' | 'figure', words: string, card: HoverCard) {
  const found = await read(reader);
  const items: { text: string }[] = target === 'quote' ? found.quotes : found.figures;
  const index = items.findIndex((x) => x.text.includes(words));
  const correction = cardCorrection(reader, found, 'Bridge vote', target, index);
  card.show({ title: words, lines: [], accent: target === 'quote' ? 'direct' : 'figure', correction }, anchor);
  return found;
}

const readersOwn = () => true; // jsdom's events are never trusted: the tests stand in for the reader
const speakerOf = async (reader: ReaderCorrections, words: string) =>
  (await read(reader)).quotes.find((q) => q.text.includes(words))?.speaker?.name;

afterEach(() => document.querySelector('quote-lens-card')?.remove());

describe('correcting a quote from the card', () => {
  test("offers the article's speakers or a typed name; a typed name is stored, repainted, and undone", async () => {
    const { store, reader } = memoryStore();
    const heard: string[] = [];
    reader.watch(() => heard.push('changed'));
    const card = new HoverCard(document, readersOwn);
    await showCard(reader, 'quote', PATCHING, card);
    expect(form().hidden).toBe(true);
    expect(button(msg('cardUndoCorrection'))).toBeUndefined();
    const toggle = button(msg('correctQuote'))!;
    toggle.click();
    expect(form().hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const select = $<HTMLSelectElement>('select')!;
    expect(root().activeElement).toBe(select);
    expect(card.isPinned()).toBe(true);
    // The article's speakers (most quoted first), then "someone else"; the engine's speaker chosen.
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Ana Torres',
      'Tom Reed',
      msg('correctSomeoneElse'),
    ]);
    expect(select.value).toBe('Ana Torres');
    const name = $<HTMLInputElement>('input')!;
    expect(name.closest('label')!.hidden).toBe(true);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(name.closest('label')!.hidden).toBe(false);
    // Nothing typed: nothing stored, and the card says what is missing.
    button(msg('correctSave'))!.click();
    await settle();
    expect($('output')!.textContent).toBe(msg('correctNameMissing'));
    expect(await store.load(URL_)).toBeNull();
    name.value = '  Jane   Roe ';
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();

    const page = (await store.load(URL_))!;
    expect(page.title).toBe('Bridge vote');
    expect(page.text).toBe(TEXT); // kept with the corrections, as the popup keeps it
    expect(page.items).toEqual([
      expect.objectContaining({
        target: 'quote',
        action: 'speaker',
        name: 'Jane Roe',
        kind: 'person',
        was: 'Ana Torres',
        anchor: expect.objectContaining({ text: `“${PATCHING},”` }),
      }),
    ]);
    expect(heard).toEqual(['changed']); // the content script's watch repaints the page
    expect($('output')!.textContent).toBe(msg('statusCorrectionSaved'));
    expect(await speakerOf(reader, PATCHING)).toBe('Jane Roe');

    // The repainted card offers to undo it; undo brings the engine's answer back.
    await showCard(reader, 'quote', PATCHING, card);
    button(msg('cardUndoCorrection'))!.click();
    await settle();
    expect(await store.load(URL_)).toBeNull();
    expect(await speakerOf(reader, PATCHING)).toBe('Ana Torres');
  });

  test('one of the listed speakers, or "not a quote"', async () => {
    const { store, reader } = memoryStore();
    const card = new HoverCard(document, readersOwn);
    await showCard(reader, 'quote', PATCHING, card);
    button(msg('correctQuote'))!.click();
    const select = $<HTMLSelectElement>('select')!;
    select.value = 'Tom Reed';
    select.dispatchEvent(new Event('change'));
    button(msg('correctSave'))!.click();
    await settle();
    expect((await store.load(URL_))!.items).toEqual([
      expect.objectContaining({ action: 'speaker', name: 'Tom Reed', was: 'Ana Torres' }),
    ]);
    expect(await speakerOf(reader, PATCHING)).toBe('Tom Reed');

    await showCard(reader, 'quote', PATCHING, card);
    button(msg('correctQuote'))!.click();
    button(msg('correctNotQuote'))!.click();
    await settle();
    // The same item's new correction replaces the old one.
    expect((await store.load(URL_))!.items).toEqual([expect.objectContaining({ action: 'remove', target: 'quote' })]);
    expect((await read(reader)).quotes.some((q) => q.text.includes(PATCHING))).toBe(false);
  });

  test('Escape closes the form and gives the focus back to its button; the card is no longer held', async () => {
    const { reader } = memoryStore();
    const card = new HoverCard(document, readersOwn);
    await showCard(reader, 'quote', PATCHING, card);
    const toggle = button(msg('correctQuote'))!;
    toggle.click();
    const select = $<HTMLSelectElement>('select')!;
    expect(card.isPinned()).toBe(true);
    // The page hears none of the keys typed into the card.
    let pageHeard = 0;
    document.addEventListener('keydown', () => pageHeard++);
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(form().hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root().activeElement).toBe(toggle);
    expect(card.isPinned()).toBe(false);
    expect(card.isShown()).toBe(true);
    expect(pageHeard).toBe(0);
  });

  test("the page's own (untrusted) clicks and keys open nothing and store nothing", async () => {
    const { store, reader } = memoryStore();
    const card = new HoverCard(document); // the browser's isTrusted: false for every event a script makes
    await showCard(reader, 'quote', PATCHING, card);
    button(msg('correctQuote'))!.click();
    expect(form().hidden).toBe(true);
    // Even with the form forced open, its buttons and Enter do nothing.
    form().hidden = false;
    button(msg('correctNotQuote'))!.click();
    $<HTMLSelectElement>('select')!.value = '';
    $<HTMLInputElement>('input')!.value = 'Mallory';
    $('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button(msg('correctSave'))!.click();
    await settle();
    expect(await store.load(URL_)).toBeNull();
  });
});

test("a figure's claimant: the article's own is offered, and stored as no claimant", async () => {
  const { store, reader } = memoryStore();
  const card = new HoverCard(document, readersOwn);
  await showCard(reader, 'figure', '$48 million', card);
  button(msg('correctFigure'))!.click();
  const select = $<HTMLSelectElement>('select')!;
  expect(form().getAttribute('aria-label')).toBe('Correct the figure $48 million');
  expect(select.options[0]!.textContent).toBe(msg('claimedByArticle'));
  expect(button(msg('correctNotFigure'))).toBeDefined();
  select.value = select.options[0]!.value;
  select.dispatchEvent(new Event('change'));
  button(msg('correctSave'))!.click();
  await settle();
  expect((await store.load(URL_))!.items).toEqual([
    expect.objectContaining({ target: 'figure', action: 'claimant', name: null }),
  ]);
  expect((await read(reader)).figures.find((f) => f.text.includes('48'))!.claimedBy).toBeNull();
});

test('no store, no corrections offered: the card is as before', async () => {
  const reader = new ReaderCorrections(null, () => URL_);
  const card = new HoverCard(document, readersOwn);
  const found = await read(reader);
  expect(cardCorrection(undefined, found, '', 'quote', 0)).toBeUndefined();
  card.show(
    { title: 'x', lines: [], accent: 'direct', correction: cardCorrection(undefined, found, '', 'quote', 0) },
    anchor,
  );
  expect(root().querySelector('button')).toBeNull();
  expect(card.isInteractive()).toBe(false);
});
