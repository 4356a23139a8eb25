/**
 * The real api process with its local runner and the real video job (job/src/main.ts), on a song
 * whose "file" is a named pipe nobody writes: ffmpeg waits on it forever, so the job is a real,
 * running, hung process — the one a shutdown, a kill -9 of the api, a cancel or the reaper must stop.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { SHUTDOWN_REQUEUED_MESSAGE } from '../src/jobs/local-job-runner';
import { STALE_TASK_MESSAGE } from '../src/modules/tasks/task-reaper';
import { createTestDatabase, type TestDatabase } from './support/database';
import { alive, register, spawnApi, until, type ApiProcess } from './support/api-process';

jest.setTimeout(300_000);

let db: TestDatabase;
let sql: Client;
let dataDir: string;
let fifo: string;
const apis: ApiProcess[] = [];

// Production, as deployed (Apollo installs its own signal handlers outside NODE_ENV=test).
const env = (extra: Record<string, string> = {}) => ({
  NODE_ENV: 'production', DATABASE_URL: db.url, JOB_RUNNER: 'local', JOB_SETUP_COMMAND: 'none', JOB_FROM_SOURCE: '1', JOB_CONCURRENCY: '1', ...extra,
});

async function start(extra: Record<string, string> = {}): Promise<ApiProcess> {
  const api = await spawnApi(env(extra), dataDir);
  apis.push(api);
  return api;
}

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'bb-lifecycle-'));
  mkdirSync(join(dataDir, 'media', 'songs'), { recursive: true });
  fifo = join(dataDir, 'media', 'songs', `never-ending-${process.pid}.mp3`);
  execFileSync('mkfifo', [fifo]);
});
afterAll(async () => {
  for (const api of apis) if (alive(api.pid)) { api.child.kill('SIGKILL'); await api.exited; }
  for (const pid of processesMentioning(fifo)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  await sql?.end();
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Processes whose command line names `text` (the job's ffmpeg reads the pipe by its path). */
function processesMentioning(text: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text); } catch { return false; }
  }).map(Number);
}

function parentOf(pid: number): number {
  try { return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]); } catch { return -1; }
}

async function task(id: string) {
  return (await sql.query(`SELECT status, message, error, attempts FROM choreography_tasks WHERE task_id = $1`, [id])).rows[0];
}

/** The job process working on the task now, once it is running under its lease. */
async function runningJob(id: string): Promise<number> {
  let pid = 0;
  await until(async () => {
    const { rows } = await sql.query(`SELECT l.pid FROM task_leases l JOIN choreography_tasks t USING (task_id) WHERE task_id = $1 AND t.status = 'running'`, [id]);
    pid = rows[0]?.pid ?? 0;
    return pid > 0 && alive(pid) && processesMentioning(fifo).length > 0;
  }, 90_000, 'the job to run');
  return pid;
}

const GENERATE = `mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: LOW, style: ROMANTIC }) { id } }`;
let token: string;
let songId: string;
let taskId: string;

it('SIGTERM: the api stops its job, puts the task back in the queue, closes its pools and exits 0 within 5 s', async () => {
  const api = await start();
  sql = new Client({ connectionString: db.url });
  await sql.connect();
  const { rows } = await sql.query(`INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Endless', '', 200, 120, $1, now(), now()) RETURNING id`,
    [`songs/never-ending-${process.pid}.mp3`]);
  songId = String(rows[0].id);
  token = (await register(api, 'lifecycle')).token;
  taskId = (await api.gql(GENERATE, { s: songId }, token)).data.generateChoreography.id;
  const jobPid = await runningJob(taskId);
  expect(existsSync(join(dataDir, `tmp-job-${taskId}`))).toBe(true);
  // A dancer is watching: an open graphql-ws subscription and a keep-alive HTTP connection.
  const ws = createClient({ url: api.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0, onNonLazyError: () => undefined });
  let subscribed = false;
  ws.subscribe({ query: `subscription($id: ID!) { taskUpdated(taskId: $id) { status } }`, variables: { id: taskId } },
    { next: () => { subscribed = true; }, error: () => undefined, complete: () => undefined });
  await until(() => subscribed, 15_000, 'the subscription');
  expect((await fetch(`${api.url}/healthz`, { keepalive: true })).status).toBe(200);

  const signalled = Date.now();
  api.child.kill('SIGTERM');
  const exit = await api.exited;
  expect(exit.code).toBe(0);
  expect(exit.at - signalled).toBeLessThan(5000);
  await ws.dispose();
  expect(alive(jobPid)).toBe(false);
  expect(processesMentioning(fifo)).toEqual([]); // ffmpeg went with its job
  expect(await task(taskId)).toMatchObject({ status: 'started', message: SHUTDOWN_REQUEUED_MESSAGE });
  expect((await sql.query(`SELECT count(*)::int AS n FROM task_leases`)).rows[0].n).toBe(0);
  expect(readdirSync(dataDir).filter((f) => f.startsWith('tmp-job-'))).toEqual([]);
  // Every pool closed: nothing of the api is left connected.
  // (A killed job's backend goes when PostgreSQL notices the closed socket: give it a few seconds.)
  const connected = async () => (await sql.query(`SELECT application_name FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [db.name])).rows;
  await until(async () => (await connected()).length === 0, 5_000, 'every connection of the api and its job to close').catch(() => undefined);
  expect(await connected()).toEqual([]);
});

it('after kill -9 of the api, the next api stops the orphaned job before running the task again', async () => {
  const api2 = await start();
  const orphanPid = await runningJob(taskId); // the requeued task, picked up again
  api2.child.kill('SIGKILL');
  await api2.exited;
  await new Promise((r) => setTimeout(r, 500));
  expect(alive(orphanPid)).toBe(true); // a job outlives a killed api: this is what must be cleaned up

  const api3 = await start();
  await until(() => !alive(orphanPid), 30_000, 'the orphan to be stopped');
  // Exactly one job works on the task: the new api's.
  const newPid = await runningJob(taskId);
  expect(newPid).not.toBe(orphanPid);
  // Every process reading the song belongs to that one job (its decoder, and the song's audio track it
  // encodes beside the analysis).
  expect(processesMentioning(fifo).length).toBeGreaterThan(0);
  expect([...new Set(processesMentioning(fifo).map(parentOf))]).toEqual([newPid]);

  // Cancel stops it too, and the task ends failed with a human message.
  const c = await api3.gql(`mutation($id: ID!) { cancelTask(id: $id) { status message } }`, { id: taskId }, token);
  expect(c.data.cancelTask).toEqual({ status: 'FAILED', message: 'Cancelled by user' });
  await until(() => !alive(newPid) && processesMentioning(fifo).length === 0, 30_000, 'the cancelled job to stop');
  await until(() => readdirSync(dataDir).filter((f) => f.startsWith('tmp-job-')).length === 0, 10_000, 'the temporary folder to go');
  api3.child.kill('SIGTERM');
  expect((await api3.exited).code).toBe(0);
});

it('the reaper stops a hung job process (not only marks its task) and the task ends failed with a message', async () => {
  const api = await start({ TASK_STALE_AFTER_SECONDS: '3', TASK_REAPER_INTERVAL_SECONDS: '1' });
  const id = (await api.gql(GENERATE, { s: songId }, token)).data.generateChoreography.id;
  const pid = await runningJob(id);
  await until(async () => (await task(id)).status === 'failed', 60_000, 'the reaper');
  expect(await task(id)).toMatchObject({ status: 'failed', message: STALE_TASK_MESSAGE });
  await until(() => !alive(pid) && processesMentioning(fifo).length === 0, 30_000, 'the hung job to be stopped');
  await until(() => readdirSync(dataDir).filter((f) => f.startsWith('tmp-job-')).length === 0, 10_000, 'the temporary folder to go');
  api.child.kill('SIGTERM');
  expect((await api.exited).code).toBe(0);
});
