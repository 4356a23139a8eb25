// Runs a TypeScript file through @swc/core with decorator metadata (tsx/esbuild drops it), the way
// jest runs the tests: `node scripts/with-swc.cjs path/to/file.ts`.
const Module = require('node:module');
const path = require('node:path');
require('./swc-register.cjs');

const [, , file, ...args] = process.argv;
const target = path.resolve(file);
process.argv = [process.argv[0], target, ...args];
// Load it as the main module, so `require.main === module` holds in the script as under plain node.
Module._load(target, null, true);
