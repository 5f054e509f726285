// Jest transformer: TypeScript 7 has no classic compiler API, so ts-jest cannot run; esbuild
// strips the types (tsc --noEmit does the checking separately).
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    // The engine's given-name genders, as the build bundles them (src/build/forename-genders.cjs).
    if (/[\\/]gender-detection-from-name[\\/]names[\\/]en\.js$/.test(filename))
      return {
        code: `module.exports = require(${JSON.stringify(require.resolve('../src/build/forename-genders.cjs'))}).forenameGenders();`,
      };
    // Only .ts/.tsx and the ES-module packages listed in jest.config.cjs reach this transformer.
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.ts') ? 'ts' : 'js',
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
