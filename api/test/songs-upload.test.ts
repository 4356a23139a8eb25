import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postSong, storedSongFiles } from './support/song-uploads';
import { registerUser, startTestApp, type TestApp } from './support/test-app';

// Each upload runs ffprobe and a full decode; the machine running the tests may be busy.
jest.setTimeout(60_000);

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'bb-upload-'));

const upload = (token: string | null, file: string, name = file.split('/').pop()!, fields: Record<string, string> = {}) => postSong(t, token, readFileSync(file), name, fields);

function tone(name: string, seconds: number, args: string[] = []): string {
  const file = join(dir, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=220:duration=${seconds}`, ...args, '-metadata', 'title=Bachata del Sol', '-metadata', 'artist=Los Pasos', file]);
  return file;
}



beforeAll(async () => { t = await startTestApp({ env: { MAX_UPLOAD_MB: '1' } }); });
afterAll(async () => { await t.close(); });

describe('uploading a song', () => {
  it('stores a good mp3 privately, with title and artist from its tags, playable through a signed URL', async () => {
    const owner = await registerUser(t);
    const r = await upload(owner.accessToken, tone('good.mp3', 35, ['-b:a', '32k']));
    expect(r.status).toBe(201);
    expect(r.body.song).toMatchObject({ title: 'Bachata del Sol', artist: 'Los Pasos', isUpload: true });
    expect(r.body.song.duration).toBeCloseTo(35, 0);
    const mine = await t.gql(`query($id: ID!) { song(id: $id) { title isUpload audioUrl } }`, { id: r.body.song.id }, owner.accessToken);
    expect(mine.data.song.isUpload).toBe(true);
    const audio = await fetch(t.url + mine.data.song.audioUrl, { headers: { range: 'bytes=0-9' } });
    expect(audio.status).toBe(206);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    // Private: another user neither lists nor opens it.
    const other = await registerUser(t);
    expect((await t.gql(`query($id: ID!) { song(id: $id) { id } }`, { id: r.body.song.id }, other.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const list = await t.gql(`{ songs { totalCount } }`, {}, other.accessToken);
    expect(list.data.songs.totalCount).toBe(0);
  });

  it('takes the title from the file name when there are no tags, and accepts wav, ogg, opus, flac, m4a, aac and mp3 with cover art', async () => {
    const u = await registerUser(t);
    const cover = join(dir, 'cover.png');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=red:size=64x64', '-frames:v', '1', cover]);
    for (const [name, args, type] of [
      ['mi_cancion.wav', ['-ar', '8000', '-ac', '1'], 'audio/wav'], ['x.ogg', ['-c:a', 'libvorbis', '-q:a', '0'], 'audio/ogg'], ['y.ogg', ['-c:a', 'libopus', '-b:a', '16k'], 'audio/ogg'],
      ['x.flac', ['-ar', '8000'], 'audio/flac'], ['x.m4a', ['-c:a', 'aac', '-b:a', '24k'], 'audio/mp4'], ['x.aac', ['-c:a', 'aac', '-b:a', '24k'], 'audio/aac'],
      ['cover.mp3', ['-i', cover, '-map', '0:a', '-map', '1:v', '-c:v', 'mjpeg', '-disposition:v', 'attached_pic', '-b:a', '32k'], 'audio/mpeg'],
    ] as const) {
      const file = join(dir, name);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=31', ...args, file]);
      const r = await upload(u.accessToken, file);
      expect({ name, status: r.status }).toEqual({ name, status: 201 });
      if (name === 'mi_cancion.wav') expect(r.body.song.title).toBe('mi cancion');
      // Served with the type of what the file is (ffprobe's container), whatever its name says.
      const song = await t.gql(`query($id: ID!) { song(id: $id) { audioUrl } }`, { id: r.body.song.id }, u.accessToken);
      const audio = await fetch(t.url + song.data.song.audioUrl, { headers: { range: 'bytes=0-9' } });
      await audio.arrayBuffer();
      expect({ name, type: audio.headers.get('content-type') }).toEqual({ name, type });
    }
  });

  it('rejects empty, non-audio, corrupt, too short, too long and oversize files, storing nothing', async () => {
    const u = await registerUser(t);
    const before = storedSongFiles(t).length;
    const empty = join(dir, 'empty.mp3'); writeFileSync(empty, '');
    const text = join(dir, 'notes.mp3'); writeFileSync(text, 'these are my dance notes, not a song\n'.repeat(50));
    const good = readFileSync(tone('corrupt-src.mp3', 40, ['-b:a', '32k']));
    const corrupt = join(dir, 'corrupt.mp3'); writeFileSync(corrupt, Buffer.concat([good.subarray(0, 2000), Buffer.alloc(60000, 0x5a)]));
    const short = tone('short.mp3', 10, ['-b:a', '32k']);
    const long = join(dir, 'long.ogg');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', '960', '-c:a', 'libvorbis', '-q:a', '-1', long]);
    const big = tone('big.wav', 40, ['-ar', '44100']);
    const cases: Array<[string, string, number, RegExp]> = [
      [empty, 'empty.mp3', 400, /not audio|no audio|corrupt/i],
      [text, 'notes.mp3', 400, /not audio|corrupt/i],
      [corrupt, 'corrupt.mp3', 400, /damaged|corrupt|not audio/i],
      [short, 'short.mp3', 400, /at least 30 s/],
      [long, 'long.ogg', 400, /limit is 15 minutes/],
      [big, 'big.wav', 413, /larger than 1 MB/],
      [text, 'notes.txt', 400, /mp3, wav, m4a, aac, ogg or flac/],
    ];
    for (const [file, name, status, message] of cases) {
      const r = await upload(u.accessToken, file, name);
      expect({ name, status: r.status, code: r.body.error?.code }).toEqual({ name, status, code: 'BAD_USER_INPUT' });
      expect(r.body.error.message).toMatch(message);
    }
    expect(storedSongFiles(t).length).toBe(before);
    expect((await t.gql(`{ songs { totalCount } }`, {}, u.accessToken)).data.songs.totalCount).toBe(0);
    const anon = await upload(null, short);
    expect(anon.status).toBe(401);
  });
});

describe('the song library', () => {
  it('searches title/artist, filters genre and BPM, and pages', async () => {
    const u = await registerUser(t);
    for (const [title, artist, bpm, genre] of [['Propuesta indecente', 'Romeo', 128, 'Modern'], ['Obsesión', 'Aventura', 122, 'Modern'], ['Bachata rosa', 'Juan Luis', 110, 'Traditional'], ['Llévame', 'Monchy', 140, 'Traditional']] as const) {
      await t.app.services.pool.query(`INSERT INTO songs (title, artist, duration, bpm, genre, audio_path, created_at, updated_at) VALUES ($1, $2, 200, $3, $4, 'songs/x.mp3', now(), now())`, [title, artist, bpm, genre]);
    }
    const Q = `query($s: String, $g: String, $min: Int, $max: Int, $f: Int) { songs(search: $s, genre: $g, bpmMin: $min, bpmMax: $max, first: $f) { totalCount edges { node { title } } pageInfo { hasNextPage } } }`;
    const titles = (r: any) => r.data.songs.edges.map((e: any) => e.node.title);
    expect(titles(await t.gql(Q, { s: 'aventura' }, u.accessToken))).toEqual(['Obsesión']);
    expect(titles(await t.gql(Q, { g: 'traditional' }, u.accessToken))).toEqual(['Bachata rosa', 'Llévame']);
    expect(titles(await t.gql(Q, { min: 115, max: 130 }, u.accessToken))).toEqual(['Obsesión', 'Propuesta indecente']);
    const page = await t.gql(Q, { f: 2 }, u.accessToken);
    expect(page.data.songs).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect((await t.gql(Q, { min: 150, max: 100 }, u.accessToken)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
