// Reading, writing and watching the settings in storage.sync, over a minimal slice of the
// storage API that is passed in: the content script, the popup and the options page share it, and
// tests hand it an in-memory fake instead of mocking the browser.
import { SETTINGS_KEY, validateSettings, type Settings } from './settings';

/** The part of browser.storage.sync the store needs. */
export interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The part of browser.storage.onChanged the store needs. */
export interface StorageChangeEvents {
  addListener(fn: StorageChangeListener): void;
  removeListener(fn: StorageChangeListener): void;
}
export type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

/** Settings as the UI sees them: always valid on the way out and on the way in. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls `fn` whenever the settings change anywhere (another page, another device). */
  subscribe(fn: (settings: Settings) => void): () => void;
}

/** Builds the store over the given storage slices. */
export function createSettingsStore(area: SyncArea, events: StorageChangeEvents): SettingsStore {
  return {
    async load() {
      try {
        return validateSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
      } catch {
        return validateSettings(undefined); // storage unavailable: defaults, never a broken page
      }
    },
    async save(settings) {
      await area.set({ [SETTINGS_KEY]: validateSettings(settings) });
    },
    subscribe(fn) {
      const listener: StorageChangeListener = (changes, areaName) => {
        const change = changes[SETTINGS_KEY];
        if (areaName === 'sync' && change) fn(validateSettings(change.newValue));
      };
      events.addListener(listener);
      return () => events.removeListener(listener);
    },
  };
}
