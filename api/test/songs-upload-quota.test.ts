/**
 * The per-dancer storage quota (UPLOAD_QUOTA_MB) on the real api: the sum of a dancer's uploaded
 * songs' sizes, checked before the body is read, while it streams, and once more (serialised per
 * dancer) before anything is stored.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postSong, storedSongFiles } from './support/song-uploads';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

const QUOTA_MB = 1.5;
let t: TestApp;
let song: Buffer;
const dir = mkdtempSync(join(tmpdir(), 'bb-quota-'));

beforeAll(async () => {
  const file = join(dir, 'song.mp3');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=262:duration=35', '-b:a', '128k', file]);
  song = readFileSync(file);
  // Two of these fit in the quota, three do not.
  expect(2 * song.length).toBeLessThan(QUOTA_MB * 1024 * 1024);
  expect(3 * song.length).toBeGreaterThan(QUOTA_MB * 1024 * 1024);
  t = await startTestApp({ env: { MAX_UPLOAD_MB: '3', UPLOAD_QUOTA_MB: String(QUOTA_MB) } });
});
afterAll(async () => { await t?.close(); });



async function uploads(userId: string): Promise<Array<{ size: number | null }>> {
  const { rows } = await t.app.services.pool.query('SELECT size_bytes FROM songs WHERE owner_id = $1 ORDER BY id', [userId]);
  return rows.map((r) => ({ size: r.size_bytes == null ? null : Number(r.size_bytes) }));
}

/** Starts a chunked upload, sends only the file's part header and waits for an answer without ending the body. */
function answerBeforeBody(token: string): Promise<{ status: number; body: any }> {
  const url = new URL(`${t.url}/api/songs`);
  return new Promise((resolve, reject) => {
    const req = request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=b0undary', 'transfer-encoding': 'chunked' },
    }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => { clearTimeout(timer); req.destroy(); resolve({ status: res.statusCode!, body: JSON.parse(text) }); });
    });
    const timer = setTimeout(() => { req.destroy(); reject(new Error('no answer while the body was still open')); }, 30_000);
    req.on('error', () => undefined);
    req.write('--b0undary\r\nContent-Disposition: form-data; name="file"; filename="more.mp3"\r\n\r\n');
  });
}

const QUOTA_MESSAGE = /Your uploaded songs already use 1\.\d MB of your 1\.5 MB; this song does not fit in your storage\./;

it('stores songs until the quota is used, then refuses the next one with a clear message, storing nothing of it', async () => {
  const u = await registerUser(t);
  expect((await postSong(t, u.accessToken, song, 'one.mp3')).status).toBe(201);
  expect((await postSong(t, u.accessToken, song, 'two.mp3')).status).toBe(201);
  const third = await postSong(t, u.accessToken, song, 'three.mp3');
  expect({ status: third.status, code: third.body.error?.code, field: third.body.error?.field }).toEqual({ status: 413, code: 'BAD_USER_INPUT', field: 'file' });
  expect(third.body.error.message).toMatch(QUOTA_MESSAGE);
  expect(await uploads(u.user.id)).toEqual([{ size: song.length }, { size: song.length }]);
  expect(storedSongFiles(t, u.user.id)).toHaveLength(2);
  expect(readdirSync(join(t.dataDir, 'tmp'))).toEqual([]);
  // The quota is each dancer's own: someone else still uploads.
  const other = await registerUser(t);
  expect((await postSong(t, other.accessToken, song, 'mine.mp3')).status).toBe(201);
});

it('counts parallel uploads of one dancer one after the other: never more than the quota stored', async () => {
  const u = await registerUser(t);
  const results = await Promise.all(['a.mp3', 'b.mp3', 'c.mp3', 'd.mp3'].map((name) => postSong(t, u.accessToken, song, name)));
  const statuses = results.map((r) => r.status).sort();
  expect(statuses).toEqual([201, 201, 413, 413]);
  for (const r of results.filter((x) => x.status === 413)) expect(r.body.error.message).toMatch(QUOTA_MESSAGE);
  expect(await uploads(u.user.id)).toHaveLength(2);
  expect(storedSongFiles(t, u.user.id)).toHaveLength(2);
});

it('counts legacy uploads without a recorded size as 0, and refuses a full quota before reading the body', async () => {
  const u = await registerUser(t);
  await t.app.services.pool.query(
    `INSERT INTO songs (title, artist, duration, audio_path, owner_id, created_at, updated_at) VALUES ('Old upload', '', 200, 'songs/old.mp3', $1, now(), now())`, [u.user.id]);
  expect((await postSong(t, u.accessToken, song, 'new.mp3')).status).toBe(201);
  await t.app.services.pool.query(`UPDATE songs SET size_bytes = $2 WHERE owner_id = $1 AND size_bytes IS NULL`, [u.user.id, Math.round(QUOTA_MB * 1024 * 1024)]);
  const full = await answerBeforeBody(u.accessToken);
  expect(full.status).toBe(413);
  expect(full.body.error.message).toMatch(/already use \d+\.\d MB of your 1\.5 MB; this song does not fit/);
  expect(await uploads(u.user.id)).toHaveLength(2);
});
