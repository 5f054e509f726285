// The browser's own promise-based extension API: Firefox's `browser`, Chromium's `chrome` (MV3
// answers with promises too). Every part of the shell reads it here, typed as it needs it, and
// none loads webextension-polyfill: what each asks of the API needs none of its wrapping.
import type Browser from 'webextension-polyfill';

/** The extension API of the current context, typed as `T` (the polyfill's types by default). */
export function extensionBrowser<T = Browser.Browser>(): T {
  return (globalThis as { browser?: T }).browser ?? (globalThis as unknown as { chrome: T }).chrome;
}
