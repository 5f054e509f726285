// The popup's entry: wires the real browser API into the app once (popup-api.ts) and renders.
import { markPopup } from './popup-marks';
markPopup('script');
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { setMessageLookup, t } from '../shared/i18n';
import { browserPopupApi } from './popup-api';
import { App, askForReport } from './App';

setMessageLookup((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = t('htmlLang');
document.title = t('popupTitle');
const api = browserPopupApi(browser, document);
// Ask the page first: its answer travels while Preact renders the loading state.
const firstReport = askForReport(api);
render(<App api={api} firstReport={firstReport} />, document.getElementById('app')!);
