// npm run eval: the engine scored on the data in ../shared (PolNeAR quotes and speakers on train and dev,
// Recognizers-Text figures, the hand-made gold of real pages), with every miss written to
// eval-misses/<set>.json for study. The same evaluators back the regression test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { extractHtml } from '../../src/cli/extract';
import { findFigures } from '../../src/engine/figures';
import { blocksFromPlainText } from '../../src/engine/blocks';
import { evalFigures } from './eval-figures';
import { evalPages } from './eval-pages';
import { evalPolnear } from './eval-polnear';
import { evalStyles } from './eval-styles';
import { evalCoref } from './eval-coref';
import { evalReported } from './eval-reported';
import type { EvalReport } from './eval-report';
import { SHARED_MISSING } from './shared-data';

/** Runs every evaluator with the real engine (or those whose name holds `only`); a data set that
 * is absent gives null. */
export function runAllEvaluations(only?: string): { name: string; report: EvalReport | null; ms: number }[] {
  const runs: [string, () => EvalReport | null][] = [
    ['polnear-train', () => evalPolnear((text) => analyze(text), 'train')],
    ['polnear-dev', () => evalPolnear((text) => analyze(text), 'dev')],
    ['coref-train', () => evalCoref((text) => analyze(text), 'train')],
    ['coref-dev', () => evalCoref((text) => analyze(text), 'dev')],
    ['reported-train', () => evalReported((text) => analyze(text), 'train')],
    ['reported-dev', () => evalReported((text) => analyze(text), 'dev')],
    ['figures-dev', () => evalFigures((text) => findFigures(text, blocksFromPlainText(text)))],
    ['pages-dev', () => evalPages((html) => extractHtml(html))],
    // Our own invented articles in other outlets' styles: a check, never tuned on.
    ['styles', () => evalStyles((text) => analyze(text))],
  ];
  return runs
    .filter(([name]) => !only || name.includes(only))
    .map(([name, run]) => {
      const t0 = Date.now();
      const report = run();
      return { name, report, ms: Date.now() - t0 };
    });
}

function main(): void {
  const outDir = path.resolve(process.cwd(), 'eval-misses');
  fs.mkdirSync(outDir, { recursive: true });
  let missing = 0;
  // `node dist/tools/eval.js coref` runs only the evaluations whose name holds the word.
  for (const { name, report, ms } of runAllEvaluations(process.argv[2])) {
    console.log(`\n== ${name} (${ms} ms)`);
    if (!report) {
      console.log(`  ${SHARED_MISSING}`);
      missing++;
      continue;
    }
    for (const [key, value] of Object.entries(report.metrics))
      console.log(`  ${key.padEnd(22)} ${value <= 1 ? (value * 100).toFixed(1) + '%' : value}`);
    for (const line of report.summary) console.log(`  ${line}`);
    const file = path.join(outDir, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(report.misses, null, 1));
    console.log(`  misses: ${report.misses.length} written to ${path.relative(process.cwd(), file)}`);
  }
  if (missing) process.exitCode = 1;
}

if (require.main === module) main();
