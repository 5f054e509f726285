// How a quote's speaker was found, in a few words a reader can check against the page ("said ·
// same sentence", "he = Sergei Shoigu · the paragraph before"), and how sure the engine is. The
// hover card and the popup show the same words.
import type { EvidencePlace, QuoteSpeaker } from '../engine/types';
import { t } from './i18n';

/** The catalogue key of a place (message names allow no hyphen). */
export const evidencePlaceKey = (place: EvidencePlace) => place.replace(/-/g, '_');

/** The evidence in a few words: the pronoun or short form and who it stands for, the cue, where. */
export function evidenceLine(speaker: QuoteSpeaker): string {
  const { cue, antecedent, place } = speaker.evidence;
  const parts: string[] = [];
  const mention = speaker.mention?.text;
  if (mention && antecedent && antecedent.text !== mention)
    parts.push(t('evidenceStandsFor', mention, antecedent.text));
  if (cue) parts.push(cue.text);
  parts.push(t(`evidencePlace_${evidencePlaceKey(place)}`));
  return parts.join(' · ');
}

/** "87% sure". */
export function confidenceLabel(speaker: QuoteSpeaker): string {
  return t('confidencePercent', Math.round(speaker.confidence * 100));
}
