import { createCorrectionsStore, type LocalArea } from './corrections-store';
import { MAX_PAGES, storageKey, type Correction, type PageCorrections } from './corrections';
import type { StorageChangeListener } from './settings-store';

/** storage.local in memory, with its change events. */
function memoryArea() {
  const data: Record<string, unknown> = {};
  const listeners: StorageChangeListener[] = [];
  const changed = (keys: string[]) =>
    listeners.forEach((fn) => fn(Object.fromEntries(keys.map((k) => [k, { newValue: data[k] }])), 'local'));
  const area: LocalArea = {
    async get(key) {
      return key === null ? { ...data } : key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
      changed(Object.keys(items));
    },
    async remove(keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      for (const k of list) delete data[k];
      changed(list);
    },
  };
  const events = {
    addListener: (fn: StorageChangeListener) => listeners.push(fn),
    removeListener: (fn: StorageChangeListener) => listeners.splice(listeners.indexOf(fn), 1),
  };
  return { data, area, events };
}

const item = (id: string, at = 1): Correction => ({
  id,
  target: 'quote',
  action: 'remove',
  anchor: { text: '“Yes,”', before: '', after: 'she said' },
  was: null,
  at,
});
const page = (url: string, items: Correction[]): PageCorrections => ({ url, title: 'A story', items });

describe('the corrections store', () => {
  test('saves, loads, lists and clears pages; other keys in storage are left alone', async () => {
    const { data, area, events } = memoryArea();
    data.settings = { kept: true };
    const store = createCorrectionsStore(area, events);
    const heard: string[] = [];
    const stop = store.subscribe((url) => heard.push(url));
    await store.save(page('https://a.example/1', [item('x')]));
    await store.save(page('https://a.example/2', [item('y', 2)]));
    expect((await store.load('https://a.example/1'))?.items.map((c) => c.id)).toEqual(['x']);
    expect((await store.loadAll()).map((p) => p.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    expect(heard).toEqual(['https://a.example/1', 'https://a.example/2']);
    // A page with no corrections left is removed, not stored empty.
    await store.save(page('https://a.example/1', []));
    expect(storageKey('https://a.example/1') in data).toBe(false);
    await store.clearAll();
    expect(Object.keys(data)).toEqual(['settings']);
    stop();
  });

  test('a value stored under a page key that is not that page’s, or is broken, reads as none', async () => {
    const { data, area, events } = memoryArea();
    const store = createCorrectionsStore(area, events);
    data[storageKey('https://a.example/1')] = page('https://elsewhere.example/', [item('x')]);
    data[storageKey('https://a.example/2')] = '{"items": "not json"}';
    expect(await store.load('https://a.example/1')).toBeNull();
    expect(await store.load('https://a.example/2')).toBeNull();
    expect(await store.loadAll()).toEqual([]);
  });

  test('storage that fails to read gives no corrections, never an exception', async () => {
    const { events } = memoryArea();
    const broken: LocalArea = {
      get: () => Promise.reject(new Error('gone')),
      set: () => Promise.reject(new Error('gone')),
      remove: () => Promise.reject(new Error('gone')),
    };
    const store = createCorrectionsStore(broken, events);
    expect(await store.load('https://a.example/1')).toBeNull();
    expect(await store.loadAll()).toEqual([]);
    await expect(store.save(page('https://a.example/1', [item('x')]))).rejects.toThrow('gone');
  });

  test('past MAX_PAGES pages, a new page pushes out the one corrected longest ago', async () => {
    const { data, area, events } = memoryArea();
    const store = createCorrectionsStore(area, events);
    for (let i = 0; i < MAX_PAGES; i++)
      data[storageKey(`https://a.example/${i}`)] = page(`https://a.example/${i}`, [item('x', 10 + i)]);
    await store.save(page('https://a.example/new', [item('y', 1000)]));
    const urls = (await store.loadAll()).map((p) => p.url);
    expect(urls).toHaveLength(MAX_PAGES);
    expect(urls[0]).toBe('https://a.example/new');
    expect(urls).not.toContain('https://a.example/0');
  });
});
