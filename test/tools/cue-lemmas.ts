// Which words cue reported speech in PolNeAR train, counted from the gold: for every attribution
// whose cue is a verb of saying, writing or estimating (eval-reported's table), the words of its
// cue; beside each, how often the word occurs in the articles at all (so the share that cues an
// attribution says how safe the word is as a cue anywhere) and the engine's cue strength for it
// (0: not a cue, 1: only beside a quote, 2: anywhere). Words the engine does not read yet, and
// that cue more often than not, are the candidates for the lexicon in src/engine/speech-verbs.ts.
//   npx esbuild test/tools/cue-lemmas.ts --bundle --platform=node --packages=external \
//     --outfile=dist/tools/cue-lemmas.js && node dist/tools/cue-lemmas.js [train|dev] [--min N]
import { cueStrength } from '../../src/engine/speech-verbs';
import { isReportingCue } from './eval-reported';
import { readSharedJsonl, SHARED_MISSING } from './shared-data';

interface Article {
  text: string;
  attributions: { form: string; cue: string | null; cue_spans: [number, number][] }[];
}

/** Function words and auxiliaries inside multi-word cues ("has said", "according to"). */
const SKIP = new Set(
  'has have had is was were are be been will would could should may might did do does not also to of the a an that in on at by for with and but as it he she they said'.split(
    ' ',
  ),
);

function main(): void {
  const split = process.argv[2] === 'dev' ? 'dev' : 'train';
  const min = Number(process.argv[process.argv.indexOf('--min') + 1] ?? 0) || 3;
  const articles = readSharedJsonl<Article>(`eval/polnear-${split}.jsonl`);
  if (!articles) {
    console.log(SHARED_MISSING);
    process.exitCode = 1;
    return;
  }
  const cued = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const a of articles) {
    for (const w of a.text.toLowerCase().match(/[a-z]+/g) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
    for (const at of a.attributions) {
      if (at.form === 'direct' || !isReportingCue(at.cue)) continue;
      const words = new Set<string>();
      for (const [s, e] of at.cue_spans)
        for (const w of a.text
          .slice(s, e)
          .toLowerCase()
          .match(/[a-z]+/g) ?? [])
          words.add(w);
      for (const w of words) if (!SKIP.has(w) || w === 'said') cued.set(w, (cued.get(w) ?? 0) + 1);
    }
  }
  const rows = [...cued]
    .filter(([, n]) => n >= min)
    .map(([w, n]) => ({ w, n, all: seen.get(w) ?? n, strength: cueStrength(w) }))
    .sort((x, y) => y.n - x.n);
  console.log(`cue words of reporting attributions in PolNeAR ${split} (at least ${min}):`);
  console.log('  word            cues   occurrences  share  engine');
  for (const r of rows)
    console.log(
      `  ${r.w.padEnd(14)} ${String(r.n).padStart(5)}  ${String(r.all).padStart(11)}  ${((100 * r.n) / r.all).toFixed(0).padStart(4)}%  ${r.strength}`,
    );
}

main();
