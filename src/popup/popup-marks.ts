// User Timing marks on the popup's timeline, one per phase of its opening: the first ask starts
// (popup-first.ts, in the head), the module script starts,
// the tab is known, the page's answer is in, the stored settings are in, the first render starts
// ("draw"), the content is in the document ("shown", before the frame that paints it), the
// content has been painted ("ready", which tests wait for). The benchmarks read them to say
// where the popup's time goes; nothing else does.

export type PopupPhase = 'first' | 'script' | 'tab' | 'answer' | 'settings' | 'draw' | 'shown' | 'ready';

/** The name of the mark for a phase. */
export const popupMark = (phase: PopupPhase) => `quote-lens-popup-${phase}`;

/** Leaves the phase's mark; the first one of each phase counts (a later poll is no opening). */
export function markPopup(phase: PopupPhase): void {
  try {
    if (performance.getEntriesByName(popupMark(phase)).length === 0) performance.mark(popupMark(phase));
  } catch {
    /* no User Timing: nothing to mark */
  }
}
