// The engine's comments name patterns with invented examples, never with sentences of the dev data
// (PolNeAR dev, the figures dev half, the dev pages): a comment quoting dev text is the mark of a
// rule written for one sentence. This checks every comment of src/engine against the dev texts:
// no run of six words may appear in both.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sharedPathOrFail } from '../tools/shared-data';

const RUN = 6;

/** Lower case, curly marks straightened, everything but letters, digits and apostrophes a space. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function jsonlTexts(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as Record<string, unknown>;
      return typeof o.text === 'string' ? o.text : '';
    });
}

/** Every run of RUN words in the dev data, joined by spaces. */
function devRuns(): Set<string> {
  const texts = [
    ...jsonlTexts(sharedPathOrFail('eval', 'polnear-dev.jsonl')),
    ...jsonlTexts(sharedPathOrFail('eval', 'figures-dev.jsonl')),
  ];
  const pages = sharedPathOrFail('pages', 'dev');
  for (const f of fs.readdirSync(pages).filter((n) => n.endsWith('.html'))) {
    texts.push(fs.readFileSync(path.join(pages, f), 'utf8').replace(/<[^>]*>/g, ' '));
  }
  const runs = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
  return runs;
}

function engineComments(): Array<{ file: string; text: string }> {
  const dir = path.join(__dirname, '..', '..', 'src', 'engine');
  const out: Array<{ file: string; text: string }> = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    const source = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of source.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)) out.push({ file: f, text: m[0] });
  }
  return out;
}

/** The comments that share a run of RUN words with the dev data, one line each. */
function quotingComments(comments: Array<{ file: string; text: string }>, runs: Set<string>): string[] {
  const quoting: string[] = [];
  for (const { file, text } of comments) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) {
      const run = w.slice(i, i + RUN).join(' ');
      if (runs.has(run)) {
        quoting.push(`${file}: "${run}"`);
        break;
      }
    }
  }
  return quoting;
}

const runs = devRuns();

test('no comment in the engine quotes six words running of the dev data', () => {
  expect(runs.size).toBeGreaterThan(100_000);
  expect(quotingComments(engineComments(), runs)).toEqual([]);
});

test('a comment quoting a dev sentence is caught, one with five of its words is not', () => {
  const dev = words(jsonlTexts(sharedPathOrFail('eval', 'polnear-dev.jsonl'))[0]!).slice(0, RUN);
  const comments = [
    { file: 'six.ts', text: `// as in "${dev.join(' ')}"` },
    { file: 'five.ts', text: `// as in "${dev.slice(0, RUN - 1).join(' ')} zzyzx"` },
  ];
  expect(quotingComments(comments, runs)).toEqual([`six.ts: "${dev.join(' ')}"`]);
});
