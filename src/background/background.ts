// The background's entry: wraps the real extension API once (background-core.ts holds the
// logic) and registers the listeners at the top level, as service workers require.
import browser, { type Runtime } from 'webextension-polyfill';
import { handleCommand, handleMessage, type BackgroundApi } from './background-core';

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

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const answer = handleMessage(api, message, sender);
  // Only an analysis is answered; every other message gets no answer at all.
  return answer ? Promise.resolve(answer) : undefined;
});
browser.commands.onCommand.addListener((command: string) => handleCommand(api, command));
