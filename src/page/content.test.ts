/** @jest-environment jsdom */
// The content script's entry, loaded into a jsdom page over a fake extension API whose
// background runs the real engine: the take-over event, the result cache and the report.
import { analyze } from '../engine/analyze';
import { fromPage } from '../shared/page-answer';

const QUOTE = '“We cannot keep patching a structure that was built for horse carts,”';
const STORY = `<main><article><h1>River town votes on new bridge</h1><div class="story-body">
<p>Residents of Millbrook will vote next month on a plan to replace the town's 90-year-old bridge, which engineers closed to trucks in the spring.</p>
<p>${QUOTE} Mayor Ana Torres said at a packed council meeting on Tuesday.</p>
<p>The council estimates the project will cost $48 million, about a third of it from state grants, and opponents say it is too much.</p>
</div></article></main>`;

type Listener = (message: unknown, sender: unknown, sendResponse: (a: unknown) => void) => boolean | undefined;
const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown; chrome?: unknown };

/** A fake extension: its background answers analyses with the real engine and counts them. */
function fakeExtension(storedSettings: () => Promise<Record<string, unknown>> = async () => ({})) {
  const sent: { type: string }[] = [];
  const listeners: Listener[] = [];
  const runtime: {
    id?: string;
    sendMessage(m: { type: string; text?: string; blocks?: never }): Promise<unknown>;
    onMessage: object;
  } = {
    id: 'our-id',
    async sendMessage(m) {
      if (runtime.id === undefined) throw new Error('Extension context invalidated.');
      sent.push(m);
      return m.type === 'analyze' ? analyze(m.text!, { blocks: m.blocks }) : undefined;
    },
    onMessage: { addListener: (fn: Listener) => listeners.push(fn), removeListener: () => undefined },
  };
  g.chrome = {
    runtime,
    storage: {
      sync: { get: storedSettings, set: async () => undefined },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    i18n: { getMessage: () => '' },
  };
  /** What the script sent back, as it crossed (text: see content.ts). */
  const answers: unknown[] = [];
  /** Asks the content script as the popup does, and reads the answer as the popup does. */
  const ask = (request: object) =>
    new Promise<unknown>((resolve) => {
      const reply = (a: unknown) => {
        answers.push(a);
        resolve(fromPage(a));
      };
      for (const fn of listeners) if (fn(request, {}, reply)) return;
      resolve(undefined);
    });
  return { runtime, sent, ask, answers, analyses: () => sent.filter((m) => m.type === 'analyze').length };
}

const highlights = () => (g.CSS as { highlights: Map<string, Set<Range>> }).highlights;
const painted = () => [...highlights().values()].flatMap((h) => [...h].map((r) => r.toString()));
/** Waits for `check` for up to 10 s of wall time (a count of 10 ms timeouts was 3 s at best, and
 * less than a busy machine may take to read and paint). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

/** The User Timing marks the script leaves (jsdom keeps none of its own). */
let marks: string[] = [];
const marked = (name: string) => marks.filter((m) => m === `quote-lens:${name}`).length;

beforeEach(() => {
  marks = [];
  (performance as unknown as { mark: (name: string) => void }).mark = (name) => {
    marks.push(name);
  };
  g.CSS = { highlights: new Map() };
  g.Highlight = class extends Set<Range> {
    priority = 0;
    // As the real one: the initial ranges one by one (not one iterable, as Set takes them).
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  };
  document.documentElement.setAttribute('lang', 'en');
  document.body.innerHTML = STORY;
});
afterEach(() => {
  // The test's script steps down as after an update (cut off, then a take-over): left running, it
  // would re-read the next test's page when beforeEach rewrites it, and paint there.
  const chrome = g.chrome as { runtime?: { id?: string } } | undefined;
  if (chrome?.runtime) delete chrome.runtime.id;
  document.dispatchEvent(new Event('quote-lens:take-over'));
  delete g.CSS;
  delete g.Highlight;
  delete g.chrome;
});

function loadContentScript(): void {
  // A fresh copy of the script each time, as each page load gets (jest has no import() for this).
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./content');
  });
}

test('a take-over event from the page is ignored while the script is connected; once cut off, it steps down', async () => {
  const ext = fakeExtension();
  loadContentScript();
  await until(() => painted().includes(QUOTE), 'the quote to be painted');
  document.dispatchEvent(new Event('quote-lens:take-over'));
  expect(painted()).toContain(QUOTE);
  // An update cuts the script off (Chromium: runtime.id gone); the new script's event now counts.
  delete ext.runtime.id;
  document.dispatchEvent(new Event('quote-lens:take-over'));
  expect(highlights().size).toBe(0);
});

test('a re-read of unchanged text is not analysed again, and the report carries the cap flag', async () => {
  const ext = fakeExtension();
  loadContentScript();
  await until(() => painted().includes(QUOTE), 'the quote to be painted');
  expect(ext.analyses()).toBe(1);
  // The page re-renders a paragraph with the same words: the article is read again (its nodes
  // are new), its text is the same, so it is not sent for analysis again.
  const p = document.querySelector('.story-body p')!;
  p.replaceWith(p.cloneNode(true));
  // (Reading may take several slices, each marked as a task: count the runs by their end.)
  await until(() => marked('ready') === 2, 'the re-read');
  expect(ext.analyses()).toBe(1);
  expect(painted()).toContain(QUOTE);
  const report = (await ext.ask({ type: 'get-report' })) as { state: string; capped: boolean; withDates: boolean };
  expect(report.state).toBe('ready');
  expect(report.capped).toBe(false);
  expect(report.withDates).toBe(false); // the settings' default: the popup lists no dates at first
  // The report crosses as JSON text, which Firefox passes far faster than an object graph.
  expect(typeof ext.answers.at(-1)).toBe('string');
});

/** Stored settings that arrive only when the test says (storage answering slower than the read). */
function lateSettings() {
  let arrive: (stored: Record<string, unknown>) => void = () => undefined;
  const stored = new Promise<Record<string, unknown>>((resolve) => (arrive = resolve));
  return { get: () => stored, arrive };
}

test('the text waits for the stored settings before it is sent for analysis; painted once they allow it', async () => {
  const settings = lateSettings();
  const ext = fakeExtension(settings.get);
  loadContentScript();
  await new Promise((r) => setTimeout(r, 100));
  expect(ext.analyses()).toBe(0); // the settings may yet switch this site off
  expect(painted()).toEqual([]);
  settings.arrive({});
  await until(() => painted().includes(QUOTE), 'the quote to be painted');
  expect(ext.analyses()).toBe(1);
});

test('stored settings that switch the site off, arriving after the read: nothing is analysed or painted', async () => {
  const settings = lateSettings();
  const ext = fakeExtension(settings.get);
  loadContentScript();
  await new Promise((r) => setTimeout(r, 50));
  settings.arrive({ settings: { disabledSites: [location.hostname] } });
  await until(() => marked('disabled') > 0, 'the run to stand down');
  await new Promise((r) => setTimeout(r, 50));
  expect(ext.analyses()).toBe(0);
  expect(painted()).toEqual([]);
  // The badge is only ever cleared (a tab's badge outlives its page), never given a count.
  expect(ext.sent.filter((m) => m.type === 'quote-count' && (m as { count?: number }).count !== 0)).toEqual([]);
  const report = (await ext.ask({ type: 'get-report' })) as { state: string; annotations: unknown };
  expect(report.state).toBe('disabled');
  expect(report.annotations).toBeNull();
});

test('the task that evaluates the script asks for the settings and leaves the runtime API to the next one', async () => {
  // Firefox builds an extension API on its first look-up, inside the task that makes it: the
  // message listener (runtime) is set up in the script's second task, with the article gate.
  const ext = fakeExtension();
  const chrome = g.chrome as { runtime: unknown; storage: { sync: { get: () => Promise<unknown> } } };
  const lookedUp: string[] = [];
  const { runtime } = ext;
  Object.defineProperty(chrome, 'runtime', {
    get() {
      lookedUp.push('runtime');
      return runtime;
    },
  });
  const get = chrome.storage.sync.get;
  chrome.storage.sync.get = () => {
    lookedUp.push('settings');
    return get();
  };
  loadContentScript();
  expect(lookedUp).toEqual(['settings']);
  expect(marks).toContain('quote-lens:task:load:end');
  expect(marks).not.toContain('quote-lens:task:gate:start');
  await until(() => marked('task:gate:end') > 0, 'the second task');
  expect(lookedUp).toContain('runtime');
  // Listening from then on: the popup hears the run at work.
  const report = (await ext.ask({ type: 'get-report' })) as { state: string };
  expect(['working', 'ready']).toContain(report.state);
  await until(() => painted().includes(QUOTE), 'the quote to be painted');
});
