// Pages that change after load, and articles inside same-origin frames, in each browser.
import type { Frame, Page } from 'puppeteer-core';
import { gotoPage, highlightTexts, paintedOf, poll, useExtensionBrowser, type BrowserName } from './harness';

const painted = async (target: Page | Frame, kind: string) => paintedOf(await highlightTexts(target), kind);

/** Waits until a painted quote contains `snippet`; returns every painted quote then. */
const waitForQuote = (target: Page | Frame, snippet: string, what: string) =>
  poll(async () => {
    const quotes = await painted(target, 'direct');
    return quotes.some((t) => t.includes(snippet)) ? quotes : null;
  }, what);

export function describeLive(name: BrowserName): void {
  describe(`Live pages and frames in ${name}`, () => {
    const browser = useExtensionBrowser(name);

    /** Opens the live fixture and waits for its first annotation. */
    const openLiveArticle = async (): Promise<Page> => {
      const page = await browser.ext().browser.newPage();
      await gotoPage(page, `${browser.server().origin}/fixtures/live-article.html`);
      await waitForQuote(page, 'horse carts', 'the first annotation');
      return page;
    };

    test('content added to the article later is annotated, without touching the rest', async () => {
      const page = await openLiveArticle();
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent =
          '“We will hold a second meeting before the vote,” said council clerk Maria Lindqvist, adding that 600 residents had asked to speak.';
        document.querySelector('.story-body')!.append(p);
      });
      const quotes = await waitForQuote(page, 'second meeting before the vote', 'the added quote to be painted');
      expect(quotes.some((t) => t.includes('horse carts'))).toBe(true);
      await page.close();
    });

    test('single-page navigation to another article re-annotates it', async () => {
      const page = await openLiveArticle();
      await page.evaluate(() => {
        history.pushState({}, '', '/fixtures/live-article.html?story=2');
        document.querySelector('h1')!.textContent = 'Library to open on Sundays';
        document.querySelector('.story-body')!.innerHTML = [
          '<p>The town library will open on Sundays from March, the first change to its hours in 20 years.</p>',
          '<p>“Families asked for this more than anything else,” said librarian Grace Chen, who expects 300 visitors on a typical Sunday.</p>',
          '<p>The extra day will cost $85,000 a year, paid from the library trust.</p>',
        ].join('');
      });
      const quotes = await waitForQuote(page, 'Families asked for this', 'the new article to be painted');
      // Exactly the new article's one quote: a range left over from the old article would show
      // here as an empty string (its text was replaced under it).
      expect(quotes).toEqual(['“Families asked for this more than anything else,”']);
      await page.close();
    });

    test('an article in a same-origin frame is annotated', async () => {
      const page = await browser.ext().browser.newPage();
      await gotoPage(page, `${browser.server().origin}/fixtures/frame-host.html`);
      const frame = await poll(
        async () => page.frames().find((f) => f.url().endsWith('/fixtures/live-article.html')) ?? null,
        'the frame',
      );
      await waitForQuote(frame, 'wrong bridge at the wrong price', 'the framed article to be painted');
      // The popup lists the framed article, not the host page's "no article".
      const popup = await browser.ext().openPopup(page);
      const speakers = await popup.$$eval('.speaker-name', (els) => els.map((e) => e.textContent ?? ''));
      expect(speakers).toEqual(expect.arrayContaining(['Ana Torres', 'Daniel Okafor']));
      await popup.close();
      await page.close();
    });
  });
}
