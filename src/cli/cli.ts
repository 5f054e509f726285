// quote-lens: the engine in Node, on files or streams (usage below, and `quote-lens --help`).
import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { extractHtml, extractText } from './extract';
import { formatTable } from './format-table';
import { InputTooLargeError, MAX_INPUT_BYTES, formatBytes, readCapped, readLines } from './read-input';
import { escapeControls, escapeJsonControls } from './terminal-safe';
import type { Annotations } from '../engine/types';

const USAGE = `usage:
  quote-lens extract FILE|-  [--format table|json] [--dates]
      FILE is .html/.htm (the article is found as the extension finds it), .txt (blank lines
      separate paragraphs), or - for standard input (HTML if it starts with "<").
      --format  table (the default: speakers with their quotes, then figures) or json
      --dates   list dates, years and ordinals among the figures in the table
  quote-lens extract --jsonl [FILE|-]
      JSON Lines: each input line {"id", "text"} or {"id", "html"}; one output line for each
      input line, in the same order: {"id", ...annotations}, or {"id", "line", "error"} for a
      line that could not be read (a blank line too), also reported on standard error with its
      line number.
  quote-lens load-help
      how to load dist/chrome and dist/firefox into the browsers
  quote-lens --help

limits: at most ${formatBytes(MAX_INPUT_BYTES)} of input (for --jsonl, per line); a larger input is refused.
In tables, control characters from the page (escape sequences, bidi controls) are printed as
escapes such as \\x1b; JSON output escapes them as \\u001b.
exit status: 0 done (also when the reader of the output closes it early, as head does);
  1 the input could not be read or was too large, or any --jsonl line failed; 2 bad usage.`;

/** Writes a message to standard error with its control characters escaped (it may quote input). */
function warn(message: string): void {
  process.stderr.write(`quote-lens: ${escapeControls(message)}\n`);
}

function usageError(message: string): never {
  warn(message);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const looksLikeHtml = (name: string, content: string) => /\.x?html?$/i.test(name) || /^\s*</.test(content);

const openInput = (file: string): Readable =>
  file === '-' ? process.stdin : fs.createReadStream(file, { highWaterMark: 1 << 20 });

/** Writes one chunk of output, waiting while the pipe is full so a long stream never piles up
 * in memory. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((r) => process.stdout.once('drain', r));
}

/** A result in the engine's JSON shape (the page title is for the table only); an empty one
 * when the page holds no article. */
function engineShape(result: (Annotations & { title?: string }) | null): Annotations {
  if (!result) return { text: '', quotes: [], figures: [], speakers: [] };
  const { title: _title, ...shape } = result;
  return shape;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The output object for one JSON Lines input line; throws with the reason a line is bad. */
function annotateLine(text: string | null, id: { value: unknown }): object {
  if (text === null) throw new Error(`line is longer than ${formatBytes(MAX_INPUT_BYTES)}`);
  if (!text.trim()) throw new Error('blank line');
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`, { cause: e });
  }
  if (!isRecord(record)) throw new Error('not a JSON object');
  id.value = record.id ?? null;
  if (typeof record.html === 'string') return { id: id.value, ...engineShape(extractHtml(record.html)) };
  if (typeof record.text === 'string') return { id: id.value, ...extractText(record.text) };
  throw new Error('line has neither "text" nor "html" as a string');
}

/** One output line per input line; returns how many lines failed. */
async function extractJsonl(file: string): Promise<{ lines: number; failed: number }> {
  let lines = 0,
    failed = 0;
  for await (const { n, text } of readLines(openInput(file))) {
    lines = n;
    const id = { value: null as unknown };
    let out: object;
    try {
      out = annotateLine(text, id);
    } catch (e) {
      failed++;
      const error = (e as Error).message;
      warn(`line ${n}: ${error}`);
      out = { id: id.value, line: n, error };
    }
    await write(escapeJsonControls(JSON.stringify(out)) + '\n');
  }
  return { lines, failed };
}

function loadHelp(): string {
  return `
Built: dist/chrome/ and dist/firefox/ (store zips: dist/quote-lens-*.zip)
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode", "Load unpacked", choose dist/chrome
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose dist/firefox/manifest.json
  Or, with a display: npm run browser:chrome / npm run browser:firefox`;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'table' },
        dates: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    usageError((e as Error).message);
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === 'load-help') {
    console.log(loadHelp());
    return;
  }
  if (command !== 'extract') usageError(command ? `unknown command ${command}` : 'no command');
  if (values.format !== 'table' && values.format !== 'json') usageError('--format must be table or json');
  if (files.length > 1) usageError('one input at a time');
  const file = files[0];
  if (values.jsonl) {
    const { lines, failed } = await extractJsonl(file ?? '-');
    if (failed) {
      warn(`${failed} of ${lines} lines failed`);
      process.exitCode = 1;
    }
    return;
  }
  if (!file) usageError('no input file (use - for standard input)');
  let content: string;
  try {
    content = await readCapped(openInput(file));
  } catch (e) {
    warn(e instanceof InputTooLargeError ? e.message : `cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  const isHtml = looksLikeHtml(file, content);
  const html = isHtml ? extractHtml(content) : null;
  const result = isHtml ? html : extractText(content);
  if (values.format === 'json') await write(escapeJsonControls(JSON.stringify(engineShape(result), null, 2)) + '\n');
  else if (!result) await write('No article found in this page.\n');
  else
    await write(formatTable(result, { title: html?.title, width: process.stdout.columns, dates: values.dates }) + '\n');
}

// A reader that stops early (`| head -1`) closes the pipe: that ends the run quietly, with
// status 0, as the output was simply not wanted any more; any other output error is reported.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && stream === process.stdout) warn(`cannot write the output: ${e.message}`);
    process.exit(e.code === 'EPIPE' ? 0 : 1);
  });
}

main(process.argv.slice(2)).catch((e: unknown) => {
  warn((e as Error).message);
  process.exit(1);
});
