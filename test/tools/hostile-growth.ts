// Pathological inputs that must cost time in proportion to their size, shared by the hostile-input
// test (which counts the regex work they cause: exact, so it can pass or fail) and the bench
// (which times them: wall time on a shared machine is a measurement, never a pass/fail check).
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/engine/analyze';
import { findArticle } from '../../src/page/article';

const repeatTo = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));
const articlePage = (body: string) =>
  `<!doctype html><html><body><article><h1>Headline</h1>${body}</article></body></html>`;
const PARA =
  '<p>“We will not stop,” said Defence Minister Sergei Shoigu, adding that 9,000 soldiers were there on Monday.</p>';

/** Pathological families that must stay linear: [name, generator of about n characters, n]. */
export const ENGINE_FAMILIES: [string, (n: number) => string, number][] = [
  ['one paragraph of mixed quote marks', repeatTo("“”‘’\"'«»‹›„‚``''"), 8_000],
  ['a run of opening marks', repeatTo('“'), 25_000],
  ['unclosed quotes with speech verbs', repeatTo('“Smith said, '), 100_000],
  ['speech verbs and names without marks', repeatTo('said Smith told Jones according to the ministry. '), 100_000],
  [
    'a comma-separated number list',
    (n) => Array.from({ length: Math.ceil(n / 6) }, (_, i) => String(10_000 + i)).join(','),
    300_000,
  ],
  ['a digit run', repeatTo('9'), 400_000],
  ['figures in a row', repeatTo('tens of thousands of 5% of $3 million, from 10 to 5 percent, '), 25_000],
  ['quoted paragraphs with attribution', repeatTo('“Yes,” he said of the 9,000 troops.\n\n'), 25_000],
  [
    'prose salted with zero-width and bidi characters',
    repeatTo('“We\u200b will\u00ad not\u202e stop,”\u2066 said\u2069 Sergei\u200d Shoigu.\u200f '),
    25_000,
  ],
  // One long sentence of quotes: what is read per quote must not reach back to the sentence's start.
  ['one sentence of quotes in later clauses', repeatTo('the mayor spoke, and Lund liked “a plan” '), 50_000],
  [
    'one sentence of scare quotes after a speaker',
    (n) => '“We will not sign,” said Ellen Novak. ' + repeatTo('farmers were alarmed by the “reckless” plan ')(n),
    50_000,
  ],
  ['Unicode soup', repeatTo("😀\u0301\ud800\u0000\u202e«قال»\u00a0\u2028𝔘\u200b'"), 50_000],
];

/** Pathological pages, generated at a size of about n elements. */
export const PAGE_FAMILIES: [string, (n: number) => string][] = [
  ['nested divs', (n) => articlePage('<div>'.repeat(n) + PARA.repeat(6) + '</div>'.repeat(n))],
  [
    'nested spans',
    (n) =>
      articlePage(
        '<p>' +
          '<span>'.repeat(n) +
          '“Yes,” he said, and the text goes on for a long while after that.' +
          '</span>'.repeat(n) +
          '</p>' +
          PARA.repeat(6),
      ),
  ],
  ['one-letter elements', (n) => articlePage('<p>' + '<b>a</b> '.repeat(n) + '</p>' + PARA.repeat(6))],
  ['unclosed inline tags', (n) => articlePage('<p><b>“Quote here,” he said.</p>'.repeat(n / 4) + PARA.repeat(6))],
  ['many quoted paragraphs', (n) => articlePage(PARA.repeat(n / 20))],
];

/** The page size the bench times at (n and 4n elements). */
export const PAGE_N = 4000;

/** A parsed page's article read and analysed, as the CLI does (parsing is linkedom's, not ours). */
export function readPage(doc: Document): unknown {
  const article = findArticle(doc);
  return article && analyze(article.index.text, { blocks: article.index.blocks });
}

export const parsePage = (html: string) => parseHTML(html).document as unknown as Document;

/** Wall time of one run, in milliseconds. */
function timeMs(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Growth of wall time from n to 4n: median of 5 runs at each size, after a warm-up run, the
 * runs interleaved so that load from other work on the machine falls on both sizes alike.
 * `prepare` turns the generated input into what `run` takes, outside the timing. Linear code
 * gives about 4, quadratic 16. */
export function timeGrowth<T>(
  make: (n: number) => string,
  prepare: (input: string) => T,
  run: (input: T) => unknown,
  n: number,
): { small: number; large: number; ratio: number } {
  const a = prepare(make(n));
  const b = prepare(make(4 * n));
  run(a); // warm-up: JIT and caches
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < 5; i++) {
    small.push(timeMs(() => run(a)));
    large.push(timeMs(() => run(b)));
  }
  return { small: median(small), large: median(large), ratio: median(large) / Math.max(median(small), 0.5) };
}

/** Every family timed at n and 4n: one table row each, for the bench. */
export function growthRows(): string[][] {
  const row = (kind: string, name: string, n: number, g: ReturnType<typeof timeGrowth>) => [
    `${kind}: ${name}`,
    `${g.small.toFixed(1)} ms at ${n}`,
    `${g.large.toFixed(1)} ms at ${4 * n}`,
    `${g.ratio.toFixed(1)}x`,
  ];
  return [
    ...ENGINE_FAMILIES.map(([name, make, n]) =>
      row(
        'engine',
        name,
        n,
        timeGrowth(
          make,
          (s) => s,
          (s) => analyze(s),
          n,
        ),
      ),
    ),
    ...PAGE_FAMILIES.map(([name, make]) => row('page', name, PAGE_N, timeGrowth(make, parsePage, readPage, PAGE_N))),
  ];
}
