// Everything the popup asks of the browser, behind one small interface: the entry builds it
// from the real extension API once (browserPopupApi), and tests pass a fake to <App>.
import type Browser from 'webextension-polyfill';
import type { ContentRequest } from '../shared/messages';
import { createSettingsStore, type SettingsStore } from '../shared/settings-store';
import { createCorrectionsStore, type CorrectionsStore } from '../shared/corrections-store';
import { downloadText } from '../shared/download-text';
import { findTargetTab, fromPage, namedTabId } from './first-ask';

/** The tab the popup speaks for. */
export interface TargetTab {
  id: number;
  /** Its URL when the browser tells us: Chromium does for the tab whose toolbar button was
   * clicked (activeTab), never for its own pages. */
  url: string | null;
  /** True while the page is still loading (our content script starts once it has). */
  loading: boolean;
}

export interface PopupApi {
  /** The tab the popup speaks for, or null when there is none. */
  targetTab(): Promise<TargetTab | null>;
  /** The tab's id when it is known before targetTab() answers (named in the popup's address):
   * the first question to the page need not wait for the tab lookup. */
  tabIdHint?: number;
  /** Sends a request to the tab's content script; rejects when nothing answers there. */
  send(tabId: number, request: ContentRequest): Promise<unknown>;
  /** Starts the content script in the tab's page (a page open since before the install, where
   * Chromium never ran it); false when the browser refuses. */
  inject(tabId: number): Promise<boolean>;
  settings: SettingsStore;
  /** The reader's corrections (storage.local); without it the popup offers none. */
  corrections?: CorrectionsStore;
  /** Puts text on the clipboard. */
  copy(text: string): Promise<void>;
  /** Offers text as a file download. */
  download(fileName: string, mime: string, text: string): void;
  /** Opens the options page. */
  openOptions(): void;
}

/** The popup's browser access, from the polyfilled API. `?tabId=N` names the tab explicitly
 * (the popup opened as a page in a tab, as the Firefox tests do). */
export function browserPopupApi(browser: Browser.Browser, doc: Document): PopupApi {
  const named = namedTabId(doc.location.search);
  return {
    ...(named !== undefined ? { tabIdHint: named } : {}),
    targetTab: () => findTargetTab(browser, doc.location.search),
    send: (tabId, request) => browser.tabs.sendMessage(tabId, request).then(fromPage),
    async inject(tabId) {
      // activeTab grants this tab's page for as long as the user stays on it: the toolbar click
      // that opened the popup is the permission. The top frame only, where articles are.
      try {
        await browser.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
        await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
        return true;
      } catch {
        return false;
      }
    },
    settings: createSettingsStore(browser.storage.sync, browser.storage.onChanged),
    corrections: createCorrectionsStore(browser.storage.local, browser.storage.onChanged),
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        copyWithSelection(doc, text); // no async clipboard (older Firefox popups, lost focus)
      }
    },
    download: (fileName, mime, text) => downloadText(doc, fileName, mime, text),
    openOptions: () => void browser.runtime.openOptionsPage().catch(() => undefined),
  };
}

/** The old way to copy: select a hidden textarea's text and run the copy command. */
function copyWithSelection(doc: Document, text: string): void {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}
