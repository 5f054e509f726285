// Which confident attributions are wrong: every matched PolNeAR quote (train by default) whose
// speaker the engine names with a confidence at or above the fitted threshold but that the strict
// or the lenient rule judges wrong, with its features and the text around it; then how often each
// feature is on among the confident wrong and the confident right, to find what separates them.
//   npx esbuild test/tools/confidence-diagnose.ts --bundle --platform=node --outfile=dist/tools/confidence-diagnose.js
//   node dist/tools/confidence-diagnose.js [train|dev] [--list]
import { analyze } from '../../src/engine/analyze';
import type { Quote } from '../../src/engine/types';
import {
  ABSTAIN_BELOW,
  FEATURE_NAMES,
  featureVector,
  type AttributionFeatures,
} from '../../src/engine/speaker-confidence';
import { evalPolnear, type PolnearSplit } from './eval-polnear';

function main(): void {
  const split = (process.argv[2] === 'dev' ? 'dev' : 'train') as PolnearSplit;
  const list = process.argv.includes('--list');
  const features = new Map<Quote, AttributionFeatures>();
  const confidence = new Map<Quote, number>();
  let text = '';
  const rows: { f: AttributionFeatures; wrong: boolean; line: string }[] = [];
  evalPolnear(
    (t) => {
      text = t;
      const a = analyze(t, { abstain: false, observe: (q, f) => features.set(q, f) });
      for (const q of a.quotes) if (q.speaker) confidence.set(q, q.speaker.confidence);
      return a;
    },
    split,
    (quote, lenient, strict) => {
      const f = features.get(quote);
      const p = confidence.get(quote);
      // Named as the engine names: at or above the threshold.
      if (!f || p === undefined || p < ABSTAIN_BELOW) return;
      const wrong = strict === 'wrong' || (strict !== 'right' && !lenient);
      const sp = quote.speaker!;
      const from = Math.max(0, Math.min(quote.start, sp.mention?.start ?? quote.start) - 60);
      const to = Math.min(text.length, Math.max(quote.end, sp.mention?.end ?? 0) + 40);
      const on = FEATURE_NAMES.filter((_, i) => featureVector(f)[i] === 1 && FEATURE_NAMES[i] !== 'bias');
      rows.push({
        f,
        wrong,
        line: `p ${p} ${lenient ? 'L+' : 'L-'} ${strict} name "${sp.name}" mention "${sp.mention?.text}" dist ${f.distance} cited ${f.cited} mentions ${f.mentions}\n   [${on.join(' ')}]\n   ${text.slice(from, to).replace(/\s+/g, ' ')}`,
      });
    },
  );
  const wrong = rows.filter((r) => r.wrong);
  if (list) for (const r of wrong) console.log(r.line);
  console.log(
    `${split}: ${rows.length} named at or above ${ABSTAIN_BELOW}, ${wrong.length} wrong (strict where checkable)`,
  );
  const right = rows.filter((r) => !r.wrong);
  for (let i = 1; i < FEATURE_NAMES.length; i++) {
    const share = (rs: typeof rows) => rs.filter((r) => featureVector(r.f)[i]! > 0).length / Math.max(1, rs.length);
    console.log(
      `  ${FEATURE_NAMES[i]!.padEnd(24)} wrong ${(100 * share(wrong)).toFixed(1).padStart(5)}%  right ${(100 * share(right)).toFixed(1).padStart(5)}%`,
    );
  }
}

main();
