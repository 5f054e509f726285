// npm run train-pronouns: fits the pronoun salience table (src/engine/pronoun-salience.json) on
// the silver pronoun test of PolNeAR train (eval-coref.ts). Each "he"/"she" put in place of a
// named speaker (every one an article has, where the eval takes three) whose person is among
// the resolver's candidates is one example: the candidates'
// features (PRONOUN_FEATURES) and which of them is the person. The fit is a conditional logit
// (softmax over one pronoun's candidates) with a ridge penalty, by Newton's method, so the same
// data give the same weights. Dev is only read with --dump dev, to check a fit, never to fit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { PRONOUN_FEATURES, type PronounObservation } from '../../src/engine/entities';
import { evalCoref } from './eval-coref';
import type { PolnearSplit } from './eval-polnear';
import { SHARED_MISSING } from './shared-data';
import { dot, newtonStep, pct } from './fit-math';

export interface PronounExample {
  features: number[][];
  /** The index of the candidate that is the person. */
  right: number;
  /** The index the engine chose (-1: unresolved). */
  chosen: number;
}

/** The silver examples of one split, and how many pronouns had their person among no candidate. */
export function collectPronounExamples(
  split: PolnearSplit,
  perArticle?: number,
): { examples: PronounExample[]; outside: number; total: number } | null {
  let seen: PronounObservation[] = [];
  const examples: PronounExample[] = [];
  let outside = 0,
    total = 0;
  const report = evalCoref(
    (text) => {
      seen = [];
      return analyze(text, { observePronoun: (o) => seen.push(o) });
    },
    split,
    undefined,
    (at, surname) => {
      const o = seen.find((x) => x.pos === at);
      if (!o) return;
      total++;
      const key = surname.toLowerCase();
      const right = o.names.findIndex((n) => lastName(n) === key);
      if (right < 0) {
        outside++;
        return;
      }
      // Only candidates a reader could tell apart: one surname stands once.
      examples.push({ features: o.features, right, chosen: o.chosen });
    },
    perArticle,
  );
  return report ? { examples, outside, total } : null;
}

function lastName(name: string): string {
  return name
    .replace(/,? (?:Jr\.?|Sr\.?|II|III|IV)$/, '')
    .split(' ')
    .pop()!
    .toLowerCase();
}

/** Ridge penalty (5-fold cross-validation on train's examples: 0.3, 1, 3 and 10 within 0.4% of
 * one another; 3 kept). */
const RIDGE = 3;
const NEWTON_STEPS = 40;

/** Ridge conditional logit by Newton's method. */
export function fitRanking(examples: PronounExample[], ridge = RIDGE): number[] {
  const d = examples[0]?.features[0]?.length ?? PRONOUN_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = w.map((wi) => -ridge * wi);
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? ridge : 0)));
    for (const { features, right } of examples) {
      const p = softmax(features.map((x) => dot(w, x)));
      const mean = new Array<number>(d).fill(0);
      features.forEach((x, k) => x.forEach((v, i) => (mean[i]! += p[k]! * v)));
      const xr = features[right]!;
      for (let i = 0; i < d; i++) grad[i]! += xr[i]! - mean[i]!;
      features.forEach((x, k) => {
        for (let i = 0; i < d; i++)
          for (let j = 0; j < d; j++) hess[i]![j]! += p[k]! * (x[i]! - mean[i]!) * (x[j]! - mean[j]!);
      });
    }
    if (newtonStep(w, hess, grad)) break;
  }
  return w;
}

/** How many examples the weights rank the person first in (ties go to the nearest). */
export function rankedRight(examples: PronounExample[], w: number[]): number {
  let n = 0;
  for (const { features, right } of examples) {
    const s = features.map((x) => dot(w, x));
    let best = 0;
    for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
    if (best === right) n++;
  }
  return n;
}

function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Ranking accuracy in 5-fold cross-validation (contiguous folds, so an article's pronouns
 * mostly stay in one fold), with the features whose indices `keep` holds. */
export function crossValidated(examples: PronounExample[], keep: number[]): number {
  const only = examples.map((x) => ({ ...x, features: x.features.map((f) => keep.map((i) => f[i]!)) }));
  const folds = 5;
  let right = 0;
  for (let k = 0; k < folds; k++) {
    const lo = Math.floor((k * only.length) / folds);
    const hi = Math.floor(((k + 1) * only.length) / folds);
    const w = fitRanking([...only.slice(0, lo), ...only.slice(hi)]);
    right += rankedRight(only.slice(lo, hi), w);
  }
  return right / Math.max(1, only.length);
}

/** --cv: each feature's worth on train, by cross-validation without it; and the train fit read on
 * dev's examples (a check, never fitted). */
function crossValidate(examples: PronounExample[]): void {
  const all = PRONOUN_FEATURES.map((_, i) => i);
  const base = crossValidated(examples, all);
  console.log(`5-fold cross-validated ranking on train: ${(100 * base).toFixed(2)}% (${examples.length} examples)`);
  PRONOUN_FEATURES.forEach((f, i) => {
    const without = crossValidated(
      examples,
      all.filter((j) => j !== i),
    );
    console.log(`  without ${f.padEnd(20)} ${(100 * without).toFixed(2)}% (${(100 * (without - base)).toFixed(2)})`);
  });
  const dev = collectPronounExamples('dev', Infinity);
  if (dev) {
    const w = fitRanking(examples);
    console.log(
      `dev: ${dev.examples.length} examples, the train fit ranks ${pct(rankedRight(dev.examples, w), dev.examples.length)} right, the engine chose ${pct(dev.examples.filter((x) => x.chosen === x.right).length, dev.examples.length)}`,
    );
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const dump = args.indexOf('--dump');
  if (dump >= 0) {
    // Writes one split's examples as JSON (for study; dev only to check a fit).
    const split = args[dump + 1] as PolnearSplit;
    const per = args.includes('--all') ? Infinity : undefined;
    const got = collectPronounExamples(split, per);
    if (!got) return void (console.error(SHARED_MISSING), (process.exitCode = 1));
    fs.writeFileSync(args[dump + 2] ?? `pronouns-${split}.json`, JSON.stringify(got));
    console.log(`${split}: ${got.total} searched, ${got.outside} with the person among no candidate`);
    return;
  }
  // Every replaceable quote of an article, not only the eval's first three: twice the examples.
  const got = collectPronounExamples('train', Infinity);
  if (!got) return void (console.error(SHARED_MISSING), (process.exitCode = 1));
  const { examples, outside, total } = got;
  if (args.includes('--cv')) return crossValidate(examples);
  const w = fitRanking(examples);
  const engine = examples.filter((x) => x.chosen === x.right).length;
  console.log(
    `${total} pronouns searched on train, ${outside} with the person among no candidate; ${examples.length} examples: the engine chose right ${pct(engine, examples.length)}, the fitted ranking ${pct(rankedRight(examples, w), examples.length)}`,
  );
  const table = {
    features: [...PRONOUN_FEATURES],
    weights: w.map((v) => Math.round(v * 10000) / 10000),
    fittedOn: `PolNeAR train's silver pronoun test: ${examples.length} pronouns with their person among the candidates`,
  };
  PRONOUN_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(18)} ${table.weights[i]!.toFixed(3)}`));
  const file = path.resolve(__dirname, '..', '..', 'src', 'engine', 'pronoun-salience.json');
  fs.writeFileSync(file, JSON.stringify(table, null, 1) + '\n');
  console.log(`written ${path.relative(process.cwd(), file)}`);
}

if (require.main === module) main();
