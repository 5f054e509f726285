// The few extension APIs the content script uses, straight from the browser. The content script
// is injected into every page, so it carries no webextension-polyfill (about 3.5 KB gzipped on
// each page load); what it needs of the polyfill is one thing: a message listener may answer with
// a promise. Chrome wants `sendResponse` plus `return true` for that, which Firefox accepts too.
// The popup and the background do without it too; only the options page keeps it.

import { extensionBrowser } from '../shared/extension-browser';
import { createSettingsStore, type StorageChangeEvents, type SyncArea } from '../shared/settings-store';
import { createCorrectionsStore, type LocalArea } from '../shared/corrections-store';

type RawListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

interface RawApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(fn: RawListener): void;
      removeListener(fn: RawListener): void;
    };
  };
  storage: { sync: SyncArea; local?: LocalArea; onChanged: StorageChangeEvents };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}

const raw = extensionBrowser<RawApi>();

/** The content script's view of the extension API, promise-based in both browsers. */
export const extensionApi = {
  /** Never throws: a script cut off from its extension (after an update) gets a rejection,
   * where Chromium's API would throw at once. */
  sendMessage(message: unknown): Promise<unknown> {
    try {
      return raw.runtime.sendMessage(message);
    } catch (e) {
      return Promise.reject(e);
    }
  },
  /** `fn` answers with a promise, or undefined when this frame has nothing to say. Returns the
   * function that stops listening. */
  onMessage(fn: (message: unknown) => Promise<unknown> | undefined): () => void {
    const listener: RawListener = (message, _sender, sendResponse) => {
      const answer = fn(message);
      if (!answer) return false;
      answer.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    raw.runtime.onMessage.addListener(listener);
    return () => raw.runtime.onMessage.removeListener(listener);
  },
};

/** Whether this script has lost its extension (Chromium keeps a script running after its
 * extension is updated or reloaded, with `runtime.id` gone and every API throwing). */
export function isCutOff(): boolean {
  try {
    return !raw.runtime?.id;
  } catch {
    return true;
  }
}

/** A UI string from _locales (the hover card's words); the API is first touched on first use.
 * '' (the key is shown) rather than an exception in the page's hover, should it be cut off. */
export function extensionMessage(key: string, substitutions?: string[]): string {
  try {
    return raw.i18n.getMessage(key, substitutions);
  } catch {
    return '';
  }
}

/** storage.onChanged, looked up when a listener is first added or removed, not when the script
 * is evaluated: in Firefox the first look-up of an API member builds it, and this one took ~10 ms
 * of the script's first task (temporary marks, a loaded machine), for listeners added only once
 * the stored settings have come back. */
const storageChanges: StorageChangeEvents = {
  addListener: (fn) => raw.storage.onChanged.addListener(fn),
  removeListener: (fn) => raw.storage.onChanged.removeListener(fn),
};

/** The settings, read and watched through the same store as the popup and options page. */
export const settingsStore = createSettingsStore(raw.storage.sync, storageChanges);

/** The reader's corrections (read here, and written from the hover card), or null where
 * storage.local is missing. */
export const correctionsStore = raw.storage.local ? createCorrectionsStore(raw.storage.local, storageChanges) : null;
