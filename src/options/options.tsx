// The options page's entry: wires the real storage API into the page once and renders.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { setMessageLookup, t } from '../shared/i18n';
import { createSettingsStore } from '../shared/settings-store';
import { OptionsApp } from './OptionsApp';

setMessageLookup((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = t('htmlLang');
document.title = t('optionsTitle');
render(
  <OptionsApp store={createSettingsStore(browser.storage.sync, browser.storage.onChanged)} />,
  document.getElementById('app')!,
);
