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
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (request === '@bachata/core') return path.join(__dirname, '..', 'core', 'src', 'index.ts');
  return originalResolve.call(this, request, ...rest);
};
