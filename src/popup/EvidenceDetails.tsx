// One item's evidence in the popup, on demand: a disclosure button, and under it how the speaker
// (or a figure's claimant) was found, how sure the engine is, a pronoun's chain to the speaker's
// name and a button that shows in the page where the article introduces the speaker.
import { useState } from 'preact/hooks';
import type { Figure, Quote } from '../engine/types';
import { t } from '../shared/i18n';
import {
  chainLine,
  claimSource,
  confidenceLabel,
  evidenceChain,
  evidenceLine,
  figureEvidenceLine,
} from '../shared/evidence';

export interface EvidenceDetailsProps {
  /** Unique in the popup: the panel's id. */
  id: string;
  quotes: readonly Quote[];
  /** The quote (by index) or the figure whose evidence this is. */
  item: { quote: number } | { figure: Figure };
  /** Shows where the speaker of the quote with this index is introduced; says whether it could. */
  onShowIntroduction(quoteIndex: number): void;
}

export function EvidenceDetails({ id, quotes, item, onShowIntroduction }: EvidenceDetailsProps) {
  const [open, setOpen] = useState(false);
  // The quote whose speaker the evidence is about: the item, or the claim a figure comes from.
  const sourceIndex = 'quote' in item ? item.quote : (item.figure.claim?.quote ?? -1);
  const source = 'quote' in item ? quotes[item.quote] : claimSource(item.figure, quotes);
  const speaker = source?.speaker?.name ? source.speaker : null;
  const chain = speaker ? evidenceChain(speaker) : null;
  return (
    <>
      <button
        type="button"
        class="evidence-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('evidenceToggle')}
      </button>
      <div id={id} class="evidence" role="group" aria-label={t('evidenceToggleLabel')} hidden={!open}>
        {open && (
          <>
            <p class="evidence-line">
              {'figure' in item
                ? figureEvidenceLine(item.figure, quotes)
                : speaker
                  ? evidenceLine(speaker)
                  : t('evidenceUnclear')}
              {speaker && ` · ${confidenceLabel(speaker)}`}
            </p>
            {chain && (
              <p class="evidence-chain">
                {chainLine(chain)}{' '}
                <button type="button" class="show-introduction" onClick={() => onShowIntroduction(sourceIndex)}>
                  {t('showIntroduction', speaker!.name!)}
                </button>
              </p>
            )}
          </>
        )}
      </div>
    </>
  );
}
