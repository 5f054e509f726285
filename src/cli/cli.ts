// quote-lens: the engine in Node, on files or streams.
//   quote-lens extract FILE|-  [--format table|json] [--dates]    .html, .txt, or stdin (-)
//   quote-lens extract --jsonl [FILE|-]                           {"id","text"|"html"} lines in, one line out each
//   quote-lens load-help                                          how to load the built extension
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { extractHtml, extractText } from './extract';
import { formatTable } from './format-table';
import type { Annotations } from '../engine/types';

const USAGE = `usage:
  quote-lens extract FILE|-  [--format table|json] [--dates]
      FILE is .html/.htm (the article is found as the extension finds it), .txt (blank lines
      separate paragraphs), or - for standard input (HTML if it starts with "<").
  quote-lens extract --jsonl [FILE|-]
      JSON Lines: each input line {"id", "text"} or {"id", "html"}; each output line
      {"id", ...annotations}, in the same order.
  quote-lens load-help
      how to load dist/chrome and dist/firefox into the browsers`;

function fail(message: string): never {
  process.stderr.write(`quote-lens: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const looksLikeHtml = (name: string, content: string) => /\.x?html?$/i.test(name) || /^\s*</.test(content);

function readInput(file: string): string {
  try {
    return fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** A result in the engine's JSON shape (the page title is for the table only); an empty one
 * when the page holds no article. */
function engineShape(result: (Annotations & { title?: string }) | null): Annotations {
  if (!result) return { text: '', quotes: [], figures: [], speakers: [] };
  const { title: _title, ...shape } = result;
  return shape;
}

async function extractJsonl(file: string): Promise<void> {
  const input = file === '-' ? process.stdin : fs.createReadStream(file, 'utf8');
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let out: unknown;
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown; html?: unknown };
      const id = record.id ?? null;
      if (typeof record.html === 'string') out = { id, ...engineShape(extractHtml(record.html)) };
      else if (typeof record.text === 'string') out = { id, ...extractText(record.text) };
      else out = { id, error: 'line has neither "text" nor "html"' };
    } catch (e) {
      out = { id: null, error: `line ${n}: ${(e as Error).message}` };
    }
    // Honour back-pressure so a huge stream never piles up in memory.
    if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}

function loadHelp(): string {
  return `
Built: dist/chrome/ and dist/firefox/ (store zips: dist/quote-lens-*.zip)
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode", "Load unpacked", choose dist/chrome
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose dist/firefox/manifest.json
  Or, with a display: npm run browser:chrome / npm run browser:firefox`;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'load-help') { console.log(loadHelp()); return; }
  if (command !== 'extract') fail(command ? `unknown command ${command}` : 'no command');
  let format = 'table', jsonl = false, dates = false, file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--dates') dates = true;
    else if (arg === '--format') format = rest[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice(9);
    else if (arg === '-' || !arg.startsWith('-')) file = arg;
    else fail(`unknown option ${arg}`);
  }
  if (format !== 'table' && format !== 'json') fail(`--format must be table or json`);
  if (jsonl) return extractJsonl(file ?? '-');
  if (!file) fail('no input file (use - for standard input)');
  const content = readInput(file);
  const isHtml = looksLikeHtml(file, content);
  const html = isHtml ? extractHtml(content) : null;
  const result = isHtml ? html : extractText(content);
  if (format === 'json') console.log(JSON.stringify(engineShape(result), null, 2));
  else if (!result) console.log('No article found in this page.');
  else {
    console.log(formatTable(result, { title: html?.title, width: process.stdout.columns, dates }));
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`quote-lens: ${(e as Error).message}\n`);
  process.exit(1);
});
