// The content script in real browsers: on the sample article and on yahoo-2 (1.6 MB), the time
// from the content script's first line to painted highlights and the longest of our own tasks
// (from the User Timing marks the script leaves around each task, its own evaluation included:
// the 'load' task); how long the page's main thread was
// blocked by anything while we worked (an event-loop lag probe; Chromium's Long Tasks API too);
// and the heap we added (Chromium: JS heap after GC, minus the same page without the extension).
// Medians (with min-max) of several fresh loads; the popup's opening too (benchPopup). Asserts nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  gotoPage,
  launchPlainChromium,
  launchWithExtension,
  openExtensionPage,
  poll,
  SHARED_PAGES,
  startServer,
  type BrowserName,
  type ExtensionBrowser,
} from '../e2e/harness';

/** Installed before the page's own scripts: records the longest gap between ticks of a
 * MessageChannel loop (a blocked main thread shows up as a gap) and Chromium's long tasks. */
const PROBE = `(() => {
  const probe = { gaps: [], longTasks: [] };
  window.__qlProbe = probe;
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (now - last > 4) probe.gaps.push([last, now]);
    last = now;
    if (now < 20000) setTimeout(() => channel.port2.postMessage(0), 0);
  };
  channel.port2.postMessage(0);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.startTime + e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;

interface Run {
  startToPainted: number;
  /** Where that time went, by the script's marks: the article read (from the first line to the end
   * of the last reading task), the analysis's round trip to the background (sent to answered),
   * and when the stored settings were known (from the first line). */
  read: number;
  analysis: number;
  settings: number;
  ownLongestTask: number;
  longestGap: number;
  longestTask: number | null;
  heapMB: number | null;
}

/** Lets only the local server answer `page`: the shared pages' scripts and frames from other
 * sites are refused at once, as a browser offline would, instead of each one held until the
 * browser gives up on it (with no network here, yahoo-2's DOMContentLoaded came 5-10 s after
 * its navigation, and a run of 11 loads a build took minutes). The same for both builds. */
export async function localOnly(page: Page, origin: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const elsewhere = /^(https?|wss?):/.test(url) && !url.startsWith(origin + '/');
    void (elsewhere ? request.abort('blockedbyclient') : request.continue()).catch(() => undefined);
  });
}

/** Waits for the content script's 'quote-lens:ready' mark in `page` (its highlights are painted). */
export async function waitPainted(page: Page, what = 'the article painted'): Promise<void> {
  await poll(
    () => page.evaluate(() => performance.getEntriesByName('quote-lens:ready').length > 0 || null),
    what,
    60000,
  );
}

/** A new tab of `browser` at `url` as the popup benchmarks want it: a fixed viewport (the popup's
 * lists and the page's highlights then do the same work each run), only `origin` answering, loaded,
 * and (unless `painted` is false) the content script done painting. */
export async function openArticleTab(
  browser: { newPage(): Promise<Page> },
  origin: string,
  url: string,
  painted = true,
): Promise<Page> {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  await localOnly(tab, origin);
  await gotoPage(tab, origin + url, 'load');
  if (painted) await waitPainted(tab);
  return tab;
}

/** The page's JS heap after a full GC (Chromium, through the DevTools protocol). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function measure(page: Page, url: string, name: BrowserName): Promise<Run> {
  await page.evaluateOnNewDocument(PROBE);
  await localOnly(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const marks = await poll(
    () =>
      page.evaluate(() => {
        const m = performance.getEntriesByType('mark');
        // From the first line of the script (its evaluation is ours too), not from start().
        const start = m.find((e) => e.name === 'quote-lens:task:load:start');
        const end = m.find((e) => /^quote-lens:(ready|no-article)$/.test(e.name));
        return start && end ? { start: start.startTime, end: end.startTime, state: end.name } : null;
      }),
    'the content script',
    60000,
  );
  await new Promise((r) => setTimeout(r, 300));
  const probe = await page.evaluate(
    () => (window as unknown as { __qlProbe: { gaps: [number, number][]; longTasks: [number, number][] } }).__qlProbe,
  );
  const phases = await page.evaluate((start) => {
    const at = (name: string, last = false) => {
      const all = performance.getEntriesByName(`quote-lens:${name}`);
      const e = last ? all[all.length - 1] : all[0];
      return e ? e.startTime - start : NaN;
    };
    return {
      read: at('task:read:end', true),
      analysis: at('analyze:answered') - at('analyze:sent'),
      settings: at('settings'),
    };
  }, marks.start);
  // Our own tasks: the content script marks the start and end of each one it runs.
  const ownLongestTask = await page.evaluate(() => {
    const times = new Map<string, number>();
    let longest = 0;
    for (const m of performance.getEntriesByType('mark')) {
      const task = /^quote-lens:task:(\w+):(start|end)$/.exec(m.name);
      if (!task) continue;
      if (task[2] === 'start') times.set(task[1]!, m.startTime);
      else longest = Math.max(longest, m.startTime - (times.get(task[1]!) ?? m.startTime));
    }
    return longest;
  });
  // Only the blocked stretches that overlap the content script's work are ours.
  const during = (spans: [number, number][]) =>
    spans.filter(([from, to]) => to >= marks.start && from <= marks.end).map(([from, to]) => to - from);
  if (marks.state !== 'quote-lens:ready') throw new Error(`${url}: content script ended in ${marks.state}`);
  return {
    startToPainted: marks.end - marks.start,
    ...phases,
    ownLongestTask,
    longestGap: Math.max(0, ...during(probe.gaps)),
    longestTask: name === 'chromium' ? Math.max(0, ...during(probe.longTasks)) : null,
    heapMB: name === 'chromium' ? (await heapAfterGc(page)) / 1e6 : null,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The medians of where the content script's time went: "read 30 / analysis 25 / settings 40". */
function phaseMedians(results: Run[]): string {
  const ms = (xs: number[]) => {
    const known = xs.filter((x) => Number.isFinite(x));
    return known.length ? median(known).toFixed(0) : '?';
  };
  return `read ${ms(results.map((r) => r.read))} / analysis ${ms(results.map((r) => r.analysis))} / settings ${ms(results.map((r) => r.settings))}`;
}

/** Median and range of a set of timings, e.g. "8.1 ms (6.9-11.2)". */
export function spread(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(x < 10 ? 1 : 0);
  return `${f(sorted[sorted.length >> 1]!)} ms (${f(sorted[0]!)}-${f(sorted[sorted.length - 1]!)})`;
}

/** Heap of the same page in Chromium without the extension, after GC: the baseline for "heap added". */
async function plainHeapMB(url: string, runs: number): Promise<number> {
  const browser = await launchPlainChromium();
  try {
    const sizes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await localOnly(page, new URL(url).origin);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await new Promise((r) => setTimeout(r, 500));
      sizes.push((await heapAfterGc(page)) / 1e6);
      await page.close();
    }
    return median(sizes);
  } finally {
    await browser.close();
  }
}

/** How long the Firefox background is left idle before it is suspended, in the asleep benchmark. */
const FIREFOX_IDLE_MS = 1000;

/** Puts the extension's background to sleep, as the browser does after 30 s without events:
 * Chromium stops its service worker (and the benchmark waits until it is gone); Firefox, launched
 * with a short idle timeout, suspends its event page once it has been idle that long. */
async function sendBackgroundToSleep(page: Page, name: BrowserName): Promise<void> {
  if (name === 'firefox') {
    await new Promise((r) => setTimeout(r, FIREFOX_IDLE_MS + 1500));
    return;
  }
  const cdp = await page.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const browser = page.browser();
  await poll(
    async () => (browser.targets().some((t) => t.type() === 'service_worker') ? null : true),
    'the service worker to stop',
    10000,
  );
  await new Promise((r) => setTimeout(r, 200));
}

/** The engine's first calls as the background saw them, on its own clock (ms from the start of
 * the service worker or event page): when its script was evaluated (the engine's module built),
 * and the first warm-up paragraph and the first article, each as [start, duration] (null when that
 * life of the background had none: the article came before the warm-up began). */
interface BackgroundRun {
  loaded: number;
  warmUp: [number, number] | null;
  article: [number, number] | null;
}

/** Reads the background's marks (see `timedFirst` in background-core.ts): in Chromium from the
 * service worker itself; in Firefox through an extension page kept open for it (`reader`), which
 * asks for the event page's window. */
async function backgroundTimings(ext: ExtensionBrowser, reader: Page | null): Promise<BackgroundRun | null> {
  // Extension pages and workers refuse eval, so the reading is written out in each evaluate.
  if (reader) {
    return reader.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
      const timeline = (await api.runtime.getBackgroundPage()).performance;
      const one = (name: string): [number, number] | null => {
        const e = timeline.getEntriesByName(name)[0];
        return e ? [e.startTime, e.duration] : null;
      };
      return {
        loaded: timeline.getEntriesByName('quote-lens:background-loaded')[0]?.startTime ?? NaN,
        warmUp: one('quote-lens:first-warm-up'),
        article: one('quote-lens:first-article'),
      };
    });
  }
  const target = ext.browser
    .targets()
    .find((t) => t.type() === 'service_worker' && t.url().startsWith(ext.extensionBase));
  if (!target) return null;
  // A session of our own, detached at once: a worker that puppeteer stays attached to is never
  // stopped, and the next run could not put it to sleep.
  const session = await target.createCDPSession();
  try {
    const { result } = (await session.send('Runtime.evaluate', {
      expression: `(() => {
        const one = (name) => { const e = performance.getEntriesByName(name)[0]; return e ? [e.startTime, e.duration] : null; };
        return {
          loaded: performance.getEntriesByName('quote-lens:background-loaded')[0]?.startTime ?? NaN,
          warmUp: one('quote-lens:first-warm-up'),
          article: one('quote-lens:first-article'),
        };
      })()`,
      returnByValue: true,
    })) as { result: { value?: BackgroundRun } };
    return result.value ?? null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Medians of the background's own figures over the runs that had them. */
function backgroundMedians(runs: BackgroundRun[]): string {
  const ms = (xs: (number | undefined)[]) => {
    const known = xs.filter((x): x is number => x !== undefined && Number.isFinite(x));
    return known.length ? `${median(known).toFixed(0)}` : '-';
  };
  const warm = runs.filter((r) => r.warmUp);
  const article = runs.filter((r) => r.article);
  return (
    `loaded ${ms(runs.map((r) => r.loaded))}; ` +
    `first warm-up ${ms(warm.map((r) => r.warmUp?.[1]))} ms at ${ms(warm.map((r) => r.warmUp?.[0]))} (${warm.length} runs); ` +
    `article ${ms(article.map((r) => r.article?.[1]))} ms at ${ms(article.map((r) => r.article?.[0]))}, ` +
    `cold in ${article.filter((r) => !r.warmUp || r.warmUp[0] > r.article![0]).length} of ${runs.length}`
  );
}

/** The content script on the sample article when the background is asleep as the page loads (what
 * the first article after half a minute of reading gets): the background starts, loads and runs
 * the engine for the first time within "start to painted". Rows: browser, page, figures. */
export async function benchAsleep(runs = 11): Promise<string[][]> {
  const server = await startServer();
  const rows: string[][] = [];
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      const ext = await launchWithExtension(name, undefined, { backgroundIdleMs: FIREFOX_IDLE_MS });
      try {
        const results: Run[] = [];
        const background: BackgroundRun[] = [];
        const reader = name === 'firefox' ? await openExtensionPage(ext, 'options.html') : null;
        for (let i = 0, failures = 0; i < runs && failures < runs; i++) {
          const page = await ext.browser.newPage();
          try {
            await sendBackgroundToSleep(page, name);
            results.push(await measure(page, server.origin + '/fixtures/seed-deir-ezzor.html', name));
            const timings = await backgroundTimings(ext, reader).catch(() => null);
            if (timings) background.push(timings);
          } catch (e) {
            failures++;
            i--;
            console.warn(`${name} asleep: run failed, retrying (${(e as Error).message.split('\n')[0]})`);
          } finally {
            await page.close().catch(() => undefined);
          }
        }
        rows.push([
          name,
          'sample article',
          results.length ? spread(results.map((r) => r.startToPainted)) : 'failed',
          results.length ? phaseMedians(results) : '',
          results.length ? spread(results.map((r) => r.ownLongestTask)) : '',
          background.length ? backgroundMedians(background) : 'not read',
        ]);
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** The sample article, and yahoo-2 (a 1.6 MB page) when ../shared is here. */
function benchPages(): [string, string][] {
  const pages: [string, string][] = [['sample article', '/fixtures/seed-deir-ezzor.html']];
  if (fs.existsSync(path.join(SHARED_PAGES, 'yahoo-2.html'))) pages.push(['yahoo-2 (1.6 MB)', '/pages/yahoo-2.html']);
  else console.log(`yahoo-2: ${SHARED_PAGES} is missing; only the sample is measured`);
  return pages;
}

/** The popup's phases on its own timeline (ms from its document's start). */
interface PopupRun {
  script: number;
  tab: number;
  answer: number;
  shown: number;
  ready: number;
}

/** Opens the popup over each page `runs` times (each opening a fresh popup document) and reads
 * its phase marks. Chromium opens the real toolbar popup; Firefox, whose driver cannot click the
 * toolbar, opens popup.html in a tab aimed at the article's tab (as the e2e suite does). The pages
 * take turns, opening by opening, so that neither gets the browser's first, colder openings (or a
 * busier stretch of the machine) to itself. */
export async function benchPopup(runs = 11): Promise<string[][]> {
  const server = await startServer();
  const rows: string[][] = [];
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      const ext = await launchWithExtension(name);
      try {
        const pages = benchPages();
        const tabs: Page[] = [];
        for (const [, url] of pages) {
          tabs.push(await openArticleTab(ext.browser, server.origin, url));
        }
        const results: PopupRun[][] = pages.map(() => []);
        for (let i = 0; i < runs; i++) {
          for (let k = 0; k < tabs.length; k++) {
            const popup = await ext.openPopup(tabs[k]!);
            results[k]!.push(
              await popup.evaluate(() => {
                const at = (phase: string) =>
                  performance.getEntriesByName(`quote-lens-popup-${phase}`)[0]?.startTime ?? NaN;
                return {
                  script: at('script'),
                  tab: at('tab'),
                  answer: at('answer'),
                  shown: at('shown'),
                  ready: at('ready'),
                };
              }),
            );
            await popup.close();
          }
        }
        for (const tab of tabs) await tab.close();
        pages.forEach(([label], k) => {
          const r = results[k]!;
          rows.push([
            name,
            label,
            spread(r.map((x) => x.ready)),
            spread(r.map((x) => x.script)),
            spread(r.map((x) => x.tab)),
            spread(r.map((x) => x.answer)),
            spread(r.map((x) => x.shown)),
          ]);
        });
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** Runs the browser benchmark; returns table rows (browser, page, figures). */
export async function benchBrowsers(runs = 11): Promise<string[][]> {
  const server = await startServer();
  const pages = benchPages();
  const rows: string[][] = [];
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      const ext = await launchWithExtension(name);
      try {
        for (const [label, url] of pages) {
          const results: Run[] = [];
          let failures = 0;
          for (let i = 0; i < runs && failures < runs; i++) {
            const page = await ext.browser.newPage();
            try {
              results.push(await measure(page, server.origin + url, name));
            } catch (e) {
              // A load that fails (e.g. a navigation the browser aborts under load) is retried.
              failures++;
              i--;
              console.warn(`${name} ${label}: run failed, retrying (${(e as Error).message.split('\n')[0]})`);
            } finally {
              await page.close().catch(() => undefined);
            }
          }
          if (!results.length) {
            rows.push([name, label, 'failed', '', '', '', '', '']);
            continue;
          }
          const longestTasks = results.map((r) => r.longestTask).filter((x): x is number => x !== null);
          const heaps = results.map((r) => r.heapMB).filter((x): x is number => x !== null);
          const baseline = heaps.length ? await plainHeapMB(server.origin + url, runs) : 0;
          rows.push([
            name,
            label,
            spread(results.map((r) => r.startToPainted)),
            phaseMedians(results),
            spread(results.map((r) => r.ownLongestTask)),
            `${median(results.map((r) => r.longestGap)).toFixed(0)} ms`,
            longestTasks.length ? `${Math.max(...longestTasks).toFixed(0)} ms` : 'n/a',
            heaps.length ? `${(median(heaps) - baseline).toFixed(2)} MB` : 'n/a',
          ]);
        }
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}
