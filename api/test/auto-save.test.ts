/**
 * "Save finished choreographies automatically" on the server: the real api with its real local runner
 * and the real job. Nobody follows the task or calls saveChoreography (the app is closed); the task
 * that completes is in the collection of a dancer with the preference on, and not of one with it off.
 */
import type { LocalJobRunner } from '../src/jobs/local-job-runner';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(600_000);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ realJobRunner: true, env: { JOB_CONCURRENCY: '1' } });
  await (t.app.services.jobRunner as LocalJobRunner).whenReady();
});
afterAll(async () => { await t?.close(); });

const GENERATE = `mutation($s: ID!) { generateChoreography(input: { songId: $s, difficulty: INTERMEDIATE, energyLevel: MEDIUM, style: ROMANTIC, seed: 3 }) { id } }`;
const COLLECTION = `{ collections(first: 10) { totalCount edges { node { id title difficulty duration videoUrl posterUrl taskId videoStatus } } } collectionStats { totalCount } }`;

async function finished(taskId: string): Promise<string> {
  const end = Date.now() + 540_000;
  for (;;) {
    const { rows } = await t.app.services.pool.query(`SELECT status FROM choreography_tasks WHERE task_id = $1`, [taskId]);
    if (rows[0].status === 'completed' || rows[0].status === 'failed') return rows[0].status;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('saves a finished choreography of a dancer with the preference on, in the write that completes it, and not of one with it off', async () => {
  const on = await registerUser(t);
  const off = await registerUser(t);
  const pref = await t.gql(`mutation { updatePreferences(autoSaveChoreographies: false) { preferences { autoSaveChoreographies } } }`, {}, off.accessToken);
  expect(pref.data.updatePreferences.preferences.autoSaveChoreographies).toBe(false);
  const me = await t.gql(`{ me { preferences { autoSaveChoreographies } } }`, {}, on.accessToken);
  expect(me.data.me.preferences.autoSaveChoreographies).toBe(true); // the default of a new account

  const songs = await t.gql(`{ songs(first: 10) { edges { node { id title isDemo } } } }`, {}, on.accessToken);
  const song = songs.data.songs.edges.map((e: any) => e.node).find((s: any) => s.isDemo);
  const a = (await t.gql(GENERATE, { s: song.id }, on.accessToken)).data.generateChoreography.id as string;
  const b = (await t.gql(GENERATE, { s: song.id }, off.accessToken)).data.generateChoreography.id as string;

  // Every state the task was ever in, as the database committed it: completed and saved arrive together.
  await t.app.services.pool.query(`CREATE TABLE seen (task_id varchar(36), status text, saved boolean)`);
  await t.app.services.pool.query(`CREATE FUNCTION note_task() RETURNS trigger AS $$ BEGIN
      INSERT INTO seen VALUES (NEW.task_id, NEW.status, EXISTS (SELECT 1 FROM saved_choreographies s WHERE s.task_id = NEW.task_id)); RETURN NEW; END $$ LANGUAGE plpgsql;
    CREATE CONSTRAINT TRIGGER note_task AFTER UPDATE ON choreography_tasks DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note_task();`);

  expect(await finished(a)).toBe('completed');
  expect(await finished(b)).toBe('completed');

  const mine = await t.gql(COLLECTION, {}, on.accessToken);
  expect(mine.errors).toBeUndefined();
  expect(mine.data.collectionStats.totalCount).toBe(1);
  const entry = mine.data.collections.edges[0].node;
  expect(entry).toMatchObject({ title: `${song.title} - Intermediate`, difficulty: 'INTERMEDIATE', taskId: a, videoStatus: 'AVAILABLE' });
  expect(entry.duration).toBeGreaterThan(20);
  expect(entry.videoUrl).toMatch(/^\/media\/output\/user_\d+\/choreography_.*\.mp4\?/);
  expect(entry.posterUrl).toMatch(/\.jpg\?/);
  expect((await fetch(`${t.url}${entry.posterUrl}`)).headers.get('content-type')).toBe('image/jpeg');
  // The task says so too, and saving it again by hand is refused as a duplicate.
  const task = await t.gql(`query($id: ID!) { task(id: $id) { savedChoreographyId } }`, { id: a }, on.accessToken);
  expect(task.data.task.savedChoreographyId).toBe(entry.id);
  const again = await t.gql(`mutation($id: ID!) { saveChoreography(taskId: $id) { id } }`, { id: a }, on.accessToken);
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  // The deferred trigger ran at commit: the committed "completed" state already had the entry.
  const { rows } = await t.app.services.pool.query(`SELECT saved FROM seen WHERE task_id = $1 AND status = 'completed'`, [a]);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.saved)).toBe(true);

  // Preference off: nothing saved; the dancer can still save it by hand.
  const theirs = await t.gql(COLLECTION, {}, off.accessToken);
  expect(theirs.data.collectionStats.totalCount).toBe(0);
  expect((await t.gql(`query($id: ID!) { task(id: $id) { savedChoreographyId } }`, { id: b }, off.accessToken)).data.task.savedChoreographyId).toBeNull();
  const manual = await t.gql(`mutation($id: ID!) { saveChoreography(taskId: $id) { id title } }`, { id: b }, off.accessToken);
  expect(manual.errors).toBeUndefined();
  expect(manual.data.saveChoreography.title).toBe(`${song.title} - Intermediate`);
});
