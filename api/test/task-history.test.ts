import { registerUser, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let songId: number;
beforeAll(async () => {
  t = await startTestApp();
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Burbujas de amor', 'Demo', 200, 128, 'songs/b.mp3', now(), now()) RETURNING id`);
  songId = rows[0].id;
});
afterAll(async () => { await t.close(); });

/** A task row as the job leaves it, created `minutesAgo` minutes ago. */
async function task(userId: string, status: string, minutesAgo: number): Promise<string> {
  const id = crypto.randomUUID();
  await t.app.services.pool.query(
    `INSERT INTO choreography_tasks (task_id, status, progress, stage, message, result, created_at, updated_at, user_id, song_id, parameters)
     VALUES ($1, $2, $3, $4, 'x', $5, now() - make_interval(mins => $6), now(), $7, $8, $9)`,
    [id, status, status === 'completed' ? 100 : 40, status === 'completed' ? 'done' : status === 'failed' ? 'failed' : 'rendering',
      status === 'completed' ? { video: 'output/h/video.mp4', duration: 120, plan: { timeline: [] } } : null,
      minutesAgo, userId, songId, { difficulty: 'beginner', energyLevel: 'medium', style: 'romantic', seed: 1 }]);
  return id;
}

const HISTORY = `query($first: Int, $after: String, $status: TaskStatus) { tasks(first: $first, after: $after, status: $status) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status savedChoreographyId song { title } parameters { style } } } } }`;
const DELETE = `mutation($id: ID!) { deleteTask(id: $id) }`;

describe('my videos (task history)', () => {
  it('lists every generation of the dancer newest first, pages, filters, and tells which are saved', async () => {
    const u = await registerUser(t);
    const other = await registerUser(t);
    const oldest = await task(u.user.id, 'completed', 30);
    const failed = await task(u.user.id, 'failed', 20);
    const running = await task(u.user.id, 'running', 1);
    await task(other.user.id, 'completed', 5);
    const saved = await t.gql(`mutation($t: ID!) { saveChoreography(taskId: $t) { id } }`, { t: oldest }, u.accessToken);
    expect(saved.errors).toBeUndefined();

    const first = await t.gql(HISTORY, { first: 2 }, u.accessToken);
    expect(first.errors).toBeUndefined();
    expect(first.data.tasks.totalCount).toBe(3);
    expect(first.data.tasks.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([running, failed]);
    expect(first.data.tasks.edges[0].node).toMatchObject({ status: 'RUNNING', savedChoreographyId: null, song: { title: 'Burbujas de amor' }, parameters: { style: 'ROMANTIC' } });
    const second = await t.gql(HISTORY, { first: 2, after: first.data.tasks.pageInfo.endCursor }, u.accessToken);
    expect(second.data.tasks.edges.map((e: { node: unknown }) => e.node)).toEqual([expect.objectContaining({ id: oldest, savedChoreographyId: saved.data.saveChoreography.id })]);
    expect(second.data.tasks.pageInfo.hasNextPage).toBe(false);
    const completed = await t.gql(HISTORY, { status: 'COMPLETED' }, u.accessToken);
    expect(completed.data.tasks.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([oldest]);
    expect((await t.gql(HISTORY, {}, null)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('deletes a finished or failed generation of its owner only, and refuses running and saved ones', async () => {
    const u = await registerUser(t);
    const other = await registerUser(t);
    const failed = await task(u.user.id, 'failed', 3);
    const done = await task(u.user.id, 'completed', 2);
    const running = await task(u.user.id, 'running', 1);
    const savedTask = await task(u.user.id, 'completed', 4);
    await t.app.services.pool.query(`INSERT INTO blueprints (task_id, blueprint_json, created_at, updated_at) VALUES ($1, '{}', now(), now())`, [done]);
    expect((await t.gql(`mutation($t: ID!) { saveChoreography(taskId: $t) { id } }`, { t: savedTask }, u.accessToken)).errors).toBeUndefined();

    // Another dancer's task, a malformed id and a missing one all answer "not found"; nothing is lost.
    for (const [id, token] of [[done, other.accessToken], ['not-a-uuid', u.accessToken], [crypto.randomUUID(), u.accessToken]]) {
      const r = await t.gql(DELETE, { id }, token);
      expect(r.errors![0]).toMatchObject({ message: 'Task not found.', extensions: { code: 'NOT_FOUND' } });
    }
    const r1 = await t.gql(DELETE, { id: running }, u.accessToken);
    expect(r1.errors![0]).toMatchObject({ message: 'This video is still being made: cancel it first.', extensions: { code: 'BAD_USER_INPUT' } });
    const r2 = await t.gql(DELETE, { id: savedTask }, u.accessToken);
    expect(r2.errors![0]).toMatchObject({ message: 'This video is in your collection: delete it there first.', extensions: { code: 'CONFLICT' } });
    expect((await t.gql(DELETE, { id: done }, null)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(HISTORY, {}, u.accessToken)).data.tasks.totalCount).toBe(4);

    expect((await t.gql(DELETE, { id: done }, u.accessToken)).data.deleteTask).toBe(true);
    expect((await t.gql(DELETE, { id: failed }, u.accessToken)).data.deleteTask).toBe(true);
    const left = await t.gql(HISTORY, {}, u.accessToken);
    expect(left.data.tasks.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([running, savedTask]);
    expect((await t.gql(`query($id: ID!) { task(id: $id) { id } }`, { id: done }, u.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const { rows } = await t.app.services.pool.query(`SELECT count(*)::int AS n FROM blueprints WHERE task_id = $1`, [done]);
    expect(rows[0].n).toBe(0);
    // The saved one still plays from its task.
    const c = await t.gql(`{ collections { edges { node { plan } } } }`, {}, u.accessToken);
    expect(c.data.collections.edges[0].node.plan).toEqual({ timeline: [] });
  });
});
