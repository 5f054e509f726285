// The end-to-end checks every browser must pass, written once and run for Chromium and Firefox
// (chromium.e2e.ts, firefox.e2e.ts): the built extension on the bundled sample article.
import type { Page } from 'puppeteer-core';
import {
  gotoPage,
  captureDomAtLoad,
  domAsAtLoad,
  highlightTexts,
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

/** Moves the pointer off the article and waits until the card and its evidence have gone (a card
 * with a button waits a moment first) and the page has stopped scrolling. */
async function pointerAway(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await poll(async () => {
    const before = await page.evaluate(() => scrollY);
    await new Promise((r) => setTimeout(r, 150));
    const still = (await page.evaluate(() => scrollY)) === before;
    const gone = !(await shownCardText(page)) && !paintedOf(await highlightTexts(page), 'evidence').length;
    return still && gone ? true : null;
  }, 'the card to go and the page to stand still');
}

/** The shown card's lines as "Label: value". */
const cardLines = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('quote-lens-card')!.shadowRoot!.querySelectorAll('.card.shown dt')].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
    ),
  );
const SPEAKERS = ['Sergei Shoigu', 'Vladimir Putin', 'Russian Defense Ministry'];

export function describeExtension(name: BrowserName): void {
  describe(`Quote Lens in ${name}`, () => {
    const browser = useExtensionBrowser(name);
    let page: Page;

    beforeAll(async () => {
      page = await browser.ext().browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await captureDomAtLoad(page);
      await gotoPage(page, browser.server().origin + SAMPLE);
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
      expect(lines[3]).toBe('Found: Shoigu said, same sentence');
      expect(lines[4]).toMatch(/^Confidence: \d{2,3}% sure$/);
      // A short form is shown with the name it stands for.
      expect(lines[5]).toBe('Stands for: Shoigu → Sergei Shoigu');
      expect(lines[6]).toMatch(/^Quotes: \d+ in this article$/);
      // Only our one host element was added to the page.
      expect(await domAsAtLoad(page)).toBe(true);
      await page.mouse.move(5, 5);
    });

    test('hovering a quote marks the words that attribute it (mention and cue) with a highlight of their own, gone with the card', async () => {
      await readyHighlights(page);
      await pointerAway(page);
      expect(paintedOf(await highlightTexts(page), 'evidence')).toEqual([]);
      const box = await pointOnQuote(page, 'direct', 'Some 9,000 militants');
      await page.mouse.move(box.x, box.y);
      await poll(() => shownCardText(page), 'the hover card');
      const evidence = await poll(async () => {
        const h = await highlightTexts(page);
        const names = Object.keys(h).filter((n) => n.startsWith('quote-lens-evidence-'));
        return names.length ? { names, texts: paintedOf(h, 'evidence') } : null;
      }, 'the evidence highlight');
      expect(evidence).toEqual({ names: ['quote-lens-evidence-light-fill'], texts: ['Shoigu', 'said'] });
      // The quote itself is still painted as a quote: the evidence is a highlight of its own.
      expect(paintedOf(await highlightTexts(page), 'direct').some((t) => t.includes('Some 9,000 militants'))).toBe(
        true,
      );
      await page.mouse.move(5, 5);
      await poll(async () => ((await shownCardText(page)) === null ? true : null), 'the card to go');
      await poll(
        async () => (Object.keys(await highlightTexts(page)).some((n) => n.includes('-evidence-')) ? null : true),
        'the evidence highlight to go',
      );
      expect(await domAsAtLoad(page)).toBe(true);
    });

    test("a pronoun's card shows its chain, and its button shows where the speaker is introduced", async () => {
      await readyHighlights(page);
      await pointerAway(page);
      const box = await pointOnQuote(page, 'direct', 'In general, the operation in Syria');
      await page.mouse.move(box.x, box.y);
      const cardText = await poll(async () => {
        const text = await shownCardText(page);
        return text?.includes('he → Sergei Shoigu') ? text : null;
      }, 'the card with the chain');
      expect(cardText).toContain('Sergei Shoigu');
      expect(await cardLines(page)).toEqual(
        expect.arrayContaining(['Found: he said, same sentence', 'Stands for: he → Sergei Shoigu']),
      );
      expect(
        await poll(async () => {
          const texts = paintedOf(await highlightTexts(page), 'evidence');
          return texts.length ? texts : null;
        }, 'the evidence highlight'),
      ).toEqual(['he', 'said']);
      // The card keeps still for the pointer on its way to it, and stays while the pointer is on it.
      const at = (selector: string) =>
        page.evaluate((sel) => {
          const el = document.querySelector('quote-lens-card')!.shadowRoot!.querySelector<HTMLElement>(sel)!;
          const r = el.getBoundingClientRect();
          return {
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
            label: el.textContent,
            type: el.getAttribute('type'),
          };
        }, selector);
      const button = await at('button');
      expect(button).toMatchObject({ label: 'Show where Sergei Shoigu is introduced', type: 'button' });
      await page.mouse.move(button.x, button.y, { steps: 4 });
      await new Promise((r) => setTimeout(r, 600)); // longer than the card's grace for a pointer off its item
      expect(await shownCardText(page)).toContain('he → Sergei Shoigu');
      await page.mouse.click(button.x, button.y);
      const focused = await poll(async () => {
        const f = paintedOf(await highlightTexts(page), 'focus');
        return f.length ? f : null;
      }, 'the focus highlight on the introduction');
      expect(focused).toEqual(['Sergei Shoigu']);
      // The card went with its evidence.
      expect(await shownCardText(page)).toBeNull();
      expect(paintedOf(await highlightTexts(page), 'evidence')).toEqual([]);
      await page.mouse.move(5, 5);
    });

    test("hovering a claimed figure marks the words that attribute its claimant's quote", async () => {
      await readyHighlights(page);
      await pointerAway(page);
      const box = await pointOnQuote(page, 'figure', '725 training camps');
      await page.mouse.move(box.x, box.y);
      const cardText = await poll(async () => {
        const text = await shownCardText(page);
        return text?.includes('725') ? text : null;
      }, 'the figure card');
      expect(cardText).toContain('725');
      expect(await cardLines(page)).toEqual(
        expect.arrayContaining([
          'Claimed by: Sergei Shoigu',
          'Found: in a direct quote · Russian Defense Minister Sergei Shoigu said, same sentence',
        ]),
      );
      expect(
        await poll(async () => {
          const texts = paintedOf(await highlightTexts(page), 'evidence');
          return texts.length ? texts : null;
        }, 'the evidence highlight'),
      ).toEqual(['Russian Defense Minister Sergei Shoigu', 'said']);
      await page.mouse.move(5, 5);
      await poll(
        async () => (paintedOf(await highlightTexts(page), 'evidence').length ? null : true),
        'the evidence highlight to go',
      );
    });

    test('under the strictest page CSP (no inline style) the quotes are painted and the hover card keeps its own styles', async () => {
      const strict = await browser.ext().browser.newPage();
      try {
        await strict.setViewport({ width: 1200, height: 900 });
        await gotoPage(strict, browser.server().origin + SAMPLE + '?strict');
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
      await gotoPage(dark, browser.server().origin + '/fixtures/dark-article.html');
      const h = await readyHighlights(dark);
      const names = Object.keys(h);
      expect(names.some((n) => /^quote-lens-direct-dark-/.test(n))).toBe(true);
      expect(names.some((n) => /-light-/.test(n))).toBe(false);
      // A <q> quotation (its marks drawn by the browser, not in the text) is highlighted over its words.
      expect(paintedOf(h, 'direct')).toContain('Fix the piers and the old bridge will stand another 50 years');
      // The attributing words of a hovered quote get the evidence colours for a dark page.
      const box = await pointOnQuote(dark, 'direct', 'This is the wrong bridge');
      await dark.mouse.move(box.x, box.y);
      const evidence = await poll(async () => {
        const painted = await highlightTexts(dark);
        const names = Object.keys(painted).filter((n) => n.includes('-evidence-'));
        return names.length ? { names, texts: paintedOf(painted, 'evidence') } : null;
      }, 'the evidence highlight');
      expect(evidence).toEqual({ names: ['quote-lens-evidence-dark-fill'], texts: ['said', 'Daniel Okafor'] });
      await dark.mouse.move(5, 5);
      const file = screenshotPath(`${name}-dark-article.png`);
      if (file) await dark.screenshot({ path: file as `${string}.png` });
      await dark.close();
    });

    test("the first person outside quotation marks is named by the page's author metadata on the card", async () => {
      const column = await browser.ext().browser.newPage();
      try {
        await column.setViewport({ width: 1200, height: 900 });
        await gotoPage(column, browser.server().origin + '/fixtures/column-byline.html');
        await readyHighlights(column);
        const box = await pointOnQuote(column, 'direct', 'We will not close a school');
        await column.mouse.move(box.x, box.y);
        // The text says only "I told the board": the name comes from <meta name="author">.
        const card = await poll(() => shownCardText(column), 'the hover card');
        expect(card).toContain('Ada Lund');
        expect(card).toContain("the article's author");
        expect(card).toContain("first person outside quotation marks: the article's writer");
      } finally {
        await column.close();
      }
    });

    test('markup in quotes and names is shown as text on the card and in the popup, and nothing in it runs', async () => {
      // The page's text holds <img onerror=…> and <script> as characters (escaped in its HTML), and
      // the page has no CSP: were any of our UI to parse that text as HTML, the handlers would run
      // in the page and set __quoteLensPwned.
      const hostile = await browser.ext().browser.newPage();
      try {
        await hostile.setViewport({ width: 1200, height: 900 });
        await gotoPage(hostile, browser.server().origin + '/fixtures/hostile-markup.html');
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
