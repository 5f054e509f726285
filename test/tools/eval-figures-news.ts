// Figures the engine finds in news it has no figure gold for (PolNeAR train, 840 US political
// articles), counted by kind and by first word, to find false-figure patterns a reader would not
// count (a determiner "one", a title "first lady", a model number). Prints the most frequent
// first words with examples:
//   npx esbuild test/tools/eval-figures-news.ts --bundle --platform=node --outfile=/tmp/n.cjs && node /tmp/n.cjs [top]
import { findFigures } from '../../src/engine/figures';
import { blocksFromPlainText } from '../../src/engine/blocks';
import { readSharedJsonl, SHARED_MISSING } from './shared-data';

const lines = readSharedJsonl<{ id: string; text: string }>('eval/polnear-train.jsonl');
if (!lines) console.log(SHARED_MISSING);
else {
  const byKind = new Map<string, number>();
  const byFirst = new Map<string, string[]>();
  let total = 0;
  for (const { text } of lines) {
    for (const f of findFigures(text, blocksFromPlainText(text))) {
      total++;
      byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
      // Digits become '#' so that "30 states" and "45 votes" fall together.
      const key = `${f.kind} ${(/^[^\s-]+/.exec(f.text)?.[0] ?? f.text).toLowerCase().replace(/\d/g, '#')}`;
      byFirst.set(key, [...(byFirst.get(key) ?? []), f.text]);
    }
  }
  console.log(
    `PolNeAR train: ${lines.length} texts, ${total} figures: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  const top = Number(process.argv[2] ?? 40);
  for (const [key, texts] of [...byFirst].sort((a, b) => b[1].length - a[1].length).slice(0, top)) {
    console.log(`${String(texts.length).padStart(6)}  ${key.padEnd(24)} ${texts.slice(0, 6).join(' | ')}`);
  }
}
