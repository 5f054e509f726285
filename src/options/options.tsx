// The options page's start (src/ui/ui.ts runs it in options.html): wires the real storage API
// into the page once and renders.
import { render } from 'preact';
import { setMessageLookup, t } from '../shared/i18n';
import { extensionBrowser } from '../shared/extension-browser';
import { createSettingsStore } from '../shared/settings-store';
import { OptionsApp } from './OptionsApp';
import { createCorrectionsStore } from '../shared/corrections-store';
import { downloadText } from '../shared/download-text';
import type { CorrectionsSectionProps } from './CorrectionsSection';

export function startOptions(): void {
  // What the options page asks of the API (storage, one message to the background, i18n) needs none
  // of webextension-polyfill's wrapping, which was about 3 KB of each store zip.
  const browser = extensionBrowser();

  const corrections: CorrectionsSectionProps = {
    store: createCorrectionsStore(browser.storage.local, browser.storage.onChanged),
    // The background runs the engine for an extension tab as for a page (the options page opens in one).
    analyze: (text, blocks) => browser.runtime.sendMessage({ type: 'analyze', text, blocks }),
    download: (fileName, mime, text) => downloadText(document, fileName, mime, text),
  };

  setMessageLookup((key, subs) => browser.i18n.getMessage(key, subs));
  document.documentElement.lang = t('htmlLang');
  document.title = t('optionsTitle');
  render(
    <OptionsApp
      store={createSettingsStore(browser.storage.sync, browser.storage.onChanged)}
      corrections={corrections}
    />,
    document.getElementById('app')!,
  );
}
