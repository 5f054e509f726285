// How long the popup takes to show a very large report, in jsdom: the speakers tab as the popup
// opens, then the figures tab, then a first search there (which builds the search text). Prints
// figures only (no pass/fail); run with
//   node test/tools/popup-render-bench.mjs [count ...]      (default: 5000 20000)
// Each count is the number of quotes and of figures in the report.
import * as esbuild from 'esbuild';
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const entry = `
import { h, render } from 'preact';
import { ReportView } from './src/popup/ReportView';
import { largeReport } from './src/popup/sample-report';
import { lookupFromCatalog, setMessageLookup } from './src/shared/i18n';
export function setup(catalog) { setMessageLookup(lookupFromCatalog(catalog)); }
export { h, render, ReportView, largeReport };
`;
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'popup-bench-')), 'bench.cjs');
await esbuild.build({
  stdin: { contents: entry, resolveDir: root, loader: 'tsx' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'error',
});

const dom = new JSDOM('<!doctype html><main id="app"></main>', { pretendToBeVisual: true });
Object.assign(globalThis, {
  window: dom.window,
  document: dom.window.document,
  navigator: dom.window.navigator,
  Node: dom.window.Node,
  HTMLElement: dom.window.HTMLElement,
  Event: dom.window.Event,
  KeyboardEvent: dom.window.KeyboardEvent,
});
const lib = createRequire(import.meta.url)(out);
lib.setup(JSON.parse(fs.readFileSync(path.join(root, 'src/_locales/en/messages.json'), 'utf8')));
const api = {
  send: async () => true,
  copy: async () => undefined,
  download: () => undefined,
  openOptions: () => undefined,
};
const flush = () => new Promise((r) => setTimeout(r, 0));

for (const n of counts.length ? counts : [5000, 20000]) {
  const app = dom.window.document.getElementById('app');
  const report = lib.largeReport(n, n);
  let t0 = performance.now();
  lib.render(
    lib.h(lib.ReportView, { api, tabId: 1, report, withDates: false, onToggleHighlights: () => undefined }),
    app,
  );
  await flush();
  const speakers = performance.now() - t0;
  const speakerRows = app.querySelectorAll('[data-nav]').length;
  t0 = performance.now();
  app.querySelector('#tab-figures').click();
  await flush();
  const figures = performance.now() - t0;
  const figureRows = app.querySelectorAll('#panel-figures [data-nav]').length;
  const search = app.querySelector('input[type=search]');
  t0 = performance.now();
  search.value = 'trucks';
  search.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
  await flush();
  const searched = performance.now() - t0;
  console.log(
    `${n} quotes + ${n} figures: speakers tab ${speakers.toFixed(0)} ms (${speakerRows} items in the DOM), figures tab ${figures.toFixed(0)} ms (${figureRows} items), first search ${searched.toFixed(0)} ms`,
  );
  lib.render(null, app);
}
fs.rmSync(path.dirname(out), { recursive: true, force: true });
