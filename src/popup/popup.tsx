// The popup's entry: wires the real browser API into the app once (popup-api.ts) and renders.
import { markPopup } from './popup-marks';
markPopup('script');
import type Browser from 'webextension-polyfill';
import { render } from 'preact';
import { setMessageLookup, t } from '../shared/i18n';
import { browserPopupApi } from './popup-api';
import { App, askForReport } from './App';

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
// Ask the page first: its answer travels while Preact renders the loading state.
const firstReport = askForReport(api);
render(<App api={api} firstReport={firstReport} />, document.getElementById('app')!);
