// The popup's start (src/ui/ui.ts runs it in popup.html): wires the real browser API into the
// app once (popup-api.ts) and renders.
import { markPopup } from './popup-marks';
import { render } from 'preact';
import { setMessageLookup, t } from '../shared/i18n';
import { browserPopupApi } from './popup-api';
import { App } from './App';
import { askForReport, takeFirstAsk, type FirstReport } from './first-ask';
import { extensionBrowser } from '../shared/extension-browser';
import type { Settings } from '../shared/settings';

export function startPopup(): void {
  markPopup('script');
  // The popup opens on every click, and what it asks of the API needs none of webextension-polyfill's
  // wrapping: leaving it out saves its 3.5 KB gzipped of script to load and run before the first
  // question goes to the page.
  const browser = extensionBrowser();
  // Memoised: a first render asks for the same labels row after row, and each call into the
  // browser's API costs far more than a map lookup (most in Firefox).
  const messages = new Map<string, string>();
  setMessageLookup((key, subs) => {
    const id = subs ? `${key}\u0000${subs.join('\u0000')}` : key;
    let text = messages.get(id);
    if (text === undefined) messages.set(id, (text = browser.i18n.getMessage(key, subs)));
    return text;
  });
  document.documentElement.lang = t('htmlLang');
  document.title = t('popupTitle');
  const api = browserPopupApi(browser, document);
  // Ask the page first, and draw once it has answered: the report is then the popup's first
  // content, with no frame of "Loading…" painted before it (a frame the browser would finish
  // before it handled the answer). The report says whether the page's settings list dates, so the
  // first list is already the one they choose; only an answer without that waits for the stored
  // settings, read then. A page slower than FIRST_ANSWER_WAIT_MS gets the loading state
  // meanwhile, and the app takes the answer when it comes.
  const FIRST_ANSWER_WAIT_MS = 150;
  // Asked already by popup-first.js in the head, while this module loaded.
  const firstReport = takeFirstAsk() ?? askForReport(api);
  // The stored settings only when the answer lacks the page's copy of them (a report always has
  // it): a storage read before the first frame costs the popup its storage API's start-up.
  const readSettings = () =>
    api.settings
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
  // (The app checks the answer; a second full check of a long report here would cost as much.)
  void firstReport.then((report) =>
    typeof (report.answer as { withDates?: unknown } | undefined)?.withDates === 'boolean'
      ? draw(report)
      : readSettings().then((settings) => draw(report, settings)),
  );
  setTimeout(draw, FIRST_ANSWER_WAIT_MS);
}
