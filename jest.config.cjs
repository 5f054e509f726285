// Two projects: fast unit tests (Node, or jsdom per file via a docblock) and the end-to-end suite
// that drives real Chromium and Firefox one after the other.
const transform = { '^.+\\.tsx?$': '<rootDir>/test/esbuild-jest-transform.cjs' };
const moduleFileExtensions = ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns: ['/node_modules/(?!(preact|linkedom|htmlparser2|entities|domhandler|domutils|dom-serializer|uhyphen|html-escaper|cssom|css-select|css-what|boolbase|nth-check)/)'],
      moduleFileExtensions,
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      moduleFileExtensions,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
      maxWorkers: 1,
      testTimeout: 120000,
    },
  ],
};
