/** @jest-environment jsdom */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from './App';
import type { PopupApi } from './popup-api';
import type { ContentRequest, PageReport } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { lookupFromCatalog, setMessageLookup } from '../shared/i18n';
import { exportMarkdown } from './export';
import { sampleReport } from './sample-report';

const catalog = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '_locales', 'en', 'messages.json'), 'utf8'));
setMessageLookup(lookupFromCatalog(catalog));

interface Fake {
  api: PopupApi;
  sent: ContentRequest[];
  /** The tab each request went to. */
  sentTo: number[];
  copied: string[];
  downloads: { name: string; mime: string; text: string }[];
  stored: { settings: Settings };
  /** Whether the tab says it is still loading. */
  tabLoading: boolean;
  /** Whether the browser lets the popup start the content script, and the tabs it did so in. */
  injectable: boolean;
  injected: number[];
}

/** A fake browser: `answer` plays the content script (throwing = nothing listening there). */
function fakeApi(answer: (req: ContentRequest) => unknown, tabUrl: string | null = 'https://example.org/news/deir-ezzor', settings: Settings = DEFAULT_SETTINGS): Fake {
  const fake: Fake = { sent: [], sentTo: [], copied: [], downloads: [], stored: { settings: JSON.parse(JSON.stringify(settings)) }, tabLoading: false, injectable: false, injected: [], api: null as unknown as PopupApi };
  fake.api = {
    targetTab: async () => ({ id: 7, url: tabUrl, loading: fake.tabLoading }),
    send: async (tabId, req) => {
      // Recorded, not asserted here: App catches what send throws.
      fake.sentTo.push(tabId);
      fake.sent.push(req);
      return answer(req);
    },
    inject: async (tabId) => {
      fake.injected.push(tabId);
      return fake.injectable;
    },
    settings: {
      load: async () => JSON.parse(JSON.stringify(fake.stored.settings)),
      save: async (s) => { fake.stored.settings = s; },
      subscribe: () => () => undefined,
    },
    copy: async (text) => { fake.copied.push(text); },
    download: (name, mime, text) => { fake.downloads.push({ name, mime, text }); },
    openOptions: () => undefined,
  };
  return fake;
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
  delete document.body.dataset.ready;
  root = document.getElementById('app')!;
});
afterEach(() => render(null, root));

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
};
/** Lets the popup's polling run (real timers) until `done` holds, for at most 5 s: a busy
 * machine may fire the timers late, so no fixed sleep. */
async function pollUntil(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 5000; !done() && Date.now() < deadline;) await act(() => new Promise<void>((r) => setTimeout(r, 50)));
  await settle();
}
async function show(fake: Fake): Promise<void> {
  await act(() => { render(<App api={fake.api} />, root); });
  await settle();
}
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const texts = (sel: string) => $$(sel).map((e) => e.textContent ?? '');
const click = async (el: Element | null) => { await act(() => { (el as HTMLElement).click(); }); await settle(); };
const key = async (el: Element | null, k: string) => {
  await act(() => { el!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })); });
  await settle();
};
const type = async (text: string) => {
  const input = $<HTMLInputElement>('input[type=search]')!;
  await act(() => { input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); });
  await settle();
};
const visible = (sel: string) => $$(sel).filter((e) => !e.closest('[hidden]'));
const ready = (report: PageReport) => (req: ContentRequest) => (req.type === 'focus-item' ? true : report);

describe('the popup on an article', () => {
  test('shows the title, counts and the speakers by how much they are quoted', async () => {
    await show(fakeApi(ready(sampleReport())));
    expect($('h1')!.textContent).toBe('Russia ends operations near Deir ez-Zor');
    // Dates and years are off by default (as in the options): the year 2017 is not counted.
    expect(texts('.counts li')).toEqual(['Speakers: 3', 'Quotes: 5', 'Figures: 2']);
    expect(texts('.speaker-name')).toEqual(['Sergei Shoigu', 'Vladimir Putin', 'Russian Defense Ministry', 'Unattributed']);
    expect(texts('.speaker-role')).toEqual(['Russian Defense Minister', 'President']);
    expect(texts('.speaker-kind')).toEqual(['Person', 'Person', 'Organisation']);
    expect(document.body.dataset.ready).toBe('true');
    expect(root.getAttribute('aria-busy')).toBe('false');
  });

  test('tells direct, partial and reported quotes apart in words', async () => {
    await show(fakeApi(ready(sampleReport())));
    const kinds = Object.fromEntries($$('.quote').map((q) => [q.querySelector('.quote-words')!.textContent!, q.querySelector('.quote-kind')!.textContent!]));
    expect(kinds['“a complete rout”']).toBe('Partial');
    expect(kinds['the air force had flown 17,800 sorties']).toBe('Reported');
    expect(kinds['“Some 9,000 militants have surrendered themselves,”']).toBe('Direct');
  });

  test('renders hostile page text as text', async () => {
    const report = sampleReport();
    report.title = '<b id="t">bold</b>';
    report.annotations!.quotes[0]!.text = '<img src=x onerror=alert(1)>';
    report.annotations!.speakers[1]!.name = '<script>alert(2)</script>';
    report.figureContexts[0] = '<a href="javascript:alert(3)">x</a>';
    await show(fakeApi(ready(report)));
    expect(root.querySelector('img, script, b#t, a[href]')).toBeNull();
    expect($('h1')!.textContent).toBe('<b id="t">bold</b>');
    expect(texts('.quote-words')).toContain('<img src=x onerror=alert(1)>');
    expect(texts('.speaker-name')).toContain('<script>alert(2)</script>');
    await click($('#tab-figures'));
    expect(texts('.figure-context')).toContain('<a href="javascript:alert(3)">x</a>');
    expect(root.querySelector('img, script, b#t, a[href]')).toBeNull();
  });

  test('clicking a quote or a figure shows it in the page', async () => {
    const fake = fakeApi(ready(sampleReport()));
    await show(fake);
    const putin = $$('.speaker-toggle').find((b) => b.textContent!.includes('Putin'))!;
    await click(putin);
    await click(visible('.quote-text').find((b) => b.textContent!.includes('withdrawal'))!);
    expect(fake.sent.at(-1)).toEqual({ type: 'focus-item', item: 'quote', index: 1, text: '“I order the withdrawal of the main part of our military,”' });
    expect($('.status')!.textContent).toBe('Shown in the page.');
    await click($('#tab-figures'));
    await click(visible('.figure-item').find((b) => b.textContent!.includes('17,800'))!);
    expect(fake.sent.at(-1)).toEqual({ type: 'focus-item', item: 'figure', index: 1, text: '17,800 sorties' });
  });

  test('says so when the passage is gone from the page', async () => {
    const fake = fakeApi((req) => (req.type === 'focus-item' ? false : sampleReport()));
    await show(fake);
    await click(visible('.quote-text')[0]!);
    expect($('.status')!.textContent).toBe('That passage is no longer in the page.');
  });

  test('one search box filters speakers, quotes and figures; Escape clears it', async () => {
    await show(fakeApi(ready(sampleReport())));
    await type('sorties');
    expect(texts('.speaker-name')).toEqual(['Russian Defense Ministry']);
    expect(visible('.quote-words').map((e) => e.textContent)).toEqual(['the air force had flown 17,800 sorties']);
    expect(texts('[role=tab]')).toEqual(['Quotes (1)', 'Figures (1)']);
    await click($('#tab-figures'));
    expect(texts('.figure-value')).toEqual(['17,800']);
    await click($('#tab-speakers'));
    await type('zzz');
    expect($('#panel-speakers .empty')!.textContent).toBe('Nothing matches “zzz”.');
    await key($('input[type=search]'), 'Escape');
    expect($<HTMLInputElement>('input[type=search]')!.value).toBe('');
    expect($$('.speaker-name')).toHaveLength(4);
  });

  test('dates and years are listed only when the options ask for them', async () => {
    await show(fakeApi(ready(sampleReport())));
    await click($('#tab-figures'));
    expect(texts('.figure-value')).toEqual(['≈ 9,000', '17,800']);
    render(null, root);
    await show(fakeApi(ready(sampleReport()), undefined, { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, dates: true } }));
    await click($('#tab-figures'));
    expect(texts('.figure-value')).toEqual(['≈ 9,000', '17,800', '2017']);
    expect(texts('.counts li')[2]).toBe('Figures: 3');
  });

  test('figures show value, kind, thing counted, context and claimant; sort and filter by claimant', async () => {
    await show(fakeApi(ready(sampleReport()), undefined, { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, dates: true } }));
    await click($('#tab-figures'));
    const first = $('.figure-item')!;
    expect(first.querySelector('.figure-value')!.textContent).toBe('≈ 9,000');
    expect(first.querySelector('.figure-kind')!.textContent).toBe('Count');
    expect(first.querySelector('.figure-unit')!.textContent).toBe('militants');
    expect(first.querySelector('.figure-claimant')!.textContent).toBe('Claimed by Sergei Shoigu');
    const [sort, claimant] = $$('.figure-controls select') as HTMLSelectElement[];
    await act(() => { sort!.value = 'value'; sort!.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(texts('.figure-value')).toEqual(['17,800', '≈ 9,000', '2017']);
    await act(() => { claimant!.value = 'none'; claimant!.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(texts('.figure-claimant')).toEqual(["The article's own figure"]);
  });

  test('the keyboard alone moves through the list, opens speakers and shows quotes', async () => {
    const fake = fakeApi(ready(sampleReport()));
    await show(fake);
    const search = $('input[type=search]')!;
    search.focus();
    await key(search, 'ArrowDown');
    expect(document.activeElement!.textContent).toContain('Sergei Shoigu');
    await key(document.activeElement, 'ArrowDown');
    expect(document.activeElement!.textContent).toContain('Some 9,000 militants');
    await key(document.activeElement, 'ArrowLeft');
    expect(document.activeElement!.classList.contains('speaker-toggle')).toBe(true);
    await key(document.activeElement, 'ArrowUp');
    expect(document.activeElement).toBe(search);
    await key(search, 'ArrowDown');
    await key(document.activeElement, 'End');
    expect(document.activeElement!.textContent).toContain('Unattributed');
    await key(document.activeElement, 'ArrowRight');
    expect(document.activeElement!.getAttribute('aria-expanded')).toBe('true');
    await key(document.activeElement, 'ArrowDown');
    expect(document.activeElement!.textContent).toContain('We will not stop');
    // Enter on a focused button is a click in browsers; jsdom does not synthesise it.
    await click(document.activeElement);
    expect(fake.sent.at(-1)).toEqual({ type: 'focus-item', item: 'quote', index: 4, text: '“We will not stop,”' });
    await key($('#tab-speakers'), 'ArrowRight');
    expect(document.activeElement!.id).toBe('tab-figures');
    expect($('#panel-figures')!.hidden).toBe(false);
  });

  test('copies a quote with its citation and exports the page', async () => {
    const report = sampleReport();
    const fake = fakeApi(ready(report));
    await show(fake);
    await click(visible('.quote .copy')[0]!);
    expect(fake.copied).toEqual(['“Some 9,000 militants have surrendered themselves,” — Sergei Shoigu, Russian Defense Minister. Source: “Russia ends operations near Deir ez-Zor”, https://example.org/news/deir-ezzor']);
    expect($('.status')!.textContent).toBe('Copied.');
    await click($('.export-markdown'));
    expect(fake.downloads).toEqual([{ name: 'quote-lens-russia-ends-operations-near-deir-ez-zor.md', mime: 'text/markdown;charset=utf-8', text: exportMarkdown(report) }]);
    await click($('.export-csv'));
    expect(fake.downloads.at(-1)!.text.split('\r\n')[0]).toMatch(/^type,index,text/);
    await click($('.copy-markdown'));
    expect(fake.copied.at(-1)).toBe(exportMarkdown(report));
  });

  test('the highlights toggle asks the page and reflects its answer', async () => {
    let visibleNow = true;
    const fake = fakeApi((req) => {
      if (req.type === 'toggle-highlights') visibleNow = !visibleNow;
      return { ...sampleReport(), highlightsVisible: visibleNow };
    });
    await show(fake);
    expect($('.toggle-highlights')!.getAttribute('aria-pressed')).toBe('false');
    await click($('.toggle-highlights'));
    expect(fake.sent.at(-1)).toEqual({ type: 'toggle-highlights' });
    expect($('.toggle-highlights')!.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the popup\'s honest states', () => {
  const unreachable = () => { throw new Error('Could not establish connection. Receiving end does not exist.'); };

  test.each([
    ['chrome://settings/', 'browser\'s own pages'],
    [null, 'browser\'s own pages'],
    ['https://chromewebstore.google.com/detail/abc', 'add-on stores'],
    ['https://example.org/file.pdf', 'PDF viewer'],
    ['https://example.org/news', 'Reload the page'],
  ])('cannot reach %s: says why', async (url, why) => {
    await show(fakeApi(unreachable, url));
    expect($('.state-title')!.textContent).toBe('Quote Lens cannot read this page.');
    expect(root.textContent).toContain(why);
    expect(document.body.dataset.ready).toBe('true');
  });

  test('a page still loading: the popup waits for it, then shows the report', async () => {
    let listening = false;
    const fake = fakeApi(() => { if (!listening) unreachable(); return sampleReport(); });
    fake.tabLoading = true;
    await show(fake);
    expect(root.textContent).toBe('Waiting for the page to finish loading…');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(document.body.dataset.ready).toBe('true'); // a first answer, shown at once
    const asked = fake.sent.length;
    await pollUntil(() => fake.sent.length > asked);
    expect(fake.sent.length).toBeGreaterThan(asked); // it keeps asking
    // The page loads and our content script starts answering.
    fake.tabLoading = false;
    listening = true;
    await pollUntil(() => texts('.speaker-name').length > 0);
    expect(texts('.speaker-name')).toHaveLength(4);
    expect(root.getAttribute('aria-busy')).toBe('false');
  });

  test('a page that has just loaded, whose content script answers a moment later: no "reload" in between', async () => {
    let listening = false;
    const fake = fakeApi(() => { if (!listening) unreachable(); return sampleReport(); });
    fake.tabLoading = true;
    await show(fake);
    fake.tabLoading = false; // the tab says "complete"; our script starts when the page is idle
    const seen: string[] = [];
    for (const deadline = Date.now() + 900; Date.now() < deadline;) {
      await act(() => new Promise<void>((r) => setTimeout(r, 100)));
      seen.push(root.textContent ?? '');
    }
    expect(seen.filter((t) => t.includes('Reload the page'))).toEqual([]);
    expect(seen.at(-1)).toBe('Waiting for the page to finish loading…');
    listening = true;
    await pollUntil(() => texts('.speaker-name').length > 0);
    expect(texts('.speaker-name')).toHaveLength(4);
  });

  test('a page that finishes loading with nobody answering: reload it', async () => {
    const fake = fakeApi(unreachable);
    fake.tabLoading = true;
    await show(fake);
    expect(root.textContent).toContain('Waiting for the page');
    fake.tabLoading = false;
    await pollUntil(() => root.textContent!.includes('Reload the page'));
    expect($('.state-title')!.textContent).toBe('Quote Lens cannot read this page.');
    const asked = fake.sent.length;
    await new Promise((r) => setTimeout(r, 700));
    expect(fake.sent.length).toBe(asked); // and stops asking
  });

  test('a page open since before the install: the popup starts the content script there once and shows the report', async () => {
    let listening = false;
    const fake = fakeApi(() => { if (!listening) unreachable(); return sampleReport(); });
    fake.injectable = true;
    await show(fake);
    expect(fake.injected).toEqual([7]);
    expect(root.textContent).toBe('Reading the page…');
    const asked = fake.sent.length;
    await pollUntil(() => fake.sent.length > asked + 1);
    expect(root.textContent).toBe('Reading the page…'); // no "reload" while it starts
    listening = true; // the injected script answers
    await pollUntil(() => texts('.speaker-name').length > 0);
    expect(texts('.speaker-name')).toHaveLength(4);
    expect(fake.injected).toEqual([7]);
  });

  test('a page open since before the install where the browser refuses the script, or it never answers: reload it', async () => {
    const refused = fakeApi(unreachable);
    await show(refused);
    expect(refused.injected).toEqual([7]);
    expect(root.textContent).toContain('Reload the page');
    render(null, root);
    const silent = fakeApi(unreachable);
    silent.injectable = true;
    await show(silent);
    await pollUntil(() => root.textContent!.includes('Reload the page'));
    expect(root.textContent).toContain('Reload the page');
    expect(silent.injected).toEqual([7]); // tried once, not again
  });

  test('a malformed answer counts as no answer', async () => {
    await show(fakeApi(() => ({ state: 'ready', title: 5 })));
    expect($('.state-title')!.textContent).toBe('Quote Lens cannot read this page.');
  });

  test('no article', async () => {
    await show(fakeApi(() => ({ ...sampleReport(), state: 'no-article', annotations: null, figureContexts: [] })));
    expect($('.state-title')!.textContent).toBe('No article found on this page.');
  });

  test('loading, then the report once the page is read', async () => {
    let calls = 0;
    await show(fakeApi(() => (++calls < 3 ? { ...sampleReport(), state: 'working', annotations: null, figureContexts: [] } : sampleReport())));
    expect(root.textContent).toContain('Reading the page…');
    expect(document.body.dataset.ready).toBeUndefined();
    await pollUntil(() => document.body.dataset.ready === 'true');
    expect(calls).toBe(3);
    expect(texts('.speaker-name')).toHaveLength(4);
    expect(document.body.dataset.ready).toBe('true');
  });

  test('run-on-click mode: a button runs it', async () => {
    const fake = fakeApi((req) => (req.type === 'run-now' ? sampleReport() : { ...sampleReport(), state: 'waiting', annotations: null, figureContexts: [] }));
    await show(fake);
    expect($('.state-title')!.textContent).toContain('when you ask');
    await click($('button.primary'));
    expect(fake.sent.map((r) => r.type)).toEqual(['get-report', 'run-now']);
    expect(fake.sentTo).toEqual([7, 7]); // the tab the popup was opened on
    expect(texts('.speaker-name')).toHaveLength(4);
  });

  test('a run that answers "still reading" is followed until the report is ready', async () => {
    let reads = 0;
    const working = { ...sampleReport(), state: 'working', annotations: null, figureContexts: [] };
    const fake = fakeApi((req) => {
      if (req.type === 'run-now') return working;
      if (reads++ === 0) return { ...working, state: 'waiting' };
      return reads < 3 ? working : sampleReport();
    });
    await show(fake);
    await click($('button.primary'));
    expect(root.textContent).toContain('Reading the page…');
    await pollUntil(() => texts('.speaker-name').length > 0);
    expect(texts('.speaker-name')).toHaveLength(4);
  });

  test('switched off on this site: one click enables it and runs', async () => {
    const disabled = { ...DEFAULT_SETTINGS, disabledSites: ['example.org', 'other.net'] };
    const fake = fakeApi((req) => (req.type === 'run-now' ? sampleReport() : { ...sampleReport(), state: 'disabled', annotations: null, figureContexts: [] }), 'https://example.org/x', disabled);
    await show(fake);
    expect($('.state-title')!.textContent).toBe('Quote Lens is switched off on example.org.');
    expect($('button.primary')!.textContent).toBe('Turn on for example.org');
    await click($('button.primary'));
    expect(fake.stored.settings.disabledSites).toEqual(['other.net']);
    expect(fake.sent.at(-1)).toEqual({ type: 'run-now' });
    expect(texts('.speaker-name')).toHaveLength(4);
  });
});
