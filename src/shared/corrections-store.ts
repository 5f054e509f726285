// The reader's corrections in storage.local (this device only, never synced), one item per page
// under `corrections:` + the page's canonical URL. Every read is checked (corrections.ts), and so
// is every write (a write never stores what a read refuses). The popup and the hover card make
// corrections, the options page clears them. Tests pass an in-memory area.
import {
  MAX_PAGES,
  pageToStore,
  readAllCorrections,
  readPageCorrections,
  STORAGE_PREFIX,
  storageKey,
  type PageCorrections,
} from './corrections';
import type { Block } from '../engine/types';
import type { StorageChangeEvents, StorageChangeListener } from './settings-store';

/** The part of browser.storage.local the store needs. */
export interface LocalArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface CorrectionsStore {
  /** One page's corrections (null: none, or nothing usable stored). */
  load(url: string): Promise<PageCorrections | null>;
  loadAll(): Promise<PageCorrections[]>;
  /** Writes a page's list (an empty list removes the page). Rejects when storage refuses (full). */
  save(page: PageCorrections): Promise<void>;
  clear(url: string): Promise<void>;
  clearAll(): Promise<void>;
  /** Calls `fn` with the URL of every page whose corrections change (any tab, the options page). */
  subscribe(fn: (url: string) => void): () => void;
}

export function createCorrectionsStore(area: LocalArea, events: StorageChangeEvents): CorrectionsStore {
  const store: CorrectionsStore = {
    async load(url) {
      try {
        const key = storageKey(url);
        const page = readPageCorrections((await area.get(key))[key]);
        return page && page.url === url ? page : null;
      } catch {
        return null; // storage unavailable: the engine's answer, never a broken page
      }
    },
    async loadAll() {
      try {
        return readAllCorrections(await area.get(null));
      } catch {
        return [];
      }
    },
    async save(page) {
      const checked = page.items.length ? pageToStore(page) : null;
      if (!checked) {
        await area.remove(storageKey(page.url));
        return;
      }
      // A new page past the cap pushes out the page corrected longest ago.
      const all = await store.loadAll();
      if (!all.some((p) => p.url === page.url) && all.length >= MAX_PAGES)
        await area.remove(all.slice(MAX_PAGES - 1).map((p) => storageKey(p.url)));
      await area.set({ [storageKey(page.url)]: checked });
    },
    async clear(url) {
      await area.remove(storageKey(url));
    },
    async clearAll() {
      const keys = Object.keys(await area.get(null)).filter((k) => k.startsWith(STORAGE_PREFIX));
      if (keys.length) await area.remove(keys);
    },
    subscribe(fn) {
      const listener: StorageChangeListener = (changes, areaName) => {
        if (areaName !== 'local') return;
        for (const key of Object.keys(changes))
          if (key.startsWith(STORAGE_PREFIX)) fn(key.slice(STORAGE_PREFIX.length));
      };
      events.addListener(listener);
      return () => events.removeListener(listener);
    },
  };
  return store;
}

/** Stores an edit of one page's corrections (a correction added, one undone): its list as stored
 * now, edited, titled, and with the article's text as read now when there is one (kept as test
 * data for the engine). Rejects when storage refuses. */
export async function editPageCorrections(
  store: CorrectionsStore,
  key: string,
  title: string,
  edit: (page: PageCorrections) => PageCorrections,
  article?: { text: string; blocks?: Block[] } | null,
): Promise<void> {
  const current = (await store.load(key)) ?? { url: key, title, items: [] };
  const page = edit({ ...current, title: title || current.title });
  await store.save(article ? { ...page, text: article.text, blocks: article.blocks } : page);
}
