// node dist/tools/content-profile.js [--ext DIR] [--page PATH] [--runs N]
// Where the content script's start to painted goes in Chromium: records a browser-wide trace
// (the timeline with V8's sampling profiler) over N fresh loads of the page, then prints, for
// the page's renderer and the extension's background (service worker), the time in each kind of
// work, the functions whose own time is largest, and the last load's timeline from the script's
// first mark to 'ready'. Build with QL_NO_MINIFY=1 for readable names. Asserts nothing.
import { gotoPage, launchWithExtension, startServer } from '../e2e/harness';
import { localOnly, waitPainted } from './bench-browser';
import { fileOf, selfTimes, traced, traceOptions, type TraceEvent } from './trace-profile';

async function main(): Promise<void> {
  const { extDir, page, runs } = traceOptions();
  const server = await startServer();
  const ext = await launchWithExtension('chromium', undefined, { extDir });
  try {
    const load = async () => {
      const tab = await ext.browser.newPage();
      await localOnly(tab, server.origin);
      await gotoPage(tab, server.origin + page, 'domcontentloaded');
      await waitPainted(tab);
      const t = await tab.evaluate(() => {
        const m = (n: string) => performance.getEntriesByName(`quote-lens:${n}`)[0]?.startTime ?? NaN;
        return m('ready') - m('task:load:start');
      });
      await tab.close();
      return t;
    };
    await load();
    const { result: times, events } = await traced(ext.browser, async () => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await load());
      return times;
    });
    console.log(`loads: ${runs}, start to painted ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    report(events, runs);
  } finally {
    await ext.close();
    await server.close();
  }
}

function report(events: TraceEvent[], runs: number): void {
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('quote-lens:'));
  const pagePids = new Set(marks.map((e) => e.pid));
  // Threads: the page's main thread (where the marks are) and the background's worker thread.
  const pageThreads = new Set(marks.map((e) => `${e.pid}:${e.tid}`));
  const bgThreads = new Set(
    events
      .filter((e) => /background\.js/.test(fileOf(e)) || /background\.js/.test(JSON.stringify(e.args ?? {})))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  for (const [label, threads] of [
    ['page main thread', pageThreads],
    ['background thread', bgThreads],
  ] as const) {
    const byName = new Map<string, number>();
    for (const e of events) {
      if (!threads.has(`${e.pid}:${e.tid}`) || e.ph !== 'X' || e.dur === undefined) continue;
      const k = /Script|compile|Function|evaluate|v8\.run/i.test(e.name) ? `${e.name} ${fileOf(e)}` : e.name;
      byName.set(k, (byName.get(k) ?? 0) + e.dur / 1000);
    }
    console.log(`\n${label}, ms per load (nested events count in each):`);
    for (const [k, v] of [...byName].sort((x, y) => y[1] - x[1]).slice(0, 30))
      console.log(`  ${(v / runs).toFixed(1).padStart(7)}  ${k}`);
  }
  // The last load's timeline, from its first mark to its ready, on both threads.
  const starts = marks.filter((e) => e.name === 'quote-lens:task:load:start');
  const readies = marks.filter((e) => e.name === 'quote-lens:ready');
  const t0 = starts[starts.length - 1]?.ts ?? 0;
  const t1 = readies[readies.length - 1]?.ts ?? t0;
  console.log(`\nThe last load (ms from the script's first mark): events of 0.5 ms or more, and marks`);
  const shown = events
    .filter(
      (e) =>
        e.ts >= t0 - 5000 &&
        e.ts <= t1 + 1000 &&
        ((e.ph === 'X' &&
          (e.dur ?? 0) >= 500 &&
          (pageThreads.has(`${e.pid}:${e.tid}`) || bgThreads.has(`${e.pid}:${e.tid}`))) ||
          (marks.includes(e) && e.ph !== 'e')),
    )
    .sort((a, b) => a.ts - b.ts);
  for (const e of shown) {
    const where = bgThreads.has(`${e.pid}:${e.tid}`) ? 'BG  ' : 'page';
    const dur = e.dur !== undefined ? `+${(e.dur / 1000).toFixed(1).padStart(5)}` : '      ';
    console.log(`  ${((e.ts - t0) / 1000).toFixed(1).padStart(7)} ${dur} ${where} ${e.name} ${fileOf(e)}`);
  }
  // Self time per function, on the page's renderer and in the background's script.
  const self = selfTimes(
    events,
    (pid, file) => pagePids.has(pid) || file.includes('background'),
    (pid) => (pagePids.has(pid) ? 'page ' : 'BG   '),
  );
  console.log(`\nSelf time by function, ms per load:`);
  for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 40))
    console.log(`  ${(v / runs).toFixed(2).padStart(7)}  ${k}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
