// The popup's top level: finds the tab, asks its content script for the report (polling while
// the page is still being read) and shows either the report or an honest state: loading, no
// article, a page extensions cannot reach (and why), switched off here, or waiting for a click.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isPageReport, type ContentRequest, type PageReport } from '../shared/messages';
import { enableSite, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { PopupApi, TargetTab } from './popup-api';
import { whyUnreachable, type Unreachable } from './page-access';
import { ReportView } from './ReportView';
import { CorrectionsContext } from './CorrectionEditor';
import { markPopup } from './popup-marks';
import { askForReport, type FirstReport } from './first-ask';

type Load =
  | { status: 'loading' }
  /** The tab is still loading: our content script starts once it has. */
  | { status: 'page-loading' }
  | { status: 'unreachable'; reason: Exclude<Unreachable, 'loading'> }
  | { status: 'loaded'; tabId: number; report: PageReport };

/** How often the popup asks again while the page is still being read. */
const POLL_MS = 150;
/** How often it looks again while the page is still loading (our content script is not there yet). */
const LOADING_POLL_MS = 300;
/** How long after the page has loaded its content script may take to answer (it starts once the
 * page is idle, a moment after the tab says "complete"), before the popup says it is not there. */
const LOAD_GRACE_MS = 3000;

const UNREACHABLE_KEYS: Record<Exclude<Unreachable, 'loading'>, string> = {
  'browser-page': 'unreachableBrowserPage',
  store: 'unreachableStore',
  pdf: 'unreachablePdf',
  'local-file': 'unreachableLocalFile',
  'not-loaded': 'unreachableNotLoaded',
};

export { askForReport, type FirstReport } from './first-ask';

export interface AppProps {
  api: PopupApi;
  /** The first question to the page, already under way (popup.tsx asks before rendering). */
  firstReport?: Promise<FirstReport>;
  /** Its answer when it came before the first render: a report is then the first thing drawn,
   * with no frame of the loading state before it. */
  initial?: FirstReport;
  /** The stored settings, when they were read before the first render (else the first report's
   * `withDates`, the page's copy of them, chooses the first list). */
  initialSettings?: Settings;
}

/** The report to draw at once, when the first answer already holds one. */
function initialLoad(initial: FirstReport | undefined): Extract<Load, { status: 'loaded' }> | null {
  return initial?.tab && isPageReport(initial.answer)
    ? { status: 'loaded', tabId: initial.tab.id, report: initial.answer }
    : null;
}

export function App({ api, firstReport, initial, initialSettings }: AppProps) {
  const [load, setLoad] = useState<Load>(() => initialLoad(initial) ?? { status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<TargetTab | null>(() => (initialLoad(initial) ? initial!.tab : null));
  const [withDates, setWithDates] = useState(
    () => initialSettings?.kinds.dates ?? initialLoad(initial)?.report.withDates ?? false,
  );
  /** `injected`: when the popup started the content script itself (0 while it starts it;
   * undefined: not tried). */
  const poller = useRef<{
    timer?: ReturnType<typeof setTimeout>;
    closed: boolean;
    lastSeenLoading?: number;
    injected?: number;
  }>({ closed: false });

  /** Shows an answer from the page; while the page is still loading or being read, asks again
   * shortly (the tab too, for its state). */
  const adopt = useCallback(
    (tab: TargetTab, answer: unknown) => {
      const p = poller.current;
      clearTimeout(p.timer);
      if (p.closed) return;
      const again = (ms: number) => {
        p.timer = setTimeout(
          () =>
            void askForReport(api).then(({ tab: now, answer: next }) => adopt(now?.id === tab.id ? now : tab, next)),
          ms,
        );
      };
      if (!isPageReport(answer)) {
        // A page that has just loaded counts as loading a moment longer: its content script
        // starts once the page is idle.
        if (tab.loading) p.lastSeenLoading = Date.now();
        const loading = p.lastSeenLoading !== undefined && Date.now() - p.lastSeenLoading < LOAD_GRACE_MS;
        const reason = whyUnreachable(tab.url, loading);
        // A page open since before the install (Chromium runs content scripts only in pages loaded
        // after it): start ours there once, then give it the same grace as a page that has just
        // loaded. Status stays "loading" (reading the page) meanwhile.
        if (reason === 'not-loaded' && p.injected === undefined) {
          p.injected = 0;
          void api.inject(tab.id).then((ok) => {
            if (p.closed) return;
            if (!ok) {
              setLoad({ status: 'unreachable', reason });
              return;
            }
            p.injected = Date.now();
            again(POLL_MS);
          });
          return;
        }
        if (reason === 'not-loaded' && Date.now() - p.injected! < LOAD_GRACE_MS) {
          again(POLL_MS);
          return;
        }
        if (reason !== 'loading') {
          setLoad({ status: 'unreachable', reason });
          return;
        }
        setLoad({ status: 'page-loading' });
        again(LOADING_POLL_MS);
        return;
      }
      // The report already shown (drawn from the first answer) is not drawn again.
      setLoad((now) =>
        now.status === 'loaded' && now.report === answer && now.tabId === tab.id
          ? now
          : { status: 'loaded', tabId: tab.id, report: answer },
      );
      if (answer.state === 'working') again(POLL_MS);
    },
    [api],
  );

  useEffect(() => {
    const p = poller.current;
    p.closed = false;
    // The stored choice, in case it differs from the page's copy that drew the first list: read
    // in a task after the first frame's effects, so the storage API's start-up is not before it.
    const settingsTimer = setTimeout(
      () =>
        void api.settings.load().then(
          (s) => {
            if (!p.closed) setWithDates(s.kinds.dates);
          },
          () => undefined,
        ),
    );
    void (async () => {
      const { tab, answer } = initial ?? (await (firstReport ?? askForReport(api)));
      if (p.closed) return;
      if (!tab) {
        setLoad({ status: 'unreachable', reason: 'browser-page' });
        return;
      }
      setTab(tab);
      adopt(tab, answer);
    })();
    return () => {
      p.closed = true;
      clearTimeout(p.timer);
      clearTimeout(settingsTimer);
    };
  }, [api, adopt]);

  const working = load.status === 'loading' || (load.status === 'loaded' && load.report.state === 'working');
  // A page still loading is a first answer (it can take as long as the page does), though the
  // popup stays busy: it goes on to show the report once the page answers.
  const shown = !working;
  const waiting = working || load.status === 'page-loading';
  // In the document now; the effect below runs once the frame showing it has been painted.
  useLayoutEffect(() => {
    if (shown) markPopup('shown');
  }, [shown]);
  useEffect(() => {
    document.getElementById('app')?.setAttribute('aria-busy', String(waiting));
    if (shown && !document.body.dataset.ready) {
      document.body.dataset.ready = 'true';
      markPopup('ready');
    }
  }, [shown, waiting]);

  /** Sends a request whose answer is a fresh report (run-now, toggle-highlights). */
  const request = useCallback(
    async (req: ContentRequest) => {
      if (!tab) return;
      setBusy(true);
      try {
        const answer = await api.send(tab.id, req);
        if (isPageReport(answer)) adopt(tab, answer);
      } catch {
        // the tab went away or navigated: the current view stays until the popup is reopened
      } finally {
        setBusy(false);
      }
    },
    [api, adopt, tab],
  );

  if (load.status === 'loading')
    return (
      <p class="state" role="status">
        {t('stateLoading')}
      </p>
    );
  if (load.status === 'page-loading')
    return (
      <p class="state" role="status">
        {t('unreachableLoading')}
      </p>
    );
  if (load.status === 'unreachable') {
    return (
      <div class="state" role="status">
        <p class="state-title">{t('unreachableTitle')}</p>
        <p>{t(UNREACHABLE_KEYS[load.reason])}</p>
      </div>
    );
  }
  const { report, tabId } = load;
  switch (report.state) {
    case 'working':
      return (
        <p class="state" role="status">
          {t('stateLoading')}
        </p>
      );
    case 'no-article':
      return (
        <div class="state" role="status">
          <p class="state-title">{t('noArticleTitle')}</p>
          <p>{report.skipped === 'not-english' ? t('notEnglishBody') : t('noArticleBody')}</p>
        </div>
      );
    case 'disabled':
      return (
        <div class="state">
          <p class="state-title">{t('disabledTitle', report.host)}</p>
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await api.settings.save(enableSite(await api.settings.load(), report.host));
              } finally {
                setBusy(false);
              }
              await request({ type: 'run-now' });
            }}
          >
            {t('enableSite', report.host)}
          </button>
        </div>
      );
    case 'waiting':
      return (
        <div class="state">
          <p class="state-title">{t('waitingTitle')}</p>
          <button type="button" class="primary" disabled={busy} onClick={() => request({ type: 'run-now' })}>
            {t('runNow')}
          </button>
        </div>
      );
    case 'ready':
      return (
        <CorrectionsContext.Provider value={{ api, tabId, report, onReport: (next) => tab && adopt(tab, next) }}>
          <ReportView
            api={api}
            tabId={tabId}
            report={report}
            withDates={withDates}
            onToggleHighlights={() => request({ type: 'toggle-highlights' })}
          />
        </CorrectionsContext.Provider>
      );
  }
}
