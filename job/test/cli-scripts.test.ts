import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The root npm scripts run the CLIs from source through scripts/with-swc.cjs: they must behave as under node. */
const root = join(__dirname, '..', '..');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'with-swc.cjs'), join(root, script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

it('npm run plan: a bad value exits 2 with a clear line listing what is accepted', () => {
  const r = run('job/src/cli/plan.ts', 'song.mp3', '--difficulty', 'expert');
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/beginner/);
});

it('npm run library:import: a missing directory is reported, not ignored', () => {
  const r = run('job/src/cli/library-import.ts', '/no/such/library');
  expect(r.status).not.toBe(0);
  expect(r.stderr.trim().length).toBeGreaterThan(0);
});
