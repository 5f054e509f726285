// What the background does, over a small API that is passed in (background.ts wires the real
// one): run the engine for the content scripts, keep each tab's badge at its quote count and
// turn keyboard commands into messages to the active tab. No state of its own: a service
// worker may be stopped at any time.
import { isBackgroundRequest, type ContentRequest } from '../shared/messages';
import { analyzeBlocks } from '../engine/analyze';
import type { Annotations } from '../engine/types';

/** The slice of the extension API the background uses. */
export interface BackgroundApi {
  /** Our own extension id: only senders carrying it are heard. */
  extensionId: string;
  setBadge(tabId: number, text: string): Promise<void>;
  activeTabId(): Promise<number | null>;
  sendToTab(tabId: number, request: ContentRequest): Promise<unknown>;
}

/** Who sent a runtime message, as the browser reports it (never as the message claims). */
export interface Sender {
  id?: string;
  tab?: { id?: number };
}

/** Keyboard commands (manifest "commands") that become a message to the page; the popup's
 * own command (_execute_action) is handled by the browser and never reaches us. */
const COMMAND_REQUESTS: Record<string, ContentRequest> = {
  'toggle-highlights': { type: 'toggle-highlights' },
};

/** The badge for a quote count: empty at zero (no noise on pages without quotes), capped so
 * it fits the toolbar button. */
export function badgeText(count: number): string {
  return count === 0 ? '' : count > 999 ? '999+' : String(count);
}

/** Handles one runtime message, only from our own content scripts and only about the sender's
 * own tab (which the browser, not the message, names): a quote count sets the badge; an
 * article's text is analysed and the annotations are the answer. Anything else gets no answer. */
export function handleMessage(
  api: BackgroundApi,
  message: unknown,
  sender: Sender,
): Omit<Annotations, 'text'> | undefined {
  if (!isBackgroundRequest(message) || sender.id !== api.extensionId) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return undefined;
  if (message.type === 'analyze') {
    engineRan = true;
    clearTimeout(warmUpTimer);
    warmUpTimer = undefined;
    try {
      return timedFirst('quote-lens:first-article', () =>
        analyzeBlocks(message.text, message.blocks, { byline: message.byline }),
      );
    } catch {
      return { quotes: [], figures: [], speakers: [] }; // never let one page's text break the worker
    }
  }
  if (message.type === 'warm-up') warmUpEngine();
  else void api.setBadge(tabId, badgeText(message.count)).catch(() => undefined);
  return undefined;
}

/** Paragraphs with what the engine looks for in an article: a direct quote with its speaker,
 * reported speech, "according to", money, a percentage, a count; then an organisation with its
 * acronym, an aside naming a person with a title, a quote carried on by a pronoun, a question;
 * then a role before a name, a party, a document's finding and a possessive. Run one at a time,
 * they compile most of the code and regular expressions a real article needs: of the 100 regexes
 * a PolNeAR training article runs on average, the first paragraph alone left 49 to be compiled in
 * the article's own call, all three 26. */
export const WARM_UP_PARAGRAPHS: readonly string[] = [
  '“We will rebuild the bridge by spring,” Mayor Ana Torres said on Tuesday. She said the work ' +
    'would cost $48 million, according to a council report, and 12% of it would come from the state. ' +
    'Officials expect traffic to rise by 3,000 cars a day.',
  'The plan was quickly criticized by the Transit Workers Union (TWU), whose president, Mr. Paul ' +
    'Reyes, told reporters that the city “has ignored the riders.” “It is simply not enough,” he ' +
    'added. “Who will pay for it?”',
  'Council member Li Wei, a Democrat who represents the district, said she had warned about the ' +
    'costs last year. The report found that repairs were delayed twice, and the governor’s office ' +
    'declined to comment.',
];
/** Whether the engine has run on an article in this life of the background (a service worker or
 * event page starts afresh after sleeping). */
let engineRan = false;
/** Whether the warm-up has started in this life: it runs once. */
let warmUpStarted = false;
let warmUpTimer: ReturnType<typeof setTimeout> | undefined;

/** Runs the engine on the warm-up paragraphs, each in a task of its own, unless an article has
 * been analysed in this life of the background: the first run of its code and regexes in a fresh
 * process is several times slower than the next, and it is better paid while the content script
 * is still reading the page. An article that arrives stops the warm-up: it waits at most for the
 * paragraph under way, never for the rest (a background woken by both the warm-up and the article,
 * because it started slower than the page was read, hears both at once, and the article comes
 * before the first paragraph's task). */
export function warmUpEngine(): void {
  if (engineRan || warmUpStarted) return;
  warmUpStarted = true;
  warmUpFrom(0);
}

function warmUpFrom(k: number): void {
  warmUpTimer = setTimeout(() => {
    warmUpTimer = undefined;
    const paragraph = WARM_UP_PARAGRAPHS[k];
    if (engineRan || paragraph === undefined) return;
    try {
      timedFirst('quote-lens:first-warm-up', () =>
        analyzeBlocks(paragraph, [{ start: 0, end: paragraph.length, kind: 'paragraph' }]),
      );
    } catch {
      return; // the real article will say what went wrong
    }
    warmUpFrom(k + 1);
  }, 0);
}

/** Runs `run`, and the first time in this life of the background leaves a User Timing measure
 * `name` around it (the benchmark reads where the engine's first calls fall, and how long they
 * take, from the worker's or event page's own timeline). */
function timedFirst<T>(name: string, run: () => T): T {
  if (performance.getEntriesByName(name).length) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(name, { start });
  }
}

/** Handles one keyboard command by sending its request to the active tab; a tab without our
 * content script (a browser page) simply does not answer. */
export async function handleCommand(api: BackgroundApi, command: string): Promise<void> {
  const request = Object.prototype.hasOwnProperty.call(COMMAND_REQUESTS, command)
    ? COMMAND_REQUESTS[command]
    : undefined;
  if (!request) return;
  const tabId = await api.activeTabId().catch(() => null);
  if (tabId === null) return;
  await api.sendToTab(tabId, request).catch(() => undefined);
}
