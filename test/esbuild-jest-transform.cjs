// Jest transformer: TypeScript 7 has no classic compiler API, so ts-jest cannot run; esbuild
// strips the types (tsc --noEmit does the checking separately).
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('x') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code, map };
  },
};
