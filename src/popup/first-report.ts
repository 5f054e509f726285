// The popup's first question to its page, in a module of its own so that the early script
// (popup-early.ts, run from the document's head) can ask it without loading the app, and the app
// asks it the same way when it polls.
import type Browser from 'webextension-polyfill';
import type { ContentRequest } from '../shared/messages';
import { markPopup } from './popup-marks';

/** The tab the popup speaks for. */
export interface TargetTab {
  id: number;
  /** Its URL when the browser tells us: Chromium does for the tab whose toolbar button was
   * clicked (activeTab), never for its own pages. */
  url: string | null;
  /** True while the page is still loading (our content script starts once it has). */
  loading: boolean;
}

/** What asking for the report needs of the browser (a slice of PopupApi). */
export interface ReportAsker {
  /** The tab the popup speaks for, or null when there is none. */
  targetTab(): Promise<TargetTab | null>;
  /** Sends a request to the tab's content script; rejects when nothing answers there. */
  send(tabId: number, request: ContentRequest): Promise<unknown>;
}

/** The popup's tab from the browser's API. `?tabId=N` names the tab explicitly (the popup opened
 * as a page in a tab, as the Firefox tests do). */
export async function findTargetTab(browser: Browser.Browser, doc: Document): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(doc.location.search).get('tabId'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null, loading: tab.status === 'loading' };
}

/** Finds the popup's tab and asks its page for the report; never rejects. */
export async function askForReport(api: ReportAsker): Promise<{ tab: TargetTab | null; answer: unknown }> {
  const tab = await api.targetTab().catch(() => null);
  markPopup('tab');
  const answer = tab ? await api.send(tab.id, { type: 'get-report' }).catch(() => undefined) : undefined;
  markPopup('answer');
  return { tab, answer };
}

export type FirstReport = Awaited<ReturnType<typeof askForReport>>;

/** What the early script leaves for the app: its questions, under way. */
export interface EarlyStart {
  report: Promise<FirstReport>;
  /** storage.sync's answer for the settings key, not yet validated. */
  settings: Promise<Record<string, unknown>>;
}

/** Where the early script leaves them (the popup's own window; no page script runs there). */
export const EARLY_START_KEY = 'quoteLensPopupStart';
