/** @jest-environment jsdom */
// The annotator's run over a page: a run overtaken by a newer one paints nothing, an article not
// in English is left alone, and an article past the cap is sent only in part.
import { PageAnnotator, type Analyzer, type PaintOptions } from './page-annotator';
import type { Annotations } from '../engine/types';

const OPTIONS: PaintOptions = { kinds: { direct: true, reported: true, figures: true, dates: false }, style: 'fill' };
const QUOTE = '“We will rebuild the bridge by spring,”';

const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };
beforeAll(() => {
  // jsdom has no Custom Highlight API: a registry that records what is painted.
  g.CSS = { highlights: new Map<string, Set<Range>>() };
  g.Highlight = class extends Set<Range> {
    priority = 0;
    // As the real one: the initial ranges one by one (not one iterable, as Set takes them).
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  };
});
afterAll(() => {
  delete g.CSS;
  delete g.Highlight;
});
const painted = () =>
  [...(g.CSS as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) =>
    [...h].map((r) => r.toString()),
  );

function articlePage(paragraphs: string[]): void {
  document.documentElement.setAttribute('lang', 'en');
  document.body.innerHTML = `<article><h1>Town to rebuild its bridge</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
}
const englishStory = [
  `${QUOTE} Mayor Ana Torres said at a council meeting on Tuesday, where the plan was put to a vote.`,
  'The council said the work would cost the town about $48 million, and that most of it would come from the state.',
  'Residents who spoke at the meeting said they had waited for a new bridge for more than a decade.',
];

/** An analyzer that answers each call when the test says, with the quote found in its text. */
function deferredAnalyzer() {
  const calls: { text: string; answer: () => void }[] = [];
  const analyzer: Analyzer = (text) =>
    new Promise((resolve) => {
      const start = text.indexOf(QUOTE);
      const answer: Omit<Annotations, 'text'> = {
        quotes:
          start < 0
            ? []
            : [
                {
                  start,
                  end: start + QUOTE.length,
                  text: QUOTE,
                  kind: 'direct',
                  partial: false,
                  speaker: null,
                } as unknown as Annotations['quotes'][number],
              ],
        figures: [],
        speakers: [],
      };
      calls.push({ text, answer: () => resolve(answer) });
    });
  return { analyzer, calls };
}

const immediate = () => Promise.resolve();
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => (g.CSS as { highlights: Map<string, unknown> }).highlights.clear());

test("a run overtaken while it waits on the background paints nothing, and leaves the newer run's highlights alone", async () => {
  articlePage(englishStory);
  const { analyzer, calls } = deferredAnalyzer();
  let current = 1;
  const older = new PageAnnotator(document, OPTIONS, analyzer);
  let olderCleared = false;
  const olderRun = older.annotate({
    yieldToPage: immediate,
    isCurrent: () => current === 1,
    beforePaint: () => {
      olderCleared = true;
    },
  });
  await settle();
  current = 2;
  const newer = new PageAnnotator(document, OPTIONS, analyzer);
  const newerRun = newer.annotate({ yieldToPage: immediate, isCurrent: () => current === 2 });
  await settle();
  expect(calls).toHaveLength(2);
  calls[1]!.answer();
  expect((await newerRun).kind).toBe('painted');
  expect(painted()).toEqual([QUOTE]);
  // The older answer arrives last: dropped before its painting task, which would otherwise
  // replace the newer highlights (its beforePaint removes what is on the page).
  calls[0]!.answer();
  expect((await olderRun).kind).toBe('superseded');
  expect(olderCleared).toBe(false);
  expect(older.getResult()).toBeNull();
  expect(painted()).toEqual([QUOTE]);
});

test('a run overtaken before it reads sends nothing', async () => {
  articlePage(englishStory);
  const { analyzer, calls } = deferredAnalyzer();
  let current = true;
  const run = new PageAnnotator(document, OPTIONS, analyzer).annotate({
    yieldToPage: async () => {
      current = false;
    },
    isCurrent: () => current,
  });
  expect((await run).kind).toBe('superseded');
  expect(calls).toHaveLength(0);
});

test('an article that is not English is not sent for analysis', async () => {
  articlePage([
    '„Wir werden die Brücke bis zum Frühjahr wieder aufbauen“, sagte Bürgermeisterin Ana Torres am Dienstag bei einer Sitzung des Gemeinderats.',
    'Der Rat sagte, die Arbeiten würden die Stadt etwa 48 Millionen Dollar kosten, die zum größten Teil vom Land kommen sollen.',
    'Anwohner, die bei der Sitzung sprachen, sagten, sie hätten mehr als ein Jahrzehnt auf eine neue Brücke gewartet.',
  ]);
  const { analyzer, calls } = deferredAnalyzer();
  const outcome = await new PageAnnotator(document, OPTIONS, analyzer).annotate({ yieldToPage: immediate });
  expect(outcome.kind).toBe('not-english');
  expect(calls).toHaveLength(0);
});

test('past the cap only the start of the article is sent, and the result says so', async () => {
  articlePage(englishStory);
  const { analyzer, calls } = deferredAnalyzer();
  const run = new PageAnnotator(document, OPTIONS, analyzer).annotate({ yieldToPage: immediate, maxChars: 200 });
  await settle();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.text.length).toBeLessThanOrEqual(200);
  calls[0]!.answer();
  const outcome = await run;
  expect(outcome.kind === 'painted' && outcome.result.capped).toBe(true);
  expect(painted()).toEqual([QUOTE]);
});

test("no computed style is asked for before the browser's rendering step (styleReady), and the read and theme follow it", async () => {
  articlePage(englishStory);
  const { analyzer, calls } = deferredAnalyzer();
  const styleAsked = jest.spyOn(window, 'getComputedStyle');
  try {
    let rendered!: () => void;
    const styleReady = new Promise<void>((resolve) => (rendered = resolve));
    const run = new PageAnnotator(document, OPTIONS, analyzer).annotate({ yieldToPage: immediate, styleReady });
    for (let i = 0; i < 5; i++) await settle();
    expect(styleAsked).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
    rendered();
    for (let i = 0; i < 5 && !calls.length; i++) await settle();
    expect(styleAsked).toHaveBeenCalled();
    expect(calls).toHaveLength(1);
    calls[0]!.answer();
    expect((await run).kind).toBe('painted');
    expect(painted()).toEqual([QUOTE]);
  } finally {
    styleAsked.mockRestore();
  }
});

test('a page with fewer elements than styleReadyFrom is read without waiting for the rendering step; one with more waits', async () => {
  articlePage(englishStory); // body, article, h1 and three paragraphs: 6 elements
  for (const [from, waits] of [
    [7, false],
    [6, true],
  ] as const) {
    const { analyzer, calls } = deferredAnalyzer();
    let rendered!: () => void;
    const styleReady = new Promise<void>((resolve) => (rendered = resolve));
    const run = new PageAnnotator(document, OPTIONS, analyzer).annotate({
      yieldToPage: immediate,
      styleReady,
      styleReadyFrom: from,
    });
    for (let i = 0; i < 5 && !calls.length; i++) await settle();
    expect(calls).toHaveLength(waits ? 0 : 1);
    rendered();
    for (let i = 0; i < 5 && !calls.length; i++) await settle();
    calls[0]!.answer();
    expect((await run).kind).toBe('painted');
  }
});

test("the page's theme is read with the article: a dark page is painted in the dark palette", async () => {
  articlePage(englishStory);
  document.body.style.backgroundColor = 'rgb(20, 20, 20)';
  try {
    const { analyzer, calls } = deferredAnalyzer();
    const run = new PageAnnotator(document, OPTIONS, analyzer).annotate({ yieldToPage: immediate });
    for (let i = 0; i < 5 && !calls.length; i++) await settle();
    calls[0]!.answer();
    expect((await run).kind).toBe('painted');
    const names = [...(g.CSS as { highlights: Map<string, unknown> }).highlights.keys()];
    expect(names).toEqual(['quote-lens-direct-dark-fill']);
  } finally {
    document.body.style.backgroundColor = '';
  }
});

test('the options beforeAnalyze resolves to (the stored settings) are the ones the first paint uses', async () => {
  articlePage(englishStory);
  const { analyzer, calls } = deferredAnalyzer();
  const defaults: PaintOptions = { ...OPTIONS, kinds: { ...OPTIONS.kinds, direct: false } };
  const run = new PageAnnotator(document, defaults, analyzer).annotate({
    yieldToPage: immediate,
    beforeAnalyze: () => Promise.resolve({ ...OPTIONS, style: 'underline' }),
  });
  for (let i = 0; i < 5 && !calls.length; i++) await settle();
  calls[0]!.answer();
  expect((await run).kind).toBe('painted');
  expect([...(g.CSS as { highlights: Map<string, unknown> }).highlights.keys()]).toEqual([
    'quote-lens-direct-light-underline',
  ]);
});
