// The content script's entry: wires the page annotator to the extension (settings, messages,
// the badge). Nothing here may throw into the page: every entry point is guarded.
import './script-start';
import { storedSettings } from './early-settings';
import {
  isAnnotationsFor,
  isContentRequest,
  MAX_ANALYZE_CHARS,
  type BackgroundRequest,
  type ContentRequest,
  type PageReport,
  type PageState,
  type SkipReason,
} from '../shared/messages';
import { isSiteDisabled, validateSettings, type Settings } from '../shared/settings';
import { PageAnnotator, type Analyzer, type PaintOptions } from './page-annotator';
import { canHighlight } from './highlights';
import { LiveUpdates } from './live-updates';
import { correctionsStore, extensionApi, extensionMessage, isCutOff, settingsStore } from './extension-api';
import { ReaderCorrections } from './reader-corrections';
import { pageKey } from './page-key';
import { AnalysisCache } from './analysis-cache';
import { frameMayHoldArticle } from './frames';
import { declaredLanguage, isEnglishTag } from './language';
import { setMessageLookup } from '../shared/i18n';
import { looksLikeArticle } from './article';
import { pageByline } from './byline';
import { mark } from './timing';
import { toPopup } from '../shared/page-answer';
import { afterNextRender, nextTask } from './rendered';

const isTopFrame = window.top === window;
setMessageLookup(extensionMessage);
let settings: Settings = validateSettings(undefined);
let annotator: PageAnnotator | null = null;
let state: PageState = 'working';
/** Why the page was left alone, when there is more to say than "no article". */
let skipped: SkipReason | undefined;
let liveUpdates: LiveUpdates | null = null;
/** The user asked for this page (popup button in on-click mode): later re-reads honour that. */
let forced = false;
let emptyRereads = 0;
const MAX_EMPTY_REREADS = 10;
/** Counts annotation runs: a run that finds a newer one started while it yielded stands down,
 * so two overlapping runs (a settings change and the popup's run-now) never both paint. */
let runs = 0;
/** The run reading the page now and the settings it reads with. The popup's "Turn on" saves the
 * site, which starts a run here, and then asks for one: that request joins this run instead of
 * reading the whole page a second time. */
let reading: { settings: Settings; done: Promise<void> } | null = null;
/** Resolves once the stored settings have been read (the defaults rule until then). */
let settingsKnown: Promise<void> = Promise.resolve();

const paintOptions = (s: Settings): PaintOptions => ({ kinds: s.kinds, style: s.style });

function report(): PageReport {
  const result = annotator?.getResult();
  const annotations = result
    ? { quotes: result.annotations.quotes, figures: result.annotations.figures, speakers: result.annotations.speakers }
    : null;
  const text = result?.index.text ?? '';
  const reader = result && readerCorrections.readerOf(result.annotations);
  return {
    state,
    title: result?.title || document.title,
    url: location.href,
    host: location.hostname,
    annotations,
    figureContexts: result ? result.annotations.figures.map((f) => contextAround(text, f.start, f.end)) : [],
    highlightsVisible: annotator?.isVisible() ?? true,
    capped: result?.capped ?? false,
    withDates: settings.kinds.dates,
    ...(skipped && state === 'no-article' ? { skipped } : {}),
    ...(reader ? { reader } : {}),
  };
}

/** A few words either side of a span, cut at word boundaries, for the popup's context column. */
function contextAround(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 50)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, end + 50));
  const to = toSpace === -1 ? text.length : toSpace;
  return (from > 0 ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ').trim() + (to < text.length ? '…' : '');
}

/** The engine runs in the background (loaded once per wake of the background, off the page's thread); a
 * worker that was asleep or restarting (no receiver) gets a second try. Its answer is checked
 * like any input, once: an answer that fails the check is not asked for again (the same work
 * would come back the same). */
const analyzeInBackground: Analyzer = async (text, blocks) => {
  const byline = pageByline(document);
  const request: BackgroundRequest = { type: 'analyze', text, blocks, ...(byline ? { byline } : {}) };
  for (let attempt = 0; attempt < 2; attempt++) {
    let answer: unknown;
    try {
      mark('analyze:sent');
      answer = await extensionApi.sendMessage(request);
      mark('analyze:answered');
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    return isAnnotationsFor(answer, text.length) ? answer : null;
  }
  return null;
};
let warmUpSent = false;
/** Wakes the background and has it compile the engine while this page is read (once per script):
 * a background that slept starts and runs its first analysis in parallel with our reading instead
 * of after it. */
function warmUpBackground(): void {
  if (warmUpSent) return;
  warmUpSent = true;
  extensionApi.sendMessage({ type: 'warm-up' } satisfies BackgroundRequest).catch(() => undefined);
}

/** Text already analysed (a re-read that found the same words, or a run joining one still
 * waiting on the background) is not sent again. */
const analysis = new AnalysisCache(analyzeInBackground);
/** The reader's corrections, applied to every answer before it is painted. */
const readerCorrections = new ReaderCorrections(correctionsStore, () => pageKey(document));
const analyzeAndCorrect = readerCorrections.wrap(analysis.analyze);

/** The rendering step the first read waits for, asked for in the script's first task; null once
 * a read has taken it. */
let firstRender: Promise<void> | null = null;

/** Pages with fewer elements than this (the survey's count) are read without waiting for the
 * browser's rendering step: their style costs a few ms to work out in our read, less than the
 * wait for the step (asked for in the script's first task, it came 5-10 ms after the survey on
 * the sample article, 158 elements, on a loaded machine). A big page (yahoo-2) still waits, as it
 * must (rendered.ts). */
const STYLE_READY_FROM = 1000;

/** Set once the stored settings have been read (`settingsKnown` resolved). */
let settingsArrived = false;

/** Yields to the page so our work never holds up its first interactions: `scheduler.yield()`
 * where the browser has it (our work resumes ahead of other queued tasks but after input), else
 * a message to ourselves. Not setTimeout: nested timeouts are held back 4 ms each after the fifth,
 * and a big page's read yields a dozen times. Not `scheduler.yield()` either while the stored
 * settings are on their way: their answer is one of those other queued tasks, and the text is
 * sent for analysis only once it has run. Resuming ahead of it, the read kept it out to its end
 * and after (in Firefox, side by side on the sample: the settings came 30-60 ms after the read
 * ended, and with plain tasks before it ended). */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (settingsArrived && typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
};

async function run(force = false): Promise<void> {
  if (retired) return;
  if (force) forced = true;
  await annotate();
  mark(state);
}

/** Removes everything we painted and stops watching: the page as we found it. */
function teardown(): void {
  runs++; // a run still yielding must not paint after this
  if (annotator) notifyBadge(0);
  annotator?.destroy();
  annotator = null;
  liveUpdates?.stop();
  liveUpdates = null;
}

/** What these settings (with the user's "run now" on this page) make of the page: read it, or
 * the state that says why not. */
function gateOf(s: Settings): 'read' | 'disabled' | 'waiting' {
  if (forced) return 'read';
  if (isSiteDisabled(s, location.hostname)) return 'disabled';
  return s.runMode === 'on-click' ? 'waiting' : 'read';
}

async function annotate(): Promise<void> {
  skipped = undefined;
  const gate = gateOf(settings);
  if (gate !== 'read') {
    teardown();
    state = gate;
    return;
  }
  if (!canHighlight()) {
    teardown();
    state = 'no-article';
    return;
  }
  // A page that declares another language is left alone before anything is read.
  const language = declaredLanguage(document);
  if (language && !isEnglishTag(language)) {
    teardown();
    state = 'no-article';
    skipped = 'not-english';
    return;
  }
  const previous = annotator;
  if (!previous) state = 'working';
  const generation = ++runs;
  // The cheap gate only on first sight (a page that was an article is re-read in full), and
  // before anything else is built: most pages and frames stop here.
  if (!previous && !looksLikeArticle(document)) {
    state = 'no-article';
    watch(null);
    return;
  }
  warmUpBackground();
  const job = { settings, done: readAndPaint(generation) };
  reading = job;
  try {
    await job.done;
  } finally {
    if (reading === job) reading = null;
  }
}

/** Reads the article and paints it, unless a newer run (number > `generation`) takes over. */
async function readAndPaint(generation: number): Promise<void> {
  let paintedWith = settings;
  // Asked for now, so the browser's rendering step can come while the page is surveyed; the
  // first run's was asked for in the script's first task (`firstRender`).
  const styleReady = firstRender ?? afterNextRender(document);
  firstRender = null;
  const candidate = new PageAnnotator(
    document,
    paintOptions(settings),
    analyzeAndCorrect,
    correctionsStore ? readerCorrections : undefined,
  );
  // No yield before the survey: its first slice runs in the task that passed the gate (the first
  // run's gate task, a few ms on the sample page) instead of after one more wait for a task; the
  // survey yields by itself once its slice's budget is spent.
  const keepHidden = annotator ? !annotator.isVisible() : false;
  // The old highlights go in the same task as the new ones come (no flicker). A run overtaken
  // by a newer one while it waited on the background paints nothing of its answer.
  const outcome = await candidate.annotate({
    yieldToPage,
    beforePaint: () => {
      annotator?.destroy();
      annotator = null;
    },
    isCurrent: () => generation === runs,
    beforeAnalyze: () => {
      // The page's corrections are asked for while the read waits on the stored settings, not at
      // the gate: Firefox builds storage.local on its first use, 4-15 ms in the task that makes
      // it, which held up the survey and the read (side by side on the sample page). With the
      // settings already here, the analyzer asks right after sending the text, in the round trip.
      if (!settingsArrived) readerCorrections.prefetch();
      return settingsKnown.then(() => paintOptions((paintedWith = settings)));
    },
    styleReady,
    styleReadyFrom: STYLE_READY_FROM,
    maxChars: MAX_ANALYZE_CHARS,
  });
  if (generation !== runs || outcome.kind === 'superseded') {
    candidate.destroy();
    return;
  }
  if (outcome.kind !== 'painted') {
    annotator?.destroy();
    annotator = null;
    state = 'no-article';
    skipped = outcome.kind === 'not-english' ? 'not-english' : undefined;
    watch(null);
    notifyBadge(0);
    return;
  }
  const { result } = outcome;
  skipped = undefined;
  // Settings may have changed while we yielded, and a re-read keeps highlights the user hid.
  if (settings !== paintedWith) candidate.setOptions(paintOptions(settings));
  if (keepHidden) candidate.setVisible(false);
  annotator = candidate;
  state = 'ready';
  watch(result.root);
  notifyBadge(result.annotations.quotes.length);
}

/** Re-annotates when the article changes or arrives later; gives up waiting for an article
 * after a while, so a web app that churns its DOM forever costs nothing after that. */
function watch(article: Element | null): void {
  if (!article && ++emptyRereads > MAX_EMPTY_REREADS) {
    liveUpdates?.stop();
    return;
  }
  if (article) emptyRereads = 0;
  liveUpdates ??= new LiveUpdates(document, () => {
    void run().catch(() => undefined);
  });
  liveUpdates.watch(article);
}

/** The badge is the top frame's: a frame's article (or a frame's "nothing here") never sets it. */
function notifyBadge(count: number): void {
  if (!isTopFrame) return;
  extensionApi.sendMessage({ type: 'quote-count', count }).catch(() => {
    /* background asleep or reloading */
  });
}

/** The state another frame's content script last settled on, read from the marks it leaves in
 * that frame's own timeline (a same-origin frame's is readable; another site's throws: null). */
function settledStateOf(win: Window | null): string | null {
  try {
    let last: PerformanceEntry | null = null;
    for (const m of win?.performance.getEntriesByType('mark') ?? []) {
      if (SETTLED_MARK.test(m.name) && (!last || m.startTime >= last.startTime)) last = m;
    }
    return last ? last.name.slice('quote-lens:'.length) : null;
  } catch {
    return null;
  }
}
const SETTLED_MARK = /^quote-lens:(?:ready|no-article|disabled|waiting)$/;

/** Whether another frame holds the article the popup should show: a frame defers to a top frame
 * with an article, and a top frame without one to a (same-origin) frame with one. Decided from
 * the frames' states, not by which answer arrives first. */
function defersToAnotherFrame(): boolean {
  if (!isTopFrame) return settledStateOf(window.top) === 'ready';
  if (state === 'ready') return false;
  for (let i = 0; i < window.frames.length; i++) if (settledStateOf(window.frames[i] ?? null) === 'ready') return true;
  return false;
}

/** Whether this frame answers a request, decided when it arrives: the top frame and a frame
 * holding the article report, the top frame's article first; only the frame holding the article
 * focuses its items. */
function speaksFor(request: ContentRequest): boolean {
  const focus = request.type === 'focus-item' || request.type === 'focus-introduction';
  if ((request.type === 'get-report' || focus) && defersToAnotherFrame()) return false;
  return focus ? state === 'ready' : isTopFrame || state === 'ready';
}

/** Carries out a request in this frame; whether the answer is sent is `speaksFor`'s call. */
async function handle(request: ContentRequest): Promise<unknown> {
  switch (request.type) {
    case 'get-report':
      // The popup takes the first answer, so a top frame without an article waits a moment when
      // it has frames that may still be reading one.
      if (isTopFrame && state !== 'ready' && document.querySelector('iframe'))
        await new Promise((r) => setTimeout(r, 150));
      return report();
    case 'focus-item':
      return annotator?.focus(request.item, request.index, request.text) ?? false;
    case 'focus-introduction':
      return annotator?.focusIntroduction(request.index, request.text) ?? false;
    case 'run-now':
      // Asked from a page that is switched off or waits for the click: a run already reading
      // with the current settings, or an article already painted, is the answer.
      forced = true;
      if (reading?.settings === settings) await reading.done;
      else if (state !== 'ready') await run();
      return report();
    case 'toggle-highlights':
      annotator?.setVisible(!annotator.isVisible());
      return report();
    case 'get-article': {
      const result = annotator?.getResult();
      return (result && readerCorrections.articleOf(result.annotations)) ?? null;
    }
    case 'reapply-corrections':
      // The popup has just written this page's corrections: read and paint with them, then answer.
      // The storage change starts a run of its own; whichever comes second takes over, so the
      // answer waits for the run still reading (a few at most) rather than report the old paint.
      if (state === 'ready') await run();
      for (let i = 0; reading && i < 3; i++) await reading.done;
      return report();
  }
}

/** The event by which a content script started later in this page (the popup starts one in a
 * page open since before the install or an update) takes over from one already here: the old
 * one, cut off from the extension after an update, would otherwise keep its highlights and cards
 * beside the new ones. DOM events reach every content script world of the page, and the page
 * can fire this one too: a script still connected to its extension ignores it, so only a script
 * that is cut off (the one a take-over is for) ever steps down. */
const TAKE_OVER = 'quote-lens:take-over';
/** Set once this script has handed the page over: nothing of it may run after that. */
let retired = false;

async function start(): Promise<void> {
  mark('start');
  document.dispatchEvent(new Event(TAKE_OVER));
  const stops: (() => void)[] = [];
  document.addEventListener(TAKE_OVER, function onTakeOver() {
    if (!isCutOff()) return; // forged by the page, or a second live script: we stay
    document.removeEventListener(TAKE_OVER, onTakeOver);
    retired = true;
    teardown();
    // Cut off from the extension, its APIs may throw now; the page is already clean.
    for (const stop of stops)
      try {
        stop();
      } catch {
        /* nothing left to stop */
      }
  });
  // The page is read while the stored settings load (a round trip through the browser, asked for
  // before the rest of the script was evaluated: early-settings.ts): the run
  // starts under the defaults, and goes on to send the text for analysis and paint only once the
  // stored settings are known to allow it (`settingsKnown`). A site the reader switched off, or
  // one waiting for a click, is never analysed: the reader said not to, and the work would be
  // thrown away. Settings that say otherwise make the run stand down unseen, and a new run
  // honours them.
  let storedGate: 'read' | 'disabled' | 'waiting' = 'read';
  settingsKnown = (storedSettings ?? settingsStore.load()).then((stored) => {
    mark('settings');
    settingsArrived = true;
    settings = stored;
    storedGate = gateOf(stored);
    if (storedGate !== 'read')
      runs++; // the run that started under the defaults stands down
    // A read does not depend on the settings (they choose what is painted, at paint time): the
    // read under way serves the stored settings too, and a "run now" joins it.
    else if (reading) reading.settings = stored;
  });
  // The task that evaluated the script ends here, with the settings asked for; listening and the
  // article gate come in the next task. In Firefox the first look-up of an extension API builds it
  // inside the task that makes it: `browser` itself and storage (needed for the settings) stay
  // in this one, runtime (the listener, ~10 ms on a loaded machine) goes to the next. One task
  // more, not two: each yield can wait behind the page's own rendering.
  // The first read waits for a rendering step after this task: asked for now, the one the
  // browser runs next (often the page's own first, a long one on a big page) is it, where asked
  // for in the next task it would be the one after.
  firstRender = afterNextRender(document);
  mark('task:load:end');
  await yieldToPage();
  if (retired) return;
  mark('task:gate:start');
  // Listening before the settings arrive: a popup opened this early hears "working" and waits,
  // instead of finding no one here and telling the user to reload.
  stops.push(
    extensionApi.onMessage((message: unknown) => {
      if (!isContentRequest(message)) return undefined;
      // As text, which Firefox passes to the popup faster than an object (page-answer.ts).
      const answer = handle(message)
        .then(toPopup)
        .catch(() => undefined);
      // The popup gets the first answer from any frame: a frame with nothing to say must not
      // answer at all (an answer of `undefined` would win over the article's frame).
      return speaksFor(message) ? answer : undefined;
    }),
  );
  // This task ends where the first run first waits: after the article gate, setting up the reader
  // and the survey's first slice (on a small page, the whole survey).
  const early = run();
  mark('task:gate:end');
  await settingsKnown;
  if (retired) return;
  stops.push(
    settingsStore.subscribe((next) => {
      const gate = gateOf(settings);
      settings = next;
      // Listing the site as never-run overrides an earlier "run now" on this page.
      if (isSiteDisabled(settings, location.hostname)) forced = false;
      // Only a change of gate re-reads the page: a page the user asked for stays as it is when the
      // site is turned on or the mode changes.
      if (gateOf(settings) !== gate) void run().catch(() => undefined);
      else annotator?.setOptions(paintOptions(settings));
    }),
  );
  // Corrections made in the popup or on the card, or cleared in the options page, are painted at once.
  stops.push(
    readerCorrections.watch(() => {
      if (state === 'ready') void run().catch(() => undefined);
    }),
  );
  if (storedGate === 'read') await early;
  else await run();
  // The watcher above repaints only a painted page: a correction stored while the first read was
  // under way is caught here.
  if (state === 'ready' && (await readerCorrections.changedSinceRead())) await run();
  // A tab's badge outlives its page: a new page without quotes must clear the last one's count.
  if (isTopFrame && state !== 'ready') notifyBadge(0);
}

// Only the frames that can hold the article the reader is on do anything at all: the top frame
// and same-origin frames of a page's size (not ad frames, not other sites' frames).
if (frameMayHoldArticle(window))
  start().catch(() => {
    state = 'no-article';
  });
