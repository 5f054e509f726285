// The popup and the options page in real browsers (popup.chromium.e2e.ts, popup.firefox.e2e.ts)
// on the bundled sample article: the list, jumping to a quote in the page, the Markdown
// export, an option reaching the open tab, and axe-core on both pages.
import type { Page } from 'puppeteer-core';
import {
  gotoPage,
  clickSteadily,
  highlightTexts,
  launchWithExtension,
  openExtensionPage,
  paintedOf,
  poll,
  readyHighlights,
  useExtensionBrowser,
  type BrowserName,
  type ExtensionBrowser,
  type TestServer,
} from './harness';
import { captureDownloads, expandSpeaker, reportSeenByPopup, runAxe } from './popup-helpers';
import { exportMarkdown } from '../../src/popup/export';
import { popupMark } from '../../src/popup/popup-marks';
import { isCalendarFigure } from '../../src/shared/figure-format';

const SAMPLE = '/fixtures/seed-deir-ezzor.html';
const SPEAKERS = ['Sergei Shoigu', 'Vladimir Putin', 'Russian Defense Ministry'];
const PUTIN_QUOTE = 'I order the withdrawal of the main part of our military';

/** How many times the content script has read the article in this page (its 'read' task marks). */
const articleReads = (page: Page) => page.evaluate(() => performance.getEntriesByName('quote-lens:read').length);

export function describePopup(name: BrowserName): void {
  describe(`the Quote Lens popup and options in ${name}`, () => {
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

    test('lists the speakers, most quoted first, with their quotes (and reports open-to-content time)', async () => {
      const started = Date.now();
      const popup = await ext.openPopup(page);
      const wall = Date.now() - started;
      const mark: number | null = await popup.evaluate(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
        popupMark('ready'),
      );
      // The mark is the popup's own view (document start to content shown); the wall clock adds
      // the driver's work (in Firefox also finding the tab id and opening a tab).
      console.log(
        `[${name}] popup open-to-content: ready mark at ${mark === null ? 'n/a' : Math.round(mark)} ms after the popup document started; ${wall} ms wall clock including the test driver`,
      );
      const speakers = await popup.$$eval('.speaker-name', (els) => els.map((e) => e.textContent ?? ''));
      expect(speakers).toEqual(expect.arrayContaining(SPEAKERS));
      const counts = await popup.$$eval('.speaker-count', (els) =>
        els.map((e) => Number.parseInt(e.textContent ?? '', 10)),
      );
      // One whole count per speaker, most quoted first.
      expect(counts).toHaveLength(speakers.length);
      expect(counts.every((c) => Number.isInteger(c) && c > 0)).toBe(true);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      await expandSpeaker(popup, 'Vladimir Putin');
      const putin = await popup.evaluate(
        () =>
          [...document.querySelectorAll('.speaker')]
            .find((s) => s.querySelector('.speaker-name')?.textContent === 'Vladimir Putin')!
            .querySelector('.speaker-role')?.textContent ?? null,
      );
      expect(putin).toMatch(/President/);
      const quotes = await popup.$$eval('.quote:not([hidden] *) .quote-words', (els) =>
        els.map((e) => e.textContent ?? ''),
      );
      expect(quotes.some((q) => q.includes(PUTIN_QUOTE))).toBe(true);
      await popup.close();
    });

    test('clicking a quote scrolls the page to it and flashes it', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const popup = await ext.openPopup(page);
      await expandSpeaker(popup, 'Vladimir Putin');
      // Firefox's "popup" here is a tab of its own, which hides the article, and Firefox drops
      // a smooth scroll asked of a hidden tab; the real popup floats over a visible article.
      if (name === 'firefox') await page.bringToFront();
      await popup.evaluate((text) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('.quote-text')].find((b) =>
          b.textContent?.includes(text),
        );
        button!.click();
      }, PUTIN_QUOTE);
      const focused = await poll(async () => {
        const f = paintedOf(await highlightTexts(page), 'focus');
        return f.length ? f : null;
      }, 'the focus highlight');
      expect(focused.some((t) => t.includes(PUTIN_QUOTE))).toBe(true);
      // The page scrolled far enough that the focused quote is on screen (it starts below the fold).
      await poll(
        () =>
          page.evaluate(() => {
            const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
            const ranges = [...registry]
              .filter(([name]) => name.startsWith('quote-lens-focus-'))
              .flatMap(([, h]) => [...h]);
            const box = ranges[0]?.getBoundingClientRect();
            return box && window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight ? true : null;
          }),
        'the focused quote to be scrolled into view',
      );
      expect(await popup.$eval('.status', (e) => e.textContent)).toBe('Shown in the page.');
      await popup.close();
    });

    test("exports the page's annotations as the expected Markdown", async () => {
      const popup = await ext.openPopup(page);
      const lastDownload = await captureDownloads(popup);
      await clickSteadily(popup, '.export-markdown');
      const file = await poll(lastDownload, 'the Markdown download');
      const report = await reportSeenByPopup(popup);
      expect(file.name).toMatch(/^quote-lens-[a-z0-9-]+\.md$/);
      expect(file.text).toBe(exportMarkdown(report));
      expect(file.text.startsWith(`# ${report.title.slice(0, 20)}`)).toBe(true);
      expect(file.text).toContain('### Vladimir Putin');
      expect(file.text).toContain(PUTIN_QUOTE);
      expect(file.text).toMatch(/\| 17,800 sorties \|/);
      // The sourcing summary is in the file too.
      expect(file.text).toContain(
        '## Sourcing\n\n- Named people: 2 · Organisations: 2 · Documents: 0 · Anonymous or unclear: 1\n',
      );
      await popup.close();
    });

    test("the sourcing summary at the top counts the report's sources and figures and draws each one's share", async () => {
      const popup = await ext.openPopup(page);
      const report = await reportSeenByPopup(popup);
      const a = report.annotations!;
      const kinds = await popup.$$eval('.sourcing-kinds li', (els) => els.map((e) => e.textContent));
      // The sample quotes two people, two organisations (the ministry, "Russian military") and
      // one group ("Military sources"); every quote has a named speaker.
      expect(a.quotes.every((q) => q.speaker?.name)).toBe(true);
      const count = (kind: string) => a.speakers.filter((s) => s.kind === kind).length;
      expect(kinds).toEqual([
        `Named people: ${count('person')}`,
        `Organisations: ${count('organization')}`,
        `Documents: ${count('document')}`,
        `Anonymous or unclear: ${count('group') + count('unknown')}`,
      ]);
      expect(kinds).toEqual(['Named people: 2', 'Organisations: 2', 'Documents: 0', 'Anonymous or unclear: 1']);
      // Figures as the popup lists them (dates and years are off by default).
      const listed = a.figures.filter((f) => !isCalendarFigure(f));
      expect(await popup.$$eval('.sourcing-figures li', (els) => els.map((e) => e.textContent))).toEqual([
        `Figures claimed by a source: ${listed.filter((f) => f.claimedBy).length}`,
        `The outlet's own figures: ${listed.filter((f) => !f.claimedBy).length}`,
      ]);
      // One bar per speaker, widest first, its percentage as text; the chart names itself.
      const chart = await popup.$eval('.share-chart', (svg) => ({
        role: svg.getAttribute('role'),
        label: svg
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => document.getElementById(id)!.textContent),
        bars: [...svg.querySelectorAll('.share-bar')].map((r) => Number(r.getAttribute('width'))),
        values: [...svg.querySelectorAll('.share-value')].map((t) => Number.parseInt(t.textContent!, 10)),
      }));
      expect(chart.role).toBe('img');
      expect(chart.label[0]).toBe('Share of the quoted words');
      expect(chart.label[1]).toMatch(
        /^Each source's share of the \d+ words quoted in the article: Sergei Shoigu: \d+%/,
      );
      expect(chart.bars).toHaveLength(a.speakers.length);
      expect(chart.bars).toEqual([...chart.bars].sort((x, y) => y - x));
      expect(chart.values.reduce((n, v) => n + v, 0)).toBeGreaterThanOrEqual(98);
      expect(chart.values.reduce((n, v) => n + v, 0)).toBeLessThanOrEqual(102);
      await popup.close();
    });

    test("a quote's evidence opens on demand from the keyboard, and shows where its speaker is introduced", async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const popup = await ext.openPopup(page);
      await expandSpeaker(popup, 'Sergei Shoigu');
      // (The keys go to the popup: in Firefox it is a tab of its own here, so it stays in front.)
      const toggle = await popup.evaluateHandle(() =>
        [...document.querySelectorAll('.quote')]
          .find((q) => q.textContent!.includes('In general, the operation in Syria'))!
          .querySelector('.evidence-toggle')!,
      );
      expect(await toggle.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
      await toggle.focus();
      await popup.keyboard.press('Enter');
      await popup.waitForFunction((b) => b.getAttribute('aria-expanded') === 'true', {}, toggle);
      const panel = await toggle.evaluate((b) => {
        const p = document.getElementById(b.getAttribute('aria-controls')!)!;
        return {
          hidden: p.hidden,
          line: p.querySelector('.evidence-line')?.textContent,
          chain: p.querySelector('.evidence-chain')?.textContent,
        };
      });
      expect(panel.hidden).toBe(false);
      expect(panel.line).toMatch(/^he said, same sentence · \d+% sure$/);
      expect(panel.chain).toBe('he → Sergei Shoigu Show where Sergei Shoigu is introduced');
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.className)).toBe('show-introduction');
      await popup.keyboard.press('Enter');
      const focused = await poll(async () => {
        const f = paintedOf(await highlightTexts(page), 'focus');
        return f.length ? f : null;
      }, 'the focus highlight on where the speaker is introduced');
      expect(focused).toEqual(['Sergei Shoigu']);
      await popup.waitForFunction(() => document.querySelector('.status')?.textContent === 'Shown in the page.');
      await popup.close();
    });

    test('switching figures off in the options reaches the open tab at once', async () => {
      expect(paintedOf(await highlightTexts(page), 'figure').length).toBeGreaterThan(0);
      const options = await openExtensionPage(ext, 'options.html');
      await clickSteadily(options, 'input[name="kind-figures"]');
      await poll(async () => {
        const h = await highlightTexts(page);
        return paintedOf(h, 'figure').length === 0 && paintedOf(h, 'direct').length > 0 ? true : null;
      }, 'the figure highlights to go');
      await clickSteadily(options, 'input[name="kind-figures"]');
      await poll(
        async () => (paintedOf(await highlightTexts(page), 'figure').length > 0 ? true : null),
        'the figure highlights to come back',
      );
      await options.close();
    });

    test('run-on-click mode: the popup waits for the button, which reads the page', async () => {
      const options = await openExtensionPage(ext, 'options.html');
      try {
        await clickSteadily(options, 'input[name="run-mode"][value="on-click"]');
        await poll(
          async () => (Object.keys(await highlightTexts(page)).length === 0 ? true : null),
          'the highlights to go in on-click mode',
        );
        const popup = await ext.openPopup(page);
        expect(await popup.$eval('.state-title', (e) => e.textContent)).toMatch(/when you ask/);
        await clickSteadily(popup, 'button.primary');
        await popup.waitForSelector('.speaker-name');
        await readyHighlights(page);
        await popup.close();
      } finally {
        await options.bringToFront(); // a click into a background tab never lands in Chromium
        await clickSteadily(options, 'input[name="run-mode"][value="auto"]');
        await options.close();
      }
      await readyHighlights(page);
    });

    test('switched off on this site: the popup says so and one click turns it back on', async () => {
      const options = await openExtensionPage(ext, 'options.html');
      await options.type('#new-site', new URL(server.origin).hostname);
      await clickSteadily(options, '.add-site button[type="submit"]');
      await poll(
        async () => (Object.keys(await highlightTexts(page)).length === 0 ? true : null),
        'the highlights to go on a never-run site',
      );
      const popup = await ext.openPopup(page);
      expect(await popup.$eval('.state-title', (e) => e.textContent)).toContain('switched off on 127.0.0.1');
      const readsBefore = await articleReads(page);
      await clickSteadily(popup, 'button.primary');
      await popup.waitForSelector('.speaker-name');
      await readyHighlights(page);
      // The click saves the site (the page hears the change and reads) and asks for a run: one
      // read answers both. The popup shows the speakers only once the run it asked for is over.
      expect(await articleReads(page)).toBe(readsBefore + 1);
      await popup.close();
      // The options page follows the change made from the popup.
      await poll(
        () => options.evaluate(() => (document.querySelectorAll('.site').length === 0 ? true : null)),
        'the site list to empty',
      );
      await options.close();
    });

    test('a page open since before the install reads at the toolbar click, no reload', async () => {
      // Chromium runs content scripts only in pages loaded after the install: the popup starts
      // ours there itself. Firefox runs them in open pages at install; the popup finds it there.
      let early: Page | undefined;
      const late = await launchWithExtension(name, async (b) => {
        early = await b.newPage();
        await gotoPage(early, server.origin + SAMPLE);
      });
      try {
        const popup = await late.openPopup(early!);
        await popup.waitForSelector('.speaker-name', { timeout: 20000 });
        expect(await popup.$$eval('.speaker-name', (els) => els.map((e) => e.textContent))).toEqual(
          expect.arrayContaining(SPEAKERS),
        );
        await popup.close();
        await readyHighlights(early!);
        expect(await articleReads(early!)).toBe(1);
        // A take-over event fired by the page itself leaves the live script alone (the
        // hostile-page suite checks the highlights stay); the script steps down only when it is
        // cut off from its extension (src/page/extension-api.test.ts).
      } finally {
        await late.close();
      }
    });

    test('on a page still loading, the popup says it waits, then shows the article once the page has loaded', async () => {
      // The page's second half is held back: it is still loading, so no content script runs in it.
      // In Chromium the popup knows it is a web page only through activeTab (the toolbar click);
      // without it the tab's URL is hidden and the popup would call it one of the browser's own pages.
      const loading = await ext.browser.newPage();
      try {
        void loading.goto(server.origin + '/held/seed-deir-ezzor.html').catch(() => undefined);
        await poll(
          () => loading.evaluate(() => (document.readyState === 'loading' && document.title ? true : null)),
          'the held page to start loading',
        );
        const popup = await ext.openPopup(loading);
        expect(await popup.$eval('#app', (e) => e.textContent)).toBe('Waiting for the page to finish loading…');
        expect(await popup.$eval('#app', (e) => e.getAttribute('aria-busy'))).toBe('true');
        server.releaseHeld();
        await popup.waitForSelector('.speaker-name', { timeout: 20000 });
        expect(await popup.$$eval('.speaker-name', (els) => els.map((e) => e.textContent))).toEqual(
          expect.arrayContaining(SPEAKERS),
        );
        await popup.close();
      } finally {
        server.releaseHeld();
        await loading.close();
      }
    });

    test("frames without an article (ads, embeds) do not drown out the article's answer", async () => {
      // Each frame runs the content script; the first answer wins, so a silent frame must stay silent.
      await page.evaluate(() => {
        for (let i = 0; i < 4; i++) {
          const frame = document.createElement('iframe');
          frame.src = `/no-article-${i}`;
          frame.className = 'ql-test-frame';
          // Page-sized, so the script in each runs in full (smaller frames it leaves alone).
          frame.width = '900';
          frame.height = '700';
          document.body.append(frame);
        }
      });
      await poll(async () => {
        const marks = await Promise.all(
          page
            .frames()
            .slice(1)
            .map((f) => f.evaluate(() => performance.getEntriesByName('quote-lens:no-article').length).catch(() => 0)),
        );
        return marks.filter(Boolean).length >= 4 ? true : null;
      }, "the frames' content scripts to finish");
      try {
        for (let i = 0; i < 3; i++) {
          const popup = await ext.openPopup(page);
          expect(await popup.$$eval('.speaker-name', (els) => els.map((e) => e.textContent))).toEqual(
            expect.arrayContaining(SPEAKERS),
          );
          await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.quote-text')!.click());
          await popup.waitForFunction(() => document.querySelector('.status')?.textContent === 'Shown in the page.');
          await popup.close();
        }
      } finally {
        await page.evaluate(() => document.querySelectorAll('.ql-test-frame').forEach((f) => f.remove()));
      }
    });

    test('axe-core finds no violations in the popup (both tabs) or the options page', async () => {
      const popup = await ext.openPopup(page);
      await expandSpeaker(popup, 'Sergei Shoigu');
      // With the sourcing summary and every evidence panel of the speaker open (chain and button too).
      await popup.$$eval('.quote .evidence-toggle', (els) => els.forEach((b) => (b as HTMLElement).click()));
      await popup.waitForSelector('.evidence .show-introduction');
      expect(await popup.$('.share-chart')).not.toBeNull();
      expect(await runAxe(popup)).toEqual([]);
      await clickSteadily(popup, '#tab-figures');
      await popup.waitForSelector('#panel-figures:not([hidden]) .figure-item');
      await popup.$$eval('.figure .evidence-toggle', (els) => els.forEach((b) => (b as HTMLElement).click()));
      await popup.waitForSelector('.figure .evidence-line');
      expect(await runAxe(popup)).toEqual([]);
      // The dark theme too (colour contrast); Firefox's driver cannot emulate the scheme.
      const dark = async (p: Page) => {
        if (name !== 'chromium') return;
        await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(await runAxe(p)).toEqual([]);
      };
      await dark(popup);
      await popup.close(); // before another tab opens: Chromium closes a popup that loses focus
      const options = await openExtensionPage(ext, 'options.html');
      expect(await runAxe(options)).toEqual([]);
      await dark(options);
      await options.close();
    });

    if (name === 'firefox')
      test('axe-core finds no violations in the dark theme either (Firefox with a dark system scheme)', async () => {
        const darkFirefox = await launchWithExtension('firefox', undefined, { dark: true });
        try {
          const article = await darkFirefox.browser.newPage();
          await gotoPage(article, server.origin + SAMPLE);
          await readyHighlights(article);
          const popup = await darkFirefox.openPopup(article);
          // Only a popup that is really dark checks the dark palette's contrast.
          expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          await expandSpeaker(popup, 'Sergei Shoigu');
          await popup.$$eval('.quote .evidence-toggle', (els) => els.forEach((b) => (b as HTMLElement).click()));
          await popup.waitForSelector('.evidence .show-introduction');
          expect(await runAxe(popup)).toEqual([]);
          await popup.close();
          const options = await openExtensionPage(darkFirefox, 'options.html');
          expect(await options.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          expect(await runAxe(options)).toEqual([]);
          await options.close();
        } finally {
          await darkFirefox.close();
        }
      });
  });
}
