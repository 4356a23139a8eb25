import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedProcess, stopEmbeddedProcess } from './support/embedded-process';

jest.setTimeout(120_000);

const dataDir = mkdtempSync(join(tmpdir(), 'bb-embedded-'));
// As root, the embedded server runs as the postgres user, which must be able to enter the directory.
chmodSync(dataDir, 0o755);
const port = 54390 + (process.pid % 7);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function sql(url: string, text: string): Promise<any[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

it('creates a cluster once, reuses its data, reports a live server and recovers from a hard-killed owner', async () => {
  const first = await startEmbeddedProcess(dataDir, port);
  await sql(first.url, 'CREATE TABLE keep (x int); INSERT INTO keep VALUES (1), (2)');
  // A second start while the first owner is alive: a clear error with the command that fixes it.
  await expect(startEmbeddedProcess(dataDir, port)).rejects.toThrow(/still running \(pid \d+\).*Stop it with: kill \d+/);

  // The owner is killed hard: its postmaster is left behind, orphaned.
  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  const stalePid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  expect(() => process.kill(stalePid, 0)).not.toThrow();

  // The next start stops the orphan and starts on the same data.
  const again = await startEmbeddedProcess(dataDir, port);
  expect(await sql(again.url, 'SELECT count(*)::int AS n FROM keep')).toEqual([{ n: 2 }]);
  await stopEmbeddedProcess(again);
  expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
});
