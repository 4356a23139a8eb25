// One jest run over every workspace. @swc/jest keeps decorator metadata (TypeGraphQL, MikroORM).
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
// @bachata/core resolves through its package.json exports with the "@bachata/source" condition (its
// TypeScript source), the one alias scheme (docs/architecture.md); the other conditions are jest's
// defaults for each environment.
const SOURCE = '@bachata/source';
const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  // ESM-only packages that jest must transpile to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(graphql-ws|@apollo/client|rxjs|@wry|optimism)/)'],
};
module.exports = {
  globalSetup: '<rootDir>/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/api/test/support/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'core', rootDir: 'core', testEnvironment: 'node', testEnvironmentOptions: { customExportConditions: [SOURCE, 'node', 'node-addons'] }, testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'api', rootDir: 'api', testEnvironment: 'node', testEnvironmentOptions: { customExportConditions: [SOURCE, 'node', 'node-addons'] }, testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'job', rootDir: 'job', testEnvironment: 'node', testEnvironmentOptions: { customExportConditions: [SOURCE, 'node', 'node-addons'] }, testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'pwa', rootDir: 'pwa', testEnvironment: 'jsdom', testEnvironmentOptions: { customExportConditions: [SOURCE, 'browser'] }, testMatch: ['<rootDir>/test/**/*.test.{ts,tsx}'] },
  ],
};
