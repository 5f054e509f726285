// The words in the article that attribute a hovered item: the speaker's mention and the cue
// ("Shoigu said", "according to the ministry"); for a figure, those of the quote or claim it
// comes from. Painted under a highlight of their own while the card is shown, so a reader sees
// at a glance what the attribution rests on. Nothing is marked for a speaker the engine will not
// name: its best guess is not evidence.
import type { Figure, Mention, Quote } from '../engine/types';
import { claimSource } from '../shared/evidence';

export type EvidenceItem = { kind: 'quote'; quote: Quote } | { kind: 'figure'; figure: Figure };

/** The attributing spans of the item (article offsets), in text order; none when unclear. */
export function attributionSpans(item: EvidenceItem, quotes: readonly Quote[]): Mention[] {
  const source = item.kind === 'quote' ? item.quote : claimSource(item.figure, quotes);
  const speaker = source?.speaker;
  if (!speaker?.name || speaker.evidence.place === 'none') return [];
  return [speaker.mention, speaker.evidence.cue]
    .filter((m): m is Mention => m !== null && m.end > m.start)
    .sort((x, y) => x.start - y.start);
}
