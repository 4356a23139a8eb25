/**
 * Two real job processes (job/src/main.ts) for one task: the first holds the task's lease, the
 * second stops at once without touching the task. The first runs on a song "file" that is a named
 * pipe nobody writes, so it stays busy until it is told to stop.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { initOrm, migrate } from '../../api/src/db/orm';
import { createTestDatabase, type TestDatabase } from '../../api/test/support/database';
import { JobDatabase } from '../src/store/database';
import { LEASE_REFUSED_EXIT, TaskLease } from '../src/store/lease';
import { TaskStore } from '../src/store/task-store';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
let db: TestDatabase;
let pool: Pool;
let dataDir: string;
let userId: number;
let songId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  const orm = await initOrm(db.url);
  await migrate(orm);
  await orm.close(true);
  pool = new Pool({ connectionString: db.url });
  dataDir = mkdtempSync(join(tmpdir(), 'bb-lease-'));
  mkdirSync(join(dataDir, 'media', 'songs'), { recursive: true });
  execFileSync('mkfifo', [join(dataDir, 'media', 'songs', 'pipe.mp3')]);
  userId = (await pool.query(`INSERT INTO users (password, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined, display_name, is_instructor, preferences)
    VALUES ('x', false, 'lease', '', '', 'l@example.com', false, true, now(), 'L', false, '{}') RETURNING id`)).rows[0].id;
  songId = (await pool.query(`INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Pipe', '', 100, 120, 'songs/pipe.mp3', now(), now()) RETURNING id`)).rows[0].id;
});
const groups: number[] = [];
afterAll(async () => {
  for (const g of groups) try { process.kill(-g, 'SIGKILL'); } catch { /* gone */ }
  await pool.end(); await db.drop(); rmSync(dataDir, { recursive: true, force: true }); });

let n = 0;
async function newTask(): Promise<string> {
  const id = `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`;
  await pool.query(`INSERT INTO choreography_tasks (task_id, status, progress, stage, message, created_at, updated_at, user_id, song_id, parameters, attempts)
    VALUES ($1, 'started', 0, 'queued', '', now(), now(), $2, $3, $4, 0)`, [id, userId, songId, { difficulty: 'beginner', energyLevel: 'low', style: 'romantic', seed: 1 }]);
  return id;
}

const jobArgs = [join(ROOT, 'scripts', 'with-swc.cjs'), join(ROOT, 'job', 'src', 'main.ts')];
const jobEnv = (taskId: string) => ({ ...process.env, TASK_ID: taskId, DATABASE_URL: db.url, DATA_DIR: dataDir });

async function until(pred: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('a second job process for a task another live process holds exits at once, refusing, and changes nothing', async () => {
  const id = await newTask();
  // The first job: its own process group, so the test can stop it with the ffmpeg it started (as the api does).
  const first = spawn(process.execPath, jobArgs, { env: jobEnv(id), stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  groups.push(first.pid!);
  let firstErr = '';
  first.stderr!.on('data', (c) => { firstErr += c; });
  const firstExit = new Promise<number | null>((r) => first.once('exit', (code) => r(code)));
  // Wait until the first job sits in its analysis (progress 5), blocked decoding the pipe: before that
  // it still writes its own progress (1 → 5), which is not the second process changing anything.
  await until(async () => { const r = (await pool.query(`SELECT status, progress FROM choreography_tasks WHERE task_id = $1`, [id])).rows[0]; return r.status === 'running' && r.progress >= 5; });
  const lease = (await pool.query(`SELECT owner, pid FROM task_leases WHERE task_id = $1`, [id])).rows[0];
  expect(lease.pid).toBe(first.pid);
  const before = (await pool.query(`SELECT status, progress, stage, message, updated_at FROM choreography_tasks WHERE task_id = $1`, [id])).rows[0];

  const second = spawnSync(process.execPath, jobArgs, { env: jobEnv(id), encoding: 'utf8' });
  expect(second.status).toBe(LEASE_REFUSED_EXIT);
  expect(second.stderr).toMatch(/already being worked on by pid \d+/);
  // Nothing of the task changed, the lease is still the first's, and its work folder is still there.
  expect((await pool.query(`SELECT status, progress, stage, message, updated_at FROM choreography_tasks WHERE task_id = $1`, [id])).rows[0]).toEqual(before);
  expect((await pool.query(`SELECT owner FROM task_leases WHERE task_id = $1`, [id])).rows[0].owner).toBe(lease.owner);
  expect(readdirSync(dataDir)).toContain(`tmp-job-${id}`);

  process.kill(first.pid!, 'SIGTERM'); // the job alone, as `docker stop` or a person would signal it
  // ffmpeg, blocked opening the pipe, would not stop on SIGTERM anyway: the job fails the task and exits.
  expect(await firstExit).toBe(1);
  // …and took its ffmpeg with it: nothing is left reading the pipe.
  await until(async () => !readdirSync('/proc').some((pid) => {
    try { return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(join(dataDir, 'media', 'songs', 'pipe.mp3')); } catch { return false; }
  }), 5000);
  const after = (await pool.query(`SELECT status, message FROM choreography_tasks WHERE task_id = $1`, [id])).rows[0];
  expect(after).toEqual({ status: 'failed', message: 'The generation was stopped.' });
  expect((await pool.query(`SELECT count(*)::int AS n FROM task_leases WHERE task_id = $1`, [id])).rows[0].n).toBe(0);
  expect(readdirSync(dataDir).filter((f) => f.startsWith('tmp-job-'))).toEqual([]);
  expect(firstErr).toMatch(/after SIGTERM; failing the task/);
});

it('a lease left by a killed process is taken over once it expires, or at once when its pid is dead on this machine', async () => {
  const id = await newTask();
  const jdb = new JobDatabase(db.url);
  // A dead process's lease on this machine (pid 2^22+1 exceeds Linux's pid range, so it is never alive).
  await pool.query(`INSERT INTO task_leases (task_id, owner, host, pid, expires_at) VALUES ($1, 'dead', $2, 4194305, now() + interval '1 hour')`, [id, hostname()]);
  const taker = new TaskLease(jdb, { taskId: id, ttlSeconds: 30, onLost: () => undefined });
  await taker.acquire();
  expect((await pool.query(`SELECT owner FROM task_leases WHERE task_id = $1`, [id])).rows[0].owner).toBe(taker.owner);
  await taker.release();
  // Another machine's live lease: refused until it expires.
  await pool.query(`INSERT INTO task_leases (task_id, owner, host, pid, expires_at) VALUES ($1, 'elsewhere', 'other-host', 1, now() + interval '1 hour')`, [id]);
  await expect(new TaskLease(jdb, { taskId: id, ttlSeconds: 30, onLost: () => undefined }).acquire()).rejects.toThrow(/already being worked on/);
  await pool.query(`UPDATE task_leases SET expires_at = now() - interval '1 second' WHERE task_id = $1`, [id]);
  const late = new TaskLease(jdb, { taskId: id, ttlSeconds: 30, onLost: () => undefined });
  await late.acquire();
  await late.release();
  // A Cloud Run retry of the same execution takes over its previous attempt's lease at once; another execution does not.
  await pool.query(`INSERT INTO task_leases (task_id, owner, runner, host, pid, expires_at) VALUES ($1, 'attempt-0', 'cloudrun:exec-1', 'container-a', 1, now() + interval '1 hour')`, [id]);
  await expect(new TaskLease(jdb, { taskId: id, runner: 'cloudrun:exec-2', ttlSeconds: 30, onLost: () => undefined }).acquire()).rejects.toThrow(/already being worked on/);
  const retry = new TaskLease(jdb, { taskId: id, runner: 'cloudrun:exec-1', ttlSeconds: 30, onLost: () => undefined });
  await retry.acquire();
  await retry.release();
  await jdb.close();
});

it('a process whose lease was revoked writes nothing to its task, and notices it at its next heartbeat', async () => {
  const id = await newTask();
  const jdb = new JobDatabase(db.url);
  let lost = '';
  const lease = new TaskLease(jdb, { taskId: id, ttlSeconds: 4, onLost: (r) => { lost = r; } });
  await lease.acquire();
  const store = new TaskStore(jdb, lease.owner);
  expect(await store.start(id)).toBe(true);
  expect(await store.progress(id, 10, 'analysing', 'ten')).toBe(true);
  await pool.query(`DELETE FROM task_leases WHERE task_id = $1`, [id]); // the api revoking it (shutdown, reaper)
  expect(await store.progress(id, 20, 'analysing', 'twenty')).toBe(false);
  await store.fail(id, 'should not land', 'x');
  expect((await pool.query(`SELECT status, progress, message FROM choreography_tasks WHERE task_id = $1`, [id])).rows[0]).toEqual({ status: 'running', progress: 10, message: 'ten' });
  await until(async () => lost !== '', 10_000);
  expect(lost).toMatch(/taken over or revoked/);
  lease.stopHeartbeat();
  await jdb.close();
});
