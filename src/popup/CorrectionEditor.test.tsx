/** @jest-environment jsdom */
// The popup's corrections with a fake browser whose "content script" applies the stored
// corrections to the sample report, as the real one does (content.ts, reader-corrections.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from './App';
import type { PopupApi } from './popup-api';
import type { ContentRequest, PageReport } from '../shared/messages';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { lookupFromCatalog, setMessageLookup } from '../shared/i18n';
import { applyCorrections } from '../shared/corrections';
import { createCorrectionsStore, type LocalArea } from '../shared/corrections-store';
import { sampleReport } from './sample-report';

const catalog = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '_locales', 'en', 'messages.json'), 'utf8'));
setMessageLookup(lookupFromCatalog(catalog));

/** The sample report's items laid out as one article text (each item's words, then a space). */
function sampleArticle() {
  const report = sampleReport();
  const a = report.annotations!;
  let text = '';
  const place = <T extends { text: string }>(x: T): T => {
    const start = text.length;
    text += x.text + ' ';
    return { ...x, start, end: start + x.text.length };
  };
  return { report, found: { ...a, quotes: a.quotes.map(place), figures: a.figures.map(place) }, text };
}

/** storage.local in memory (jsdom has no structuredClone: JSON copies). */
function fakeBrowser() {
  const data: Record<string, unknown> = {};
  const area: LocalArea = {
    get: async (key) =>
      key === null ? { ...data } : key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) } : {},
    set: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items))),
    remove: async (keys) => (Array.isArray(keys) ? keys : [keys]).forEach((k) => delete data[k]),
  };
  const corrections = createCorrectionsStore(area, { addListener: () => undefined, removeListener: () => undefined });
  const { report, found, text } = sampleArticle();
  const sent: ContentRequest[] = [];
  /** What the content script answers now: the engine's items with the stored corrections applied. */
  const current = async (): Promise<PageReport> => {
    const page = await corrections.load(report.url);
    const { annotations, reader } = applyCorrections(found, text, report.url, page?.items ?? []);
    return { ...report, annotations, reader };
  };
  const api: PopupApi = {
    targetTab: async () => ({ id: 7, url: report.url, loading: false }),
    send: async (_tab, req) => {
      sent.push(req);
      if (req.type === 'get-article') return { key: report.url, text, blocks: [] };
      return current();
    },
    inject: async () => false,
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, subscribe: () => () => undefined },
    corrections,
    copy: async () => undefined,
    download: () => undefined,
    openOptions: () => undefined,
  };
  return { api, corrections, sent, url: report.url };
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
/** Lets timers and animation frames run until `done` holds, for at most 5 s (no fixed sleep:
 * a busy machine fires them late). */
async function pollUntil(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 5000; !done() && Date.now() < deadline;)
    await act(() => new Promise<void>((r) => setTimeout(r, 20)));
}
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const click = async (el: Element | null) => {
  await act(() => (el as HTMLElement).click());
  await settle();
};
const quoteRow = (words: string) => [...root.querySelectorAll('.quote')].find((li) => li.textContent?.includes(words))!;

describe('correcting from the popup', () => {
  test('a typed speaker is stored with the text, shown as the reader’s, and undone', async () => {
    const b = fakeBrowser();
    await act(() => render(<App api={b.api} />, root));
    await settle();
    const words = 'Some 9,000 militants';
    await click(quoteRow(words).querySelector('button.correct'));
    const select = $<HTMLSelectElement>('.correction-form select')!;
    await pollUntil(() => document.activeElement === select);
    expect(document.activeElement).toBe(select);
    expect(select.value).toBe('Sergei Shoigu');
    await act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // Saving with no name typed says what is missing.
    await act(() => void $('.correction-form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await settle();
    expect($('.correction-form .error')!.textContent).toBe(catalog.correctNameMissing.message);
    const input = $<HTMLInputElement>('.correction-form input[type=text]')!;
    await act(() => {
      input.value = '  Jane   Roe ';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => void $('.correction-form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await settle();

    const stored = (await b.corrections.load(b.url))!;
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]).toMatchObject({
      action: 'speaker',
      name: 'Jane Roe',
      kind: 'person',
      was: 'Sergei Shoigu',
    });
    expect(stored.text).toContain(words);
    expect(b.sent.map((r) => r.type)).toEqual(expect.arrayContaining(['get-article', 'reapply-corrections']));
    // Announced in a frame of its own (so a second correction in a row is announced again).
    await pollUntil(() => $('.status')!.textContent === catalog.statusCorrectionSaved.message);
    expect($('.status')!.textContent).toBe(catalog.statusCorrectionSaved.message);
    expect($('.correction-form')).toBeNull();
    // The new report: the quote under its new speaker, marked, without the engine's evidence.
    const speakers = [...root.querySelectorAll('.speaker-name')].map((e) => e.textContent);
    expect(speakers).toContain('Jane Roe');
    expect($('.corrections h2')!.textContent).toBe('Your corrections on this page (1)');

    await click($('.corrections .undo'));
    expect(await b.corrections.load(b.url)).toBeNull();
    expect($('.corrections')).toBeNull();
    expect($('.status')!.textContent).toBe(catalog.statusCorrectionUndone.message);
    expect([...root.querySelectorAll('.speaker-name')].map((e) => e.textContent)).not.toContain('Jane Roe');
  });

  test('Escape closes the form, not the popup, and gives the focus back to its button', async () => {
    const b = fakeBrowser();
    await act(() => render(<App api={b.api} />, root));
    await settle();
    const closed = jest.spyOn(window, 'close').mockImplementation(() => undefined);
    const button = quoteRow('Some 9,000 militants').querySelector<HTMLButtonElement>('button.correct')!;
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await act(() => {
      $('.correction-form select')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
      );
    });
    await settle();
    expect($('.correction-form')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(closed).not.toHaveBeenCalled();
    closed.mockRestore();
  });

  test('without a corrections store (or a reader part in the report) no Correct button is offered', async () => {
    const b = fakeBrowser();
    const { corrections: _none, ...api } = b.api;
    await act(() => render(<App api={api} />, root));
    await settle();
    expect(root.querySelectorAll('.quote').length).toBeGreaterThan(0);
    expect($('button.correct')).toBeNull();
  });
});
