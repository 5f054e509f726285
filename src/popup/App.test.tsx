/** @jest-environment jsdom */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App, askForReport } from './App';
import type { PopupApi } from './popup-api';
import type { ContentRequest, PageReport } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { lookupFromCatalog, setMessageLookup } from '../shared/i18n';
import { exportMarkdown } from './export';
import { largeReport, sampleReport } from './sample-report';
import { LIST_PAGE } from './show-more';
import { OPEN_WHILE_SEARCHING, QUOTE_PAGE } from './SpeakerList';

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
function fakeApi(
  answer: (req: ContentRequest) => unknown,
  tabUrl: string | null = 'https://example.org/news/deir-ezzor',
  settings: Settings = DEFAULT_SETTINGS,
): Fake {
  const fake: Fake = {
    sent: [],
    sentTo: [],
    copied: [],
    downloads: [],
    stored: { settings: JSON.parse(JSON.stringify(settings)) },
    tabLoading: false,
    injectable: false,
    injected: [],
    api: null as unknown as PopupApi,
  };
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
      save: async (s) => {
        fake.stored.settings = s;
      },
      subscribe: () => () => undefined,
    },
    copy: async (text) => {
      fake.copied.push(text);
    },
    download: (name, mime, text) => {
      fake.downloads.push({ name, mime, text });
    },
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
  for (const deadline = Date.now() + 5000; !done() && Date.now() < deadline;)
    await act(() => new Promise<void>((r) => setTimeout(r, 50)));
  await settle();
}
async function show(fake: Fake): Promise<void> {
  await act(() => {
    render(<App api={fake.api} />, root);
  });
  await settle();
}
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const texts = (sel: string) => $$(sel).map((e) => e.textContent ?? '');
const click = async (el: Element | null) => {
  await act(() => {
    (el as HTMLElement).click();
  });
  await settle();
};
const key = async (el: Element | null, k: string) => {
  await act(() => {
    el!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
  await settle();
};
const type = async (text: string) => {
  const input = $<HTMLInputElement>('input[type=search]')!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
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
    expect(texts('.speaker-name')).toEqual([
      'Sergei Shoigu',
      'Vladimir Putin',
      'Russian Defense Ministry',
      'Speaker unclear',
    ]);
    expect(texts('.speaker-role')).toEqual(['Russian Defense Minister', 'President']);
    expect(texts('.speaker-kind')).toEqual(['Person', 'Person', 'Organisation']);
    expect(document.body.dataset.ready).toBe('true');
    expect(root.getAttribute('aria-busy')).toBe('false');
  });

  test('tells direct, partial and reported quotes apart in words', async () => {
    await show(fakeApi(ready(sampleReport())));
    // A closed speaker's quotes are rendered only once it is opened.
    await act(() => {
      for (const b of $$('.speaker-toggle[aria-expanded="false"]')) b.click();
    });
    await settle();
    const kinds = Object.fromEntries(
      $$('.quote').map((q) => [
        q.querySelector('.quote-words')!.textContent!,
        q.querySelector('.quote-kind')!.textContent!,
      ]),
    );
    expect(kinds['“a complete rout”']).toBe('Partial');
    expect(kinds['the air force had flown 17,800 sorties']).toBe('Reported');
    expect(kinds['“Some 9,000 militants have surrendered themselves,”']).toBe('Direct');
  });

  test('each quote says on demand how its speaker was found and how sure the engine is; an unclear one names nobody', async () => {
    const fake = fakeApi((req) => (req.type === 'get-report' ? sampleReport() : true));
    await show(fake);
    await act(() => {
      for (const b of $$('.speaker-toggle[aria-expanded="false"]')) b.click();
    });
    await settle();
    // Closed at first: a disclosure button per quote, its panel hidden and empty.
    const toggles = $$('.quote .evidence-toggle');
    expect(toggles).toHaveLength(5);
    for (const b of toggles) {
      expect(b.getAttribute('aria-expanded')).toBe('false');
      const panel = document.getElementById(b.getAttribute('aria-controls')!)!;
      expect(panel.hidden).toBe(true);
      expect(panel.textContent).toBe('');
    }
    await act(() => toggles.forEach((b) => b.click()));
    await settle();
    const evidence = Object.fromEntries(
      $$('.quote').map((q) => [
        q.querySelector('.quote-words')!.textContent!,
        q.querySelector('.evidence:not([hidden])')?.textContent ?? null,
      ]),
    );
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'true')).toBe(true);
    expect(evidence['“Some 9,000 militants have surrendered themselves,”']).toBe('same sentence · 95% sure');
    expect(evidence['“a complete rout”']).toBe(
      'he said, the sentence before · 81% sure' + 'he → Sergei Shoigu Show where Sergei Shoigu is introduced',
    );
    expect(evidence['“We will not stop,”']).toBe(
      'Speaker unclear: Quote Lens names no one rather than risk a wrong name',
    );
    const unclear = $$('.speaker').find((s) => s.textContent!.includes('“We will not stop,”'))!;
    expect(unclear.querySelector('.speaker-name')!.textContent).toBe('Speaker unclear');
    // The pronoun's chain leads to where the speaker is introduced in the page.
    await click($$('.show-introduction')[0]!);
    expect(fake.sent.at(-1)).toEqual({ type: 'focus-introduction', index: 3, text: '“a complete rout”' });
    expect($('.status')!.textContent).toBe('Shown in the page.');
  });

  test("a claimed figure says on demand how its claimant was found; the outlet's own figure has no disclosure", async () => {
    await show(
      fakeApi(ready(sampleReport()), 'https://example.org/news/deir-ezzor', {
        ...DEFAULT_SETTINGS,
        kinds: { ...DEFAULT_SETTINGS.kinds, dates: true },
      }),
    );
    await click($('#tab-figures'));
    const figures = $$('.figure');
    expect(figures.map((f) => !!f.querySelector('.evidence-toggle'))).toEqual([true, true, false]);
    await act(() => figures.forEach((f) => f.querySelector<HTMLButtonElement>('.evidence-toggle')?.click()));
    await settle();
    expect(figures.map((f) => f.querySelector('.evidence-line')?.textContent ?? null)).toEqual([
      'in a direct quote · same sentence · 95% sure',
      'in a reported claim · same sentence · 95% sure',
      null,
    ]);
  });

  test('the sourcing summary counts the kinds of source, draws each share of the quoted words and counts the figures', async () => {
    await show(fakeApi(ready(sampleReport())));
    expect(texts('.sourcing-kinds li')).toEqual([
      'Named people: 2',
      'Organisations: 1',
      'Documents: 0',
      'Anonymous or unclear: 1',
    ]);
    const chart = $('.share-chart')!;
    expect(chart.getAttribute('role')).toBe('img');
    const labelled = chart
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(labelled).toEqual([
      'Share of the quoted words',
      "Each source's share of the 31 words quoted in the article: Vladimir Putin: 35% (11 words); Sergei Shoigu: 29% (9 words); Russian Defense Ministry: 23% (7 words); Speaker unclear: 13% (4 words)",
    ]);
    // One bar per source, longest for the most quoted; the percentages are text in the chart too.
    const widths = [...chart.querySelectorAll('.share-bar')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(4);
    expect(widths).toEqual([...widths].sort((x, y) => y - x));
    expect([...chart.querySelectorAll('.share-value')].map((t) => t.textContent)).toEqual(['35%', '29%', '23%', '13%']);
    // Dates and years are not listed by default: the 2017 figure is not counted either.
    expect(texts('.sourcing-figures li')).toEqual(['Figures claimed by a source: 2', "The outlet's own figures: 0"]);
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
    expect(fake.sent.at(-1)).toEqual({
      type: 'focus-item',
      item: 'quote',
      index: 1,
      text: '“I order the withdrawal of the main part of our military,”',
    });
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
    await show(
      fakeApi(ready(sampleReport()), undefined, {
        ...DEFAULT_SETTINGS,
        kinds: { ...DEFAULT_SETTINGS.kinds, dates: true },
      }),
    );
    await click($('#tab-figures'));
    expect(texts('.figure-value')).toEqual(['≈ 9,000', '17,800', '2017']);
    expect(texts('.counts li')[2]).toBe('Figures: 3');
  });

  test('figures show value, kind, thing counted, context and claimant; sort and filter by claimant', async () => {
    await show(
      fakeApi(ready(sampleReport()), undefined, {
        ...DEFAULT_SETTINGS,
        kinds: { ...DEFAULT_SETTINGS.kinds, dates: true },
      }),
    );
    await click($('#tab-figures'));
    const first = $('.figure-item')!;
    expect(first.querySelector('.figure-value')!.textContent).toBe('≈ 9,000');
    expect(first.querySelector('.figure-kind')!.textContent).toBe('Count');
    expect(first.querySelector('.figure-unit')!.textContent).toBe('militants');
    expect(first.querySelector('.figure-claimant')!.textContent).toBe('Claimed by Sergei Shoigu');
    const [sort, claimant] = $$('.figure-controls select') as HTMLSelectElement[];
    await act(() => {
      sort!.value = 'value';
      sort!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(texts('.figure-value')).toEqual(['17,800', '≈ 9,000', '2017']);
    await act(() => {
      claimant!.value = 'none';
      claimant!.dispatchEvent(new Event('change', { bubbles: true }));
    });
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
    expect(document.activeElement!.textContent).toContain('Speaker unclear');
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
    expect(fake.copied).toEqual([
      '“Some 9,000 militants have surrendered themselves,” — Sergei Shoigu, Russian Defense Minister. Source: “Russia ends operations near Deir ez-Zor”, https://example.org/news/deir-ezzor',
    ]);
    expect($('.status')!.textContent).toBe('Copied.');
    await click($('.export-markdown'));
    expect(fake.downloads).toEqual([
      {
        name: 'quote-lens-russia-ends-operations-near-deir-ez-zor.md',
        mime: 'text/markdown;charset=utf-8',
        text: exportMarkdown(report),
      },
    ]);
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

// A page can hold tens of thousands of quotes and figures (a hostile page, a huge archive
// page): rendering them all froze the popup for seconds (25 s for 20,000 quotes). The lists
// render a bounded number of rows, and "Show more" reveals the next ones. Counts of rendered
// rows, never timings, are asserted.
describe('the popup at 20,000 quotes and 20,000 figures', () => {
  const N = 20_000;
  /** Every row a list renders: speakers, quotes, figures, and the show-more buttons. */
  const rendered = () => $$('[data-nav]').length;
  /** The most rows the speakers tab may render at first: a page of speakers and a page of
   * quotes for each speaker open by itself, each with its show-more button. */
  const SPEAKERS_TAB_BOUND = LIST_PAGE + 1 + OPEN_WHILE_SEARCHING * (QUOTE_PAGE + 1);

  test('the speakers tab renders a bounded number of rows; "Show more quotes" reveals the next ones and takes the focus there', async () => {
    const fake = fakeApi(ready(largeReport(N, N)));
    await show(fake);
    expect($('#tab-speakers')!.textContent).toContain(String(N));
    expect(rendered()).toBeLessThanOrEqual(SPEAKERS_TAB_BOUND);
    // The most quoted speaker is open, with its first page of quotes.
    const first = $$('.speaker')[0]!;
    const total = Number(/\d+/.exec(first.querySelector('.speaker-count')!.textContent!)![0]);
    expect(total).toBeGreaterThan(QUOTE_PAGE);
    expect(first.querySelectorAll('.quote')).toHaveLength(QUOTE_PAGE);
    const button = first.querySelector<HTMLElement>('.show-more-button')!;
    expect(button.textContent).toBe('Show more quotes');
    const summary = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toBe(`Listing ${QUOTE_PAGE} of ${total} quotes.`);

    // Keyboard: the button is a list item for the arrow keys, right after the last quote; a
    // click on it (Enter, in a browser) lists more and puts the focus on the first new quote.
    $('input[type=search]')!.focus();
    await key($('input[type=search]'), 'ArrowDown');
    for (let i = 0; i < QUOTE_PAGE; i++)
      await act(() => {
        document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }),
        );
      });
    await key(document.activeElement, 'ArrowDown');
    expect(document.activeElement).toBe(button);
    await click(button);
    expect(first.querySelectorAll('.quote')).toHaveLength(2 * QUOTE_PAGE);
    expect(document.activeElement).toBe(first.querySelectorAll('.quote-text')[QUOTE_PAGE]);
    expect(summary.isConnected ? summary.textContent : first.querySelector('.show-more-summary')!.textContent).toBe(
      `Listing ${2 * QUOTE_PAGE} of ${total} quotes.`,
    );
    // A revealed quote still shows itself in the page.
    const quote = document.activeElement as HTMLElement;
    await click(quote);
    const sent = fake.sent.at(-1) as { type: string; index: number; text: string };
    expect(sent.type).toBe('focus-item');
    expect(quote.textContent).toContain(sent.text);
  });

  test('a closed speaker renders no quote rows until it is opened', async () => {
    await show(fakeApi(ready(largeReport(N, 0))));
    const closed = $$('.speaker-toggle[aria-expanded="false"]');
    expect(closed.length).toBeGreaterThan(10);
    for (const toggle of closed) expect(toggle.closest('.speaker')!.querySelectorAll('.quote').length).toBe(0);
    // aria-controls still names a list, empty and hidden.
    expect(document.getElementById(closed[0]!.getAttribute('aria-controls')!)!.hidden).toBe(true);
    await click(closed[0]!);
    expect(closed[0]!.closest('.speaker')!.querySelectorAll('.quote')).toHaveLength(QUOTE_PAGE);
  });

  test('20,000 speakers with one quote each: a page of speakers, more on request', async () => {
    const report = largeReport(N, 0, N);
    await show(fakeApi(ready(report)));
    expect($$('.speaker')).toHaveLength(LIST_PAGE);
    expect(rendered()).toBeLessThanOrEqual(SPEAKERS_TAB_BOUND);
    const groups = new Set(report.annotations!.quotes.map((q) => q.speaker?.id ?? '')).size;
    expect($('#more-speakers')!.textContent).toBe(
      `Listing ${LIST_PAGE} of ${groups} speakers. Search to narrow the list.`,
    );
    await click($('[aria-describedby="more-speakers"]'));
    expect($$('.speaker')).toHaveLength(2 * LIST_PAGE);
    expect(document.activeElement).toBe($$('.speaker-toggle')[LIST_PAGE]);
  });

  test('a search that matches everything stays bounded; a narrower one lists just its matches', async () => {
    await show(fakeApi(ready(largeReport(N, N))));
    await type('quotation');
    expect($$('.speaker-toggle[aria-expanded="true"]')).toHaveLength(OPEN_WHILE_SEARCHING);
    expect(rendered()).toBeLessThanOrEqual(SPEAKERS_TAB_BOUND);
    await type('number 19999 ');
    expect($$('.quote').map((q) => q.querySelector('.quote-words')!.textContent)).toEqual([
      '“Quotation number 19999 said out loud,”',
    ]);
    expect($('.show-more-button')).toBeNull();
  });

  test('the figures tab renders one page of figures; "Show more figures" adds the next page; a new sort starts over', async () => {
    const fake = fakeApi(ready(largeReport(N, N)));
    await show(fake);
    await click($('#tab-figures'));
    expect($$('.figure')).toHaveLength(LIST_PAGE);
    expect($('#more-figures')!.textContent).toBe(
      `Listing ${LIST_PAGE} of ${N} figures. Search or filter to narrow the list.`,
    );
    await click($('#panel-figures .show-more-button'));
    expect($$('.figure')).toHaveLength(2 * LIST_PAGE);
    expect($('#more-figures')!.textContent).toContain(`Listing ${2 * LIST_PAGE} of ${N}`);
    // The focus is on the first new figure, and it shows itself in the page.
    expect(document.activeElement).toBe($$('.figure-item')[LIST_PAGE]);
    await click(document.activeElement);
    expect(fake.sent.at(-1)).toMatchObject({ type: 'focus-item', item: 'figure', index: LIST_PAGE });
    // End reaches the button from the list.
    await key(document.activeElement, 'End');
    expect(document.activeElement).toBe($('#panel-figures .show-more-button'));
    const sort = $<HTMLSelectElement>('.figure-controls select')!;
    await act(() => {
      sort.value = 'value';
      sort.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect($$('.figure')).toHaveLength(LIST_PAGE);
    expect($$('.figure-value')[0]!.textContent).toBe('20,000');
  });

  test('lists that fit show no "Show more"', async () => {
    await show(fakeApi(ready(largeReport(QUOTE_PAGE, LIST_PAGE, 1))));
    expect($$('.quote')).toHaveLength(QUOTE_PAGE - Math.floor(QUOTE_PAGE / 7));
    expect($('.show-more-button')).toBeNull();
    await click($('#tab-figures'));
    expect($$('.figure')).toHaveLength(LIST_PAGE);
    expect($('.show-more-button')).toBeNull();
  });
});

describe('the first answer, when it came before the first render', () => {
  test('the report is the first thing drawn, and it is not asked for again', async () => {
    const fake = fakeApi(ready(sampleReport()));
    const initial = {
      tab: { id: 7, url: 'https://example.org/news/deir-ezzor', loading: false },
      answer: sampleReport(),
    };
    // The first render, before any effect or promise has run: already the report.
    render(<App api={fake.api} firstReport={Promise.resolve(initial)} initial={initial} />, root);
    expect($('h1')!.textContent).toBe('Russia ends operations near Deir ez-Zor');
    expect(root.textContent).not.toContain('Reading the page');
    // Rendered outside act(), its effects wait for a real animation frame (jsdom's timer), which
    // a busy machine may fire after settle() is over: wait for the mark itself.
    await pollUntil(() => document.body.dataset.ready === 'true');
    expect(texts('.speaker-name')).toHaveLength(4);
    expect(document.body.dataset.ready).toBe('true');
    expect(fake.sent).toEqual([]); // a finished report is not polled
  });

  test('settings read before the first render choose its list: with dates on, the year is counted from the start', () => {
    const settings = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, dates: true } };
    const fake = fakeApi(ready(sampleReport()), undefined, settings);
    const initial = {
      tab: { id: 7, url: 'https://example.org/news/deir-ezzor', loading: false },
      answer: sampleReport(),
    };
    render(
      <App api={fake.api} firstReport={Promise.resolve(initial)} initial={initial} initialSettings={settings} />,
      root,
    );
    expect(texts('.counts li')).toEqual(['Speakers: 3', 'Quotes: 5', 'Figures: 3']);
  });

  test("without stored settings read first, the report's own withDates (the page's settings) chooses the first list", () => {
    const fake = fakeApi(ready(sampleReport()));
    const answer = { ...sampleReport(), withDates: true };
    const initial = { tab: { id: 7, url: 'https://example.org/news/deir-ezzor', loading: false }, answer };
    render(<App api={fake.api} firstReport={Promise.resolve(initial)} initial={initial} />, root);
    expect(texts('.counts li')).toEqual(['Speakers: 3', 'Quotes: 5', 'Figures: 3']);
  });

  test('a tab named by id is asked for its report before the tab lookup answers', async () => {
    const fake = fakeApi(ready(sampleReport()));
    let found: (tab: { id: number; url: string; loading: boolean }) => void = () => undefined;
    fake.api.tabIdHint = 7;
    fake.api.targetTab = () => new Promise((resolve) => (found = resolve));
    const asked = askForReport(fake.api);
    await Promise.resolve();
    expect(fake.sent).toEqual([{ type: 'get-report' }]); // under way while the lookup is not
    found({ id: 7, url: 'https://example.org/news/deir-ezzor', loading: false });
    const { answer } = await asked;
    expect(fake.sent).toHaveLength(1); // the early answer is the one used
    expect((answer as { title: string }).title).toBe('Russia ends operations near Deir ez-Zor');
  });

  test('a tab lookup that finds another tab than the one named asks that tab', async () => {
    const fake = fakeApi(ready(sampleReport()));
    fake.api.tabIdHint = 3;
    await askForReport(fake.api);
    expect(fake.sentTo).toEqual([3, 7]);
  });

  test('a first answer that is still "working" is drawn as loading and polled until the report comes', async () => {
    let calls = 0;
    const fake = fakeApi(() => (++calls < 2 ? { ...sampleReport(), state: 'working' } : sampleReport()));
    const initial = {
      tab: { id: 7, url: 'https://example.org/news/deir-ezzor', loading: false },
      answer: { ...sampleReport(), state: 'working' },
    };
    await act(() => {
      render(<App api={fake.api} firstReport={Promise.resolve(initial)} initial={initial} />, root);
    });
    expect(root.textContent).toBe('Reading the page…');
    await pollUntil(() => texts('.speaker-name').length > 0);
    expect(texts('.speaker-name')).toHaveLength(4);
    expect(fake.sent.every((r) => r.type === 'get-report')).toBe(true);
  });

  test('a first answer from no content script still leads to the honest state', async () => {
    const fake = fakeApi(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, 'chrome://settings/');
    const initial = { tab: { id: 7, url: 'chrome://settings/', loading: false }, answer: undefined };
    await act(() => {
      render(<App api={fake.api} firstReport={Promise.resolve(initial)} initial={initial} />, root);
    });
    await settle();
    expect($('.state-title')!.textContent).toBe('Quote Lens cannot read this page.');
  });
});

describe("the popup's honest states", () => {
  const unreachable = () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  };

  test.each([
    ['chrome://settings/', "browser's own pages"],
    [null, "browser's own pages"],
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
    const fake = fakeApi(() => {
      if (!listening) unreachable();
      return sampleReport();
    });
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
    // On a fake clock: the grace the popup gives a page that has just loaded is measured in time,
    // and on real timers a busy machine that stalled the test between two looks ate it, and the
    // popup rightly said "reload" (the test's fault, not the popup's).
    jest.useFakeTimers();
    try {
      /** Moves the fake clock on by `ms`, running the timers due and the promises they start. */
      const advance = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));
      let listening = false;
      const fake = fakeApi(() => {
        if (!listening) unreachable();
        return sampleReport();
      });
      fake.tabLoading = true;
      await act(() => {
        render(<App api={fake.api} />, root);
      });
      await advance(0);
      expect(root.textContent).toBe('Waiting for the page to finish loading…');
      fake.tabLoading = false; // the tab says "complete"; our script starts when the page is idle
      const asked = fake.sent.length;
      const seen: string[] = [];
      for (let ms = 0; ms < 900; ms += 100) {
        await advance(100);
        seen.push(root.textContent ?? '');
      }
      expect(fake.sent.length).toBeGreaterThan(asked); // it went on asking meanwhile
      expect(seen.filter((t) => t.includes('Reload the page'))).toEqual([]);
      expect(seen.at(-1)).toBe('Waiting for the page to finish loading…');
      listening = true;
      await advance(300);
      expect(texts('.speaker-name')).toHaveLength(4);
    } finally {
      jest.useRealTimers();
    }
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
    const fake = fakeApi(() => {
      if (!listening) unreachable();
      return sampleReport();
    });
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
    await show(
      fakeApi(() =>
        ++calls < 3 ? { ...sampleReport(), state: 'working', annotations: null, figureContexts: [] } : sampleReport(),
      ),
    );
    expect(root.textContent).toContain('Reading the page…');
    expect(document.body.dataset.ready).toBeUndefined();
    await pollUntil(() => document.body.dataset.ready === 'true');
    expect(calls).toBe(3);
    expect(texts('.speaker-name')).toHaveLength(4);
    expect(document.body.dataset.ready).toBe('true');
  });

  test('run-on-click mode: a button runs it', async () => {
    const fake = fakeApi((req) =>
      req.type === 'run-now'
        ? sampleReport()
        : { ...sampleReport(), state: 'waiting', annotations: null, figureContexts: [] },
    );
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
    const fake = fakeApi(
      (req) =>
        req.type === 'run-now'
          ? sampleReport()
          : { ...sampleReport(), state: 'disabled', annotations: null, figureContexts: [] },
      'https://example.org/x',
      disabled,
    );
    await show(fake);
    expect($('.state-title')!.textContent).toBe('Quote Lens is switched off on example.org.');
    expect($('button.primary')!.textContent).toBe('Turn on for example.org');
    await click($('button.primary'));
    expect(fake.stored.settings.disabledSites).toEqual(['other.net']);
    expect(fake.sent.at(-1)).toEqual({ type: 'run-now' });
    expect(texts('.speaker-name')).toHaveLength(4);
  });
});
