import { registerUser, startTestApp, type TestApp } from './support/test-app';
import { signingTime } from '../src/media/media-service';

let t: TestApp;
let songId: number;
beforeAll(async () => {
  t = await startTestApp();
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, created_at, updated_at) VALUES ('Dos Gardenias', 'Trio', 180, 124, 'songs/dg.mp3', now(), now()) RETURNING id`);
  songId = rows[0].id;
  await t.app.services.storage.putBuffer('output/test/video.mp4', Buffer.alloc(4096, 7), 'video/mp4');
  await t.app.services.storage.putBuffer('output/test/poster.jpg', Buffer.alloc(100, 1), 'image/jpeg');
});
afterAll(async () => { await t.close(); });

/** A completed task as the job leaves it. */
async function completedTask(userId: string, difficulty = 'intermediate'): Promise<string> {
  const id = crypto.randomUUID();
  await t.app.services.pool.query(
    `INSERT INTO choreography_tasks (task_id, status, progress, stage, message, result, created_at, updated_at, user_id, song_id, parameters)
     VALUES ($1, 'completed', 100, 'done', 'Your choreography is ready', $2, now(), now(), $3, $4, $5)`,
    [id, { video: 'output/test/video.mp4', poster: 'output/test/poster.jpg', duration: 180, plan: { version: 1, timeline: [{ moveId: 'basic', start: 0.5, end: 4.3, beats: 8 }] }, analysis: { bpm: 124 } },
      userId, songId, { difficulty, energyLevel: 'medium', style: 'romantic', seed: 3 }]);
  return id;
}

const SAVE = `mutation($t: ID!, $title: String, $n: String) { saveChoreography(taskId: $t, title: $title, notes: $n) { id title difficulty duration notes taskId videoStatus videoUrl posterUrl plan parameters { style seed } } }`;

describe('collections', () => {
  it('saves a completed task once, with URLs and the plan for the player', async () => {
    const u = await registerUser(t);
    const task = await completedTask(u.user.id);
    const r = await t.gql(SAVE, { t: task, n: 'Practise the turn' }, u.accessToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.saveChoreography).toMatchObject({ title: 'Dos Gardenias - Intermediate', difficulty: 'INTERMEDIATE', duration: 180, notes: 'Practise the turn', taskId: task, videoStatus: 'AVAILABLE', parameters: { style: 'ROMANTIC', seed: 3 } });
    expect(r.data.saveChoreography.plan.timeline[0].moveId).toBe('basic');
    const video = await fetch(t.url + r.data.saveChoreography.videoUrl, { headers: { range: 'bytes=4000-' } });
    expect(video.status).toBe(206);
    expect(video.headers.get('content-range')).toBe('bytes 4000-4095/4096');
    const twice = await t.gql(SAVE, { t: task }, u.accessToken);
    expect(twice.errors![0].extensions!.code).toBe('CONFLICT');
    // A later answer in the same signing window hands out the very same links, so the browser's cache keeps the file.
    const firstAt = Date.now();
    await new Promise((r) => setTimeout(r, 1100)); // past the second the first link's expiry was counted from
    const again = await t.gql(`query($id: ID!) { collection(id: $id) { videoUrl posterUrl } }`, { id: r.data.saveChoreography.id }, u.accessToken);
    expect(again.errors).toBeUndefined();
    const ttl = t.config.storage.signedUrlTtlSeconds;
    if (signingTime(ttl, firstAt).getTime() === signingTime(ttl, Date.now()).getTime()) {
      expect(again.data.collection).toEqual({ videoUrl: r.data.saveChoreography.videoUrl, posterUrl: r.data.saveChoreography.posterUrl });
    } else {
      expect(again.data.collection.videoUrl).not.toBe(r.data.saveChoreography.videoUrl); // a window began in between
    }
    expect((await fetch(t.url + r.data.saveChoreography.videoUrl)).headers.get('cache-control')).toBe('private, max-age=3600');
  });

  it('refuses unfinished tasks and bad input with clear errors', async () => {
    const u = await registerUser(t);
    const id = crypto.randomUUID();
    await t.app.services.pool.query(`INSERT INTO choreography_tasks (task_id, status, progress, stage, message, created_at, updated_at, user_id) VALUES ($1, 'running', 40, 'rendering', '', now(), now(), $2)`, [id, u.user.id]);
    const r = await t.gql(SAVE, { t: id }, u.accessToken);
    expect(r.errors![0]).toMatchObject({ message: 'Only a completed choreography can be saved.', extensions: { code: 'BAD_USER_INPUT' } });
    const task = await completedTask(u.user.id);
    expect((await t.gql(SAVE, { t: task, title: '   ' }, u.accessToken)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await t.gql(`mutation { deleteAllChoreographies(confirm: false) }`, {}, u.accessToken)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('filters, searches, sorts, paginates, updates, deletes and counts', async () => {
    const u = await registerUser(t);
    const titles = ['Zouk night', 'Amor basics', 'Mambo turn', 'Sensual flow'];
    const diffs = ['beginner', 'advanced', 'beginner', 'intermediate'];
    const ids: string[] = [];
    for (let i = 0; i < titles.length; i++) {
      const r = await t.gql(SAVE, { t: await completedTask(u.user.id, diffs[i]), title: titles[i] }, u.accessToken);
      ids.push(r.data.saveChoreography.id);
    }
    const Q = `query($d: Difficulty, $s: String, $o: CollectionSort, $f: Int, $a: String) { collections(difficulty: $d, search: $s, sort: $o, first: $f, after: $a) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }`;
    const titlesOf = (r: any) => r.data.collections.edges.map((e: any) => e.node.title);
    expect(titlesOf(await t.gql(Q, { o: 'TITLE' }, u.accessToken))).toEqual(['Amor basics', 'Mambo turn', 'Sensual flow', 'Zouk night']);
    expect(titlesOf(await t.gql(Q, { d: 'BEGINNER', o: 'TITLE' }, u.accessToken))).toEqual(['Mambo turn', 'Zouk night']);
    expect(titlesOf(await t.gql(Q, { s: 'AMOR' }, u.accessToken))).toEqual(['Amor basics']);
    expect(titlesOf(await t.gql(Q, { s: '%' }, u.accessToken))).toEqual([]);
    const page1 = await t.gql(Q, { o: 'TITLE', f: 3 }, u.accessToken);
    expect(page1.data.collections.pageInfo.hasNextPage).toBe(true);
    expect(titlesOf(await t.gql(Q, { o: 'TITLE', f: 3, a: page1.data.collections.pageInfo.endCursor }, u.accessToken))).toEqual(['Zouk night']);

    const upd = await t.gql(`mutation($id: ID!) { updateChoreography(id: $id, title: "Zouk night (slow)", difficulty: INTERMEDIATE, notes: "half speed first") { title difficulty notes } }`, { id: ids[0] }, u.accessToken);
    expect(upd.data.updateChoreography).toEqual({ title: 'Zouk night (slow)', difficulty: 'INTERMEDIATE', notes: 'half speed first' });
    const stats = await t.gql(`{ collectionStats { totalCount totalDuration recentCount byDifficulty { difficulty count } } }`, {}, u.accessToken);
    expect(stats.data.collectionStats).toEqual({ totalCount: 4, totalDuration: 720, recentCount: 4, byDifficulty: [{ difficulty: 'BEGINNER', count: 1 }, { difficulty: 'INTERMEDIATE', count: 2 }, { difficulty: 'ADVANCED', count: 1 }] });

    expect((await t.gql(`mutation($id: ID!) { deleteChoreography(id: $id) }`, { id: ids[1] }, u.accessToken)).data.deleteChoreography).toBe(true);
    expect((await t.gql(`mutation($id: ID!) { collection(id: $id) { id } }`.replace('mutation', 'query'), { id: ids[1] }, u.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(`mutation { deleteAllChoreographies(confirm: true) }`, {}, u.accessToken)).data.deleteAllChoreographies).toBe(3);
    expect((await t.gql(Q, {}, u.accessToken)).data.collections.totalCount).toBe(0);
  });

  it('answers NOT_FOUND to a second user probing the first user\'s collection, tasks and media', async () => {
    const owner = await registerUser(t);
    const intruder = await registerUser(t);
    const task = await completedTask(owner.user.id);
    const saved = (await t.gql(SAVE, { t: task }, owner.accessToken)).data.saveChoreography;
    for (const [q, v] of [
      [`query($id: ID!) { collection(id: $id) { id } }`, { id: saved.id }],
      [`mutation($id: ID!) { updateChoreography(id: $id, title: "mine") { id } }`, { id: saved.id }],
      [`mutation($id: ID!) { deleteChoreography(id: $id) }`, { id: saved.id }],
      [`mutation($t: ID!) { saveChoreography(taskId: $t) { id } }`, { t: task }],
      [`query($id: ID!) { task(id: $id) { id } }`, { id: task }],
    ] as const) {
      const r = await t.gql(q, v, intruder.accessToken);
      expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    expect((await t.gql(`{ collections { totalCount } }`, {}, intruder.accessToken)).data.collections.totalCount).toBe(0);
    // Media: only a signed URL opens a file; a bare or tampered one is refused.
    expect((await fetch(`${t.url}/media/output/test/video.mp4`)).status).toBe(403);
    const tampered = saved.videoUrl.replace(/sig=([0-9a-f])/, (_: string, c: string) => `sig=${c === '0' ? '1' : '0'}`);
    expect((await fetch(t.url + tampered)).status).toBe(403);
    const otherKey = saved.videoUrl.replace('video.mp4', 'poster.jpg');
    expect((await fetch(t.url + otherKey)).status).toBe(403);
    const expired = saved.videoUrl.replace(/exp=\d+/, 'exp=1000');
    expect((await fetch(t.url + expired)).status).toBe(403);
  });
});
