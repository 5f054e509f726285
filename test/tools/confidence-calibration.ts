// How well the speaker-confidence model separates right from wrong names, on PolNeAR train (where
// it is fitted), PolNeAR dev and the invented styles check (never fitted on). It refits the model
// in memory exactly as `npm run train` does (train only; nothing is written), chooses the threshold
// by the same rule, and prints for each set: how many quotes are named and how often right at that
// threshold, and a reliability table (per tenth of confidence: how many, and how many right), so
// over-confidence outside PolNeAR shows as a band whose right share is below its confidence.
// The fitted model in speaker-confidence.json is scored beside it ("current"), for a before/after.
//   node build.mjs --tools && node dist/tools/confidence-calibration.js [--weights]
import {
  FEATURE_NAMES,
  FITTED_MODEL,
  confidenceOf,
  featureVector,
  type AttributionFeatures,
  type ConfidenceModel,
} from '../../src/engine/speaker-confidence';
import { evalPolnear, type PolnearSplit } from './eval-polnear';
import { readStyleArticles } from './eval-styles';
import { pairInOrder, quoteMatches, speakerMatches } from './eval-pages';
import {
  SILVER_FEATURES,
  chooseThreshold,
  collectSilverExamples,
  fitLogistic,
  fitSilverWeights,
  labelOf,
  observedAnalysis,
} from './train';

interface Row {
  f: AttributionFeatures;
  /** Right by the label train.ts learns from (strict where checkable, else lenient). */
  y: number;
  /** Right by the eval's lenient rule (PolNeAR) or the gold's rule (styles). */
  lenient: boolean;
}

function polnearRows(split: PolnearSplit): Row[] {
  const { analyzeText, features } = observedAnalysis();
  const rows: Row[] = [];
  evalPolnear(analyzeText, split, (quote, right, strict) => {
    const f = features.get(quote);
    if (f) rows.push({ f, y: labelOf(right, strict), lenient: right });
  });
  return rows;
}

/** The styles set's direct quotes paired with the gold as eval-pages pairs them; a quote the gold
 * gives no speaker is right only unnamed, so a name there is wrong. */
function styleRows(): Row[] {
  const { analyzeText, features } = observedAnalysis();
  const rows: Row[] = [];
  for (const article of readStyleArticles()) {
    const a = analyzeText(article.text);
    const direct = a.quotes.filter((q) => q.kind === 'direct').sort((x, y) => x.start - y.start);
    const pairs = pairInOrder(article.gold.quotes, direct, (g, p) => quoteMatches(g.quote, p.text));
    article.gold.quotes.forEach((g, i) => {
      const d = pairs[i];
      if (d === null || d === undefined) return;
      const q = direct[d]!;
      const f = features.get(q);
      if (!f || !q.speaker?.name) return;
      const right = speakerMatches(g.speaker, q.speaker.name, g.speaker_kind);
      rows.push({ f, y: right ? 1 : 0, lenient: right });
    });
  }
  return rows;
}

const pct = (n: number, d: number) => (d === 0 ? '    -' : ((100 * n) / d).toFixed(1).padStart(5));

function report(label: string, rows: Row[], model: ConfidenceModel): void {
  const scored = rows.map((r) => ({ p: confidenceOf(r.f, model), y: r.y, lenient: r.lenient }));
  const named = scored.filter((s) => s.p >= model.threshold);
  const right = named.filter((s) => s.y).length;
  const lenient = named.filter((s) => s.lenient).length;
  // Brier score and log loss: how good the probabilities are, not only their order.
  const brier = scored.reduce((s, r) => s + (r.p - r.y) ** 2, 0) / Math.max(1, scored.length);
  const logLoss =
    scored.reduce((s, r) => s - Math.log(Math.min(1 - 1e-6, Math.max(1e-6, r.y ? r.p : 1 - r.p))), 0) /
    Math.max(1, scored.length);
  console.log(
    `  ${label.padEnd(6)} ${scored.length} attributed, named ${pct(named.length, scored.length)}%, right when named ${pct(right, named.length)}% (lenient ${pct(lenient, named.length)}%), wrong named ${named.length - right}, right abstained ${scored.filter((s) => s.p < model.threshold && s.y).length}; AUC ${auc(scored).toFixed(3)} Brier ${brier.toFixed(4)} log loss ${logLoss.toFixed(4)}`,
  );
  const bands: string[] = [];
  for (let b = 0; b < 10; b++) {
    const inBand = scored.filter((s) => Math.min(9, Math.floor(s.p * 10)) === b);
    if (inBand.length === 0) continue;
    const ok = inBand.filter((s) => s.y).length;
    const mean = inBand.reduce((s, r) => s + r.p, 0) / inBand.length;
    bands.push(
      `${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}: ${ok}/${inBand.length} = ${pct(ok, inBand.length)}% (mean p ${(100 * mean).toFixed(1)})`,
    );
  }
  for (const line of bands) console.log(`         ${line}`);
}

/** The area under the ROC curve: how often a right attribution outranks a wrong one. */
function auc(scored: { p: number; y: number }[]): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.p === sorted[i]!.p) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (!sorted[k]!.y) continue;
      rankSum += rank;
      pos++;
    }
    i = j;
  }
  const neg = sorted.length - pos;
  return pos === 0 || neg === 0 ? 0 : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

function main(): void {
  const train = polnearRows('train');
  const dev = polnearRows('dev');
  const styles = styleRows();
  const silver = collectSilverExamples();
  const silverAt = SILVER_FEATURES.map((name) => FEATURE_NAMES.indexOf(name));
  const weights = fitLogistic(
    train.map(({ f, y }) => ({ y, x: featureVector(f).map((v, i) => (silverAt.includes(i) ? 0 : v)) })),
  );
  if (silver) fitSilverWeights(weights, silver);
  const rounded = weights.map((w) => Math.round(w * 10000) / 10000);
  const refit: ConfidenceModel = { features: [...FEATURE_NAMES], weights: rounded, threshold: 1 };
  refit.threshold = chooseThreshold(train.map(({ f, lenient }) => ({ p: confidenceOf(f, refit), y: lenient ? 1 : 0 })));
  for (const [label, model] of [
    ['current', FITTED_MODEL],
    ['refit', refit],
  ] as const) {
    console.log(`${label} model: threshold ${model.threshold}`);
    report('train', train, model);
    report('dev', dev, model);
    report('styles', styles, model);
  }
  if (process.argv.includes('--weights'))
    for (let i = 0; i < FEATURE_NAMES.length; i++)
      console.log(`  ${FEATURE_NAMES[i]!.padEnd(28)} ${rounded[i]!.toFixed(3)}`);
}

main();
