/** @jest-environment jsdom */
// After an update, Chromium keeps the old content script running but cut off: its extension API
// throws at once ("Extension context invalidated"). Our wrapper must turn that into a rejection,
// or the first badge update would throw before the script has taken its highlights away.

test('a script cut off from its extension: a message rejects and a UI string is empty, neither throws', async () => {
  const cutOff = () => {
    throw new Error('Extension context invalidated.');
  };
  const chrome = {
    runtime: { sendMessage: cutOff, onMessage: { addListener: cutOff, removeListener: cutOff } },
    storage: { sync: { get: cutOff }, onChanged: { addListener: cutOff, removeListener: cutOff } },
    i18n: { getMessage: cutOff },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = chrome;
  try {
    let sent: Promise<unknown> | undefined;
    jest.isolateModules(() => {
      const { extensionApi, extensionMessage, isCutOff } =
        require('./extension-api') as typeof import('./extension-api');
      expect(() => {
        sent = extensionApi.sendMessage({ type: 'quote-count', count: 0 });
      }).not.toThrow();
      // The hover card's words: none, rather than an exception in the page's mouse handler.
      expect(extensionMessage('cardKind')).toBe('');
      // Its runtime has no id any more: the one sign a take-over event is meant for it.
      expect(isCutOff()).toBe(true);
    });
    await expect(sent).rejects.toThrow('Extension context invalidated.');
  } finally {
    delete (globalThis as unknown as { chrome?: unknown }).chrome;
  }
});

test('a script still connected to its extension is not cut off (a take-over event fired by the page is ignored)', () => {
  const listen = { addListener: () => undefined, removeListener: () => undefined };
  (globalThis as unknown as { chrome: unknown }).chrome = {
    runtime: { id: 'our-id', sendMessage: async () => undefined, onMessage: listen },
    storage: { sync: { get: async () => ({}) }, onChanged: listen },
    i18n: { getMessage: () => 'x' },
  };
  try {
    jest.isolateModules(() => {
      const { isCutOff } = require('./extension-api') as typeof import('./extension-api');
      expect(isCutOff()).toBe(false);
    });
  } finally {
    delete (globalThis as unknown as { chrome?: unknown }).chrome;
  }
});

test('storage.onChanged is looked up when a listener is added, not when the script is evaluated', () => {
  // Firefox builds an API member on its first look-up, inside the task that makes it.
  const lookedUp: string[] = [];
  const listeners: unknown[] = [];
  const onChanged = { addListener: (fn: unknown) => listeners.push(fn), removeListener: () => undefined };
  (globalThis as unknown as { chrome: unknown }).chrome = {
    runtime: { id: 'our-id', sendMessage: async () => undefined, onMessage: onChanged },
    storage: {
      sync: { get: async () => ({}) },
      local: { get: async () => ({}) },
      get onChanged() {
        lookedUp.push('onChanged');
        return onChanged;
      },
    },
    i18n: { getMessage: () => 'x' },
  };
  try {
    jest.isolateModules(() => {
      const { settingsStore } = require('./extension-api') as typeof import('./extension-api');
      expect(lookedUp).toEqual([]);
      settingsStore.subscribe(() => undefined);
      expect(lookedUp).toEqual(['onChanged']);
      expect(listeners).toHaveLength(1);
    });
  } finally {
    delete (globalThis as unknown as { chrome?: unknown }).chrome;
  }
});
