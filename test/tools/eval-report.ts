// What each evaluator returns, so that `npm run eval` and the regression test read them alike.

export interface EvalReport {
  /** Short name of the data set ("polnear-dev", "figures-dev", "pages-dev"). */
  name: string;
  /** Headline numbers, 0..1 for rates (e.g. { quoteF1: 0.93, speakerAccuracy: 0.9 }). */
  metrics: Record<string, number>;
  /** Human-readable lines printed by `npm run eval` (counts, per-category breakdowns). */
  summary: string[];
  /** Every miss and false positive with enough context to study it (written to eval-misses/<name>.json). */
  misses: unknown[];
}
