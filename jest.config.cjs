// Two projects: fast unit tests (Node, or jsdom per file via a docblock) and the end-to-end suite
// that drives real Chromium and Firefox one after the other.
const transform = { '^.+\\.(tsx?|m?js)$': '<rootDir>/test/esbuild-jest-transform.cjs' };
const moduleFileExtensions = ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'];
// linkedom and preact ship ES modules: let the transformer turn them into CommonJS for jest.
const transformIgnorePatterns = [
  '/node_modules/(?!(gender-detection-from-name|preact|linkedom|htmlparser2|entities|domhandler|domelementtype|domutils|dom-serializer|uhyphen|html-escaper|cssomnom|css-select|css-what|boolbase|nth-check)/)',
];

module.exports = {
  // Real browsers take seconds to start on 2 cores (unit tests finish far below this anyway).
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      moduleFileExtensions,
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      moduleFileExtensions,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
    },
  ],
};
