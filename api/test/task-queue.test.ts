/**
 * The video queue through the real api and its real local runner: per-dancer limits answered with
 * RATE_LIMITED under a burst of concurrent requests, the daily cap with the time to try again, and
 * dancers taking turns. The job command is a small program (the runner is what is tested here; the
 * real job has its own tests) that records when it starts and, for a task it is told to hold, waits.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJobRunner } from '../src/jobs/local-job-runner';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'bb-queue-'));
const job = join(dir, 'job.js');
writeFileSync(job, `
const { Client } = require(${JSON.stringify(require.resolve('pg'))});
(async () => {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const id = process.env.TASK_ID;
  await c.query('INSERT INTO queue_log (task_id) VALUES ($1)', [id]);
  await c.query("UPDATE choreography_tasks SET status = 'running', updated_at = now() WHERE task_id = $1", [id]);
  while ((await c.query('SELECT 1 FROM queue_hold WHERE task_id = $1', [id])).rowCount) await new Promise((r) => setTimeout(r, 50));
  await c.query("UPDATE choreography_tasks SET status = 'completed', progress = 100, updated_at = now() WHERE task_id = $1", [id]);
  await c.end();
})();
`);

let t: TestApp;
let songId: string;
const saved = { JOB_COMMAND: process.env.JOB_COMMAND, JOB_SETUP_COMMAND: process.env.JOB_SETUP_COMMAND };
beforeAll(async () => {
  process.env.JOB_COMMAND = `${process.execPath} ${job}`;
  process.env.JOB_SETUP_COMMAND = 'none';
  t = await startTestApp({ realJobRunner: true, env: { JOB_CONCURRENCY: '1', TASK_DAILY_LIMIT_PER_DANCER: '5' } });
  await t.app.services.pool.query('CREATE TABLE queue_log (id serial PRIMARY KEY, task_id varchar(36)); CREATE TABLE queue_hold (task_id varchar(36) PRIMARY KEY)');
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Queue', '', 100, 120, 'songs/q.mp3', now(), now()) RETURNING id`);
  songId = String(rows[0].id);
});
afterAll(async () => {
  await t?.close();
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
});

const GENERATE = `mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: LOW, style: ROMANTIC }) { id status } }`;

async function until(pred: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const started = async () => (await t.app.services.pool.query('SELECT task_id FROM queue_log ORDER BY id')).rows.map((r) => r.task_id as string);

it('300 concurrent requests of one dancer: 3 accepted, the rest RATE_LIMITED saying when to try again; another dancer\'s video starts next', async () => {
  const greedy = await registerUser(t);
  // Every task of this dancer is held until released, so none finishes during the burst.
  await t.app.services.pool.query(`CREATE OR REPLACE FUNCTION hold_new_task() RETURNS trigger AS $$ BEGIN
      IF NEW.user_id = ${Number(greedy.user.id)} THEN INSERT INTO queue_hold VALUES (NEW.task_id); END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
    CREATE TRIGGER hold_new_task AFTER INSERT ON choreography_tasks FOR EACH ROW EXECUTE FUNCTION hold_new_task();`);
  const answers = await Promise.all(Array.from({ length: 300 }, () => t.gql(GENERATE, { s: songId }, greedy.accessToken)));
  const accepted = answers.filter((a) => a.data?.generateChoreography);
  const refused = answers.filter((a) => a.errors);
  expect(accepted).toHaveLength(3);
  expect(refused).toHaveLength(297);
  for (const r of refused) {
    expect(r.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(r.errors![0].message).toMatch(/already have 3 videos waiting or being made.*Try again as soon as one of them is finished/);
  }
  const { rows } = await t.app.services.pool.query(`SELECT count(*)::int AS n FROM choreography_tasks WHERE user_id = $1`, [greedy.user.id]);
  expect(rows[0].n).toBe(3);

  // The runner (one slot) works on the greedy dancer's first task; another dancer asks for one video.
  await until(async () => (await started()).length === 1);
  const other = await registerUser(t);
  const mine = await t.gql(GENERATE, { s: songId }, other.accessToken);
  expect(mine.data.generateChoreography.status).toBe('STARTED');
  await t.app.services.pool.query('DELETE FROM queue_hold');
  await until(async () => (await started()).length === 4);
  const order = await started();
  // Turns between dancers: the other dancer's single video comes before the greedy dancer's 2nd and 3rd.
  expect(order[1]).toBe(mine.data.generateChoreography.id);
  expect(new Set([order[0], order[2], order[3]])).toEqual(new Set(accepted.map((a) => a.data.generateChoreography.id)));
  await until(() => (t.app.services.jobRunner as LocalJobRunner).active === 0);
  await t.app.services.pool.query('DROP TRIGGER hold_new_task ON choreography_tasks');
});

it('the daily cap answers RATE_LIMITED with the time the dancer can try again', async () => {
  const u = await registerUser(t);
  // Five videos made today, the oldest 23 hours ago: the sixth is possible in about an hour.
  for (let i = 0; i < 5; i++) {
    await t.app.services.pool.query(`INSERT INTO choreography_tasks (task_id, status, progress, stage, message, created_at, updated_at, user_id, parameters, attempts)
      VALUES (gen_random_uuid(), 'completed', 100, 'done', '', now() - interval '23 hours' + ($2 || ' minutes')::interval, now(), $1, '{}', 1)`, [u.user.id, String(i * 10)]);
  }
  const r = await t.gql(GENERATE, { s: songId }, u.accessToken);
  expect(r.errors![0].extensions!.code).toBe('RATE_LIMITED');
  expect(r.errors![0].message).toMatch(/made 5 videos in the last 24 hours.*Try again in (59 min|1 h) \(at \d\d:\d\d UTC\)/);
  expect(r.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3500);
  expect(r.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
  // Once the oldest leaves the 24-hour window, the dancer can generate again.
  await t.app.services.pool.query(`UPDATE choreography_tasks SET created_at = created_at - interval '2 hours' WHERE user_id = $1 AND created_at < now() - interval '22 hours 59 minutes' AND created_at > now() - interval '23 hours 1 minute'`, [u.user.id]);
  expect((await t.gql(GENERATE, { s: songId }, u.accessToken)).data.generateChoreography.status).toMatch(/STARTED|RUNNING|COMPLETED/);
});
