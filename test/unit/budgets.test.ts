// Size budgets on the files we ship. The content script is injected into every page a reader
// opens, so its size is paid on every page load; the popup opens on each click; the stores and
// the review queue see the zips. Budgets are measured gzipped (level 9), as they travel and as
// they are parsed after decompression, and printed so CI logs show the trend.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { unzipSync } from 'fflate';
import { BROWSERS, ROOT, buildExtension, shippedName, type BuiltExtension } from './built-extension';

const KB = 1024;
/** Budgets in bytes. The content script and the popup are per browser; the engine's share of the
 * content script is measured from the content bundle's own module list. */
const BUDGETS = {
  contentGz: 30 * KB,
  popupGz: 25 * KB,
  zip: 200 * KB,
  engineGz: 20 * KB,
};

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gzipSize = (data: Uint8Array) => zlib.gzipSync(data, { level: 9 }).length;

let built: BuiltExtension;
beforeAll(() => {
  built = buildExtension();
}, 120_000);
afterAll(() => built?.dispose());

describe.each(BROWSERS)('%s build', (browser) => {
  const file = (name: string) => path.join(built.dir, browser, shippedName(name));

  test(`content.js is at most ${kb(BUDGETS.contentGz)} gzipped`, () => {
    const size = gzipSize(fs.readFileSync(file('content.js')));
    console.log(`budget ${browser} content.js: ${kb(size)} gzipped (budget ${kb(BUDGETS.contentGz)})`);
    expect(size).toBeLessThanOrEqual(BUDGETS.contentGz);
  });

  // The popup loads popup.js, the one module it shares with the options page.
  test(`popup.js is at most ${kb(BUDGETS.popupGz)} gzipped`, () => {
    const size = gzipSize(fs.readFileSync(file('popup.js')));
    console.log(`budget ${browser} popup.js: ${kb(size)} gzipped (budget ${kb(BUDGETS.popupGz)})`);
    expect(size).toBeLessThanOrEqual(BUDGETS.popupGz);
  });

  test('the store zip holds exactly the built extension, byte for byte', () => {
    const entries = unzipSync(fs.readFileSync(built.zips[browser]));
    const files = (dir: string, prefix = ''): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [prefix + e.name]));
    const builtFiles = files(path.join(built.dir, browser)).sort();
    expect(Object.keys(entries).sort()).toEqual(builtFiles);
    for (const name of builtFiles)
      expect(Buffer.from(entries[name]!).equals(fs.readFileSync(path.join(built.dir, browser, name)))).toBe(true);
    expect(builtFiles).toContain('manifest.json');
  });

  test(`the store zip is at most ${kb(BUDGETS.zip)}`, () => {
    const size = fs.statSync(built.zips[browser]).size;
    console.log(`budget ${browser} zip: ${kb(size)} (budget ${kb(BUDGETS.zip)})`);
    expect(size).toBeLessThanOrEqual(BUDGETS.zip);
  });
});

test(`the engine's share of the content script is at most ${kb(BUDGETS.engineGz)} gzipped`, async () => {
  // The engine runs in the background (src/background): the content script injected into every
  // page should carry none of it, or at most this much if some of it moves back.
  const content = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/page/content.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    metafile: true,
    write: false,
    logLevel: 'silent',
    target: ['chrome105', 'firefox142'],
  });
  const engineModules = Object.keys(content.metafile.inputs).filter(
    (f) => f.startsWith('src/engine/') && !f.endsWith('types.ts'),
  );
  let share = 0;
  if (engineModules.length) {
    const shared = await esbuild.build({
      stdin: {
        contents: engineModules.map((f) => `export * from ${JSON.stringify('./' + f)};`).join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'engineShare',
      write: false,
      logLevel: 'silent',
      target: ['chrome105', 'firefox142'],
    });
    share = gzipSize(shared.outputFiles[0]!.contents);
  }
  console.log(
    `budget engine share of content.js: ${kb(share)} gzipped from ${engineModules.length} engine modules (budget ${kb(BUDGETS.engineGz)})`,
  );
  expect(share).toBeLessThanOrEqual(BUDGETS.engineGz);
});

test('the engine bundle works on its own (measured for the README; it ships in the background)', async () => {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/engine/analyze.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    // A global name keeps the exports: without it esbuild would shake the whole engine away.
    globalName: 'quoteLensEngine',
    target: ['chrome105', 'firefox142'],
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  // The measured bundle must be the working engine, not what is left after tree shaking.
  const sandbox: { quoteLensEngine?: { analyze(text: string): { quotes: unknown[] } } } = {};
  vm.runInNewContext(Buffer.from(code).toString('utf8'), sandbox);
  expect(sandbox.quoteLensEngine?.analyze('“We will win,” said Sergei Shoigu.').quotes).toHaveLength(1);
  console.log(`engine (analyze.ts): ${kb(code.length)} minified, ${kb(gzipSize(code))} gzipped`);
});
