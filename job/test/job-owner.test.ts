/**
 * The runners start the job with TASK_ID and USER_ID (Cloud Run overrides both): a job started for
 * a task with another user's id refuses it and leaves the task untouched.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { registerUser, startTestApp, type TestApp } from '../../api/test/support/test-app';

jest.setTimeout(120_000);

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

function runJob(env: Record<string, string>) {
  return spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'with-swc.cjs'), join(__dirname, '..', 'src', 'main.ts')], {
    env: { ...process.env, DATABASE_URL: t.db.url, DATA_DIR: t.dataDir, MEDIA_ROOT: t.config.storage.mediaRoot, ...env }, encoding: 'utf8', timeout: 60_000,
  });
}

it('refuses a task that is not USER_ID\'s, and changes nothing', async () => {
  const owner = await registerUser(t);
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Owned', '', 60, 120, 'songs/none.mp3', now(), now()) RETURNING id`);
  const task = (await t.gql(`mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: BEGINNER, energyLevel: MEDIUM, style: ROMANTIC }) { id } }`,
    { s: String(rows[0].id) }, owner.accessToken)).data.generateChoreography;
  const before = (await t.app.services.pool.query('SELECT status, progress, updated_at FROM choreography_tasks WHERE task_id = $1', [task.id])).rows[0];

  const other = Number(owner.user.id) + 1000;
  const refused = runJob({ TASK_ID: task.id, USER_ID: String(other) });
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain(`USER_ID ${other} does not own task ${task.id}`);
  expect((await t.app.services.pool.query('SELECT status, progress, updated_at FROM choreography_tasks WHERE task_id = $1', [task.id])).rows[0]).toEqual(before);

  expect(runJob({ TASK_ID: task.id, USER_ID: 'abc' }).stderr).toMatch(/USER_ID must be a user id, got "abc"/);
  // the owner's id is accepted (the task then fails on its missing audio, as any job would)
  const accepted = runJob({ TASK_ID: task.id, USER_ID: owner.user.id });
  expect(accepted.stderr).not.toMatch(/does not own/);
  expect((await t.app.services.pool.query('SELECT status FROM choreography_tasks WHERE task_id = $1', [task.id])).rows[0].status).toBe('failed');
});
