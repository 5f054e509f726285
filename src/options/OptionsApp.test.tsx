/** @jest-environment jsdom */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from './OptionsApp';
import { lookupFromCatalog, setMessageLookup } from '../shared/i18n';
import { createSettingsStore, type StorageChangeListener } from '../shared/settings-store';
import { DEFAULT_SETTINGS, SETTINGS_KEY, validateSettings } from '../shared/settings';

setMessageLookup(
  lookupFromCatalog(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '_locales', 'en', 'messages.json'), 'utf8'))),
);

/** storage.sync in memory, firing onChanged like the browser does (after the write). */
function fakeStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = JSON.parse(JSON.stringify(initial));
  const listeners = new Set<StorageChangeListener>();
  return {
    data,
    listeners,
    area: {
      get: async (key: string) => (key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) } : {}),
      set: async (items: Record<string, unknown>) => {
        Object.assign(data, JSON.parse(JSON.stringify(items)));
        setTimeout(
          () =>
            listeners.forEach((fn) =>
              fn(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'sync'),
            ),
          0,
        );
      },
    },
    events: {
      addListener: (fn: StorageChangeListener) => listeners.add(fn),
      removeListener: (fn: StorageChangeListener) => listeners.delete(fn),
    },
  };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
  root = document.getElementById('app')!;
});
afterEach(() => render(null, root));
const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
};
const input = (sel: string) => root.querySelector<HTMLInputElement>(sel)!;
const click = async (el: HTMLElement) => {
  await act(() => {
    el.click();
  });
  await settle();
};

async function mount(initial?: unknown) {
  const storage = fakeStorage(initial === undefined ? {} : { [SETTINGS_KEY]: initial });
  await act(() => {
    render(<OptionsApp store={createSettingsStore(storage.area, storage.events)} />, root);
  });
  await settle();
  return storage;
}
const stored = (s: ReturnType<typeof fakeStorage>) => validateSettings(s.data[SETTINGS_KEY]);

describe('the options page', () => {
  test('shows the defaults when nothing is stored, with every control labelled', async () => {
    await mount();
    expect(input('[name=kind-direct]').checked).toBe(true);
    expect(input('[name=kind-dates]').checked).toBe(false);
    expect(input('[name=style][value=fill]').checked).toBe(true);
    expect(input('[name=run-mode][value=auto]').checked).toBe(true);
    expect(root.textContent).toContain('None: Quote Lens runs on every site.');
    for (const el of root.querySelectorAll('input'))
      expect(el.closest('label') ?? root.querySelector(`label[for="${el.id}"]`)).not.toBeNull();
    expect(document.body.dataset.ready).toBe('true');
  });

  test('shows what is stored, after validating it', async () => {
    await mount({
      kinds: { figures: false },
      style: 'underline',
      runMode: 'on-click',
      disabledSites: ['https://www.bbc.co.uk/', 7],
    });
    expect(input('[name=kind-figures]').checked).toBe(false);
    expect(input('[name=style][value=underline]').checked).toBe(true);
    expect(input('[name=run-mode][value=on-click]').checked).toBe(true);
    expect([...root.querySelectorAll('.site')].map((e) => e.textContent)).toEqual(['bbc.co.uk']);
  });

  test.each([
    ['[name=kind-figures]', { kinds: { ...DEFAULT_SETTINGS.kinds, figures: false } }],
    ['[name=kind-dates]', { kinds: { ...DEFAULT_SETTINGS.kinds, dates: true } }],
    ['[name=style][value=underline]', { style: 'underline' }],
    ['[name=run-mode][value=on-click]', { runMode: 'on-click' }],
  ])('clicking %s saves at once', async (sel, change) => {
    const storage = await mount();
    await click(input(sel));
    expect(stored(storage)).toEqual({ ...DEFAULT_SETTINGS, ...change });
    expect(root.querySelector('.status')!.textContent).toBe('Saved. Open tabs use the change at once.');
  });

  test('adds a site (normalised), refuses a non-site with a reason, removes a site', async () => {
    const storage = await mount({ disabledSites: ['zeit.de'] });
    const field = input('#new-site');
    const submit = async (text: string) => {
      await act(() => {
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => {
        root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      await settle();
    };
    await submit('https://www.BBC.co.uk/news');
    expect(stored(storage).disabledSites).toEqual(['bbc.co.uk', 'zeit.de']);
    expect(field.value).toBe('');
    await submit('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.error')!.textContent).toBe(
      '“<img src=x onerror=alert(1)>” is not a site name. Type a host such as example.com.',
    );
    expect(root.querySelector('img')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(stored(storage).disabledSites).toEqual(['bbc.co.uk', 'zeit.de']);
    await click(root.querySelector<HTMLElement>('[aria-label="Remove zeit.de"]')!);
    expect(stored(storage).disabledSites).toEqual(['bbc.co.uk']);
  });

  test('follows changes made elsewhere (the popup, another device)', async () => {
    const storage = await mount();
    await act(() => {
      storage.listeners.forEach((fn) =>
        fn({ [SETTINGS_KEY]: { newValue: { disabledSites: ['example.org'] } } }, 'sync'),
      );
    });
    await settle();
    expect([...root.querySelectorAll('.site')].map((e) => e.textContent)).toEqual(['example.org']);
    // Other areas and keys are not ours.
    await act(() => {
      storage.listeners.forEach((fn) => fn({ [SETTINGS_KEY]: { newValue: {} } }, 'local'));
    });
    await settle();
    expect([...root.querySelectorAll('.site')].map((e) => e.textContent)).toEqual(['example.org']);
  });
});

describe('createSettingsStore', () => {
  test('loads defaults when storage fails, and never writes invalid settings', async () => {
    const broken = createSettingsStore(
      {
        get: async () => {
          throw new Error('no storage');
        },
        set: async () => undefined,
      },
      { addListener: () => undefined, removeListener: () => undefined },
    );
    expect(await broken.load()).toEqual(DEFAULT_SETTINGS);
    const storage = fakeStorage();
    const store = createSettingsStore(storage.area, storage.events);
    await store.save({ ...DEFAULT_SETTINGS, style: 'sparkle' as never, disabledSites: ['not a host', 'a.com'] });
    expect(storage.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.com'] });
  });

  test('unsubscribing stops the updates', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage.area, storage.events);
    const seen: unknown[] = [];
    const stop = store.subscribe((s) => seen.push(s));
    expect(storage.listeners.size).toBe(1);
    await store.save({ ...DEFAULT_SETTINGS, style: 'underline' });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toHaveLength(1);
    stop();
    expect(storage.listeners.size).toBe(0);
  });
});
