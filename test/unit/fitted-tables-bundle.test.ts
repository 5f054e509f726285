// The fitted tables as the build bundles them (build.mjs noTrainingNotes: no training notes, no
// feature names, the weights in the order of the engine's own feature lists) must give the engine
// exactly the confidences and the pronoun choices the checked-in tables give it.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

const STORY = [
  'Ada Lund and Tomas Berg opened the bakery in 1990, the year Lund turned 30.',
  '“We never thought it would last,” she said on Monday.',
  '“It did,” he said. “We sold 4,000 loaves last week.”',
  'The company said in a statement that sales rose 12 percent. A spokesman added: “Demand is strong.”',
  '“Prices will rise,” Berg told reporters, according to a person in the room.',
].join('\n\n');

test('the bundled fitted tables give the same speakers and confidences as the checked-in ones', () => {
  const script = `
    import * as esbuild from 'esbuild';
    import { createRequire } from 'node:module';
    import { noTrainingNotes, lazyUnicodeRegexes } from './build.mjs';
    const run = async (plugins, define = {}) => {
      const out = await esbuild.build({
        entryPoints: ['src/engine/analyze.ts'], bundle: true, write: false, format: 'cjs',
        platform: 'node', plugins, define, logLevel: 'silent',
      });
      const module = { exports: {} };
      new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
      const quotes = module.exports.analyze(${JSON.stringify(STORY)}).quotes;
      return { text: out.outputFiles[0].text, speakers: quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.confidence ?? null]) };
    };
    const plain = await run([]);
    const shipped = await run([noTrainingNotes]);
    // As the extension ships it: the feature names shortened too (build.mjs shortFeatureNames).
    const extension = await run([lazyUnicodeRegexes, noTrainingNotes], { QL_TOOLS: 'false' });
    console.log(JSON.stringify({
      plain: plain.speakers,
      shipped: shipped.speakers,
      extension: extension.speakers,
      namesInExtension: extension.text.split('"place:transcript"').length + extension.text.split('\`place:').length - 2,
      // How often a feature's name is written: in the engine's list, and in a table that keeps its names.
      namesInPlain: plain.text.split('"place:transcript"').length - 1,
      namesInShipped: shipped.text.split('"place:transcript"').length - 1,
      notesInShipped: shipped.text.includes('fittedOn'),
    }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    plain: [string, string | null, number | null][];
    shipped: [string, string | null, number | null][];
    extension: [string, string | null, number | null][];
    namesInExtension: number;
    namesInPlain: number;
    namesInShipped: number;
    notesInShipped: boolean;
  };
  expect(result.plain.length).toBeGreaterThanOrEqual(4);
  expect(result.plain.filter(([, , c]) => c !== null).length).toBeGreaterThanOrEqual(4);
  expect(result.shipped).toEqual(result.plain);
  expect(result.extension).toEqual(result.plain);
  expect(result.namesInExtension).toBe(0);
  expect(result.notesInShipped).toBe(false);
  expect([result.namesInPlain, result.namesInShipped]).toEqual([2, 1]);
});
