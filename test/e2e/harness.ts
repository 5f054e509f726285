// Real browsers for the end-to-end suite: the built extension loaded into headless Chromium and
// Firefox ESR with puppeteer-core (the recipe in ../shared/docs/e2e.md), and a local server for
// the test pages on 127.0.0.1. A missing browser or build is a failure, never a silent skip.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { sharedDir } from '../tools/shared-data';

export type BrowserName = 'chromium' | 'firefox';

// The project root: jest and the npm scripts both run from it (the harness is also bundled into dist/tools).
const ROOT = process.cwd();
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SHARED_PAGES = path.join(sharedDir() ?? path.resolve(ROOT, '..', 'shared'), 'pages', 'dev');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'quote-lens@quote-lens.example.org';
/** Pinned so the test can open moz-extension:// pages (Firefox otherwise picks a random UUID). */
const FIREFOX_UUID = '3f5c6e2a-9d1b-4c7e-8a40-5b2f1e7d9c11';

export interface TestServer {
  origin: string;
  /** Sends the rest of every page held at /held/NAME and ends it: the page finishes loading. */
  releaseHeld(): void;
  close(): Promise<void>;
}

/** Serves test/fixtures at /fixtures/NAME and the shared dev pages at /pages/NAME, as UTF-8
 * (some shared pages declare no charset). Only on the loopback address. With `?static` the page's
 * own scripts are blocked by CSP (content scripts are exempt), so its DOM holds still and any
 * change to it can only be ours. /held/NAME sends the first half of a fixture and holds the rest
 * back until `releaseHeld()`: a page that is still loading, where no content script runs yet. */
export async function startServer(): Promise<TestServer> {
  const held: { res: http.ServerResponse; rest: Buffer }[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, area, name] = url.pathname.split('/');
    const dir = area === 'fixtures' || area === 'held' ? FIXTURES : area === 'pages' ? SHARED_PAGES : null;
    const file = dir && name && !name.includes('..') ? path.join(dir, decodeURIComponent(name)) : null;
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    // One connection per response: Node closes an idle kept-alive socket after 5 s, about the
    // time one page's test takes, and a browser that reuses the socket just as it closes can get
    // a network error page (Firefox: "Address rejected") instead of the page.
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'close',
    };
    if (url.searchParams.has('static')) headers['content-security-policy'] = "script-src 'none'";
    // The strictest policy news sites send: no inline style either (ours must still work).
    if (url.searchParams.has('strict'))
      headers['content-security-policy'] = "default-src 'self'; script-src 'none'; style-src 'self'";
    res.writeHead(200, headers);
    if (area === 'held') {
      const page = fs.readFileSync(file);
      const half = page.length >> 1;
      res.write(page.subarray(0, half));
      held.push({ res, rest: page.subarray(half) });
      return;
    }
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    releaseHeld() {
      for (const { res, rest } of held.splice(0)) res.end(rest);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** Base URL of the extension's own pages (chrome-extension://ID or moz-extension://UUID). */
  extensionBase: string;
  /** Opens the toolbar popup for `page` (the real popup in Chromium; the popup page in a tab,
   * pointed at `page`'s tab, in Firefox) and waits until it has shown its content. */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

function requireFile(file: string, what: string): void {
  if (!fs.existsSync(file))
    throw new Error(
      `${what} not found at ${file}: run the install steps in .ci/run (apt-get install chromium firefox-esr) and npm run build`,
    );
}

/** Launches one browser with the built extension (dist/chrome or dist/firefox). `beforeInstall`
 * runs in the browser before the extension is installed (pages the user had open already). */
export async function launchWithExtension(
  name: BrowserName,
  beforeInstall?: (browser: Browser) => Promise<void>,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const extDir = options.extDir ?? path.join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  requireFile(path.join(extDir, 'manifest.json'), 'built extension');
  return name === 'chromium' ? launchChromium(extDir, beforeInstall) : launchFirefox(extDir, beforeInstall, options);
}

export interface LaunchOptions {
  /** The built extension to load, when not this checkout's dist/chrome or dist/firefox (a
   * benchmark comparing two builds side by side). */
  extDir?: string;
  /** Firefox only: the system's colour scheme is dark, for every page and the extension's own
   * (its driver cannot emulate prefers-color-scheme the way Chromium's can). */
  dark?: boolean;
  /** Firefox only: the background (an event page) is suspended after this many idle ms instead
   * of Firefox's 30 s, so a benchmark can measure a page that wakes it. */
  backgroundIdleMs?: number;
}

/** As root Chromium needs --no-sandbox; the rest keep it off the network (there is none here). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

/** Chromium without the extension: the baseline a benchmark compares against. */
export async function launchPlainChromium(): Promise<Browser> {
  requireFile(CHROMIUM, 'Chromium');
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: CHROMIUM_ARGS,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'ql-bench-chromium-')),
  });
}

async function launchChromium(
  extDir: string,
  beforeInstall?: (browser: Browser) => Promise<void>,
): Promise<ExtensionBrowser> {
  requireFile(CHROMIUM, 'Chromium');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'ql-e2e-chromium-')),
    enableExtensions: beforeInstall ? true : [extDir],
    args: CHROMIUM_ARGS,
  });
  if (beforeInstall) {
    await beforeInstall(browser);
    await browser.installExtension(extDir);
  }
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    browser,
    extensionBase: `chrome-extension://${extensionId}`,
    async openPopup(page) {
      await page.bringToFront();
      const extension = (await browser.extensions()).get(extensionId);
      if (!extension) throw new Error('extension not loaded');
      const popupTarget = browser.waitForTarget((t) =>
        t.url().startsWith(`chrome-extension://${extensionId}/popup.html`),
      );
      await extension.triggerAction(page);
      const popup = await (await popupTarget).asPage();
      await popup.waitForSelector('body[data-ready]', { timeout: 15000 });
      return popup;
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(
  extDir: string,
  beforeInstall?: (browser: Browser) => Promise<void>,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  requireFile(FIREFOX, 'Firefox ESR');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // No network beyond loopback: keep Firefox from phoning home during tests.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      ...(options.dark ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      ...(options.backgroundIdleMs ? { 'extensions.background.idle.timeout': options.backgroundIdleMs } : {}),
    },
  });
  await beforeInstall?.(browser);
  await browser.installExtension(extDir);
  const base = `moz-extension://${FIREFOX_UUID}`;
  const self: ExtensionBrowser = {
    name: 'firefox',
    browser,
    extensionBase: base,
    async openPopup(page) {
      // Find the article's tab id from an extension page (Firefox shows tab URLs to us), then
      // open the popup page at its final address: a reload to add ?tabId= was now and then lost.
      // The page's own location, not page.url(): that stays about:blank while a page is loading.
      const address = await page.evaluate(() => location.href);
      const finder = await openExtensionPage(self, 'options.html');
      const tabId = await poll(
        () =>
          finder.evaluate(async (url) => {
            const api = (
              globalThis as unknown as {
                browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
              }
            ).browser;
            return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
          }, address),
        'the article tab id',
      );
      await finder.close();
      return openExtensionPage(self, `popup.html?tabId=${tabId}`);
    },
    close: () => browser.close(),
  };
  return self;
}

/** Opens one of the extension's own pages (e.g. "options.html") in a new tab and waits until
 * it says it is ready (body[data-ready]). Firefox's goto() never resolves for moz-extension://
 * pages, and now and then the navigation is lost altogether, so it is started, polled, and
 * started again from inside the tab if nothing came of it. */
export async function openExtensionPage(ext: ExtensionBrowser, file: string): Promise<Page> {
  const page = await ext.browser.newPage();
  const url = `${ext.extensionBase}/${file}`;
  const ready = (timeout: number) =>
    poll(
      () => page.evaluate(() => (document.body?.dataset.ready === 'true' ? true : null)),
      `${file} to be ready`,
      timeout,
    );
  void page.goto(url).catch(() => undefined);
  for (let attempt = 1; ; attempt++) {
    try {
      await ready(attempt === 3 ? 15000 : 5000);
      return page;
    } catch (e) {
      if (attempt === 3) throw e;
      await page
        .evaluate((u) => {
          location.href = u;
        }, url)
        .catch(() => undefined);
    }
  }
}

/** Polls `probe` until it returns a non-null value (errors count as "not yet"). */
export async function poll<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined) return value;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`);
}

/** Navigates `page` to `url` and waits until its document has reached `waitUntil`.
 *
 * Firefox's driver fails a navigation with a generic "Address rejected" when an error page is
 * shown in ANY frame while the top document loads: its navigation listener hears the frames'
 * location changes too, and, finding no error name in the top document's address (the article's
 * own), reports its generic one. The dev pages keep their ad and tracker frames to other sites,
 * which fail here (no network): under load such a frame failed before the article's
 * DOMContentLoaded was reported, now and then (3 of 33 navigations of a scratch loop under load;
 * the tab then held the article, loaded). So on that error the top document is checked: at the
 * address asked for and not an error page, it is waited for like any other; otherwise (the
 * article itself failed, maybe for a transient reason) the navigation is tried once more, and a
 * second failure is thrown with both messages. */
export async function gotoPage(
  page: Page,
  url: string,
  waitUntil: 'load' | 'domcontentloaded' = 'load',
): Promise<void> {
  let first: Error;
  try {
    await page.goto(url, { waitUntil });
    return;
  } catch (e) {
    first = e as Error;
    if (!first.message.includes('Address rejected')) throw first;
  }
  const wanted = new URL(url).href;
  const loaded = await page
    .evaluate(() => document.documentURI)
    .then((at) => at === wanted)
    .catch(() => false);
  if (!loaded) {
    try {
      await page.goto(url, { waitUntil });
      return;
    } catch (e) {
      throw new Error(`navigation to ${url} failed twice: ${first.message} / ${(e as Error).message}`, { cause: e });
    }
  }
  const states = waitUntil === 'load' ? ['complete'] : ['interactive', 'complete'];
  await poll(
    () =>
      page.evaluate(
        (wanted, states) => (document.documentURI === wanted && states.includes(document.readyState) ? true : null),
        wanted,
        states,
      ),
    `${url} to reach ${waitUntil} (its navigation was reported as "Address rejected")`,
  );
}

/** Clicks the element `selector` selects with a real (trusted) mouse click at its centre, once it
 * is shown, enabled and holding still, and checks that the click reached it. Puppeteer's own
 * `click()` scrolls the element into view through the driver (in Chromium that scroll follows the
 * page's `scroll-behavior: smooth`, which the popup's list has) and reads the element's position at
 * once: on a busy machine the list was still gliding when the click came, the click landed on
 * whatever had moved under the pointer (the correction form around the button), and the test
 * waited 30 s for a correction that was never made. Here the element is scrolled into view at once
 * and must keep the same box over two animation frames; a click that lands elsewhere anyway is an
 * error naming where it landed, never a silent miss. */
export async function clickSteadily(page: Page, selector: string): Promise<void> {
  const handle = await page.waitForSelector(selector, { visible: true });
  if (!handle) throw new Error(`no ${selector} to click`);
  try {
    const centre = await poll(
      () =>
        handle.evaluate(async (el) => {
          el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
          // A frame, or 100 ms where frames are held back (a tab in the background).
          const frame = () =>
            new Promise<void>((resolve) => {
              requestAnimationFrame(() => resolve());
              setTimeout(resolve, 100);
            });
          await frame();
          const a = el.getBoundingClientRect();
          await frame();
          const b = el.getBoundingClientRect();
          const still = a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
          const enabled = !(el as HTMLButtonElement).disabled;
          return still && enabled && b.width > 0 && b.height > 0
            ? { x: b.left + b.width / 2, y: b.top + b.height / 2 }
            : null;
        }),
      `${selector} to be enabled and hold still`,
    );
    // Where the click lands, recorded by the page before any of its own handlers run.
    await handle.evaluate((el) => {
      const w = window as unknown as { __qlClickLanded?: Promise<string> };
      w.__qlClickLanded = new Promise<string>((resolve) => {
        const timer = setTimeout(() => settle('nothing (no click event)'), 5000);
        function settle(where: string) {
          clearTimeout(timer);
          document.removeEventListener('click', onClick, true);
          resolve(where);
        }
        function onClick(e: Event) {
          const target = e.target as Element;
          settle(el.contains(target) ? '' : target.outerHTML.slice(0, 120));
        }
        document.addEventListener('click', onClick, true);
      });
    });
    await page.mouse.click(centre.x, centre.y);
    let landed = '';
    try {
      landed = await handle.evaluate(() => (window as unknown as { __qlClickLanded: Promise<string> }).__qlClickLanded);
    } catch {
      // The click closed the page or navigated it (its work is done): there is nothing left to ask.
    }
    if (landed) throw new Error(`the click meant for ${selector} landed on ${landed}`);
  } finally {
    await handle.dispose().catch(() => undefined);
  }
}

/** The texts of the ranges in each of our highlights, read from the page's highlight registry. */
export async function highlightTexts(page: Page | Frame): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    registry.forEach((highlight, name) => {
      if (name.startsWith('quote-lens-')) out[name] = [...highlight].map((r) => r.toString());
    });
    return out;
  });
}

/** Records the page's DOM at DOMContentLoaded (before any content script at document_idle) so
 * that `domAsAtLoad` can compare it with the DOM after annotation. Call before `goto`. */
export async function captureDomAtLoad(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(`document.addEventListener('DOMContentLoaded', () => {
    window.__qlBefore = document.documentElement.outerHTML;
  }, { once: true });`);
}

/** Whether the DOM equals the one recorded at DOMContentLoaded, apart from our one card host. */
export async function domAsAtLoad(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('quote-lens-card').forEach((e) => e.remove());
    const before = (window as unknown as { __qlBefore?: string }).__qlBefore;
    return before !== undefined && before === clone.outerHTML;
  });
}

/** Scrolls the painted quote of `kind` whose text contains `words` into view and returns a point
 * on its first line, for the mouse to hover. */
export async function pointOnQuote(page: Page, kind: string, words: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (kind, words) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const name = [...registry.keys()].find((k) => k.startsWith(`quote-lens-${kind}`))!;
      const range = [...registry.get(name)!].find((r) => r.toString().includes(words))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
    },
    kind,
    words,
  );
}

/** The hover card's text while it is shown, else null. */
export async function shownCardText(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('quote-lens-card')?.shadowRoot?.querySelector('.card.shown')?.textContent || null,
  );
}

/** Waits until the content script has painted direct quotes; returns the painted texts by name. */
export async function readyHighlights(page: Page): Promise<Record<string, string[]>> {
  return poll(
    async () => {
      const h = await highlightTexts(page);
      return paintedOf(h, 'direct').length ? h : null;
    },
    'the content script to paint highlights',
    20000,
  );
}

/** The texts painted for one kind ("direct", "reported", "figure", "focus") in any theme/style. */
export function paintedOf(highlights: Record<string, string[]>, kind: string): string[] {
  return Object.entries(highlights)
    .filter(([name]) => name.startsWith(`quote-lens-${kind}-`))
    .flatMap(([, texts]) => texts);
}

/** One test server and one browser with the extension for a whole describe block (browsers
 * take seconds to start); the getters are valid inside its tests. */
export function useExtensionBrowser(name: BrowserName): { server: () => TestServer; ext: () => ExtensionBrowser } {
  let server: TestServer | undefined;
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  return { server: () => server!, ext: () => ext! };
}

/** Where screenshots for the README go when QUOTE_LENS_SCREENSHOTS is set (else nowhere). */
export function screenshotPath(name: string): string | null {
  if (!process.env.QUOTE_LENS_SCREENSHOTS) return null;
  const dir = path.join(ROOT, 'test', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
