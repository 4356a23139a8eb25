#!/usr/bin/env node
// Runs jest once over all workspaces, keeps jest's exit code, and prints the closing line
// `N passed, N failed` computed from jest's --json result (CI reads that line, not jest's summary).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join(process.cwd(), '.data', 'test');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, 'jest-result.json');
// --forceExit: a test that fails half-way may leave a server or socket open; the run must still end
// (CI has a time limit), with jest's own exit code and the result file written.
const args = ['jest', '--json', `--outputFile=${outFile}`, '--forceExit', ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
let passed = 0, failed = 0, skipped = 0;
if (existsSync(outFile)) {
  const result = JSON.parse(readFileSync(outFile, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  skipped = result.numPendingTests + (result.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status ?? 1);
