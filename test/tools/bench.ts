// npm run bench: the engine's speed beside a bare regex scan and beside compromise, measured
// side by side in one run, on the sample article and on 1 MB and 5 MB of news text (PolNeAR
// articles from ../shared, repeated); then the content script in real Chromium and Firefox
// (skip with --no-browsers; --only engine,content,asleep,popup runs those parts alone); and how
// the time of pathological inputs grows from n to 4n (the hostile-input test counts their regex
// work). Prints medians, MB/s and ratios; asserts nothing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nlp from 'compromise';
import { spawnSync } from 'node:child_process';
import { analyze } from '../../src/engine/analyze';
import { blocksFromPlainText } from '../../src/engine/blocks';
import { splitSentences } from '../../src/engine/sentences';
import { tokenize } from '../../src/engine/tokens';
import type { Block } from '../../src/engine/types';
import { readArticle } from '../../src/cli/extract';
import { readSharedJsonl, SHARED_MISSING } from './shared-data';
import { benchAsleep, benchBrowsers, benchPopup, spread } from './bench-browser';
import { growthRows } from './hostile-growth';

/** Fresh runs behind every median of the browser and cold-start figures (--runs N). */
const RUNS = ((at) => (at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 11) : 11))(process.argv.indexOf('--runs'));

/** Only some parts of the bench (--only engine,content,asleep,popup): a browser row alone takes
 * a few minutes where the whole bench takes about twelve. */
const ONLY = ((at) => (at > 0 ? (process.argv[at + 1] ?? '').split(',') : null))(process.argv.indexOf('--only'));
const wanted = (part: 'engine' | 'content' | 'asleep' | 'popup') => ONLY === null || ONLY.includes(part);

const SAMPLE = path.resolve(process.cwd(), 'test/fixtures/seed-deir-ezzor.html');

/** The cheapest scan that still looks at every quote mark and digit: the floor any engine sits on. */
function bareRegexScan(text: string): number {
  let n = 0;
  const re = /["“”‘’«»]|\d[\d,.]*/g;
  while (re.exec(text)) n++;
  return n;
}

/** Median wall time of `runs` calls, after a warm-up of 200 calls or 300 ms, whichever ends
 * first: the first calls run in the interpreter and would otherwise be a large share of a small
 * input's runs. */
function time(fn: () => unknown, runs: number, warm = true): number {
  const warmUntil = performance.now() + 300;
  for (let i = 0; warm && i < 200 && performance.now() < warmUntil; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

function newsText(bytes: number): string | null {
  const articles = readSharedJsonl<{ text: string }>('eval/polnear-dev.jsonl');
  if (!articles) return null;
  const corpus = articles.map((a) => a.text).join('\n\n');
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += (out ? '\n\n' : '') + corpus;
  // Cut at a paragraph boundary near the target size.
  const cut = out.lastIndexOf('\n\n', Math.round(out.length * (bytes / Buffer.byteLength(out))));
  return out.slice(0, cut > 0 ? cut : out.length);
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const mbps = (text: string, ms: number) => (Buffer.byteLength(text) / 1e6 / (ms / 1000)).toFixed(1);

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(header));
  console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
  for (const r of rows) console.log(line(r));
}

/** The engine's first call in a fresh process (parse, interpreter, no type feedback): what the
 * first article after the background wakes pays. Run in a child process that has not run the
 * engine before (the article is read without it), so the call is really the first. */
function coldFirstRun(): number | null {
  const child = spawnSync(process.execPath, [__filename, '--cold-sample'], { encoding: 'utf8' });
  const ms = parseFloat(child.stdout);
  return child.status === 0 && Number.isFinite(ms) ? ms : null;
}

/** The least any engine that reads words can spend: every word's start, end and hash written to
 * typed arrays in one pass, with no string and no object made (ASCII words; anything else is a
 * one-character token). An engine of that shape still has all its pattern work ahead of it. */
let floorArrays = { starts: new Int32Array(0), ends: new Int32Array(0), hashes: new Int32Array(0) };
function wordScanFloor(text: string): number {
  // Allocated once per size (an engine would keep its buffers): zeroing 12 MB is no part of a scan.
  if (floorArrays.starts.length < text.length)
    floorArrays = {
      starts: new Int32Array(text.length),
      ends: new Int32Array(text.length),
      hashes: new Int32Array(text.length),
    };
  const { starts, ends, hashes } = floorArrays;
  let n = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    let end = i,
      h = 0;
    for (; end < text.length; end++) {
      const d = text.charCodeAt(end);
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) h = (h * 31 + d) & 0xffffff;
      else if (d >= 65 && d <= 90) h = (h * 31 + d + 32) & 0xffffff;
      else break;
    }
    if (end === i) end++;
    starts[n] = i;
    ends[n] = end;
    hashes[n++] = h;
    i = end;
  }
  return n;
}

/** What any scan of the text costs on this machine, to read the engine/regex ratio against:
 * a word regex, one JavaScript loop over the character codes, the word-scan floor above, and
 * the engine's own tokenizer run over every sentence (the engine tokenizes only sentences with a
 * quote or a speech cue). */
function floors(text: string): string[][] {
  const blocks = blocksFromPlainText(text);
  const sentences = blocks.flatMap((b) => splitSentences(text, b.start, b.end));
  const words = () => {
    let n = 0;
    const re = /[\p{L}\p{N}]+/gu;
    while (re.exec(text)) n++;
    return n;
  };
  const codes = () => {
    let n = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
    return n;
  };
  const tokens = () => {
    let n = 0;
    for (const [s, e] of sentences) n += tokenize(text, s, e, [], []).length;
    return n;
  };
  const scans = [
    ['bare regex scan (marks and digits)', () => bareRegexScan(text)],
    ['word regex', words],
    ['loop over character codes', codes],
    ['every word into typed arrays (no strings, no objects)', () => wordScanFloor(text)],
    ['tokenize every sentence', tokens],
  ] as const;
  const times = scans.map(([, fn]) => time(fn, 11));
  return scans.map(([name], k) => [
    name,
    fmt(times[k]!),
    mbps(text, times[k]!),
    `${(times[k]! / times[0]!).toFixed(1)}x`,
  ]);
}

async function main(): Promise<void> {
  if (process.argv.includes('--cold-sample')) {
    const { text, blocks } = readArticle(fs.readFileSync(SAMPLE, 'utf8'))!;
    const t0 = process.hrtime.bigint();
    analyze(text, { blocks });
    console.log(Number(process.hrtime.bigint() - t0) / 1e6);
    return;
  }
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (wanted('engine')) benchEngine();
  if (process.argv.includes('--no-browsers')) return;
  if (wanted('content')) {
    console.log(`\ncontent script in real browsers (median (min-max) of ${RUNS} fresh loads each):`);
    printTable(
      [
        'browser',
        'page',
        'start to painted',
        'of which (medians, ms from the start; analysis: round trip)',
        'our longest task',
        'page blocked (any cause)',
        'longest long task, max of runs (Chromium API)',
        'heap added (vs no extension)',
      ],
      await benchBrowsers(RUNS),
    );
  }
  if (wanted('asleep')) {
    console.log(
      `\ncontent script with the background asleep as the page loads (it starts and runs the engine for the first time; median (min-max) of ${RUNS} loads):`,
    );
    printTable(
      [
        'browser',
        'page',
        'start to painted',
        'of which (medians, ms from the start; analysis: round trip)',
        'our longest task',
        "background's own clock (medians, ms from its start): script evaluated; the engine's first calls",
      ],
      await benchAsleep(RUNS),
    );
  }
  if (wanted('popup')) {
    console.log(
      `\npopup, document start to content shown (median (min-max) of ${RUNS} openings each; phases are the popup's own marks):`,
    );
    printTable(
      ['browser', 'page', 'to content (ready)', 'script running', 'tab known', 'answer in', 'in document'],
      await benchPopup(RUNS),
    );
  }
}

/** The engine's rows: speed on the sample and on news text, the cold first call, what a scan
 * costs at all, and how hostile inputs grow. */
function benchEngine(): void {
  const rows: string[][] = [];
  // The sample is analysed with its HTML blocks, as the extension runs it; news text as plain text.
  const sample = readArticle(fs.readFileSync(SAMPLE, 'utf8'))!;
  const inputs: [string, string, Block[] | undefined][] = [['sample article', sample.text, sample.blocks]];
  const oneMb = newsText(1e6),
    fiveMb = newsText(5e6);
  if (oneMb && fiveMb) inputs.push(['1 MB news', oneMb, undefined], ['5 MB news', fiveMb, undefined]);
  else console.log(`1 MB / 5 MB inputs: ${SHARED_MISSING}`);

  const engineMs: number[] = [];
  for (const [name, text, blocks] of inputs) {
    const size = Buffer.byteLength(text);
    const runs = size < 1e5 ? 201 : size < 2e6 ? 11 : 5;
    const engine = time(() => analyze(text, { blocks }), runs);
    engineMs.push(engine);
    const regex = time(() => bareRegexScan(text), runs);
    // compromise is ~0.05 MB/s: warm runs on the sample, one cold run on 1 MB, none on 5 MB (minutes).
    let compromiseMs: number | null = null;
    const warmCompromise = size < 1e5;
    if (size < 2e6)
      compromiseMs = time(
        () => {
          const d = nlp(text);
          d.quotations().json();
          d.people().json();
          d.numbers().json();
        },
        warmCompromise ? 5 : 1,
        warmCompromise,
      );
    rows.push([
      name,
      `${(size / 1e3).toFixed(0)} KB`,
      fmt(engine),
      mbps(text, engine),
      fmt(regex),
      mbps(text, regex),
      `${(engine / regex).toFixed(2)}x`,
      compromiseMs === null ? 'skipped (minutes)' : fmt(compromiseMs) + (warmCompromise ? '' : ' (1 cold run)'),
      compromiseMs === null ? '—' : `${(compromiseMs / engine).toFixed(0)}x`,
    ]);
  }
  printTable(
    ['input', 'size', 'engine', 'MB/s', 'bare regex', 'MB/s', 'engine/regex', 'compromise', 'compromise/engine'],
    rows,
  );
  if (inputs.length === 3)
    console.log(`growth: 5 MB took ${(engineMs[2]! / engineMs[1]!).toFixed(2)}x the 1 MB time (linear is 5x)`);
  const colds = Array.from({ length: RUNS }, coldFirstRun).filter((x): x is number => x !== null);
  if (colds.length) console.log(`sample article, first call in a fresh process (cold): ${spread(colds)}`);
  if (oneMb) {
    console.log('\nwhat scanning the 1 MB text costs at all (context for the engine/regex ratio):');
    printTable(['scan', 'time', 'MB/s', 'x bare regex'], floors(oneMb));
  }
  console.log('\nhostile inputs, time at n and 4n (median of 5; linear is about 4x, quadratic 16x):');
  printTable(['input', 'n', '4n', 'growth'], growthRows());
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
