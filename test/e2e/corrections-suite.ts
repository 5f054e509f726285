// The reader's corrections in real browsers (corrections.chromium.e2e.ts, corrections.firefox.e2e.ts)
// on the bundled sample article: made in the popup, painted and marked in the page's card and the
// popup, kept over a re-render by the page's scripts and a reload, carried by the exports, listed
// and cleared in the options page (which exports them as JSON Lines), undone one by one; and a
// broken value in storage never breaks the page. The same from the hover card: correct a speaker
// there, see the card and the popup name the reader's speaker after the repaint, undo it there.
import type { Page } from 'puppeteer-core';
import {
  gotoPage,
  clickSteadily,
  highlightTexts,
  openExtensionPage,
  paintedOf,
  poll,
  pointOnQuote,
  readyHighlights,
  shownCardText,
  useExtensionBrowser,
  type BrowserName,
  type ExtensionBrowser,
  type TestServer,
} from './harness';
import { captureDownloads, expandSpeaker, reportSeenByPopup, runAxe } from './popup-helpers';
import type { PageReport } from '../../src/shared/messages';

const SAMPLE = '/fixtures/seed-deir-ezzor.html';
const PUTIN_QUOTE = 'I order the withdrawal of the main part of our military';
const SORTIES = '17,800 sorties';
const READER_NAME = 'Jane Roe';

/** Opens the correction form of the popup's item (quote or figure) whose text holds `words`. */
async function openCorrection(popup: Page, item: '.quote' | '.figure', words: string): Promise<void> {
  await popup.evaluate(
    (item, words) => {
      const row = [...document.querySelectorAll(item)].find((li) => li.textContent?.includes(words));
      if (!row) throw new Error(`no ${item} with ${words} in the popup`);
      row.querySelector<HTMLButtonElement>('button.correct')!.click();
    },
    item,
    words,
  );
  await popup.waitForSelector('.correction-form select');
  // The form takes the focus (keyboard users land in it).
  await popup.waitForFunction(() => document.activeElement?.matches('.correction-form select'));
}

/** The centre of the shown card's button labelled `label` (the card's shadow root is open), or null. */
const cardButton = (page: Page, label: string) =>
  page.evaluate((label) => {
    const card = document.querySelector('quote-lens-card')?.shadowRoot?.querySelector('.card.shown');
    const button = [...(card?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
    const r = button?.getBoundingClientRect();
    return r?.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, label);

/** What has the focus inside the card: its tag and text (null: nothing in the card). */
const focusInCard = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('quote-lens-card')?.shadowRoot?.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.tagName === 'SELECT' ? '' : el.textContent}` : null;
  });

/** Whether the card's correction form is open. */
const cardFormOpen = (page: Page) =>
  page.evaluate(
    () => !!document.querySelector('quote-lens-card')?.shadowRoot?.querySelector('.card.shown .fix:not([hidden])'),
  );

/** The page's quote whose text holds `words`, as the content script reports it now. */
const quoteIn = (report: PageReport, words: string) => report.annotations?.quotes.find((q) => q.text.includes(words));

export function describeCorrections(name: BrowserName): void {
  describe(`the reader's corrections in ${name}`, () => {
    const browser = useExtensionBrowser(name);
    let server: TestServer;
    let ext: ExtensionBrowser;
    let page: Page;

    beforeAll(async () => {
      server = browser.server();
      ext = browser.ext();
      page = await ext.browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await gotoPage(page, server.origin + SAMPLE);
      await readyHighlights(page);
    });

    /** The report the popup would see now (opened and closed for the purpose). */
    const currentReport = async () => {
      const popup = await ext.openPopup(page);
      try {
        return await reportSeenByPopup(popup);
      } finally {
        await popup.close();
      }
    };

    test("a new speaker for a quote: in the popup and the card as the reader's, through a re-render and a reload, in the exports; undo restores the engine's", async () => {
      const before = await currentReport();
      expect(quoteIn(before, PUTIN_QUOTE)?.speaker?.name).toBe('Vladimir Putin');
      // Its canonical link names another site: the corrections are kept under the page's own address.
      expect(before.reader?.key).toBe(server.origin + SAMPLE);

      let popup = await ext.openPopup(page);
      await expandSpeaker(popup, 'Vladimir Putin');
      await openCorrection(popup, '.quote', PUTIN_QUOTE);
      // "Someone else…", then the name typed by keyboard.
      await popup.select('.correction-form select', '');
      await popup.type('.correction-form input[type="text"]', READER_NAME);
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Correction saved'));
      // The popup shows the new report: the quote under its new speaker, marked as the reader's.
      await expandSpeaker(popup, READER_NAME);
      const row = await popup.evaluate((words) => {
        const li = [...document.querySelectorAll('.quote')].find((q) => q.textContent?.includes(words))!;
        return {
          speaker: li.closest('.speaker')?.querySelector('.speaker-name')?.textContent,
          mark: li.querySelector('.corrected-mark')?.textContent,
          evidence: li.querySelector('.quote-evidence')?.textContent ?? null,
        };
      }, PUTIN_QUOTE);
      expect(row).toEqual({ speaker: READER_NAME, mark: 'Corrected by you', evidence: null });
      expect(await popup.$$eval('.corrections .correction', (els) => els.map((e) => e.textContent))).toEqual([
        expect.stringContaining(`Speaker: ${READER_NAME} (was: Vladimir Putin)`),
      ]);

      // The exports carry the corrected value and say it was corrected.
      const lastDownload = await captureDownloads(popup);
      await clickSteadily(popup, '.export-csv');
      const csv = await poll(lastDownload, 'the CSV download');
      const line = csv.text.split('\r\n').find((l) => l.includes(PUTIN_QUOTE))!;
      expect(line).toContain(READER_NAME);
      expect(line.endsWith(',speaker')).toBe(true);
      await clickSteadily(popup, '.export-markdown');
      const md = await poll(
        async () => ((await lastDownload())?.name.endsWith('.md') ? lastDownload() : null),
        'the Markdown download',
      );
      expect(md!.text).toContain(`### ${READER_NAME}`);
      expect(md!.text).toContain('corrected by the reader');
      await popup.close();

      // The card in the page names the reader's speaker and says whose word it is.
      const hoverCard = async () => {
        await page.bringToFront();
        const box = await pointOnQuote(page, 'direct', PUTIN_QUOTE);
        await page.mouse.move(box.x, box.y);
        const text = await poll(() => shownCardText(page), 'the hover card');
        await page.mouse.move(5, 5);
        return text;
      };
      let card = await hoverCard();
      expect(card).toContain(READER_NAME);
      expect(card).toContain('Corrected by you');

      // The page's scripts re-render the story with a new paragraph on top: every offset moves.
      const reads = () => page.evaluate(() => performance.getEntriesByName('quote-lens:task:read:start').length);
      const readsBefore = await reads();
      await page.evaluate((words) => {
        const story = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(words))!.parentElement!;
        story.innerHTML = '<p>Update: this story has been refreshed with the latest reports.</p>' + story.innerHTML;
      }, SORTIES);
      // Read again, and painted on the new nodes (the old ranges lost their text with the old nodes).
      await poll(async () => {
        if ((await reads()) <= readsBefore) return null;
        const direct = paintedOf(await highlightTexts(page), 'direct');
        return direct.some((t) => t.includes(PUTIN_QUOTE)) ? true : null;
      }, 'the re-rendered page to be read and painted again');
      expect(quoteIn(await currentReport(), PUTIN_QUOTE)?.speaker?.name).toBe(READER_NAME);
      card = await hoverCard();
      expect(card).toContain(READER_NAME);

      // A reload: read from scratch, the correction applied again.
      await page.reload({ waitUntil: 'load' });
      await readyHighlights(page);
      const reloaded = await currentReport();
      expect(quoteIn(reloaded, PUTIN_QUOTE)?.speaker?.name).toBe(READER_NAME);
      expect(reloaded.reader?.items).toHaveLength(1);

      // Undo in the popup: the engine's answer comes back.
      popup = await ext.openPopup(page);
      await clickSteadily(popup, '.corrections .undo');
      await popup.waitForFunction(() => document.querySelector('.status')?.textContent === 'Correction undone.');
      const undone = await reportSeenByPopup(popup);
      expect(quoteIn(undone, PUTIN_QUOTE)?.speaker?.name).toBe('Vladimir Putin');
      expect(undone.reader?.items).toEqual([]);
      expect(await popup.$('.corrections')).toBeNull();
      await popup.close();
    });

    test('"not a quote" and "not a figure" take the highlights away; the options page lists them, exports them as JSON Lines, and clearing restores them', async () => {
      const popup = await ext.openPopup(page);
      await expandSpeaker(popup, 'Vladimir Putin');
      await openCorrection(popup, '.quote', PUTIN_QUOTE);
      await clickSteadily(popup, '.correction-form .correct-remove');
      await popup.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Correction saved'));
      await clickSteadily(popup, '#tab-figures');
      await popup.waitForSelector('#panel-figures:not([hidden]) .figure-item');
      await openCorrection(popup, '.figure', SORTIES);
      await clickSteadily(popup, '.correction-form .correct-remove');
      await popup.waitForFunction(() => document.querySelectorAll('.corrections .correction').length === 2);
      // axe-core with the corrections listed and a correction form open, in both themes where the driver can.
      await clickSteadily(popup, '#tab-speakers');
      await expandSpeaker(popup, 'Sergei Shoigu');
      await openCorrection(popup, '.quote', 'Some 9,000 militants');
      expect(await runAxe(popup)).toEqual([]);
      if (name === 'chromium') {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(await runAxe(popup)).toEqual([]);
      }
      // Escape closes the form (not the popup) and gives the focus back to its button.
      await popup.keyboard.press('Escape');
      await popup.waitForFunction(
        () => !document.querySelector('.correction-form') && document.activeElement?.matches('button.correct'),
      );
      await popup.close();

      const painted = await poll(async () => {
        const h = await highlightTexts(page);
        return paintedOf(h, 'direct').some((t) => t.includes(PUTIN_QUOTE)) ? null : h;
      }, 'the quote highlight to go');
      expect(paintedOf(painted, 'figure').some((t) => t.includes(SORTIES))).toBe(false);
      expect(paintedOf(painted, 'figure').length).toBeGreaterThan(0);

      const options = await openExtensionPage(ext, 'options.html');
      await options.waitForSelector('.corrections-page');
      expect(await options.$$eval('.corrections-page li', (els) => els.map((e) => e.textContent))).toEqual([
        expect.stringContaining('Not a quote'),
        expect.stringContaining('Not a figure'),
      ]);
      expect(await runAxe(options)).toEqual([]);
      const lastDownload = await captureDownloads(options);
      await clickSteadily(options, '.export-jsonl');
      const file = await poll(lastDownload, 'the JSON Lines download');
      expect(file.name).toBe('quote-lens-corrections.jsonl');
      const lines = file.text.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      const record = JSON.parse(lines[0]!) as {
        id: string;
        text: string;
        quotes: { text: string; start: number; end: number }[];
        figures: { text: string }[];
        speakers: { name: string }[];
        corrected: { removed: { text: string }[] };
      };
      expect(record.id).toBe(server.origin + SAMPLE);
      expect(record.text).toContain(PUTIN_QUOTE);
      // The engine's shape: offsets into the text it carries, the removed items left out.
      for (const q of record.quotes) expect(record.text.slice(q.start, q.end)).toBe(q.text);
      expect(record.quotes.some((q) => q.text.includes(PUTIN_QUOTE))).toBe(false);
      expect(record.figures.some((f) => f.text.includes(SORTIES))).toBe(false);
      expect(record.quotes.length).toBeGreaterThan(3);
      expect(record.corrected.removed).toHaveLength(2);

      // Clearing the page brings the engine's answer back in the open tab.
      await clickSteadily(options, '.clear-page');
      await options.waitForFunction(() => document.querySelector('.corrections .empty') !== null);
      await options.close();
      await poll(async () => {
        const h = await highlightTexts(page);
        return paintedOf(h, 'direct').some((t) => t.includes(PUTIN_QUOTE)) &&
          paintedOf(h, 'figure').some((t) => t.includes(SORTIES))
          ? true
          : null;
      }, 'the highlights to come back');
      expect((await currentReport()).reader?.items).toEqual([]);
    });

    test("correcting from the hover card: the form stays while the focus is in it, the page and the popup take the reader's speaker, undo on the card restores the engine's", async () => {
      await page.bringToFront();
      /** Hovers the quote and waits for its card to say `expected`; returns the card's text. */
      const hoverQuote = async (expected: string) => {
        await page.mouse.move(5, 5);
        const box = await pointOnQuote(page, 'direct', PUTIN_QUOTE);
        await page.mouse.move(box.x, box.y);
        return poll(async () => {
          const text = await shownCardText(page);
          return text?.includes(expected) ? text : null;
        }, `the card naming ${expected}`);
      };
      /** Moves the pointer onto the card's button and clicks it (a real, trusted click). */
      const clickCard = async (label: string) => {
        const at = await poll(() => cardButton(page, label), `the card's ${label} button`);
        await page.mouse.move(at.x, at.y, { steps: 4 });
        await page.mouse.click(at.x, at.y);
      };

      expect(await hoverQuote('Vladimir Putin')).not.toContain('Corrected by you');
      expect(await cardButton(page, 'Undo my correction')).toBeNull();
      await clickCard('Correct');
      await poll(async () => ((await focusInCard(page)) === 'select:' ? true : null), 'the focus in the form');
      expect(await cardFormOpen(page)).toBe(true);
      // axe-core on the open form, inside the card's shadow root, in both themes where the driver can.
      expect(await runAxe(page, 'quote-lens-card')).toEqual([]);
      if (name === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(await runAxe(page, 'quote-lens-card')).toEqual([]);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      }
      // The pointer leaves the card and the article: with the focus in its form, the card stays.
      await page.mouse.move(5, 5, { steps: 4 });
      await new Promise((r) => setTimeout(r, 800)); // twice the card's grace for a pointer off its item
      expect(await cardFormOpen(page)).toBe(true);
      // Escape closes the form and gives the focus back to its button; the card is still there.
      await page.keyboard.press('Escape');
      await poll(
        async () => ((await focusInCard(page)) === 'button:Correct' ? true : null),
        'the focus back on Correct',
      );
      expect(await cardFormOpen(page)).toBe(false);
      expect(await shownCardText(page)).toContain('Vladimir Putin');

      // Again, and this time by keyboard: "Someone else…", Tab to the name, type it, Enter.
      await hoverQuote('Vladimir Putin');
      await clickCard('Correct');
      await poll(async () => ((await focusInCard(page)) === 'select:' ? true : null), 'the focus in the form');
      const select = await page.evaluateHandle(() =>
        document.querySelector('quote-lens-card')!.shadowRoot!.querySelector('select')!,
      );
      const choices = await select.evaluate((s) => [...s.options].map((o) => o.textContent));
      expect(choices).toEqual(expect.arrayContaining(['Vladimir Putin', 'Sergei Shoigu', 'Someone else…']));
      await select.select('');
      await page.keyboard.press('Tab');
      await poll(async () => ((await focusInCard(page)) === 'input:' ? true : null), 'the focus in the name field');
      await page.keyboard.type(READER_NAME);
      await page.keyboard.press('Enter');
      // The page is read again with the correction: the report, the card and the popup say so.
      const corrected = await poll(async () => {
        const report = await currentReport();
        return quoteIn(report, PUTIN_QUOTE)?.speaker?.name === READER_NAME ? report : null;
      }, "the page to take the reader's speaker");
      expect(corrected.reader?.items).toEqual([
        expect.objectContaining({ action: 'speaker', name: READER_NAME, was: 'Vladimir Putin' }),
      ]);
      await page.bringToFront();
      const card = await hoverQuote(READER_NAME);
      expect(card).toContain('Corrected by you');
      const popup = await ext.openPopup(page);
      await expandSpeaker(popup, READER_NAME);
      const mark = await popup.evaluate((words) => {
        const li = [...document.querySelectorAll('.quote')].find((q) => q.textContent?.includes(words));
        return li?.querySelector('.corrected-mark')?.textContent ?? null;
      }, PUTIN_QUOTE);
      expect(mark).toBe('Corrected by you');
      await popup.close();

      // Undo on the card: the engine's answer comes back, in the page and its card.
      await page.bringToFront();
      await hoverQuote(READER_NAME);
      await clickCard('Undo my correction');
      const undone = await poll(async () => {
        const report = await currentReport();
        return quoteIn(report, PUTIN_QUOTE)?.speaker?.name === 'Vladimir Putin' ? report : null;
      }, "the engine's speaker back");
      expect(undone.reader?.items).toEqual([]);
      await page.bringToFront();
      expect(await hoverQuote('Vladimir Putin')).not.toContain('Corrected by you');
      await page.mouse.move(5, 5);
    });

    test('a broken or hostile value stored for the page is ignored: the page and the popup still work', async () => {
      const options = await openExtensionPage(ext, 'options.html');
      const key = `corrections:${server.origin + SAMPLE}`;
      await options.evaluate(
        async (key, words) => {
          type Local = { storage: { local: { set(items: object): Promise<void> } } };
          const g = globalThis as unknown as { browser?: Local; chrome?: Local };
          const good = {
            id: 'ok',
            target: 'quote',
            action: 'remove',
            anchor: { text: `“${words},”`, before: '', after: '' },
            was: null,
            at: 1,
          };
          await (g.browser ?? g.chrome)!.storage.local.set({
            [key]: {
              url: key.slice('corrections:'.length),
              title: { evil: true },
              items: [
                null,
                { ...good, id: 'x'.repeat(10_000) },
                { ...good, action: 'speaker', name: '<img src=x onerror=alert(1)>'.repeat(50), kind: 'person' },
                { ...good, anchor: { text: 'a', before: 'b'.repeat(1e5), after: '' } },
                { ...good, target: 'figure', action: 'claimant', name: 42 },
              ],
              text: 12,
            },
          });
        },
        key,
        PUTIN_QUOTE,
      );
      await options.close();
      await page.reload({ waitUntil: 'load' });
      await readyHighlights(page);
      const report = await currentReport();
      expect(report.state).toBe('ready');
      expect(quoteIn(report, PUTIN_QUOTE)?.speaker?.name).toBe('Vladimir Putin');
      expect(report.reader?.items).toEqual([]);
      const cleanup = await openExtensionPage(ext, 'options.html');
      await cleanup.evaluate(async (key) => {
        type Local = { storage: { local: { remove(k: string): Promise<void> } } };
        const g = globalThis as unknown as { browser?: Local; chrome?: Local };
        await (g.browser ?? g.chrome)!.storage.local.remove(key);
      }, key);
      await cleanup.close();
    });
  });
}
