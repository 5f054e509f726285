// node dist/tools/bench-ab.js --a DIR --b DIR [--runs N] [--browsers chromium,firefox] [--page PATH] [--popup]
// Two builds of the extension side by side: each DIR holds a build's chrome/ and firefox/ (a
// dist/ directory), and both are loaded at once, one browser each, with fresh page loads taking
// turns A B B A, so neither build gets a quieter stretch of a loaded machine to itself. Prints,
// per build, the median (min-max) of start to painted and of every mark the content script
// leaves, in ms from its first line. `--a floor` loads instead a content script that does only
// what any extension's script must before it can paint an answer (read the stored settings, one
// message to the background and back, one animation frame): the floor under our own figures.
// `--popup` measures instead the toolbar popup opened over the page (Chromium's real popup;
// Firefox's popup.html in a tab aimed at the article's tab, as the e2e suite opens it), openings
// taking turns A B B A, by the popup's own phase marks and its document's timings, in ms from the
// popup document's start; there `--a empty` loads build B with a popup script that only marks
// its start and, once a frame is painted, 'ready': the floor our popup's figures stand on.
// Only the local server answers the measured pages (other sites are refused at once). Asserts nothing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'puppeteer-core';
import { gotoPage, launchWithExtension, startServer, type BrowserName, type ExtensionBrowser } from '../e2e/harness';
import { localOnly, openArticleTab, spread, waitPainted } from './bench-browser';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};

/** The floor extension: a content script that reads the settings, asks the background once and
 * waits for a frame, leaving the same start and end marks as ours. */
function floorBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-floor-'));
  const script = `(() => {
  const mark = (n) => performance.mark('quote-lens:' + n);
  mark('task:load:start');
  const api = globalThis.browser ?? globalThis.chrome;
  mark('start');
  api.storage.sync.get(null).then(() => mark('settings'));
  mark('analyze:sent');
  api.runtime.sendMessage({ type: 'analyze', text: document.body.innerText }).then(() => {
    mark('analyze:answered');
    requestAnimationFrame(() => mark('frame'));
    mark('ready');
  });
  mark('task:load:end');
})();`;
  const background = `(globalThis.browser ?? globalThis.chrome).runtime.onMessage.addListener((m, s, reply) => { reply({ quotes: [], figures: [], speakers: [] }); return false; });`;
  for (const browser of ['chrome', 'firefox']) {
    const out = path.join(dir, browser);
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'content.js'), script);
    fs.writeFileSync(path.join(out, 'background.js'), background);
    const background_ =
      browser === 'chrome' ? { service_worker: 'background.js', type: 'module' } : { scripts: ['background.js'] };
    fs.writeFileSync(
      path.join(out, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'floor',
        version: '0.0.1',
        background: background_,
        content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
        permissions: ['storage'],
        ...(browser === 'firefox'
          ? { browser_specific_settings: { gecko: { id: 'quote-lens@quote-lens.example.org' } } }
          : {}),
      }),
    );
  }
  return dir;
}

/** A copy of build `dir` whose popup script does nothing but mark its start and, after the next
 * painted frame (as the app marks it), 'ready'. */
function emptyPopupBuild(dir: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-empty-popup-'));
  fs.cpSync(dir, out, { recursive: true });
  const script = `performance.mark('quote-lens-popup-script');
requestAnimationFrame(() => setTimeout(() => {
  document.body.dataset.ready = 'true';
  performance.mark('quote-lens-popup-ready');
}));`;
  for (const browser of ['chrome', 'firefox']) {
    // The scripts as popup.html names them (the build ships them under short names, older builds
    // under their sources' names): its module, then any classic script and preloaded chunk.
    const html = fs.readFileSync(path.join(out, browser, 'popup.html'), 'utf8');
    const main = /<script type="module" src="([^"]+)"/.exec(html)?.[1] ?? 'popup.js';
    fs.writeFileSync(path.join(out, browser, main), script);
    // The head's early ask (first-ask.ts) is the popup's work too: the floor does without it. So is
    // the chunk the popup shares with the options page (popup.html preloads it).
    for (const [, other] of html.matchAll(/<(?:script src|link rel="modulepreload" href)="([^"]+)"/g))
      if (other !== undefined) fs.writeFileSync(path.join(out, browser, other), '');
  }
  return out;
}

/** The popup's marks and its document's timings in ms from its document's start (read once
 * it says it is ready). */
async function measurePopup(ext: ExtensionBrowser, tab: Page): Promise<Record<string, number>> {
  const popup = await ext.openPopup(tab);
  try {
    await new Promise((r) => setTimeout(r, 100));
    return await popup.evaluate(() => {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark'))
        if (m.name.startsWith('quote-lens-popup-') && !(m.name.slice(17) in out)) out[m.name.slice(17)] = m.startTime;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (nav) {
        out['doc: response end'] = nav.responseEnd;
        out['doc: interactive (parsed)'] = nav.domInteractive;
        out['doc: DOMContentLoaded end'] = nav.domContentLoadedEventEnd;
        out['doc: load end'] = nav.loadEventEnd;
      }
      for (const p of performance.getEntriesByType('paint')) out[`paint: ${p.name}`] = p.startTime;
      // Phases within one opening (medians of marks taken from different openings do not subtract).
      const gap = (name: string, from: string, to: string) => {
        if (from in out && to in out) out[`phase: ${name}`] = out[to]! - out[from]!;
      };
      gap('parsed to script', 'doc: interactive (parsed)', 'script');
      gap('script to draw', 'script', 'draw');
      gap('draw to shown', 'draw', 'shown');
      gap('shown to ready', 'shown', 'ready');
      gap('script to ready', 'script', 'ready');
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        out[`resource end: ${r.name.replace(/^.*\//, '')}`] = r.responseEnd;
      return out;
    });
  } finally {
    await popup.close().catch(() => undefined);
  }
}

/** One browser of each build, side by side. */
async function launchBoth(
  name: BrowserName,
  builds: Record<'A' | 'B', string>,
): Promise<Record<'A' | 'B', ExtensionBrowser>> {
  const dirOf = (k: 'A' | 'B') => path.join(builds[k], name === 'chromium' ? 'chrome' : 'firefox');
  return {
    A: await launchWithExtension(name, undefined, { extDir: dirOf('A') }),
    B: await launchWithExtension(name, undefined, { extDir: dirOf('B') }),
  };
}

async function mainPopup(builds: Record<'A' | 'B', string>, page: string, runs: number): Promise<void> {
  const server = await startServer();
  try {
    for (const name of arg('browsers', 'chromium,firefox').split(',') as BrowserName[]) {
      const ext = await launchBoth(name, builds);
      try {
        const tabs = {} as Record<'A' | 'B', Page>;
        for (const k of ['A', 'B'] as const) {
          const tab = await openArticleTab(ext[k].browser, server.origin, page, false);
          // The empty floor's page is ours too: a page we skip paints nothing.
          await waitPainted(tab).catch(() => undefined);
          tabs[k] = tab;
          // One warm-up opening each: the browser's first popup pays for its own start.
          await measurePopup(ext[k], tab).catch(() => undefined);
        }
        const results: Record<'A' | 'B', Record<string, number>[]> = { A: [], B: [] };
        for (let i = 0; i < runs; i++) {
          for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
            try {
              results[k].push(await measurePopup(ext[k], tabs[k]));
            } catch (e) {
              console.warn(`${name} ${k}: opening failed (${(e as Error).message.split('\n')[0]})`);
            }
          }
        }
        printTable(
          `${name} popup, ${runs} openings each, median (min-max) ms from the popup document's start:`,
          results,
        );
      } finally {
        await ext.A.close();
        await ext.B.close();
      }
    }
  } finally {
    await server.close();
  }
}

/** Prints the names of both builds' runs in time order, each with its median (min-max) per build. */
function printTable(title: string, results: Record<'A' | 'B', Record<string, number>[]>): void {
  const names = [...new Set([...results.A, ...results.B].flatMap((r) => Object.keys(r)))];
  const order = (n: string) => Math.min(...[...results.A, ...results.B].map((r) => r[n] ?? Infinity));
  const rank = (n: string) => (n === 'reading slices' || n === 'our longest task' || n.startsWith('phase:') ? 1 : 0);
  names.sort((x, y) => rank(x) - rank(y) || order(x) - order(y));
  console.log(`\n${title}`);
  console.log(`| mark | A | B |\n| --- | --- | --- |`);
  for (const n of names) {
    const col = (k: 'A' | 'B') => {
      const xs = results[k].map((r) => r[n]).filter((x): x is number => x !== undefined);
      return xs.length ? spread(xs) : '—';
    };
    console.log(`| ${n} | ${col('A')} | ${col('B')} |`);
  }
}

/** Every quote-lens mark of one load, in ms from the script's first line (the first of each name,
 * and for task ends the last); slices: how many reading tasks there were. */
async function measure(page: Page, url: string): Promise<Record<string, number>> {
  // Through the harness's navigation: on a page with frames and scripts from other sites (the
  // shared pages; there is no network here) Firefox's driver fails a navigation with "Address
  // rejected" when one of them fails, though the article itself loaded.
  await localOnly(page, new URL(url).origin);
  await gotoPage(page, url, 'domcontentloaded');
  await waitPainted(page, 'the content script');
  await new Promise((r) => setTimeout(r, 150));
  return page.evaluate(() => {
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('quote-lens:'));
    const start = marks.find((m) => m.name === 'quote-lens:task:load:start')!.startTime;
    const out: Record<string, number> = { 'script start (from navigation)': start };
    let slices = 0;
    for (const m of marks) {
      const name = m.name.slice('quote-lens:'.length);
      if (/^task:(survey|read):start$/.test(name)) slices++;
      if (!(name in out) || /:end$/.test(name)) out[name] = m.startTime - start;
    }
    out['reading slices'] = slices;
    // Our longest task, from the start and end marks around each one the script runs.
    const opened = new Map<string, number>();
    let longest = 0;
    for (const m of marks) {
      const task = /^quote-lens:task:(\w+):(start|end)$/.exec(m.name);
      if (task?.[2] === 'start') opened.set(task[1]!, m.startTime);
      else if (task) longest = Math.max(longest, m.startTime - (opened.get(task[1]!) ?? m.startTime));
    }
    out['our longest task'] = longest;
    // Phases within one load (medians of marks taken from different loads do not subtract).
    const gap = (name: string, from: string, to: string) => {
      if (from in out && to in out) out[name] = out[to]! - out[from]!;
    };
    gap('phase: read end to sent', 'task:read:end', 'analyze:sent');
    gap('phase: settings to sent', 'settings', 'analyze:sent');
    gap('phase: round trip (sent to answered)', 'analyze:sent', 'analyze:answered');
    gap('phase: answered to ready', 'analyze:answered', 'ready');
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) out['DOMContentLoaded (from navigation)'] = nav.domContentLoadedEventEnd;
    // Work done before the script's first line (compiling it) shows only from the navigation.
    if ('ready' in out) out['ready (from navigation)'] = start + out.ready!;
    if ('ready' in out && nav)
      out['phase: DOMContentLoaded to ready'] = start + out.ready! - nav.domContentLoadedEventEnd;
    return out;
  });
}

async function main(): Promise<void> {
  const runs = Number(arg('runs', '11')) || 11;
  const page = arg('page', '/fixtures/seed-deir-ezzor.html');
  const popup = process.argv.includes('--popup');
  const B = path.resolve(arg('b', 'dist'));
  const a = arg('a', popup ? 'empty' : 'floor');
  const builds: Record<'A' | 'B', string> = {
    A: a === 'floor' ? floorBuild() : a === 'empty' ? emptyPopupBuild(B) : path.resolve(a),
    B,
  };
  console.log(`A: ${a}  B: ${builds.B}  page: ${page}  load average ${os.loadavg()[0]!.toFixed(1)}`);
  if (popup) return mainPopup(builds, page, runs);
  const server = await startServer();
  try {
    for (const name of arg('browsers', 'chromium,firefox').split(',') as BrowserName[]) {
      const ext = await launchBoth(name, builds);
      try {
        const results: Record<'A' | 'B', Record<string, number>[]> = { A: [], B: [] };
        // One warm-up load each: the first page of a browser pays for its own start.
        for (const k of ['A', 'B'] as const) {
          const p = await ext[k].browser.newPage();
          await measure(p, server.origin + page).catch(() => undefined);
          await p.close();
        }
        // A load that fails is tried again (as `npm run bench` does), so both builds get `runs`
        // loads; a build that fails as many times as it has runs is given up.
        const failures = { A: 0, B: 0 };
        for (let i = 0; i < runs; i++) {
          for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
            while (results[k].length <= i && failures[k] < runs) {
              const p = await ext[k].browser.newPage();
              try {
                results[k].push(await measure(p, server.origin + page));
              } catch (e) {
                failures[k]++;
                console.warn(`${name} ${k}: run failed, retrying (${(e as Error).message.split('\n')[0]})`);
              } finally {
                await p.close().catch(() => undefined);
              }
            }
          }
        }
        printTable(`${name}, ${runs} loads each, median (min-max) ms from the script's first line:`, results);
      } finally {
        await ext.A.close();
        await ext.B.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
