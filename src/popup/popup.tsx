// The popup's entry: wires the real browser API into the app once (popup-api.ts) and renders.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { setMessageLookup, t } from '../shared/i18n';
import { browserPopupApi } from './popup-api';
import { App } from './App';

setMessageLookup((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = t('htmlLang');
render(<App api={browserPopupApi(browser, document)} />, document.getElementById('app')!);
