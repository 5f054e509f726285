// The sourcing summary at the top of the popup: the kinds of source, each source's share of the
// quoted words as a small bar chart (SVG, with its title, a description and every number as text),
// and the figures claimed by a source against the outlet's own.
import { useMemo } from 'preact/hooks';
import type { PageReport } from '../shared/messages';
import { t } from '../shared/i18n';
import { percent, summarizeSourcing, type WordShare } from './sourcing';

/** The chart's geometry in SVG user units (it scales to the popup's width). */
const WIDTH = 396;
const ROW = 18;
const NAME_WIDTH = 150;
const BAR_X = NAME_WIDTH + 6;
const BAR_WIDTH = 180;
/** Longest name drawn before it is cut (the whole name stays in the description). */
const NAME_CHARS = 24;

export function shareLabel(bar: WordShare): string {
  if (bar.key === '*') return t('sourcingOthers', bar.speakers);
  return bar.name ?? t('unattributed');
}

const cut = (s: string) => (s.length > NAME_CHARS ? `${s.slice(0, NAME_CHARS - 1)}…` : s);

export function SourcingSummary({ report, withDates }: { report: PageReport; withDates: boolean }) {
  const s = useMemo(() => summarizeSourcing(report, withDates), [report, withDates]);
  const rows = s.shares;
  return (
    <section class="sourcing" aria-labelledby="sourcing-heading">
      <h2 id="sourcing-heading">{t('sourcingHeading')}</h2>
      <ul class="sourcing-kinds">
        <li data-kind="people">{t('sourcingPeople', s.people)}</li>
        <li data-kind="organizations">{t('sourcingOrganizations', s.organizations)}</li>
        <li data-kind="documents">{t('sourcingDocuments', s.documents)}</li>
        <li data-kind="anonymous">{t('sourcingAnonymous', s.anonymous)}</li>
      </ul>
      {rows.length > 0 && s.quotedWords > 0 && (
        <svg
          class="share-chart"
          role="img"
          aria-labelledby="share-title share-desc"
          viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
          width="100%"
        >
          <title id="share-title">{t('sourcingShareTitle')}</title>
          <desc id="share-desc">
            {t('sourcingShareDescription', s.quotedWords)}:{' '}
            {rows.map((r) => t('sourcingShareRow', shareLabel(r), percent(r.share), r.words)).join('; ')}
          </desc>
          {rows.map((r, i) => {
            const y = i * ROW;
            return (
              <g key={r.key} class={r.key === '' ? 'share-unclear' : r.key === '*' ? 'share-others' : undefined}>
                <text x={0} y={y + 13}>
                  {cut(shareLabel(r))}
                </text>
                <rect class="share-track" x={BAR_X} y={y + 4} width={BAR_WIDTH} height={10} rx={2} />
                <rect
                  class="share-bar"
                  x={BAR_X}
                  y={y + 4}
                  width={Math.max(1, r.share * BAR_WIDTH)}
                  height={10}
                  rx={2}
                />
                <text class="share-value" x={WIDTH} y={y + 13} text-anchor="end">
                  {`${percent(r.share)}%`}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <ul class="sourcing-figures">
        <li data-kind="claimed">{t('sourcingFiguresClaimed', s.figuresClaimed)}</li>
        <li data-kind="own">{t('sourcingFiguresOwn', s.figuresOwn)}</li>
      </ul>
    </section>
  );
}
