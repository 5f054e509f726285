// One annotated page in the popup: title and counts, one search box over everything, the
// speakers and figures as two tabs, and the page-wide actions (export, highlights, options).
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageReport } from '../shared/messages';
import { t } from '../shared/i18n';
import { describeFigure, isCalendarFigure } from '../shared/figure-format';
import type { PopupApi } from './popup-api';
import { buildSearchIndex, buildView, figureClaimants, ANY_CLAIMANT, type FigureSort } from './view-model';
import { moveFocus, navItems } from './list-keys';
import { SpeakerList } from './SpeakerList';
import { FigureList } from './FigureList';
import { ExportBar } from './ExportBar';
import { SourcingSummary } from './SourcingSummary';
import { CorrectionsList } from './CorrectionEditor';

type Tab = 'speakers' | 'figures';
const TABS: readonly Tab[] = ['speakers', 'figures'];

export interface ReportViewProps {
  api: PopupApi;
  tabId: number;
  report: PageReport;
  /** List dates, years and ordinals among the figures (the options' dates choice). */
  withDates: boolean;
  onToggleHighlights(): void;
}

export function ReportView({ api, tabId, report, withDates, onToggleHighlights }: ReportViewProps) {
  const [query, setQuery] = useState('');
  const [tab, setTab] = useState<Tab>('speakers');
  const [sort, setSort] = useState<FigureSort>('position');
  const [claimant, setClaimant] = useState(ANY_CLAIMANT);
  const [status, setStatus] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const index = useMemo(() => buildSearchIndex(report, (f) => describeFigure(f).value), [report]);
  const claimants = useMemo(() => figureClaimants(index), [index]);
  const view = useMemo(
    () => buildView(index, query, sort, claimant, withDates),
    [index, query, sort, claimant, withDates],
  );
  const a = report.annotations;
  // The search box has the focus on open: type to filter, ArrowDown into the list. Given before
  // the first frame, so that frame's layout already has it (focusing after the paint lays the
  // popup out again).
  useLayoutEffect(() => search.current?.focus(), []);

  if (!a)
    return (
      <p class="state" role="status">
        {t('noArticleTitle')}
      </p>
    );

  const focusItem = async (item: 'quote' | 'figure', i: number) => {
    let ok: boolean;
    try {
      const text = item === 'quote' ? a.quotes[i]?.text : a.figures[i]?.text;
      ok = (await api.send(tabId, { type: 'focus-item', item, index: i, text })) === true;
    } catch {
      ok = false;
    }
    setStatus(ok ? t('statusShown') : t('statusNotFound'));
  };

  const showIntroduction = async (i: number) => {
    let ok: boolean;
    try {
      ok = (await api.send(tabId, { type: 'focus-introduction', index: i, text: a.quotes[i]?.text })) === true;
    } catch {
      ok = false;
    }
    setStatus(ok ? t('statusShown') : t('statusNotFound'));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (query) {
        setQuery('');
        search.current?.focus();
      } else window.close();
      return;
    }
    const typing = target.tagName === 'INPUT' || target.tagName === 'SELECT';
    if (e.key === '/' && !typing) {
      e.preventDefault();
      search.current?.focus();
      return;
    }
    if (e.key === 'ArrowDown' && target === search.current) {
      e.preventDefault();
      moveFocus(panel.current!, 'Home', null);
    }
  };

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const at = TABS.indexOf(tab);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? TABS.length - 1
          : (at + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    setTab(TABS[next]!);
    document.getElementById(`tab-${TABS[next]}`)?.focus();
  };

  const tabLabel: Record<Tab, string> = {
    speakers: t('tabQuotes', view.quoteCount),
    figures: t('tabFigures', view.figures.length),
  };

  return (
    <div class="report" onKeyDown={onKeyDown}>
      <header>
        <h1 class="title">{report.title || report.host}</h1>
        <ul class="counts" aria-label={t('countsLabel')}>
          <li>{t('countSpeakers', a.speakers.length)}</li>
          <li>{t('countQuotes', a.quotes.length)}</li>
          <li>
            {t('countFigures', withDates ? a.figures.length : a.figures.filter((f) => !isCalendarFigure(f)).length)}
          </li>
        </ul>
        <SourcingSummary report={report} withDates={withDates} />
        {report.capped && (
          <p class="capped" role="note">
            {t('cappedNote')}
          </p>
        )}
        <input
          ref={search}
          type="search"
          class="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          aria-controls="panel-speakers panel-figures"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </header>
      <div role="tablist" class="tabs" aria-label={t('tabsLabel')} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            type="button"
            role="tab"
            id={`tab-${name}`}
            key={name}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {tabLabel[name]}
          </button>
        ))}
      </div>
      <div
        ref={panel}
        class="panel"
        onKeyDown={(e) => {
          const tag = (e.target as HTMLElement).tagName;
          if (tag === 'SELECT' || tag === 'INPUT') return;
          // Up from the first item goes back to the search box, so the list is never a dead end.
          const first = navItems(panel.current!)[0];
          if (e.key === 'ArrowUp' && first && first === document.activeElement) {
            e.preventDefault();
            search.current?.focus();
            return;
          }
          if (moveFocus(panel.current!, e.key, document.activeElement)) e.preventDefault();
        }}
      >
        {/* Only the shown panel is rendered: the popup's first paint does half the work. */}
        <div role="tabpanel" id="panel-speakers" aria-labelledby="tab-speakers" hidden={tab !== 'speakers'}>
          {tab === 'speakers' && (
            <SpeakerList
              groups={view.groups}
              query={query}
              report={report}
              api={api}
              onFocus={(i) => focusItem('quote', i)}
              onStatus={setStatus}
              onShowIntroduction={showIntroduction}
            />
          )}
        </div>
        <div role="tabpanel" id="panel-figures" aria-labelledby="tab-figures" hidden={tab !== 'figures'}>
          {tab === 'figures' && (
            <FigureList
              rows={view.figures}
              query={query}
              claimants={claimants}
              sort={sort}
              claimant={claimant}
              onSort={setSort}
              onClaimant={setClaimant}
              onFocus={(i) => focusItem('figure', i)}
              quotes={a.quotes}
              onShowIntroduction={showIntroduction}
              onStatus={setStatus}
            />
          )}
        </div>
      </div>
      <CorrectionsList onStatus={setStatus} />
      <ExportBar
        api={api}
        report={report}
        onStatus={setStatus}
        highlightsVisible={report.highlightsVisible}
        onToggleHighlights={onToggleHighlights}
      />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
