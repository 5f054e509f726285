// npm run train: fits the speaker-confidence model on PolNeAR train and writes
// src/engine/speaker-confidence.json. Every direct quote the engine finds and matches to the gold
// is one example: the features of how its speaker was found (speaker-confidence.ts) and whether
// that speaker is right: by the eval's strict rule where the gold can check the name the reader
// sees (a gold name), by the lenient rule where it cannot (a gold pronoun or description), so a
// confident wrong person is learned as wrong. The fit is ridge-regularised logistic regression
// by Newton's method (deterministic: same data, same weights). The abstention threshold is then
// the lowest at which the names on train are right as often as the product's bar asks, by the
// lenient rule.
// Dev is never read here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/engine/analyze';
import {
  FEATURE_NAMES,
  featureVector,
  type AttributionFeatures,
  type ConfidenceModel,
} from '../../src/engine/speaker-confidence';
import type { Quote } from '../../src/engine/types';
import { evalPolnear, type StrictVerdict } from './eval-polnear';
import { evalCoref } from './eval-coref';
import { SHARED_MISSING } from './shared-data';
import { dot, newtonStep, pct, solve } from './fit-math';

/** Ridge penalty of the silver fit and the default of fitLogistic: keeps the one-hot groups (each
 * sums to the bias) solvable and the weights small. */
const RIDGE = 1;
/** Ridge penalties the main fit chooses from by cross-validation on train (chooseRidge): a
 * feature seen on a handful of quotes (a transcript turn: 5 of 7,928) must not get a weight
 * as large as one seen on thousands only because the penalty is too weak to hold it. */
const RIDGES = [1, 3, 10, 30, 100];
const FOLDS = 5;
const NEWTON_STEPS = 30;

interface Example {
  x: number[];
  y: number;
  /** The eval's lenient verdict, and the strict one (null where the gold cannot check it): kept
   * to report both right-when-named figures. */
  lenient?: boolean;
  strict?: boolean | null;
}

/** The label of one matched quote: the strict verdict where the gold names the speaker, else the
 * lenient one (a gold pronoun leaves the person open; a gold description may be anyone). */
export function labelOf(lenient: boolean, strict: StrictVerdict): number {
  if (strict === 'right') return 1;
  if (strict === 'wrong') return 0;
  return lenient ? 1 : 0;
}

/** The examples of one split: each matched direct quote's features and whether its speaker is right. */
export function collectExamples(): Example[] | null {
  const { analyzeText, features } = observedAnalysis();
  const examples: Example[] = [];
  const report = evalPolnear(analyzeText, 'train', (quote, right, strict) => {
    const f = features.get(quote);
    if (f)
      examples.push({
        x: featureVector(f),
        y: labelOf(right, strict),
        lenient: right,
        strict: strict === 'right' ? true : strict === 'wrong' ? false : null,
      });
  });
  return report ? examples : null;
}

/** The engine, never abstaining, with the features of every attribution it makes kept by quote. */
export function observedAnalysis() {
  const features = new Map<Quote, AttributionFeatures>();
  const analyzeText = (text: string) =>
    analyze(text, { abstain: false, observe: (quote, f) => features.set(quote, f) });
  return { analyzeText, features };
}

/** Features PolNeAR cannot teach: its scorer counts a pronoun speaker right whoever the engine
 * resolves it to, so how clear the resolution was carries no signal there. Their weights are
 * fitted on the silver pronoun test (eval-coref.ts) instead. */
export const SILVER_FEATURES = ['pronoun:rivalled'] as const;

/** The silver pronoun test's named pronoun quotes on train: features and whether the pronoun was
 * resolved to the right person. */
export function collectSilverExamples(): Example[] | null {
  const { analyzeText, features } = observedAnalysis();
  const examples: Example[] = [];
  const report = evalCoref(analyzeText, 'train', (quote, right) => {
    const f = features.get(quote);
    if (f?.mentionKind === 'pronoun') examples.push({ x: featureVector(f), y: right ? 1 : 0 });
  });
  return report ? examples : null;
}

/** Sets the SILVER_FEATURES weights in `weights`: each silver example's score under the PolNeAR
 * model is kept as an offset, and only these features and an intercept of the silver test's own
 * are fitted. The intercept is dropped: the silver test is harder than real text by construction
 * (writers use a name where a pronoun would be unclear), so only how much a feature lowers the
 * odds of a right resolution is carried over, not the silver test's overall rate. */
export function fitSilverWeights(weights: number[], silver: Example[]): void {
  const idx = SILVER_FEATURES.map((name) => FEATURE_NAMES.indexOf(name));
  for (const i of idx) weights[i] = 0;
  const rows = silver.map(({ x, y }) => ({ offset: dot(weights, x), x: [1, ...idx.map((i) => x[i]!)], y }));
  const d = idx.length + 1;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = w.map((wi) => -RIDGE * wi);
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? RIDGE : 0)));
    for (const { offset, x, y } of rows) {
      const p = sigmoid(offset + dot(w, x));
      for (let i = 0; i < d; i++) {
        grad[i]! += (y - p) * x[i]!;
        for (let j = 0; j < d; j++) hess[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    const delta = solve(hess, grad);
    // Offsets far from the silver test's own rate make a full Newton step overshoot: halve it
    // until the penalised likelihood improves.
    let stepSize = 1;
    const before = penalisedLogLikelihood(rows, w);
    let next = w.map((wi, i) => wi + delta[i]!);
    while (stepSize > 1e-6 && penalisedLogLikelihood(rows, next) < before) {
      stepSize /= 2;
      next = w.map((wi, i) => wi + stepSize * delta[i]!);
    }
    const change = Math.max(...next.map((v, i) => Math.abs(v - w[i]!)));
    w.splice(0, d, ...next);
    if (change < 1e-9) break;
  }
  idx.forEach((i, k) => (weights[i] = w[k + 1]!));
}

function penalisedLogLikelihood(rows: { offset: number; x: number[]; y: number }[], w: number[]): number {
  let ll = -0.5 * RIDGE * dot(w, w);
  for (const { offset, x, y } of rows) {
    const z = offset + dot(w, x);
    // log sigmoid(z) and log(1 - sigmoid(z)), stable for large |z|.
    ll += y ? -Math.log1p(Math.exp(-z)) : -Math.log1p(Math.exp(z));
  }
  return ll;
}

/** Ridge logistic regression by Newton's method. */
export function fitLogistic(examples: Example[], ridge = RIDGE, steps = NEWTON_STEPS): number[] {
  const d = FEATURE_NAMES.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = w.map((wi) => -ridge * wi);
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? ridge : 0)));
    for (const { x, y } of examples) {
      const p = sigmoid(dot(w, x));
      const r = p * (1 - p);
      for (let i = 0; i < d; i++) {
        if (x[i] === 0) continue;
        grad[i]! += (y - p) * x[i]!;
        for (let j = 0; j < d; j++) if (x[j] !== 0) hess[i]![j]! += r * x[i]! * x[j]!;
      }
    }
    if (newtonStep(w, hess, grad)) break;
  }
  return w;
}

/** The ridge penalty of RIDGES whose fits predict held-out quotes best: the summed log-loss over
 * FOLDS contiguous folds of train (the examples come in article order, so an article's quotes
 * stay together but at a fold's edges). Ties go to the weaker penalty. */
export function chooseRidge(examples: Example[], log: (line: string) => void = () => {}): number {
  let best = RIDGES[0]!;
  let bestLoss = Infinity;
  const n = examples.length;
  for (const ridge of RIDGES) {
    let loss = 0;
    for (let k = 0; k < FOLDS; k++) {
      const lo = Math.floor((k * n) / FOLDS);
      const hi = Math.floor(((k + 1) * n) / FOLDS);
      const w = fitLogistic([...examples.slice(0, lo), ...examples.slice(hi)], ridge);
      for (const { x, y } of examples.slice(lo, hi)) {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(dot(w, x))));
        loss -= y ? Math.log(p) : Math.log(1 - p);
      }
    }
    log(`ridge ${ridge}: held-out log-loss ${(loss / n).toFixed(5)} per quote`);
    if (loss < bestLoss) [best, bestLoss] = [ridge, loss];
  }
  return best;
}

/** The share of names that must be right at the threshold: the product's bar for a card that
 * names someone. A wrong name on a card misleads the reader; an "unclear" only leaves them to
 * read the text, so the bar is set on the names, and as many quotes are named as it allows. */
export const MIN_RIGHT_WHEN_NAMED = 0.97;

/** The lowest threshold above 0.5 at which at least MIN_RIGHT_WHEN_NAMED of the names are right. It used to be the best
 * "reader's score" (right names minus a fixed number of wrong ones), raised to the bar; that score
 * is flat near its best, so each change of the engine moved the threshold between about 0.81 and
 * 0.87 and the share of quotes named with it, while the bar is what the product promises and the
 * share of right names falls steadily as the threshold does. Confidences are rounded as the
 * engine rounds them. */
export function chooseThreshold(scored: { p: number; y: number }[]): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let right = 0;
  let chosen = 1.001; // names nobody: no threshold meets the bar
  for (let i = 0; i < sorted.length; i++) {
    right += sorted[i]!.y;
    // A threshold can only fall between distinct confidences.
    if (i + 1 < sorted.length && sorted[i + 1]!.p === sorted[i]!.p) continue;
    // Never a name the model itself calls more likely wrong than right, whatever the bar allows.
    if (right / (i + 1) >= MIN_RIGHT_WHEN_NAMED && sorted[i]!.p > 0.5) chosen = sorted[i]!.p;
  }
  return chosen;
}

function main(): void {
  const examples = collectExamples();
  if (!examples) {
    console.error(SHARED_MISSING);
    process.exitCode = 1;
    return;
  }
  const silver = collectSilverExamples();
  // PolNeAR's examples say nothing of the silver features: they are fitted on their own below.
  const silverAt = SILVER_FEATURES.map((name) => FEATURE_NAMES.indexOf(name));
  const polnear = examples.map(({ x, ...rest }) => ({ ...rest, x: x.map((v, i) => (silverAt.includes(i) ? 0 : v)) }));
  const ridge = chooseRidge(polnear, (line) => console.log(line));
  console.log(`chosen ridge ${ridge}`);
  const weights = fitLogistic(polnear, ridge);
  if (silver) fitSilverWeights(weights, silver);
  // Three decimals, as shipped: on 5 December a refit with four gave the same eval output on every
  // set (its threshold 0.504 against 0.505) and 161 more bytes of zip. The threshold below is
  // chosen on the rounded weights the engine will use.
  weights.forEach((w, i) => (weights[i] = Math.round(w * 1000) / 1000));
  const scored = examples.map(({ x, y, lenient, strict }) => ({
    p: Math.round(1000 * sigmoid(dot(weights, x))) / 1000,
    y,
    lenient,
    strict,
  }));
  // A fragment of a claim with the same source is scored like any quote, with the in-claim
  // feature: the engine used to name the claim's source for it whatever its confidence, and those
  // below the threshold were wrong one time in six by the strict rule.
  // The weights learn from the strict verdict, but the threshold is set on the lenient one, the
  // speaker issue's own scorer: its bar is 97% right when named AT 92% coverage, and holding the
  // strict verdict to 97% named only 89% of train's quotes (and fewer of dev's), below that
  // coverage. The strict share at the chosen threshold is printed beside it.
  const threshold = chooseThreshold(scored.map(({ p, lenient }) => ({ p, y: lenient ? 1 : 0 })));
  const model: ConfidenceModel & Record<string, unknown> = {
    features: [...FEATURE_NAMES],
    weights,
    threshold,
    fittedOn: `PolNeAR train (ridge ${ridge}, chosen by ${FOLDS}-fold cross-validation): ${examples.length} matched direct quotes, right by the strict rule where the gold names the speaker and by the lenient rule elsewhere; ${SILVER_FEATURES.join(', ')}: ${silver?.length ?? 0} named pronouns of the silver pronoun test on train`,
    minRightWhenNamed: MIN_RIGHT_WHEN_NAMED,
  };
  const file = path.resolve(__dirname, '..', '..', 'src', 'engine', 'speaker-confidence.json');
  fs.writeFileSync(file, JSON.stringify(model, null, 1) + '\n');
  const total = scored.length;
  const right = scored.filter((s) => s.y).length;
  console.log(`${total} examples, ${right} right (${pct(right, total)}) before abstention`);
  for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, threshold]) {
    const named = scored.filter((s) => s.p >= t);
    const ok = named.filter((s) => s.y).length;
    const lenient = named.filter((s) => s.lenient).length;
    const checked = named.filter((s) => s.strict !== null);
    const strict = checked.filter((s) => s.strict).length;
    console.log(
      `threshold ${t.toFixed(3)}: named ${pct(named.length, total)}, right when named ${pct(ok, named.length)} (lenient ${pct(lenient, named.length)}, strict ${pct(strict, checked.length)} of ${checked.length})${t === threshold ? '  <- chosen' : ''}`,
    );
  }
  for (let i = 0; i < FEATURE_NAMES.length; i++)
    console.log(`  ${FEATURE_NAMES[i]!.padEnd(24)} ${model.weights[i]!.toFixed(3)}`);
  console.log(`written ${path.relative(process.cwd(), file)}`);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

// Bundled into another tool (confidence-calibration.ts imports the fit), `module` is that tool's
// bundle too: only the train bundle itself fits and writes the model.
if (require.main === module && /^train(\.js)?$/.test(path.basename(process.argv[1] ?? ''))) main();
