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
// PWA tests that say `@jest-environment node` (the e2e tests driving Chromium against the real api, the
// session and codegen checks) run with node's export conditions, so `ws` and pg resolve to their node builds.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const pwaNodeTests = walk(join(__dirname, 'pwa', 'test'))
  .filter((f) => /\.test\.tsx?$/.test(f) && readFileSync(f, 'utf8').slice(0, 400).includes('@jest-environment node'))
  .map((f) => relative(join(__dirname, 'pwa'), f));
const NODE = { customExportConditions: [SOURCE, 'node', 'node-addons'] };
module.exports = {
  globalSetup: '<rootDir>/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/api/test/support/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'core', rootDir: 'core', testEnvironment: 'node', testEnvironmentOptions: NODE, testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'api', rootDir: 'api', testEnvironment: 'node', testEnvironmentOptions: NODE, testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'job', rootDir: 'job', testEnvironment: 'node', testEnvironmentOptions: NODE, testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...shared, displayName: 'pwa', rootDir: 'pwa', testEnvironment: 'jsdom', testEnvironmentOptions: { customExportConditions: [SOURCE, 'browser'] }, testMatch: ['<rootDir>/test/**/*.test.{ts,tsx}'], testPathIgnorePatterns: ['/node_modules/', ...pwaNodeTests.map((f) => `<rootDir>/${f}$`)] },
    { ...shared, displayName: 'pwa', rootDir: 'pwa', testEnvironment: 'node', testEnvironmentOptions: NODE, testMatch: pwaNodeTests.map((f) => `<rootDir>/${f}`) },
  ],
};
