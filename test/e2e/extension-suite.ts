// The end-to-end checks every browser must pass, written once and run for Chromium and Firefox
// (chromium.e2e.ts, firefox.e2e.ts): the built extension on the bundled sample article.
import type { Page } from 'puppeteer-core';
import {
  captureDomAtLoad,
  domAsAtLoad,
  paintedOf,
  pointOnQuote,
  poll,
  readyHighlights,
  screenshotPath,
  shownCardText,
  useExtensionBrowser,
  type BrowserName,
} from './harness';

const SAMPLE = '/fixtures/seed-deir-ezzor.html';
const SPEAKERS = ['Sergei Shoigu', 'Vladimir Putin', 'Russian Defense Ministry'];

export function describeExtension(name: BrowserName): void {
  describe(`Quote Lens in ${name}`, () => {
    const browser = useExtensionBrowser(name);
    let page: Page;

    beforeAll(async () => {
      page = await browser.ext().browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await captureDomAtLoad(page);
      await page.goto(browser.server().origin + SAMPLE, { waitUntil: 'load' });
    });

    test("highlights the sample article's quotes and figures in the highlight registry", async () => {
      const h = await readyHighlights(page);
      const direct = paintedOf(h, 'direct');
      const figures = paintedOf(h, 'figure');
      expect(direct.some((t) => t.includes('Some 9,000 militants have surrendered themselves'))).toBe(true);
      expect(direct.some((t) => t.includes('I order the withdrawal of the main part of our military'))).toBe(true);
      expect(figures).toEqual(expect.arrayContaining(['17,800 sorties', '725 training camps', '3 million people']));
      // Nothing outside the article: the comment form's and sidebar's text is never painted.
      expect([...direct, ...figures].some((t) => /Leave a Reply|Connecting to/.test(t))).toBe(false);
      const file = screenshotPath(`${name}-article.png`);
      if (file) await page.screenshot({ path: file as `${string}.png` });
    });

    test("leaves the page's DOM as it was (before any hover there is not even a card host)", async () => {
      await readyHighlights(page);
      expect(await page.$('quote-lens-card')).toBeNull();
      expect(await domAsAtLoad(page)).toBe(true);
    });

    test('hovering a quote shows a card naming its speaker', async () => {
      await readyHighlights(page);
      const box = await pointOnQuote(page, 'direct', 'Some 9,000 militants');
      await page.mouse.move(box.x, box.y);
      const cardText = await poll(() => shownCardText(page), 'the hover card');
      expect(cardText).toContain('Sergei Shoigu');
      // Its words come from the extension's _locales through the content script's i18n lookup
      // (a missing one would show its key).
      const lines = await page.evaluate(() =>
        [...document.querySelector('quote-lens-card')!.shadowRoot!.querySelectorAll('dt')].map(
          (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
        ),
      );
      expect(lines.slice(0, 3)).toEqual([
        'Role: Russian Defense Minister',
        'Kind: Direct quote',
        'Speaker kind: Person',
      ]);
      // How the speaker was found and how sure the engine is (engine evidence, _locales words).
      expect(lines[3]).toMatch(/^Found: Shoigu = Sergei Shoigu · \w+ · same sentence$/);
      expect(lines[4]).toMatch(/^Confidence: \d{2,3}% sure$/);
      expect(lines[5]).toMatch(/^Quotes: \d+ in this article$/);
      // Only our one host element was added to the page.
      expect(await domAsAtLoad(page)).toBe(true);
      await page.mouse.move(5, 5);
    });

    test('under the strictest page CSP (no inline style) the quotes are painted and the hover card keeps its own styles', async () => {
      const strict = await browser.ext().browser.newPage();
      try {
        await strict.setViewport({ width: 1200, height: 900 });
        await strict.goto(browser.server().origin + SAMPLE + '?strict', { waitUntil: 'load' });
        const h = await readyHighlights(strict);
        expect(paintedOf(h, 'direct').some((t) => t.includes('Some 9,000 militants'))).toBe(true);
        const box = await pointOnQuote(strict, 'direct', 'Some 9,000 militants');
        await strict.mouse.move(box.x, box.y);
        expect(await poll(() => shownCardText(strict), 'the hover card')).toContain('Sergei Shoigu');
        // Our shadow-root style sheet applied: the card floats over the page, it is not page text.
        const position = await strict.evaluate(() => {
          const card = document.querySelector('quote-lens-card')?.shadowRoot?.querySelector('.card');
          return card ? getComputedStyle(card).position : null;
        });
        expect(position).toBe('fixed');
      } finally {
        await strict.close();
      }
    });

    test('on a dark page the dark palette is used, so highlighted text stays readable', async () => {
      const dark = await browser.ext().browser.newPage();
      await dark.setViewport({ width: 1000, height: 700 });
      await dark.goto(browser.server().origin + '/fixtures/dark-article.html', { waitUntil: 'load' });
      const h = await readyHighlights(dark);
      const names = Object.keys(h);
      expect(names.some((n) => /^quote-lens-direct-dark-/.test(n))).toBe(true);
      expect(names.some((n) => /-light-/.test(n))).toBe(false);
      // A <q> quotation (its marks drawn by the browser, not in the text) is highlighted over its words.
      expect(paintedOf(h, 'direct')).toContain('Fix the piers and the old bridge will stand another 50 years');
      const file = screenshotPath(`${name}-dark-article.png`);
      if (file) await dark.screenshot({ path: file as `${string}.png` });
      await dark.close();
    });

    test('markup in quotes and names is shown as text on the card and in the popup, and nothing in it runs', async () => {
      // The page's text holds <img onerror=…> and <script> as characters (escaped in its HTML), and
      // the page has no CSP: were any of our UI to parse that text as HTML, the handlers would run
      // in the page and set __quoteLensPwned.
      const hostile = await browser.ext().browser.newPage();
      try {
        await hostile.setViewport({ width: 1200, height: 900 });
        await hostile.goto(browser.server().origin + '/fixtures/hostile-markup.html', { waitUntil: 'load' });
        const h = await readyHighlights(hostile);
        expect(paintedOf(h, 'direct').some((t) => t.includes('<img src=x onerror=__quoteLensPwned=1>'))).toBe(true);
        const cards: string[] = [];
        for (const words of ['Anyone could type', 'We have fixed 14 holes']) {
          const box = await pointOnQuote(hostile, 'direct', words);
          await hostile.mouse.move(box.x, box.y);
          cards.push(
            await poll(async () => {
              const text = await shownCardText(hostile);
              return text && text.includes(words === 'Anyone could type' ? 'Dana Webb' : 'Omar Haddad') ? text : null;
            }, 'the hover card'),
          );
          await hostile.mouse.move(5, 5);
        }
        const popup = await browser.ext().openPopup(hostile);
        // A closed speaker's quotes are not rendered: open every speaker first.
        await popup.$$eval('.speaker-toggle[aria-expanded="false"]', (els) =>
          els.forEach((b) => (b as HTMLElement).click()),
        );
        await popup.waitForFunction(
          () => document.querySelectorAll('.speaker-toggle[aria-expanded="false"]').length === 0,
        );
        const quotes = await popup.$$eval('.quote', (els) => els.map((e) => e.textContent ?? ''));
        const popupElements = await popup.$$eval('img, script:not([src])', (els) => els.length);
        await popup.close();
        // The broken images' error events have fired by the time a fresh image of the same
        // addresses fails to load: only then is "nothing ran" a finding.
        const state = await hostile.evaluate(async () => {
          await Promise.all(
            ['x', 'y'].map(
              (src) => new Promise((done) => Object.assign(new Image(), { onerror: done, onload: done, src })),
            ),
          );
          const card = document.querySelector('quote-lens-card')?.shadowRoot;
          return {
            pwned: (window as unknown as { __quoteLensPwned?: unknown }).__quoteLensPwned ?? null,
            cardElements: card ? card.querySelectorAll('img, script, b').length : -1,
          };
        });
        expect({ ...state, popupElements }).toEqual({ pwned: null, cardElements: 0, popupElements: 0 });
        expect(cards[0]).toContain("the forum's <img src=y onerror=__quoteLensPwned=2> moderator since 2019");
        expect(quotes.some((q) => q.includes('<script>__quoteLensPwned=3</script> no longer runs'))).toBe(true);
        expect(quotes.some((q) => q.includes('<img src=x onerror=__quoteLensPwned=1>'))).toBe(true);
      } finally {
        await hostile.close();
      }
    });

    test('the popup lists the speakers with their quotes', async () => {
      await readyHighlights(page);
      const popup = await browser.ext().openPopup(page);
      const speakers = await popup.$$eval('.speaker-name', (els) => els.map((e) => e.textContent ?? ''));
      expect(speakers).toEqual(expect.arrayContaining(SPEAKERS));
      const quotes = await popup.$$eval('.quote', (els) => els.map((e) => e.textContent ?? ''));
      expect(quotes.some((q) => q.includes('Some 9,000 militants'))).toBe(true);
      const file = screenshotPath(`${name}-popup.png`);
      if (file) await popup.screenshot({ path: file as `${string}.png` });
      await popup.close();
    });
  });
}
