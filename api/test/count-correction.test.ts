/** Count corrections over GraphQL on the real server and database: store, read, owner checks, hostile input. */
import { registerUser, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const BEAT = 60 / 120;
const beats = Array.from({ length: 120 }, (_, i) => +(0.25 + i * BEAT).toFixed(4));
/** phrases every 8 beats from beat 2 */
const phrases = beats.filter((_, i) => i >= 2 && (i - 2) % 8 === 0);

async function song(opts: { owner?: string; analysed?: boolean } = {}): Promise<string> {
  const analysis = { version: 1, duration: 62, bpm: 120, beats, downbeats: beats.filter((_, i) => i % 4 === 2), phrases, sections: [], energy: [] };
  const { rows } = await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, bpm, audio_path, owner_id, analysis, analysis_version, created_at, updated_at)
     VALUES ('Count me', 'Trio', 62, 120, 'songs/count.mp3', $1, $2, $3, now(), now()) RETURNING id`,
    [opts.owner ?? null, opts.analysed === false ? null : analysis, opts.analysed === false ? null : 1]);
  return String(rows[0].id);
}

const SET = `mutation($s: ID!, $o: Int!) { setCountCorrection(songId: $s, offsetBeats: $o) { id countOffsetBeats } }`;
const ONE = `mutation($s: ID!, $t: Float!) { setTheOneAt(songId: $s, beatTime: $t) { id countOffsetBeats } }`;
const CLEAR = `mutation($s: ID!) { clearCountCorrection(songId: $s) { id countOffsetBeats } }`;
const READ = `query($s: ID!) { song(id: $s) { id countOffsetBeats } }`;
const offsetOf = async (s: string, token: string) => (await t.gql(READ, { s }, token)).data.song.countOffsetBeats;

describe('count corrections', () => {
  it('stores, replaces and clears a dancer\'s correction, read back on the song', async () => {
    const u = await registerUser(t);
    const s = await song();
    expect(await offsetOf(s, u.accessToken)).toBe(0);
    expect((await t.gql(SET, { s, o: 2 }, u.accessToken)).data.setCountCorrection).toEqual({ id: s, countOffsetBeats: 2 });
    expect((await t.gql(SET, { s, o: -4 }, u.accessToken)).data.setCountCorrection.countOffsetBeats).toBe(-4);
    expect(await offsetOf(s, u.accessToken)).toBe(-4);
    const { rows } = await t.app.services.pool.query(`SELECT user_id::text, song_id, offset_beats, analysis_version FROM song_count_corrections WHERE song_id = $1`, [s]);
    expect(rows).toEqual([{ user_id: u.user.id, song_id: Number(s), offset_beats: -4, analysis_version: 1 }]);
    expect((await t.gql(CLEAR, { s }, u.accessToken)).data.clearCountCorrection.countOffsetBeats).toBe(0);
    expect((await t.gql(CLEAR, { s }, u.accessToken)).data.clearCountCorrection.countOffsetBeats).toBe(0); // clearing twice is fine
  });

  it('"set the 1 here" turns the nearest beat into a 1 of the song\'s own analysis', async () => {
    const u = await registerUser(t);
    const s = await song();
    // phrases start on beat 2, 10, …: making beat 12 a "1" moves the grid 2 beats later
    expect((await t.gql(ONE, { s, t: beats[12] + 0.1 }, u.accessToken)).data.setTheOneAt.countOffsetBeats).toBe(2);
    expect((await t.gql(ONE, { s, t: beats[9] - 0.1 }, u.accessToken)).data.setTheOneAt.countOffsetBeats).toBe(-1);
    expect((await t.gql(ONE, { s, t: 0 }, u.accessToken)).data.setTheOneAt.countOffsetBeats).toBe(-2);
  });

  it('a correction is the dancer\'s own: others neither see nor remove it', async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    const shared = await song();
    await t.gql(SET, { s: shared, o: 3 }, a.accessToken);
    expect(await offsetOf(shared, b.accessToken)).toBe(0);
    await t.gql(SET, { s: shared, o: -1 }, b.accessToken);
    await t.gql(CLEAR, { s: shared }, b.accessToken);
    expect(await offsetOf(shared, a.accessToken)).toBe(3);
    expect(await offsetOf(shared, b.accessToken)).toBe(0);
  });

  it('another dancer\'s upload, a missing song and a junk id answer NOT_FOUND and change nothing', async () => {
    const owner = await registerUser(t);
    const other = await registerUser(t);
    const upload = await song({ owner: owner.user.id });
    await t.gql(SET, { s: upload, o: 1 }, owner.accessToken);
    for (const s of [upload, '999999', 'abc', '-1', '1.5']) {
      for (const [q, v] of [[SET, { s, o: 2 }], [ONE, { s, t: 1 }], [CLEAR, { s }]] as const) {
        const r = await t.gql(q, v, other.accessToken);
        expect(r.errors![0]).toMatchObject({ message: 'Song not found.', extensions: { code: 'NOT_FOUND' } });
      }
    }
    expect(await offsetOf(upload, owner.accessToken)).toBe(1);
    const anonymous = await t.gql(SET, { s: upload, o: 2 });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses offsets that are not whole beats within 7, and times outside the song, with clear errors', async () => {
    const u = await registerUser(t);
    const s = await song();
    for (const o of [8, -8, 2 ** 31 - 1]) {
      const r = await t.gql(SET, { s, o }, u.accessToken);
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'offsetBeats' } });
      expect(r.errors![0].message).toMatch(/from -7 to 7/);
    }
    for (const o of [1.5, '2', null, 2 ** 31]) {
      const r = await t.gql(SET, { s, o }, u.accessToken);
      expect(r.status).toBe(400); // GraphQL's own Int validation: never reaches the resolver
      expect(r.errors![0].message).toMatch(/offsetBeats|Int/);
    }
    for (const time of [-0.5, 64, 1e300]) {
      const r = await t.gql(ONE, { s, t: time }, u.accessToken);
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'beatTime' } });
    }
    expect(await offsetOf(s, u.accessToken)).toBe(0);
    // The database refuses an out-of-range offset too (a second line of defence for other writers).
    await expect(t.app.services.pool.query(`INSERT INTO song_count_corrections VALUES ($1, $2, 9, 1, now(), now())`, [u.user.id, s])).rejects.toThrow(/check constraint/);
  });

  it('a song that was never analysed cannot be corrected yet', async () => {
    const u = await registerUser(t);
    const s = await song({ analysed: false });
    for (const [q, v] of [[SET, { s, o: 2 }], [ONE, { s, t: 3 }]] as const) {
      const r = await t.gql(q, v, u.accessToken);
      expect(r.errors![0]).toMatchObject({ message: expect.stringMatching(/not been analysed yet/), extensions: { code: 'BAD_USER_INPUT', field: 'songId' } });
    }
  });

  it('a correction made on an older analysis of the song no longer applies', async () => {
    const u = await registerUser(t);
    const s = await song();
    await t.gql(SET, { s, o: 2 }, u.accessToken);
    await t.app.services.pool.query(`UPDATE songs SET analysis_version = 2 WHERE id = $1`, [s]);
    expect(await offsetOf(s, u.accessToken)).toBe(0);
    await t.gql(SET, { s, o: 1 }, u.accessToken);
    expect(await offsetOf(s, u.accessToken)).toBe(1);
  });

  it('goes away with the song', async () => {
    const u = await registerUser(t);
    const s = await song({ owner: u.user.id });
    await t.gql(SET, { s, o: 2 }, u.accessToken);
    await t.app.services.pool.query(`DELETE FROM songs WHERE id = $1`, [s]);
    const { rows } = await t.app.services.pool.query(`SELECT count(*)::int AS n FROM song_count_corrections WHERE song_id = $1`, [s]);
    expect(rows[0].n).toBe(0);
  });
});

describe('on a task result', () => {
  async function completedTask(userId: string, songId: string, result: Record<string, unknown>): Promise<string> {
    const id = crypto.randomUUID();
    await t.app.services.pool.query(
      `INSERT INTO choreography_tasks (task_id, status, progress, stage, message, result, created_at, updated_at, user_id, song_id, parameters)
       VALUES ($1, 'completed', 100, 'done', 'ready', $2, now(), now(), $3, $4, $5)`,
      [id, result, userId, songId, { difficulty: 'beginner', energyLevel: 'medium', style: 'romantic', seed: 1 }]);
    return id;
  }
  const TASK = `query($id: ID!) { task(id: $id) { song { id countOffsetBeats } result { countOffsetBeats lowCountConfidence } } }`;

  it('says which correction the video was made with and whether the analysis is unsure of the 1', async () => {
    const u = await registerUser(t);
    const s = await song();
    await t.gql(SET, { s, o: -3 }, u.accessToken);
    const unsure = await completedTask(u.user.id, s, { video: 'v.mp4', plan: { countOffsetBeats: 2, timeline: [] }, analysis: { beats, phrases, confidence: { downbeats: 0.9, phrases: 0.3 } } });
    expect((await t.gql(TASK, { id: unsure }, u.accessToken)).data.task).toEqual({ song: { id: s, countOffsetBeats: -3 }, result: { countOffsetBeats: 2, lowCountConfidence: true } });
    const sure = await completedTask(u.user.id, s, { video: 'v.mp4', plan: { timeline: [] }, analysis: { beats, phrases, confidence: { downbeats: 0.8, phrases: 0.7 } } });
    expect((await t.gql(TASK, { id: sure }, u.accessToken)).data.task.result).toEqual({ countOffsetBeats: 0, lowCountConfidence: false });
    // A legacy result (no plan, no confidence) answers the defaults.
    const legacy = await completedTask(u.user.id, s, { output_path: 'old.mp4', plan: { countOffsetBeats: 'x' } });
    expect((await t.gql(TASK, { id: legacy }, u.accessToken)).data.task.result).toEqual({ countOffsetBeats: 0, lowCountConfidence: false });
  });
});
