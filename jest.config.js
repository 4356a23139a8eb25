// One jest run over every workspace. @swc/jest keeps decorator metadata (TypeGraphQL, MikroORM).
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@bachata/core$': '<rootDir>/../core/src/index.ts', '^@bachata/core/browser$': '<rootDir>/../core/src/browser.ts' },
  // ESM-only packages that jest must transpile to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(graphql-ws|@apollo/client|rxjs|@wry|optimism)/)'],
};
module.exports = {
  globalSetup: '<rootDir>/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/api/test/support/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'core', rootDir: 'core', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'api', rootDir: 'api', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'job', rootDir: 'job', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'pwa', rootDir: 'pwa', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.{ts,tsx}'] },
  ],
};
