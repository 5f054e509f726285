// The given-name table as the build bundles it (front-coded in one string, searched without
// decoding it all: build.mjs compactForenames) must answer exactly as the package's own Map, for
// every name and for words that are no name.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

test('the bundled forenames give every name the gender the package gives it, and nothing else', () => {
  const script = `
    import * as esbuild from 'esbuild';
    import { createRequire } from 'node:module';
    import { compactForenames } from './build.mjs';
    const out = await esbuild.build({
      stdin: { contents: "import names from 'gender-detection-from-name/names/en.js'; module.exports = names;", resolveDir: '.' },
      bundle: true, write: false, format: 'cjs', platform: 'node', plugins: [compactForenames], logLevel: 'silent',
    });
    const module = { exports: {} };
    new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
    const bundled = module.exports;
    const original = createRequire(import.meta.url)('./src/build/forename-genders.cjs').forenameGenders();
    const wrong = [];
    let checked = 0;
    for (const [name, gender] of original) {
      checked++;
      if (bundled.get(name) !== gender) wrong.push(name);
      // Words just beside a name in the sorted order (what a binary search could confuse with it).
      // ('h' and 'u' come first and last in the table's letter order: build.mjs FORENAME_ORDER.)
      for (const near of [name + 'a', name + 'zz', name + 'h', name + 'u', name.slice(0, -1), name.slice(0, -1) + '~'])
        if (bundled.get(near) !== original.get(near)) wrong.push(near);
    }
    // Words that are no name, some with letters outside a-z (the look-up leaves those as they are
    // where it rewrites a-z in the table's letter order: build.mjs FORENAME_ORDER).
    for (const word of ['', 'zzzq', 'the', '|', '9', 'constructor', '__proto__', 'johnx', 'jo', 'zoë', 'anne-marie', 'é', 'hA', '{'])
      if (bundled.get(word) !== original.get(word)) wrong.push(word);
    if (bundled.get(undefined) !== undefined) wrong.push('undefined');
    console.log(JSON.stringify({ checked, wrong: wrong.slice(0, 20), wrongCount: wrong.length }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    checked: number;
    wrong: string[];
    wrongCount: number;
  };
  expect(result.checked).toBeGreaterThan(30000);
  expect(result.wrong).toEqual([]);
});
