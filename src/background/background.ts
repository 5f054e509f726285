// The background: keeps each tab's badge at its quote count and turns keyboard commands into
// messages to the active tab's content script. It holds no state of its own (a service worker
// may be stopped at any time); the badge text lives in the browser.
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundRequest, type ContentRequest } from '../shared/messages';

const BADGE_COLOUR = '#1f3a5f';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts talk to us, and only about their own tab.
  if (!isBackgroundRequest(message) || sender.id !== browser.runtime.id) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const text = message.count === 0 ? '' : message.count > 999 ? '999+' : String(message.count);
  void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }).catch(() => undefined);
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  return undefined;
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const request: ContentRequest = { type: 'toggle-highlights' };
  await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
});
