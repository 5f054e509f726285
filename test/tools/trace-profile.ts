// What the Chromium trace tools (content-profile, popup-profile) share: their command-line
// options, the trace's event shapes, and the self time per function read from V8's sampling
// profiler in the trace.
import * as path from 'node:path';
import type { Browser } from 'puppeteer-core';

/** The value after `--name` on the command line, or `fallback`. */
export const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};

/** Chromium's trace categories the tools record: the timeline, V8's work and sampling profiler,
 * user timing marks, task and loading events. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'toplevel',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/** The options both tools take: the build (--ext, its chrome folder), the page, the runs. */
export function traceOptions(): { extDir: string; page: string; runs: number } {
  return {
    extDir: path.resolve(arg('ext', 'dist'), 'chrome'),
    page: arg('page', '/fixtures/seed-deir-ezzor.html'),
    runs: Number(arg('runs', '5')) || 5,
  };
}

/** Runs `work` under a browser-wide trace of TRACE_CATEGORIES; its answer and the events. */
export async function traced<T>(
  browser: Browser,
  work: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await browser.target().createCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => events.push(...e.value));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
  const result = await work();
  await cdp.send('Tracing.end');
  await done;
  return { result, events };
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The file an event's script data names, without its directories ('' when none). */
export function fileOf(e: TraceEvent): string {
  const d = (e.args?.data ?? e.args?.beginData ?? {}) as { url?: string; fileName?: string };
  return String(d.url ?? d.fileName ?? '').replace(/^.*\//, '');
}

/** Self time in ms per function ("name file:line"), summed over the profiler's samples in the
 * processes `keep` accepts (given the process id and the sample's file); `label` may prefix a
 * key with where it ran. A sample's time is the gap to the next sample. */
export function selfTimes(
  events: TraceEvent[],
  keep: (pid: number, file: string) => boolean,
  label: (pid: number) => string = () => '',
): Map<string, number> {
  const nodes = new Map<string, ProfileNode>();
  const self = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const data = (e.args?.data ?? {}) as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(`${e.pid}:${e.id}:${n.id}`, n);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      const f = nodes.get(`${e.pid}:${e.id}:${id}`)?.callFrame;
      if (!f) return;
      const file = (f.url ?? '').replace(/^.*\//, '');
      if (!keep(e.pid, file)) return;
      const key = `${label(e.pid)}${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
  }
  return self;
}
