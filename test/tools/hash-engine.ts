// Fingerprints the engine's output, for refactors that must not change it: runs analyze() over
// every text of PolNeAR train and dev and of figures-dev and hashes the JSON it returns, per
// corpus and in all. Run before and after a change and compare:
//   node build.mjs --tools && node dist/tools/hash-engine.js
import { createHash } from 'node:crypto';
import { analyze } from '../../src/engine/analyze';
import { readSharedJsonl, SHARED_MISSING } from './shared-data';

const CORPORA = ['eval/polnear-train.jsonl', 'eval/polnear-dev.jsonl', 'eval/figures-dev.jsonl'];

const all = createHash('sha256');
for (const corpus of CORPORA) {
  const items = readSharedJsonl<{ text: string }>(corpus);
  if (!items) {
    console.error(`${corpus}: ${SHARED_MISSING}`);
    process.exit(1);
  }
  const one = createHash('sha256');
  for (const { text } of items) {
    const json = JSON.stringify(analyze(text));
    one.update(json).update('\n');
    all.update(json).update('\n');
  }
  console.log(`${corpus.padEnd(26)} ${String(items.length).padStart(5)} texts  ${one.digest('hex').slice(0, 16)}`);
}
console.log(`${'all'.padEnd(26)} ${''.padStart(5)}        ${all.digest('hex').slice(0, 16)}`);
