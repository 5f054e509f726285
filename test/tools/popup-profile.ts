// node dist/tools/popup-profile.js [--ext DIR] [--page PATH] [--runs N] [--out trace.json]
// Where the Chromium popup's opening time goes: records a browser-wide trace (Chromium's own
// timeline, with V8's sampling profiler) over N openings of the real toolbar popup over the page,
// then prints, for the popup's renderer main thread, the time in each kind of work (script
// compile and run per file, style, layout, paint, HTML parsing) and the functions whose own time
// is largest, summed over the openings. Build with QL_NO_MINIFY=1 for readable function names.
// Asserts nothing.
import { launchWithExtension, startServer } from '../e2e/harness';
import { openArticleTab } from './bench-browser';
import * as fs from 'node:fs';
import { arg, fileOf, selfTimes, traced, traceOptions, type TraceEvent } from './trace-profile';

async function main(): Promise<void> {
  const { extDir, page, runs } = traceOptions();
  const server = await startServer();
  const ext = await launchWithExtension('chromium', undefined, { extDir });
  try {
    const tab = await openArticleTab(ext.browser, server.origin, page);
    const warm = await ext.openPopup(tab);
    await warm.close();
    const { result: readies, events } = await traced(ext.browser, async () => {
      const readies: number[] = [];
      for (let i = 0; i < runs; i++) {
        const popup = await ext.openPopup(tab);
        await new Promise((r) => setTimeout(r, 150));
        readies.push(
          await popup.evaluate(() => performance.getEntriesByName('quote-lens-popup-ready')[0]?.startTime ?? -1),
        );
        await popup.close();
      }
      return readies;
    });
    report(events, readies);
    // --out FILE keeps the raw trace (Chromium's JSON trace format) for a closer look.
    const out = arg('out', '');
    if (out) fs.writeFileSync(out, JSON.stringify({ traceEvents: events }));
  } finally {
    await ext.close();
    await server.close();
  }
}

function report(events: TraceEvent[], readies: number[]): void {
  // The popup's renderer: the process whose main thread parsed popup.html.
  const parse = events.filter(
    (e) => e.name === 'ParseHTML' && String((e.args?.beginData as { url?: string })?.url ?? '').includes('popup.html'),
  );
  const pids = new Set(parse.map((e) => e.pid));
  const tids = new Set(parse.map((e) => `${e.pid}:${e.tid}`));
  console.log(`openings: ${readies.length}, ready at ${readies.map((r) => r.toFixed(0)).join(', ')} ms`);
  console.log(`popup renderer processes: ${[...pids].join(', ')}`);
  const main = events.filter((e) => tids.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined);
  // Time by event name, for the kinds of work that matter; scripts by file.
  const byName = new Map<string, number>();
  const add = (k: string, d: number) => byName.set(k, (byName.get(k) ?? 0) + d);
  for (const e of main) {
    const ms = e.dur! / 1000;
    if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall'].includes(e.name))
      add(`${e.name} ${fileOf(e)}`, ms);
    else if (
      [
        'RunTask',
        'ParseHTML',
        'ParseAuthorStyleSheet',
        'UpdateLayoutTree',
        'Layout',
        'Paint',
        'PrePaint',
        'Layerize',
        'UpdateLayer',
        'CompositeLayers',
        'HitTest',
        'TimerFire',
        'FireAnimationFrame',
        'EventDispatch',
        'V8.GC_SCAVENGER',
        'MinorGC',
        'MajorGC',
        'V8.GCCompactor',
        'v8.run',
        'ScheduleStyleRecalculation',
        'Document::updateStyle',
        'PaintImage',
        'ResourceSendRequest',
        'ResourceReceiveResponse',
        'ResourceFinish',
      ].includes(e.name)
    )
      add(e.name, ms);
  }
  console.log(`\nPopup main thread, ms summed over ${readies.length} openings (nested events count in each):`);
  for (const [k, v] of [...byName].sort((x, y) => y[1] - x[1]).slice(0, 40))
    console.log(`  ${(v / readies.length).toFixed(1).padStart(7)} ms/opening  ${k}`);
  // The last opening's timeline: work of 1 ms or more, from its HTML parse on.
  const lastParse = parse[parse.length - 1];
  if (lastParse) {
    const t0 = lastParse.ts;
    console.log(`\nThe last opening, from its HTML parse (ms): events of 1 ms or more`);
    for (const e of main.filter((x) => x.ts >= t0 - 50_000 && x.dur! >= 1000 && x.ts < t0 + 400_000))
      console.log(
        `  ${((e.ts - t0) / 1000).toFixed(1).padStart(7)} +${(e.dur! / 1000).toFixed(1).padStart(5)}  ${e.name} ${fileOf(e)}`,
      );
    for (const e of events.filter(
      (x) =>
        x.cat.includes('blink.user_timing') && x.pid === lastParse.pid && x.ts >= t0 - 50_000 && x.ts < t0 + 400_000,
    ))
      console.log(`  ${((e.ts - t0) / 1000).toFixed(1).padStart(7)}  mark ${e.name}`);
  }
  // CPU profile: self time per function on the popup's renderer.
  const self = selfTimes(events, (pid) => pids.has(pid));
  console.log(`\nSelf time by function on the popup's renderer, ms per opening:`);
  for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 40))
    console.log(`  ${(v / readies.length).toFixed(1).padStart(7)} ms  ${k}`);
  // Per file: self time summed.
  const perFile = new Map<string, number>();
  for (const [k, v] of self) {
    const file = k.replace(/^.* /, '').replace(/:\d+$/, '') || '(native)';
    perFile.set(file, (perFile.get(file) ?? 0) + v);
  }
  console.log(`\nSelf time by file, ms per opening:`);
  for (const [k, v] of [...perFile].sort((x, y) => y[1] - x[1]).slice(0, 15))
    console.log(`  ${(v / readies.length).toFixed(1).padStart(7)} ms  ${k}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
