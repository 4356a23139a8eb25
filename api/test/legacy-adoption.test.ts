import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { runSql } from './support/database';
import { startTestApp, type TestApp } from './support/test-app';

const LEGACY = resolve(__dirname, '..', '..', '..', 'shared', 'legacy');
const present = existsSync(join(LEGACY, 'schema.sql'));
if (!present) console.warn(`Skipping legacy adoption tests: ${LEGACY} is absent.`);
const describeLegacy = present ? describe : describe.skip;

async function tableSnapshot(url: string): Promise<Record<string, number>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const counts: Record<string, number> = {};
  for (const table of ['users', 'songs', 'choreography_tasks', 'saved_choreographies', 'move_embeddings', 'blueprints', 'class_plans', 'class_plan_sequences', 'django_migrations']) {
    counts[table] = Number((await c.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  }
  await c.end();
  return counts;
}

describeLegacy('adopting the old app\'s database', () => {
  let t: TestApp;
  let before: Record<string, number>;
  beforeAll(async () => {
    t = await startTestApp({
      env: { MEDIA_ROOT: join(LEGACY, 'media') },
      beforeMigrate: async (url) => {
        await runSql(url, readFileSync(join(LEGACY, 'schema.sql'), 'utf8'));
        await runSql(url, readFileSync(join(LEGACY, 'seed.sql'), 'utf8'));
        before = await tableSnapshot(url);
      },
    });
  }, 60000);
  afterAll(async () => { await t?.close(); });

  it('keeps every legacy row and column type, adding only nullable columns', async () => {
    expect(await tableSnapshot(t.db.url)).toEqual(before);
    const { rows } = await t.app.services.pool.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_name IN ('users','songs','choreography_tasks','saved_choreographies','move_embeddings') AND column_name IN ('owner_id','analysis','analysis_version','parameters','job_execution_name','attempts','notes','clip_path','tempo')`);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows.every((r) => r.is_nullable === 'YES')).toBe(true);
    const types = await t.app.services.pool.query(`SELECT data_type, character_maximum_length FROM information_schema.columns WHERE table_name = 'choreography_tasks' AND column_name = 'task_id'`);
    expect(types.rows[0]).toEqual({ data_type: 'character varying', character_maximum_length: 36 });
  });

  it('logs the seeded users in with their known passwords (Django hashes, 1,000,000 and 870,000 iterations)', async () => {
    const maria = await t.gql(`mutation { login(usernameOrEmail: "maria", password: "salsa-and-bachata-2025") { accessToken user { id username displayName } } }`);
    expect(maria.errors).toBeUndefined();
    expect(maria.data.login.user).toMatchObject({ id: '7', username: 'maria', displayName: 'María' });
    const carlos = await t.gql(`mutation { login(usernameOrEmail: "carlos@example.com", password: "Dominicana#1") { user { username isInstructor } } }`);
    expect(carlos.data.login.user.username).toBe('carlos_instructor');
  });

  it('reads every seeded row of maria through the API: songs, tasks (all statuses, old result shape), collection', async () => {
    const token = (await t.gql(`mutation { login(usernameOrEmail: "maria", password: "salsa-and-bachata-2025") { accessToken } }`)).data.login.accessToken;
    const songs = await t.gql(`{ songs(first: 10) { totalCount edges { node { id title artist bpm genre isUpload audioUrl } } } }`, {}, token);
    expect(songs.data.songs.totalCount).toBe(3);
    expect(songs.data.songs.edges.map((e: any) => e.node.title).sort()).toEqual(['Besito_a_besito', 'Eso_es_amor', 'Suegra']);
    // The song files are not part of the legacy media folder: a clear null, not an error.
    expect(songs.data.songs.edges.every((e: any) => e.node.audioUrl === null)).toBe(true);

    const tasks = await t.gql(`{ tasks { totalCount edges { node { id status progress message result { videoUrl duration } } } } }`, {}, token);
    expect(tasks.data.tasks.totalCount).toBe(2);
    const byId = Object.fromEntries(tasks.data.tasks.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId['5b0f3a7e-2c4d-4e8f-9a1b-3c5d7e9f1a2b']).toMatchObject({ status: 'COMPLETED', progress: 100, result: { duration: 224 } });
    const videoUrl = byId['5b0f3a7e-2c4d-4e8f-9a1b-3c5d7e9f1a2b'].result.videoUrl;
    expect(videoUrl).toMatch(/^\/media\/output\/user_7\/choreography_5b0f3a7e.*\.mp4\?exp=\d+&sig=[0-9a-f]+$/);
    expect(byId['8c1e4b6d-3f5a-4b7c-8d9e-0f1a2b3c4d5e']).toMatchObject({ status: 'FAILED', message: 'Video generation failed', result: null });

    const video = await fetch(t.url + videoUrl, { headers: { range: 'bytes=0-99' } });
    expect(video.status).toBe(206);
    expect(video.headers.get('accept-ranges')).toBe('bytes');
    expect(video.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect((await video.arrayBuffer()).byteLength).toBe(100);

    const coll = await t.gql(`{ collections(sort: OLDEST) { totalCount edges { node { id title difficulty duration videoStatus videoUrl parameters { energyLevel style } musicInfo } } } collectionStats { totalCount totalDuration byDifficulty { difficulty count } } }`, {}, token);
    expect(coll.errors).toBeUndefined();
    const [gone, eso] = coll.data.collections.edges.map((e: any) => e.node);
    expect(gone).toMatchObject({ title: 'Old upload (file missing)', videoStatus: 'MISSING', videoUrl: null, difficulty: 'BEGINNER' });
    // The old API's "modern" style maps to the one vocabulary's ENERGETIC.
    expect(eso).toMatchObject({ title: 'Eso es amor - Intermediate', videoStatus: 'AVAILABLE', difficulty: 'INTERMEDIATE', parameters: { energyLevel: 'MEDIUM', style: 'ENERGETIC' }, musicInfo: { title: 'Eso_es_amor', tempo: 132 } });
    expect(coll.data.collectionStats).toMatchObject({ totalCount: 2, totalDuration: 224 });
  });

  it('reads carlos\'s started task and saved row, and registers new users without id collisions', async () => {
    const token = (await t.gql(`mutation { login(usernameOrEmail: "carlos_instructor", password: "Dominicana#1") { accessToken } }`)).data.login.accessToken;
    const tasks = await t.gql(`{ tasks { edges { node { id status message song { title } } } } }`, {}, token);
    expect(tasks.data.tasks.edges[0].node).toMatchObject({ status: 'STARTED', message: 'Starting choreography generation...', song: { title: 'Suegra' } });
    const coll = await t.gql(`{ collections { edges { node { title videoStatus } } } }`, {}, token);
    expect(coll.data.collections.edges[0].node).toEqual({ title: 'Class warm-up', videoStatus: 'AVAILABLE' });
    for (let i = 0; i < 8; i++) {
      const r = await t.gql(`mutation($u: String!) { register(username: $u, email: "${'x'}${i}@example.com", password: "Bachata-Steps-2026") { user { id } } }`, { u: `newdancer${i}` });
      expect(r.errors).toBeUndefined();
      expect(Number(r.data.register.user.id)).toBeGreaterThan(12);
    }
  });

  it('a second migrate on the adopted database changes nothing', async () => {
    const { migrate } = await import('../src/db/orm');
    expect(await migrate(t.app.services.orm)).toEqual([]);
  });
});
