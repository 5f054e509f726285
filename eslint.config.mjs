// Lint: typescript-eslint's recommended rules (less the few that only flag deliberate code here),
// and the layer walls of the README as import rules, for the sources and their tests alike.
import { createRequire } from 'node:module';
import js from '@eslint/js';

// typescript-eslint parses with TypeScript's JavaScript API, which TypeScript 7 (what the project
// compiles with) does not have yet: its parser gets TypeScript 5, installed for it alone by
// lint/typescript-for-eslint, before it is loaded.
const require = createRequire(import.meta.url);
const Module = require('node:module');
const typescript5 = require('typescript-for-eslint');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? typescript5 : request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

/** Import patterns that reach a folder of src/ (from anywhere under src/). */
const folder = (name) => [`../${name}`, `../${name}/*`, `../../${name}/*`, `../../src/${name}/*`];
const LAYERS = ['engine', 'page', 'background', 'popup', 'options', 'ui', 'shared', 'cli'];

const TEST_FILES = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
const ONLY_TESTS = { group: ['**/test/*', '**/test/**'], message: 'Only tests import from test/.' };

/** no-restricted-imports for a layer that may import only `allowed` (plus its own folder), and
 * `extra` patterns; its tests keep the same walls but may use the test helpers (test/tools). */
function walls(layer, allowed, extra = []) {
  const forbidden = LAYERS.filter((l) => l !== layer && !allowed.includes(l));
  const patterns = [
    ...forbidden.map((l) => ({ group: folder(l), message: `src/${layer} may not import src/${l} (README: layers).` })),
    ...extra,
  ];
  const files = [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`];
  return [
    {
      files,
      ignores: TEST_FILES,
      rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, ONLY_TESTS] }] },
    },
    {
      files: TEST_FILES.map((t) => t.replace('src/', `src/${layer}/`)),
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'lint/', 'coverage/', 'eval-misses/', 'test/artifacts/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Off: each flags a pattern the tree uses on purpose and the type checker already guards.
      '@typescript-eslint/no-non-null-assertion': 'off', // `map.get(k)!` after a has(), under noUncheckedIndexedAccess
      '@typescript-eslint/no-explicit-any': 'off', // only in tests that build broken messages
      'no-undef': 'off', // TypeScript checks names better (typescript-eslint's advice)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-control-regex': 'off', // the text patterns match control characters on purpose
      // No comment line past 120 characters (URLs excepted). Code lines are Prettier's to wrap, so
      // only lines that are a comment are measured here.
      'max-len': ['error', { code: 120, ignoreUrls: true, ignorePattern: '^(?!\\s*(?://|/\\*|\\*))' }],
    },
  },
  // The walls: engine -> nothing of ours; page, background -> engine, shared; popup, options ->
  // shared and the engine's types (import type only); ui (their one module) -> popup, options;
  // cli -> engine, the page's article reader, shared; shared -> engine.
  ...walls('engine', []),
  ...walls('page', ['engine', 'shared']),
  ...walls('background', ['engine', 'shared']),
  ...walls('popup', ['shared', 'engine']),
  ...walls('options', ['shared', 'engine']),
  ...walls('ui', ['popup', 'options']),
  ...walls('shared', ['engine']),
  ...walls(
    'cli',
    ['engine', 'shared', 'page'],
    [
      {
        regex: '^(?:\\.\\./)+(?:src/)?page/(?!article$|byline$)',
        message: 'src/cli may import only the article and byline readers of src/page.',
      },
    ],
  ),
  {
    // CommonJS files, and tests that load a module afresh inside jest.isolateModules.
    files: ['**/*.cjs', 'src/page/extension-api.test.ts', 'src/shared/figure-format.test.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The popup and the options page run no engine code: its types only.
    files: ['src/popup/**/*.{ts,tsx}', 'src/options/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: folder('engine'),
              allowTypeImports: true,
              message: 'The popup and options import only types from the engine.',
            },
          ],
        },
      ],
    },
  },
);
