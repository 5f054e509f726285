/** @jest-environment jsdom */
// The options page's list of corrections over an in-memory storage.local, with a hand-made
// engine answer standing in for the background's (the options page imports no engine code).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Annotations } from '../engine/types';
import { CorrectionsSection, JSONL_FILE } from './CorrectionsSection';
import { lookupFromCatalog, setMessageLookup } from '../shared/i18n';
import { anchorAt, storageKey, type Correction } from '../shared/corrections';
import { createCorrectionsStore, type LocalArea } from '../shared/corrections-store';

setMessageLookup(
  lookupFromCatalog(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '_locales', 'en', 'messages.json'), 'utf8'))),
);

const TEXT = '“We cannot keep patching it,” Mayor Ana Torres said.\n\nThe bridge will cost $48 million, she said.';
const URL_A = 'https://news.example/bridge';
const URL_B = 'https://news.example/other';
const QUOTE = '“We cannot keep patching it,”';

/** What the engine would answer for `text`: its one quote, by Ana Torres. */
function analyze(text: string): Omit<Annotations, 'text'> {
  const start = text.indexOf(QUOTE);
  const torres = { id: 's1', name: 'Ana Torres', kind: 'person' as const, role: 'Mayor', aliases: [], quoteCount: 1 };
  return {
    quotes: [
      {
        start,
        end: start + QUOTE.length,
        text: QUOTE,
        kind: 'direct',
        partial: false,
        speaker: {
          id: 's1',
          name: 'Ana Torres',
          kind: 'person',
          role: 'Mayor',
          mention: null,
          confidence: 0.9,
          evidence: { place: 'sentence', cue: null, antecedent: null },
        },
      },
    ],
    figures: [],
    speakers: [torres],
  };
}

function setup() {
  const data: Record<string, unknown> = {};
  const area: LocalArea = {
    get: async (key) => (key === null ? JSON.parse(JSON.stringify(data)) : key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items))),
    remove: async (keys) => (Array.isArray(keys) ? keys : [keys]).forEach((k) => delete data[k]),
  };
  const store = createCorrectionsStore(area, { addListener: () => undefined, removeListener: () => undefined });
  const quote = analyze(TEXT).quotes[0]!;
  const fix: Correction = {
    id: 'a',
    target: 'quote',
    anchor: anchorAt(TEXT, quote.start, quote.end),
    action: 'speaker',
    name: 'Sarah Lee',
    kind: 'person',
    was: 'Ana Torres',
    at: 2,
  };
  data[storageKey(URL_A)] = { url: URL_A, title: 'Bridge', items: [fix], text: TEXT, blocks: [] };
  data[storageKey(URL_B)] = {
    url: URL_B,
    title: 'Other',
    items: [{ ...fix, id: 'b', action: 'remove', at: 1 }],
  };
  data.settings = { kept: true };
  const downloads: { name: string; text: string }[] = [];
  const props = {
    store,
    analyze: async (text: string) => analyze(text),
    download: (name: string, _mime: string, text: string) => void downloads.push({ name, text }),
  };
  return { data, props, downloads };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
  root = document.getElementById('app')!;
});
afterEach(() => render(null, root));
const settle = async () => {
  for (let i = 0; i < 8; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
};
const click = async (el: Element | null | undefined) => {
  await act(() => (el as HTMLElement).click());
  await settle();
};
const texts = (sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent);

describe('the corrections in the options page', () => {
  test('lists every page, newest first, each correction described, the page a link', async () => {
    const { props } = setup();
    await act(() => render(<CorrectionsSection {...props} />, root));
    await settle();
    expect(texts('.corrections-page h2')).toEqual(['Bridge', 'Other']);
    expect(root.querySelector('.corrections-page a')!.getAttribute('href')).toBe(URL_A);
    expect(texts('.corrections-page .correction-change')).toEqual([
      'Speaker: Sarah Lee (was: Ana Torres)',
      'Not a quote',
    ]);
  });

  test('JSON Lines: one line per page with its text, in the engine’s shape with the correction applied', async () => {
    const { props, downloads } = setup();
    await act(() => render(<CorrectionsSection {...props} />, root));
    await settle();
    await click(root.querySelector('.export-jsonl'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe(JSONL_FILE);
    const lines = downloads[0]!.text.trimEnd().split('\n');
    // The page stored without its text cannot be exported.
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({ id: URL_A, text: TEXT, corrected: { quotes: [0] } });
    expect(record.quotes[0].speaker.name).toBe('Sarah Lee');
    expect(root.querySelector('.status')!.textContent).toBe(`Exported ${JSONL_FILE}: one line per article, 1 in all.`);
  });

  test('undo one, clear a page, clear all: only our keys go', async () => {
    const { props, data } = setup();
    await act(() => render(<CorrectionsSection {...props} />, root));
    await settle();
    await click(root.querySelector('.corrections-page .undo'));
    expect(storageKey(URL_A) in data).toBe(false);
    expect(texts('.corrections-page h2')).toEqual(['Other']);
    await click(root.querySelector('.clear-page'));
    expect(texts('.empty')).toEqual(['You have not corrected anything yet.']);
    const fresh = setup();
    render(null, root);
    await act(() => render(<CorrectionsSection {...fresh.props} />, root));
    await settle();
    await click(root.querySelector('.clear-all'));
    expect(Object.keys(fresh.data)).toEqual(['settings']);
  });
});
