import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createLogger } from '../src/logger';
import { DIED_MESSAGE, LocalJobRunner } from '../src/jobs/local-job-runner';
import { initOrm, migrate } from '../src/db/orm';
import { createTestDatabase, type TestDatabase } from './support/database';

// Real processes on a shared 2-core machine: each test waits on its own conditions (until), not on jest's 5 s.
jest.setTimeout(60_000);

/**
 * The runner with real child processes: a small job program that behaves as told by the task's
 * parameters (finish, hang, or die), writing the same SQL the real job writes.
 */
const dir = mkdtempSync(join(tmpdir(), 'bb-runner-'));
const fakeJob = join(dir, 'job.js');
writeFileSync(fakeJob, `
const { Client } = require(${JSON.stringify(require.resolve('pg'))});
(async () => {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const id = process.env.TASK_ID;
  const { rows } = await c.query('SELECT parameters FROM choreography_tasks WHERE task_id = $1', [id]);
  const mode = rows[0].parameters.mode;
  await c.query("UPDATE choreography_tasks SET status = 'running', updated_at = now() WHERE task_id = $1", [id]);
  await c.query('INSERT INTO runner_log (task_id, event) VALUES ($1, $2)', [id, 'start']);
  if (mode === 'die') process.exit(3);
  if (mode === 'hang') { process.on('SIGTERM', async () => { await c.query('INSERT INTO runner_log (task_id, event) VALUES ($1, $2)', [id, 'sigterm']); process.exit(1); }); setInterval(() => {}, 1000); return; }
  await new Promise((r) => setTimeout(r, 1500)); // long enough that two overlap even on a loaded machine
  await c.query("UPDATE choreography_tasks SET status = 'completed', progress = 100, updated_at = now() WHERE task_id = $1", [id]);
  await c.query('INSERT INTO runner_log (task_id, event) VALUES ($1, $2)', [id, 'end']);
  await c.end();
})();
`);

let db: TestDatabase;
let pool: Pool;
let userId: number;
beforeAll(async () => {
  db = await createTestDatabase();
  const orm = await initOrm(db.url);
  await migrate(orm);
  await orm.close(true);
  pool = new Pool({ connectionString: db.url });
  await pool.query('CREATE TABLE runner_log (id serial PRIMARY KEY, task_id varchar(36), event text, at timestamptz DEFAULT clock_timestamp())');
  userId = (await pool.query(`INSERT INTO users (password, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, display_name, is_instructor, preferences)
    VALUES ('x', false, 'runner', '', '', 'r@example.com', false, true, now(), 'R', false, '{}') RETURNING id`)).rows[0].id;
});
afterAll(async () => { await pool.end(); await db.drop(); });

let n = 0;
async function task(mode: 'finish' | 'hang' | 'die', status = 'started'): Promise<string> {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  await pool.query(`INSERT INTO choreography_tasks (task_id, status, progress, stage, message, created_at, updated_at, user_id, parameters, attempts)
    VALUES ($1, $2, 0, 'queued', '', now() + ($3 || ' ms')::interval, now(), $4, $5, 0)`, [id, status, String(n), userId, { mode }]);
  return id;
}

function runner(concurrency: number): LocalJobRunner {
  return new LocalJobRunner({ pool, command: [process.execPath, fakeJob], cwd: dir, env: { DATABASE_URL: db.url }, concurrency, log: createLogger('error') });
}

async function statusOf(id: string): Promise<{ status: string; message: string; attempts: number }> {
  return (await pool.query('SELECT status, message, attempts FROM choreography_tasks WHERE task_id = $1', [id])).rows[0];
}

async function until(pred: () => Promise<boolean>, ms = 45000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('runs queued tasks in order, never more than the concurrency limit at once', async () => {
  const ids = [await task('finish'), await task('finish'), await task('finish'), await task('finish')];
  const r = runner(2);
  await r.start({ taskId: ids[0], userId });
  let maxActive = 0;
  await until(async () => {
    maxActive = Math.max(maxActive, r.active);
    return (await Promise.all(ids.map(statusOf))).every((s) => s.status === 'completed');
  });
  expect(maxActive).toBeLessThanOrEqual(2);
  // Claimed oldest first: the first two start before the last two (within a pair, process start-up decides).
  const { rows } = await pool.query(`SELECT task_id FROM runner_log WHERE event = 'start' AND task_id = ANY($1) ORDER BY id`, [ids]);
  const started = rows.map((x) => x.task_id);
  expect(new Set(started.slice(0, 2))).toEqual(new Set(ids.slice(0, 2)));
  expect(new Set(started.slice(2))).toEqual(new Set(ids.slice(2)));
  // Overlap proves two ran at once.
  const ev = (await pool.query(`SELECT task_id, event FROM runner_log WHERE task_id = ANY($1) ORDER BY id`, [ids])).rows.map((x) => x.event);
  expect(ev.slice(0, 2)).toEqual(['start', 'start']);
  await r.close();
});

it('retries a task whose process died once, then fails it with a message', async () => {
  const id = await task('die');
  const r = runner(1);
  await r.start({ taskId: id, userId });
  await until(async () => (await statusOf(id)).status === 'failed');
  expect(await statusOf(id)).toEqual({ status: 'failed', message: DIED_MESSAGE, attempts: 2 });
  await r.close();
});

it('starts tasks left waiting by a stopped api, and requeues ones it left running', async () => {
  const waiting = await task('finish');
  const orphan = await task('finish', 'running');
  const r = runner(1);
  await r.recover();
  await until(async () => (await statusOf(waiting)).status === 'completed' && (await statusOf(orphan)).status === 'completed');
  await r.close();
});

it('cancel kills the running process with SIGTERM', async () => {
  const id = await task('hang');
  const r = runner(1);
  await r.start({ taskId: id, userId });
  await until(async () => r.active === 1 && (await statusOf(id)).status === 'running');
  await pool.query(`UPDATE choreography_tasks SET status = 'failed', message = 'Cancelled by user' WHERE task_id = $1`, [id]);
  await r.cancel({ taskId: id });
  await until(async () => r.active === 0);
  const { rows } = await pool.query(`SELECT event FROM runner_log WHERE task_id = $1 ORDER BY id`, [id]);
  expect(rows.map((x) => x.event)).toEqual(['start', 'sigterm']);
  expect(await statusOf(id)).toMatchObject({ status: 'failed', message: 'Cancelled by user' });
  await r.close();
});
