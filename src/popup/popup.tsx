// The popup's entry: wires the real browser API into the app once (popup-api.ts) and renders.
import { markPopup } from './popup-marks';
markPopup('script');
import type Browser from 'webextension-polyfill';
import { render } from 'preact';
import { setMessageLookup, t } from '../shared/i18n';
import { browserPopupApi } from './popup-api';
import { App, askForReport, type FirstReport } from './App';
import type { Settings } from '../shared/settings';

// The browser's own promise-based API: Firefox's `browser`, Chromium's `chrome` (MV3 answers
// with promises too). The popup opens on every click, and what it asks of the API needs none of
// the polyfill's wrapping: leaving it out saves its 3.5 KB gzipped of script to load and run
// before the first question goes to the page.
const browser =
  (globalThis as { browser?: Browser.Browser }).browser ??
  (globalThis as unknown as { chrome: Browser.Browser }).chrome;
setMessageLookup((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = t('htmlLang');
document.title = t('popupTitle');
const api = browserPopupApi(browser, document);
// Ask the page first, and draw once it has answered: the report is then the popup's first
// content, with no frame of "Loading…" painted before it (a frame the browser would finish
// before it handled the answer). The settings are read meanwhile, so that the first list is
// already the one they choose (dates or not). A page slower than FIRST_ANSWER_WAIT_MS gets the
// loading state meanwhile, and the app takes the answer when it comes.
const FIRST_ANSWER_WAIT_MS = 150;
const firstReport = askForReport(api);
const firstSettings = api.settings
  .load()
  .catch(() => undefined)
  .finally(() => markPopup('settings'));
let drawn = false;
const draw = (initial?: FirstReport, settings?: Settings) => {
  if (drawn) return;
  drawn = true;
  markPopup('draw');
  render(
    <App api={api} firstReport={firstReport} initial={initial} initialSettings={settings} />,
    document.getElementById('app')!,
  );
};
void Promise.all([firstReport, firstSettings]).then(([report, settings]) => draw(report, settings));
setTimeout(draw, FIRST_ANSWER_WAIT_MS);
