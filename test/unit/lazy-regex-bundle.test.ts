// The engine as the build bundles it (build.mjs lazyUnicodeRegexes: regex literals with a Unicode
// class made on first use instead of when the script is parsed; ENGINE_PRIVATE_PROPS: the engine's
// working properties renamed short) must answer exactly as the engine bundled without those steps,
// on articles of every style the project keeps. A renamed property that the output, a message or a
// built-in's options bag carries would change the answer (or lose a field) here.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

test('the engine bundled with lazy Unicode regexes and short private properties gives the same annotations as without them', () => {
  const script = `
    import * as esbuild from 'esbuild';
    import * as fs from 'node:fs';
    import * as path from 'node:path';
    import { createRequire } from 'node:module';
    import { compactForenames, lazyUnicodeRegexes, ENGINE_PRIVATE_PROPS } from './build.mjs';
    const bundle = async (plugins, mangleProps) => {
      const out = await esbuild.build({ ...(mangleProps ? { mangleProps } : {}),
        entryPoints: ['src/engine/analyze.ts'], bundle: true, write: false, format: 'cjs', platform: 'node',
        target: 'es2022', supported: { 'regexp-unicode-property-escapes': true }, plugins, logLevel: 'silent',
      });
      const module = { exports: {} };
      new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
      return { analyze: module.exports.analyze, literals: (out.outputFiles[0].text.match(/\\/[^/\\n]*\\\\p\\{/g) ?? []).length };
    };
    const plain = await bundle([compactForenames]);
    const lazy = await bundle([compactForenames, lazyUnicodeRegexes]);
    const shipped = await bundle([compactForenames, lazyUnicodeRegexes], ENGINE_PRIVATE_PROPS);
    const dir = 'test/fixtures/news-styles';
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const differ = [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      // Twice: the second call runs on regexes the first one made and kept.
      for (let i = 0; i < 2; i++) {
        const want = JSON.stringify(plain.analyze(text));
        if (want !== JSON.stringify(lazy.analyze(text))) differ.push(f);
        if (want !== JSON.stringify(shipped.analyze(text))) differ.push(f + ' (renamed)');
      }
    }
    console.log(JSON.stringify({ files: files.length, differ, literals: [plain.literals, lazy.literals] }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    files: number;
    differ: string[];
    literals: [number, number];
  };
  expect(result.files).toBeGreaterThan(50);
  expect(result.differ).toEqual([]);
  // The step did its work: most Unicode-class literals are gone from the bundle.
  expect(result.literals[1]).toBeLessThan(result.literals[0] / 2);
});
