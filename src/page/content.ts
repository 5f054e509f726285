// The content script's entry: wires the page annotator to the extension (settings, messages,
// the badge). Nothing here may throw into the page: every entry point is guarded.
import browser from 'webextension-polyfill';
import { isContentRequest, type ContentRequest, type PageReport, type PageState } from '../shared/messages';
import { isSiteDisabled, SETTINGS_KEY, validateSettings, type Settings } from '../shared/settings';
import { PageAnnotator, type PaintOptions } from './page-annotator';
import { canHighlight } from './highlights';

const isTopFrame = window.top === window;
let settings: Settings = validateSettings(undefined);
let annotator: PageAnnotator | null = null;
let state: PageState = 'working';

const paintOptions = (s: Settings): PaintOptions => ({ kinds: s.kinds, style: s.style });

function report(): PageReport {
  const result = annotator?.getResult();
  const annotations = result ? { quotes: result.annotations.quotes, figures: result.annotations.figures, speakers: result.annotations.speakers } : null;
  const text = result?.index.text ?? '';
  return {
    state,
    title: result?.title || document.title,
    url: location.href,
    host: location.hostname,
    annotations,
    figureContexts: result ? result.annotations.figures.map((f) => contextAround(text, f.start, f.end)) : [],
    highlightsVisible: annotator?.isVisible() ?? true,
  };
}

/** A few words either side of a span, cut at word boundaries, for the popup's context column. */
function contextAround(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 50)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, end + 50));
  const to = toSpace === -1 ? text.length : toSpace;
  return (from > 0 ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ').trim() + (to < text.length ? '…' : '');
}

/** Leaves a User Timing mark on the page's timeline ("quote-lens:start", "quote-lens:ready", …):
 * no DOM change, and it lets tests and the benchmark see when the work started and finished. */
function mark(name: string): void {
  try {
    performance.mark(`quote-lens:${name}`);
  } catch {
    /* User Timing unavailable: nothing to do */
  }
}

/** Yields to the page so our work never holds up its first interactions. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(force = false): Promise<void> {
  await annotate(force);
  mark(state);
}

async function annotate(force: boolean): Promise<void> {
  annotator?.destroy();
  annotator = null;
  if (isSiteDisabled(settings, location.hostname) && !force) { state = 'disabled'; return; }
  if (settings.runMode === 'on-click' && !force) { state = 'waiting'; return; }
  if (!canHighlight()) { state = 'no-article'; return; }
  state = 'working';
  const candidate = new PageAnnotator(document, paintOptions(settings));
  if (!candidate.isArticlePage()) { state = 'no-article'; return; }
  await yieldToPage();
  const result = candidate.annotate();
  if (!result) { state = 'no-article'; return; }
  annotator = candidate;
  state = 'ready';
  notifyBadge(result.annotations.quotes.length);
}

function notifyBadge(count: number): void {
  if (!isTopFrame && state !== 'ready') return;
  browser.runtime.sendMessage({ type: 'quote-count', count }).catch(() => { /* background asleep or reloading */ });
}

async function handle(request: ContentRequest): Promise<unknown> {
  switch (request.type) {
    case 'get-report':
      // Sub-frames speak only when they hold the article, so the top frame's answer is not drowned out.
      return isTopFrame || state === 'ready' ? report() : undefined;
    case 'focus-item':
      return state === 'ready' ? annotator?.focus(request.item, request.index) ?? false : undefined;
    case 'run-now':
      await run(true);
      return isTopFrame || state === 'ready' ? report() : undefined;
    case 'toggle-highlights':
      annotator?.setVisible(!annotator.isVisible());
      return isTopFrame || state === 'ready' ? report() : undefined;
  }
}

async function start(): Promise<void> {
  mark('start');
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    settings = validateSettings(stored[SETTINGS_KEY]);
  } catch {
    // storage unavailable (e.g. private window policy): defaults
  }
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    return handle(message).catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
    const previous = settings;
    settings = validateSettings(changes[SETTINGS_KEY].newValue);
    const reRun = previous.runMode !== settings.runMode || isSiteDisabled(previous, location.hostname) !== isSiteDisabled(settings, location.hostname);
    if (reRun) void run().catch(() => undefined);
    else annotator?.setOptions(paintOptions(settings));
  });
  await run();
}

start().catch(() => { state = 'no-article'; });
