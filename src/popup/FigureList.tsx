// The figures: value, kind, the thing counted, a little context and who claims each; sortable
// and filterable by claimant. Each figure is a button that shows it in the page. At most a row
// limit of figures is rendered, with a button that shows more (show-more.tsx).
import { useContext, useRef } from 'preact/hooks';
import type { Quote, Speaker } from '../engine/types';
import { t } from '../shared/i18n';
import { describeFigure } from '../shared/figure-format';
import { LIST_PAGE, ShowMore, useRowLimit } from './show-more';
import { EvidenceDetails } from './EvidenceDetails';
import { CorrectButton, CorrectionsContext, correctionOf } from './CorrectionEditor';
import { ANY_CLAIMANT, FIGURE_SORTS, NO_CLAIMANT, speakerFilter, type FigureRow, type FigureSort } from './view-model';

export interface FigureListProps {
  rows: FigureRow[];
  query: string;
  claimants: Speaker[];
  sort: FigureSort;
  claimant: string;
  onSort(sort: FigureSort): void;
  onClaimant(value: string): void;
  onFocus(figureIndex: number): void;
  /** The report's quotes, which claimed figures' evidence points into. */
  quotes: readonly Quote[];
  onShowIntroduction(quoteIndex: number): void;
  onStatus?(message: string): void;
}

export function FigureList({
  rows,
  query,
  claimants,
  sort,
  claimant,
  onSort,
  onClaimant,
  onFocus,
  quotes,
  onShowIntroduction,
  onStatus = () => undefined,
}: FigureListProps) {
  const list = useRef<HTMLUListElement>(null);
  const { limit, shown, more } = useRowLimit(rows, list, LIST_PAGE);
  const corrections = useContext(CorrectionsContext);
  return (
    <div>
      <div class="figure-controls">
        <label>
          {t('sortLabel')}
          <select value={sort} onChange={(e) => onSort((e.target as HTMLSelectElement).value as FigureSort)}>
            {FIGURE_SORTS.map((s) => (
              <option value={s} key={s}>
                {t(`sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('claimantLabel')}
          <select value={claimant} onChange={(e) => onClaimant((e.target as HTMLSelectElement).value)}>
            <option value={ANY_CLAIMANT}>{t('claimantAny')}</option>
            <option value={NO_CLAIMANT}>{t('claimantNone')}</option>
            {claimants.map((s) => (
              <option value={speakerFilter(s.id)} key={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <p class="empty">{query ? t('noMatches', query) : t('noFigures')}</p>
      ) : (
        <ul class="figures" ref={list}>
          {rows.slice(0, shown).map(({ figure, index, context, claimant: who }) => {
            const d = describeFigure(figure);
            return (
              <li class="figure" key={index}>
                <button
                  type="button"
                  class="figure-item"
                  data-nav
                  title={t('showInPage')}
                  onClick={() => onFocus(index)}
                >
                  <span class="figure-head">
                    <span class="figure-value">{d.value}</span>
                    <span class="figure-kind">{t(`figureKind_${figure.kind}`)}</span>
                    {d.unit && <span class="figure-unit">{d.unit}</span>}
                  </span>
                  {context && <span class="figure-context">{context}</span>}
                  <span class="figure-claimant">{who ? t('claimedBy', who.name) : t('claimedByArticle')}</span>
                </button>
                {/* The engine's evidence would argue for a claimant the reader has replaced. */}
                {who && !(corrections && correctionOf(corrections.report, 'figure', index)) && (
                  <EvidenceDetails
                    id={`evidence-figure-${index}`}
                    quotes={quotes}
                    item={{ figure }}
                    onShowIntroduction={onShowIntroduction}
                  />
                )}
                <CorrectButton target="figure" index={index} onStatus={onStatus} />
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > limit && (
        <ShowMore
          id="more-figures"
          summary={t('listedFigures', limit, rows.length)}
          label={t('showMoreFigures')}
          onMore={more}
        />
      )}
    </div>
  );
}
