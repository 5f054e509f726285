// How a quote's speaker (or a figure's claimant) was found, in a few words a reader can check
// against the page ("Shoigu said, same sentence", "he said, 2 sentences back", "the paragraph
// before"), the pronoun's chain ("he → Sergei Shoigu") and how sure the engine is. The hover card
// and the popup show the same words.
import type { ClaimVia, EvidencePlace, Figure, Mention, Quote, QuoteSpeaker } from '../engine/types';
import { t } from './i18n';

/** The catalogue key of a place (message names allow no hyphen). */
export const evidencePlaceKey = (place: EvidencePlace) => place.replace(/-/g, '_');
export const claimViaKey = (via: ClaimVia) => via.replace(/-/g, '_');

/** Longest stretch of article text shown between a speaker's mention and the cue ("Shoigu, the
 * minister, said"); past it the words in between are left out. */
const MAX_ATTRIBUTION_CHARS = 48;

/** The words that attribute the quote, in text order: the mention and the cue ("Shoigu said",
 * "according to the ministry", "said Ms. Lund"). With the article's text the words between them
 * are the page's own; without it (the popup) they are joined, an ellipsis where words were left
 * out. Null when there is neither. */
export function attributionWords(speaker: QuoteSpeaker, text?: string): string | null {
  const spans = [speaker.mention, speaker.evidence.cue].filter((m): m is Mention => m !== null);
  if (!spans.length) return null;
  spans.sort((x, y) => x.start - y.start);
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  if (first === last || last.start < first.end) return first.text;
  const between = text?.slice(first.end, last.start);
  // The page's own words only when they are the attribution's: one sentence, not too long.
  if (between !== undefined && text!.slice(first.start, first.end) === first.text && !/[.!?]\s|\n/.test(between)) {
    if (last.end - first.start <= MAX_ATTRIBUTION_CHARS)
      return `${first.text}${between}${last.text}`.replace(/\s+/g, ' ');
  }
  return `${first.text}${last.start - first.end <= 1 ? ' ' : ' … '}${last.text}`;
}

/** Where the speaker was found: the place, or for another sentence of the paragraph how far. */
function placeWords(speaker: QuoteSpeaker): string {
  const { place, sentences } = speaker.evidence;
  if (place === 'paragraph' && sentences !== undefined) {
    if (sentences === 0) return t('evidencePlace_sentence');
    if (sentences === 1) return t('evidenceSentenceBefore');
    if (sentences === -1) return t('evidenceSentenceAfter');
    return sentences > 0 ? t('evidenceSentencesBack', sentences) : t('evidenceSentencesOn', -sentences);
  }
  return t(`evidencePlace_${evidencePlaceKey(place)}`);
}

/** The evidence in a few words: the attributing words, then where they are ("Shoigu said, same
 * sentence"; "he said, 2 sentences back"; "the paragraph before"). */
export function evidenceLine(speaker: QuoteSpeaker, text?: string): string {
  const words = speaker.evidence.place === 'none' ? null : attributionWords(speaker, text);
  const line = words ? t('evidenceWhere', words, placeWords(speaker)) : placeWords(speaker);
  // "I told him, …": the first person outside quotes is the writer; the reader is told so.
  return speaker.evidence.writer ? `${line} · ${t('evidenceWriter')}` : line;
}

/** A pronoun's or short form's chain to the name that introduces the speaker ("he", "Sergei
 * Shoigu"); null when the mention is the name itself. */
export function evidenceChain(speaker: QuoteSpeaker): { mention: Mention; antecedent: Mention } | null {
  const { antecedent } = speaker.evidence;
  const mention = speaker.mention;
  if (!mention || !antecedent || antecedent.text === mention.text || antecedent.start === mention.start) return null;
  return { mention, antecedent };
}

/** "he → Sergei Shoigu". */
export function chainLine(chain: { mention: Mention; antecedent: Mention }): string {
  return t('evidenceStandsFor', chain.mention.text, chain.antecedent.text);
}

/** "87% sure". */
export function confidenceLabel(speaker: QuoteSpeaker): string {
  return t('confidencePercent', Math.round(speaker.confidence * 100));
}

/** The quote a claimed figure's claimant comes from, when its speaker is named. */
export function claimSource(figure: Figure, quotes: readonly Quote[]): Quote | null {
  if (!figure.claimedBy || !figure.claim) return null;
  const quote = quotes[figure.claim.quote];
  return quote?.speaker?.name ? quote : null;
}

/** How a figure came to its claimant ("in a direct quote · Shoigu said, same sentence"); the
 * outlet's own figure says so. */
export function figureEvidenceLine(figure: Figure, quotes: readonly Quote[], text?: string): string {
  const source = claimSource(figure, quotes);
  if (!source || !figure.claim) return t('claimVia_none');
  return `${t(`claimVia_${claimViaKey(figure.claim.via)}`)} · ${evidenceLine(source.speaker!, text)}`;
}
