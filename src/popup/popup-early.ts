// The popup's first script, a small classic one at the top of popup.html's head: it runs before
// the document is parsed, while the app's bundle (popup.js, a module the browser fetches,
// compiles and evaluates only after parsing) is still on its way, and asks at once for the tab,
// the page's report and the stored settings. Their round trips through the browser then overlap
// the bundle's start instead of following it. popup.tsx takes the questions under way from
// here, and asks them itself when this script did not run.
import type Browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../shared/settings';
import { askForReport, EARLY_START_KEY, findTargetTab, type EarlyStart } from './first-report';
import { markPopup } from './popup-marks';

markPopup('early');
try {
  const browser =
    (globalThis as { browser?: Browser.Browser }).browser ??
    (globalThis as unknown as { chrome: Browser.Browser }).chrome;
  const start: EarlyStart = {
    report: askForReport({
      targetTab: () => findTargetTab(browser, document),
      send: (tabId, request) => browser.tabs.sendMessage(tabId, request),
    }),
    settings: browser.storage.sync.get(SETTINGS_KEY),
  };
  // Taken by popup.tsx; a failed settings read is handled there, not reported as unhandled here.
  start.settings.catch(() => undefined);
  (globalThis as Record<string, unknown>)[EARLY_START_KEY] = start;
} catch {
  /* no extension API here: popup.tsx asks for itself */
}
