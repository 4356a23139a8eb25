// Runs a TypeScript file through @swc/core with decorator metadata (tsx/esbuild drops it), the way
// jest runs the tests: `node scripts/with-swc.cjs path/to/file.ts`.
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
// @bachata/core resolves to its TypeScript source, as in jest.
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  if (request === '@bachata/core') return path.join(__dirname, '..', 'core', 'src', 'index.ts');
  return originalResolve.call(this, request, ...rest);
};
const [, , file, ...args] = process.argv;
const target = path.resolve(file);
process.argv = [process.argv[0], target, ...args];
// Load it as the main module, so `require.main === module` holds in the script as under plain node.
Module._load(target, null, true);
