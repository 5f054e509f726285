// Prints the figures evaluation (`npx esbuild test/tools/eval-figures-run.ts --bundle --platform=node
// --outfile=/tmp/f.cjs && node /tmp/f.cjs [--misses]`), for tuning without the full `npm run eval`.
import { evalFigures } from './eval-figures';
import { findFigures } from '../../src/engine/figures';
import { blocksFromPlainText } from '../../src/engine/blocks';
import { SHARED_MISSING } from './shared-data';

const report = evalFigures((text) => findFigures(text, blocksFromPlainText(text)));
if (!report) console.log(SHARED_MISSING);
else {
  console.log(report.summary.join('\n'));
  if (process.argv.includes('--misses')) for (const m of report.misses) console.log(JSON.stringify(m));
}
