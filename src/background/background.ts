// The background's entry: wraps the real extension API once (background-core.ts holds the logic)
// and registers the listeners at the top level, as service workers require.
// First, so that the bundle opens with the given-name table (98 KB of front-coded names, build.mjs
// compactForenames), which has no effect when evaluated: where the engine's imports put it, in the
// middle of the engine's code, it kept deflate from matching the code on either side of it with the
// code on the other (700 bytes more of each store zip).
import 'gender-detection-from-name/names/en.js';
import { extensionBrowser } from '../shared/extension-browser';
import { handleCommand, handleMessage, type BackgroundApi, type Sender } from './background-core';

// No webextension-polyfill: the background starts afresh on every wake (a service worker or event
// page asleep after half a minute idle), and what it asks of the API needs none of the polyfill's
// wrapping, only the one answer below, which both browsers take through `sendResponse`.
const browser = extensionBrowser();
// The engine's module and ours are evaluated: the benchmark reads this against the start of the
// worker or event page.
performance.mark('quote-lens:background-loaded');

/** The badge's background: the popup's accent colour, readable with white text. */
const BADGE_COLOUR = '#1f3a5f';

const api: BackgroundApi = {
  extensionId: browser.runtime.id,
  async setBadge(tabId, text) {
    await Promise.all([
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
      browser.action.setBadgeText({ tabId, text }),
    ]);
  },
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  sendToTab: (tabId, request) => browser.tabs.sendMessage(tabId, request),
};

/** A runtime message listener as the browsers call it (the polyfill's typing has no `sendResponse`). */
type RawListener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean | undefined;

(browser.runtime.onMessage as unknown as { addListener(fn: RawListener): void }).addListener(
  (message, sender, sendResponse) => {
    const answer = handleMessage(api, message, sender);
    // Only an analysis is answered, at once (the engine is synchronous); every other message gets
    // no answer at all.
    if (answer) sendResponse(answer);
    return false;
  },
);
browser.commands.onCommand.addListener((command: string) => handleCommand(api, command));
