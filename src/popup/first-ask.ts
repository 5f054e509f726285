// The popup's first question to the page, asked as early as the popup can: popup-first.ts runs
// this from a small classic script in popup.html's head, so the tab lookup and the round trip to
// the content script overlap the loading and start of the popup's own (much larger) module,
// which takes the answer from `takeFirstAsk`. The app asks again the same way while it polls.
import type Browser from 'webextension-polyfill';
import type { TargetTab } from './popup-api';
import { markPopup } from './popup-marks';
import { fromPage } from '../shared/page-answer';

// The popup's module takes it from here (first-ask-shared.ts), so that it ships once.
export { fromPage };

/** What the ask needs of the popup's browser access (PopupApi's own members). */
export interface AskApi {
  targetTab(): Promise<TargetTab | null>;
  send(tabId: number, request: { type: 'get-report' }): Promise<unknown>;
  /** The tab's id when the popup's address names it: asked at once, while the tab is looked up. */
  tabIdHint?: number;
}

export type FirstReport = { tab: TargetTab | null; answer: unknown };

/** Finds the popup's tab and asks its page for the report. */
export async function askForReport(api: AskApi): Promise<FirstReport> {
  const ask = (id: number) => api.send(id, { type: 'get-report' }).catch(() => undefined);
  // A tab known by id is asked at once, while the browser looks the tab up.
  const early = api.tabIdHint === undefined ? null : ask(api.tabIdHint);
  const tab = await api.targetTab().catch(() => null);
  markPopup('tab');
  const answer = tab ? await (early && tab.id === api.tabIdHint ? early : ask(tab.id)) : undefined;
  markPopup('answer');
  return { tab, answer };
}

/** The tab id in the popup's address (`?tabId=N`, the popup opened as a page in a tab, as the
 * Firefox tests do), or undefined. */
export function namedTabId(search: string): number | undefined {
  const id = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The tab the popup speaks for: the one its address names, else the active tab. */
export async function findTargetTab(browser: Browser.Browser, search: string): Promise<TargetTab | null> {
  const named = namedTabId(search);
  const tab =
    named !== undefined
      ? await browser.tabs.get(named)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null, loading: tab.status === 'loading' };
}

const FIRST_ASK = 'quoteLensFirstAsk';

/** What popup-first.js leaves on the global for the popup's module: the first ask (`f`, until
 * taken) and the functions the module would otherwise ship a second copy of (the build gives the
 * module first-ask-shared.ts in place of this file and popup-marks.ts). Short keys: the minifier
 * keeps property names. */
export interface FirstAskShared {
  f?: Promise<FirstReport>;
  a: typeof askForReport;
  t: typeof findTargetTab;
  n: typeof namedTabId;
  m: typeof markPopup;
  p: typeof fromPage;
}

/** The global popup-first.js left, or undefined when it did not run. */
export const firstAskShared = () => (globalThis as Record<string, unknown>)[FIRST_ASK] as FirstAskShared | undefined;

/** Starts the first ask (popup-first.ts) and leaves it where the module will find it. */
export function startFirstAsk(browser: Browser.Browser, search: string): void {
  const hint = namedTabId(search);
  const api: AskApi = {
    targetTab: () => findTargetTab(browser, search),
    send: (tabId, request) => browser.tabs.sendMessage(tabId, request).then(fromPage),
    ...(hint !== undefined ? { tabIdHint: hint } : {}),
  };
  const shared: FirstAskShared = {
    f: askForReport(api),
    a: askForReport,
    t: findTargetTab,
    n: namedTabId,
    m: markPopup,
    p: fromPage,
  };
  (globalThis as Record<string, unknown>)[FIRST_ASK] = shared;
}

/** The first ask started by popup-first.ts, once (later asks are the app's own); undefined when
 * it did not run. */
export function takeFirstAsk(): Promise<FirstReport> | undefined {
  const shared = firstAskShared();
  const first = shared?.f;
  delete shared?.f;
  return first;
}
