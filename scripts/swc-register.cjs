// Compiles TypeScript files through @swc/core on require, with decorator metadata (tsx/esbuild drops
// it), the way jest runs the tests; @bachata/core resolves to its TypeScript source, as in jest.
const { transformSync } = require('@swc/core');
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');

const options = {
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
// @bachata/core's entries as its package.json exports name them under the "@bachata/source" condition
// (the one alias scheme, docs/architecture.md): Node cannot take a condition after it has started, so
// this applies that condition's targets itself.
const CORE = path.join(__dirname, '..', 'core');
const SOURCE_CONDITION = '@bachata/source';
const sourceEntries = new Map(Object.entries(require(path.join(CORE, 'package.json')).exports)
  .filter(([, target]) => target && typeof target === 'object' && target[SOURCE_CONDITION])
  .map(([subpath, target]) => [`@bachata/core${subpath.slice(1)}`, path.join(CORE, target[SOURCE_CONDITION])]));
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  const source = sourceEntries.get(request);
  if (source) return source;
  return originalResolve.call(this, request, ...rest);
};
