/**
 * Hostile uploads against the real api: files built with real ffmpeg that lie about what they are or
 * how long they last, and a chunked body that never stops. Each must be refused with a clear message
 * and leave nothing behind (no stored file, no row, no temporary file).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postSong, storedSongFiles } from './support/song-uploads';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

const MAX_MB = 3;
let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'bb-hostile-'));

function ffmpeg(...args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);
}



function temporaryFiles(): string[] {
  try {
    return readdirSync(join(t.dataDir, 'tmp'));
  } catch {
    return [];
  }
}

async function songCount(token: string): Promise<number> {
  return (await t.gql(`{ songs { totalCount } }`, {}, token)).data.songs.totalCount;
}

/** Nothing of a refused upload may remain: no stored file, no song row, no temporary file. */
async function expectNothingStored(token: string, filesBefore: number): Promise<void> {
  expect(storedSongFiles(t)).toHaveLength(filesBefore);
  expect(await songCount(token)).toBe(0);
  expect(temporaryFiles()).toEqual([]);
}

// The hostile files, built with real ffmpeg before the server starts (so no test idles on a kept-alive connection).
const files = {
  hlsDir: '', segment: '', playlist: Buffer.alloc(0), truncated: Buffer.alloc(0), claimedSeconds: 0,
  liar: Buffer.alloc(0), liarEstimate: 0, video: Buffer.alloc(0),
};
function probedSeconds(bytes: Buffer, name: string): number {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return Number(JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', file], { encoding: 'utf8' })).format.duration);
}

beforeAll(async () => {
  // A real HLS playlist whose one segment is a real audio file elsewhere on the server's disk.
  files.hlsDir = mkdtempSync(join(dir, 'hls-'));
  files.segment = join(files.hlsDir, 'private0.ts');
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=330:duration=40', '-c:a', 'aac', '-b:a', '32k', '-f', 'hls', '-hls_time', '60',
    '-hls_playlist_type', 'vod', '-hls_base_url', `${files.hlsDir}/`, '-hls_segment_filename', join(files.hlsDir, 'private%d.ts'), join(files.hlsDir, 'list.m3u8'));
  files.playlist = readFileSync(join(files.hlsDir, 'list.m3u8'));

  // A 64 s mp3 cut after 31 s: its header (Xing frame count) still claims 64 s.
  const full = join(dir, 'full64.mp3');
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=220:duration=64', '-b:a', '64k', full);
  const bytes = readFileSync(full);
  files.truncated = bytes.subarray(0, Math.round(bytes.length * 31 / 64) + 777);
  files.claimedSeconds = probedSeconds(files.truncated, 'truncated.mp3');

  // A 2 s high-bitrate start and a 41-minute 8 kbps tail, no Xing header: ffprobe estimates the
  // length from the first frames' bitrate.
  const head = join(dir, 'head.mp3');
  const tail = join(dir, 'tail.mp3');
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=220:duration=2', '-ar', '8000', '-ac', '1', '-b:a', '160k', '-write_xing', '0', '-id3v2_version', '0', head);
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=220:duration=2460', '-ar', '8000', '-ac', '1', '-b:a', '8k', '-write_xing', '0', '-id3v2_version', '0', tail);
  files.liar = Buffer.concat([readFileSync(head), readFileSync(tail)]);
  files.liarEstimate = probedSeconds(files.liar, 'liar.mp3');

  const video = join(dir, 'clip.mp4');
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=10:duration=31', '-f', 'lavfi', '-i', 'sine=duration=31', '-shortest', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-b:a', '24k', video);
  files.video = readFileSync(video);

  t = await startTestApp({ env: { MAX_UPLOAD_MB: String(MAX_MB) } });
});
afterAll(async () => { await t?.close(); });

it('refuses an HLS playlist named .mp3 without ffmpeg ever reading the local file it points at', async () => {
  const u = await registerUser(t);
  const { hlsDir: hls, segment, playlist } = files;
  expect(playlist.toString()).toContain(segment);
  // Whether anything reads the segment shows in its access time (set far in the past; a read moves it).
  const neverRead = () => { const st = statSync(segment); utimesSync(segment, new Date(0), st.mtime); };
  const wasRead = () => statSync(segment).atimeMs > 0;
  neverRead();
  readFileSync(segment);
  expect(wasRead()).toBe(true); // the file system records reads, so this test can tell
  neverRead();

  const before = storedSongFiles(t).length;
  for (const name of ['song.mp3', 'song.m4a', 'song.aac']) {
    const r = await postSong(t, u.accessToken, playlist, name);
    expect({ name, status: r.status, code: r.body.error?.code }).toEqual({ name, status: 400, code: 'BAD_USER_INPUT' });
    expect(r.body.error.message).toMatch(/not a song in a format we accept.*playlists/i);
    expect(r.body.error.message).not.toContain(hls);
  }
  expect(wasRead()).toBe(false);
  await expectNothingStored(u.accessToken, before);
});

it('refuses an ffconcat list named .mp3 that would splice in another file', async () => {
  const u = await registerUser(t);
  // The concat demuxer accepts a relative name beside the list itself: a file in the upload folder.
  const planted = join(t.dataDir, 'tmp', 'someone-elses.mp3');
  mkdirSync(join(t.dataDir, 'tmp'), { recursive: true });
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=330:duration=40', '-b:a', '32k', planted);
  utimesSync(planted, new Date(0), statSync(planted).mtime);
  try {
    const before = storedSongFiles(t).length;
    const r = await postSong(t, u.accessToken, Buffer.from(`ffconcat version 1.0\nfile 'someone-elses.mp3'\n`), 'mix.mp3');
    expect({ status: r.status, code: r.body.error?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(r.body.error.message).toMatch(/not a song in a format we accept/i);
    expect(statSync(planted).atimeMs).toBe(0);
    expect(storedSongFiles(t)).toHaveLength(before);
    expect(await songCount(u.accessToken)).toBe(0);
  } finally {
    rmSync(planted, { force: true });
  }
});

it('stores a truncated mp3 with the length of the audio it holds, not the length its header claims', async () => {
  const u = await registerUser(t);
  const { truncated } = files;
  expect(files.claimedSeconds).toBeGreaterThan(63);

  const r = await postSong(t, u.accessToken, truncated, 'truncated.mp3');
  expect(r.status).toBe(201);
  expect(Math.abs(r.body.song.duration - 31)).toBeLessThan(0.5);
  const row = await t.app.services.pool.query('SELECT duration, size_bytes FROM songs WHERE id = $1', [r.body.song.id]);
  expect(Math.abs(row.rows[0].duration - 31)).toBeLessThan(0.5);
  expect(Number(row.rows[0].size_bytes)).toBe(truncated.length);
});

it('refuses a 41-minute mp3 whose first frames make its bitrate estimate say 9 minutes', async () => {
  const u = await registerUser(t);
  const { liar } = files;
  expect(files.liarEstimate).toBeLessThan(15 * 60);
  expect(liar.length).toBeLessThan(MAX_MB * 1024 * 1024);

  const before = storedSongFiles(t).length;
  const r = await postSong(t, u.accessToken, liar, 'long-night.mp3');
  expect({ status: r.status, code: r.body.error?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
  expect(r.body.error.message).toMatch(/longer than 15 minutes; the limit is 15 minutes/);
  await expectNothingStored(u.accessToken, before);
});

it('refuses a video disguised as .m4a', async () => {
  const u = await registerUser(t);
  const before = storedSongFiles(t).length;
  const r = await postSong(t, u.accessToken, files.video, 'clip.m4a');
  expect(r.status).toBe(400);
  expect(r.body.error.message).toMatch(/contains a video/);
  await expectNothingStored(u.accessToken, before);
});

it('cuts off a chunked upload at the size limit: 413 while the client is still sending, partial file removed', async () => {
  const u = await registerUser(t);
  const before = storedSongFiles(t).length;
  const boundary = `----bb${randomBytes(8).toString('hex')}`;
  const total = 20 * MAX_MB * 1024 * 1024;
  const chunk = randomBytes(64 * 1024);
  const url = new URL(`${t.url}/api/songs`);
  const outcome = await new Promise<{ status: number; body: any; sentWhenAnswered: number; tmpWhenAnswered: string[] }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
      headers: { authorization: `Bearer ${u.accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
    }, (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      const tmpWhenAnswered = temporaryFiles();
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => { req.destroy(); resolve({ status: res.statusCode!, body: JSON.parse(text), sentWhenAnswered, tmpWhenAnswered }); });
    });
    req.on('error', (e) => { if (!answered) reject(e); });
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`);
    // Keep sending (respecting back-pressure) until the server answers or the whole body is out.
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) { req.once('drain', pump); return; }
      }
      if (!answered) req.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
  expect(outcome.status).toBe(413);
  expect(outcome.body.error).toMatchObject({ code: 'BAD_USER_INPUT', message: `The file is larger than ${MAX_MB} MB.` });
  // Answered long before the body was complete: the rest was never received, let alone written.
  expect(outcome.sentWhenAnswered).toBeLessThan(total / 2);
  expect(outcome.tmpWhenAnswered).toEqual([]);
  await expectNothingStored(u.accessToken, before);
  // The server still serves everyone else.
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
});

it('disconnects a client that ignores the 413 and keeps sending, after at most the size limit more', async () => {
  const u = await registerUser(t);
  const boundary = `----bb${randomBytes(8).toString('hex')}`;
  const total = 20 * MAX_MB * 1024 * 1024;
  const chunk = randomBytes(64 * 1024);
  const url = new URL(`${t.url}/api/songs`);
  const { sent, status } = await new Promise<{ sent: number; status: number | null }>((resolve) => {
    let sent = 0;
    let status: number | null = null;
    let finished = false;
    const finish = () => { if (!finished) { finished = true; resolve({ sent, status }); } };
    const req = request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
      headers: { authorization: `Bearer ${u.accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
    }, (res) => { status = res.statusCode!; res.resume(); });
    req.on('error', finish);
    req.on('close', finish);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.mp3"\r\n\r\n`);
    const pump = () => {
      while (!finished && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) { req.once('drain', pump); return; }
      }
      if (!finished) req.end();
    };
    pump();
  });
  expect(status).toBe(413);
  // Cut at the limit, then at most the limit again read and thrown away (plus what the sockets buffer).
  expect(sent).toBeLessThan(total / 2);
  expect(temporaryFiles()).toEqual([]);
});


it('refuses a title with a NUL character as the dancer\'s mistake, and stores a file whose own tags hold one with the NUL dropped', async () => {
  const u = await registerUser(t);
  const before = storedSongFiles(t).length;
  const refused = await postSong(t, u.accessToken, files.truncated, 'song.mp3', { title: 'Luna\u0000 de Santiago' });
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'title', message: expect.stringMatching(/NUL/) } });
  await expectNothingStored(u.accessToken, before);
  // An mp3 whose ID3 title and artist carry a NUL (a tag writer's bug, not the dancer's typing).
  const tagged = join(dir, 'tagged.mp3');
  ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=262:duration=31', '-b:a', '32k', '-metadata', 'title=Noche\u0001en la Capital', tagged);
  const bytes = readFileSync(tagged);
  const at = bytes.indexOf(Buffer.from('Noche\u0001en'));
  expect(at).toBeGreaterThan(0);
  bytes[at + 5] = 0;
  const stored = await postSong(t, u.accessToken, bytes, 'tagged.mp3');
  expect(stored.status).toBe(201);
  const listed = (await t.gql('{ songs { edges { node { title } } } }', {}, u.accessToken)).data.songs.edges.map((e: any) => e.node.title);
  for (const title of listed) expect(title).not.toContain('\u0000');
});
